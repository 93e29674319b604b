import { defineElement } from '../../src/ui/define-element.js';
// The tags its views render, for type checks of the templates (types only: defineElement registers SalesList.dependencies).
import type {} from '../../src/ui/define/ck-alert.js';
import { SalesList } from './sales-list.js';
export type { SaleDecidedDetail, SaleRegisterRequestedDetail, ListQueryChangeDetail } from './events.js';

// <sale-wizard>, which Register new sale opens in place with `create-in-place`: define modules compose
// widgets, and this one loads the wizard's on demand, so a page that only lists sales does not pay for it.
SalesList.creationFlow = () => import('../sale-wizard/define.js');
defineElement('sales-list', SalesList);

declare global {
  interface HTMLElementTagNameMap {
    'sales-list': SalesList;
  }
}
