/** Detail of `subscription-open-requested`: a list asked the host to open a subscription's change (without `create-in-place`). */
export interface SubscriptionOpenRequestedDetail {
  subscriptionId: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'subscription-open-requested': CustomEvent<SubscriptionOpenRequestedDetail>;
  }
}
