import { defineElement } from '../define-element.js';
import { CkConfirmDialog } from '../confirm-dialog.js';

defineElement('ck-confirm-dialog', CkConfirmDialog);

declare global {
  interface HTMLElementTagNameMap {
    'ck-confirm-dialog': CkConfirmDialog;
  }
}
