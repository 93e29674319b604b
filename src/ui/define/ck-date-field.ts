import { defineElement } from '../define-element.js';
import { CkDateField } from '../date-field.js';

defineElement('ck-date-field', CkDateField);

declare global {
  interface HTMLElementTagNameMap {
    'ck-date-field': CkDateField;
  }
}
