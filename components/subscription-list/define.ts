import { defineElement } from '../../src/ui/define-element.js';
// The tags its views render, for type checks of the templates (types only: defineElement registers SubscriptionList.dependencies).
import type {} from '../../src/ui/define/ck-alert.js';
import { SubscriptionList } from './subscription-list.js';
export type { SubscriptionOpenRequestedDetail, ListQueryChangeDetail } from './events.js';

// <subscription-change>, which a row opens in place with `create-in-place`, loaded on demand (define modules compose widgets).
SubscriptionList.creationFlow = () => import('../subscription-change/define.js');
defineElement('subscription-list', SubscriptionList);

declare global {
  interface HTMLElementTagNameMap {
    'subscription-list': SubscriptionList;
  }
}
