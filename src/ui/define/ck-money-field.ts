import { defineElement } from '../define-element.js';
import { CkMoneyField } from '../money-field.js';

defineElement('ck-money-field', CkMoneyField);

declare global {
  interface HTMLElementTagNameMap {
    'ck-money-field': CkMoneyField;
  }
}
