import { defineElement } from '../define-element.js';
import { CkTextField } from '../text-field.js';

defineElement('ck-text-field', CkTextField);

declare global {
  interface HTMLElementTagNameMap {
    'ck-text-field': CkTextField;
  }
}
