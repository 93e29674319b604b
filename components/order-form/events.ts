import type { Order } from '../../src/schemas/order.js';

/** Detail of `order-created`: the order as the backend created it. */
export interface OrderCreatedDetail {
  order: Order;
}

/** Detail of `renew-requested`: the host routes the user to renew or upgrade an on-premise license. */
export type RenewRequestedDetail = Record<string, never>;

/** Detail of `order-kind-change`: the user chose Cloud or SaaS, or went back to the choice (null). */
export interface OrderKindChangeDetail {
  kind: 'cloud' | 'saas' | null;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'order-created': CustomEvent<OrderCreatedDetail>;
    'renew-requested': CustomEvent<RenewRequestedDetail>;
    'order-kind-change': CustomEvent<OrderKindChangeDetail>;
  }
}
