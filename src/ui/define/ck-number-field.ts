import { defineElement } from '../define-element.js';
import { CkNumberField } from '../text-field.js';

defineElement('ck-number-field', CkNumberField);

declare global {
  interface HTMLElementTagNameMap {
    'ck-number-field': CkNumberField;
  }
}
