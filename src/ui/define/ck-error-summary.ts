import { defineElement } from '../define-element.js';
import { CkErrorSummary } from '../error-summary.js';

defineElement('ck-error-summary', CkErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'ck-error-summary': CkErrorSummary;
  }
}
