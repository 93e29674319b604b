/** Detail of `license-buy-requested`: the user pressed Buy (without `create-in-place`, the host opens the purchase) for this account. */
export interface LicenseBuyRequestedDetail {
  accountId: string;
}

export type { ListQueryChangeDetail } from '../../src/ui/controllers/list-query.js';
export type { SubscriptionOpenRequestedDetail } from '../../src/ui/subscription-events.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'license-buy-requested': CustomEvent<LicenseBuyRequestedDetail>;
  }
}
