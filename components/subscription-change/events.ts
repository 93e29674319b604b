import type { Subscription, SubscriptionChangeResult } from '../../src/schemas/subscription.js';

/** Detail of `subscription-changed`: what the backend did (the subscription after it, what was charged or credited). */
export interface SubscriptionChangedDetail {
  result: SubscriptionChangeResult;
}

/** Detail of `pending-change-cancelled`: the subscription without its scheduled change. */
export interface PendingChangeCancelledDetail {
  subscription: Subscription;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'subscription-changed': CustomEvent<SubscriptionChangedDetail>;
    'pending-change-cancelled': CustomEvent<PendingChangeCancelledDetail>;
  }
}
