import { defineElement } from '../define-element.js';
import { CkSummaryList } from '../summary-list.js';

defineElement('ck-summary-list', CkSummaryList);

declare global {
  interface HTMLElementTagNameMap {
    'ck-summary-list': CkSummaryList;
  }
}
