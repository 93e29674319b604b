import type { Sale } from '../../src/schemas/sale.js';

/** Detail of `sale-created`: the sale as registered, status Pending Approval. */
export interface SaleCreatedDetail {
  sale: Sale;
}

export type { StepChangeDetail } from '../../src/ui/step-change.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-created': CustomEvent<SaleCreatedDetail>;
  }
}
