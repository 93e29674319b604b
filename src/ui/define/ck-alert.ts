import { defineElement } from '../define-element.js';
import { CkAlert } from '../alert.js';

defineElement('ck-alert', CkAlert);

declare global {
  interface HTMLElementTagNameMap {
    'ck-alert': CkAlert;
  }
}
