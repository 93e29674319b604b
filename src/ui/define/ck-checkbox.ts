import { defineElement } from '../define-element.js';
import { CkCheckbox } from '../checkbox.js';

defineElement('ck-checkbox', CkCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'ck-checkbox': CkCheckbox;
  }
}
