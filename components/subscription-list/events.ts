/** Detail of `subscription-open-requested`: the user opened a subscription (without `create-in-place`, the host opens its change). */
export interface SubscriptionOpenRequestedDetail {
  subscriptionId: string;
}

export type { ListQueryChangeDetail } from '../../src/ui/controllers/list-query.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'subscription-open-requested': CustomEvent<SubscriptionOpenRequestedDetail>;
  }
}
