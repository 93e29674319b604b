import { defineElement } from '../define-element.js';
import { CkCombobox } from '../combobox.js';

defineElement('ck-combobox', CkCombobox);

declare global {
  interface HTMLElementTagNameMap {
    'ck-combobox': CkCombobox;
  }
}
