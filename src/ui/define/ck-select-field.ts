import { defineElement } from '../define-element.js';
import { CkSelectField } from '../select-field.js';

defineElement('ck-select-field', CkSelectField);

declare global {
  interface HTMLElementTagNameMap {
    'ck-select-field': CkSelectField;
  }
}
