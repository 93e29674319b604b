import { defineElement } from '../define-element.js';
import { CkToggle } from '../toggle.js';

defineElement('ck-toggle', CkToggle);

declare global {
  interface HTMLElementTagNameMap {
    'ck-toggle': CkToggle;
  }
}
