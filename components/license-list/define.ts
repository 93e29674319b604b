import { defineElement } from '../../src/ui/define-element.js';
// The tags its views render, for type checks of the templates (types only: defineElement registers LicenseList.dependencies).
import type {} from '../../src/ui/define/ck-alert.js';
import { LicenseList } from './license-list.js';
export type { LicenseBuyRequestedDetail, ListQueryChangeDetail, SubscriptionOpenRequestedDetail } from './events.js';

// <license-purchase> (Buy) and <subscription-change> (Renew, Add licenses), opened in place with `create-in-place`, loaded on demand (define modules compose widgets).
LicenseList.creationFlow = () => Promise.all([import('../license-purchase/define.js'), import('../subscription-change/define.js')]);
defineElement('license-list', LicenseList);

declare global {
  interface HTMLElementTagNameMap {
    'license-list': LicenseList;
  }
}
