import type { SaleDetail } from '../../src/schemas/lists.js';

/** Detail of `sale-register-requested`: the user pressed Register new sale (without `create-in-place`, the host opens the wizard). */
export type SaleRegisterRequestedDetail = Record<string, never>;

/** Detail of `sale-decided`: a sale was approved or rejected from its detail; the sale as it is now. */
export interface SaleDecidedDetail {
  sale: SaleDetail;
}

export type { ListQueryChangeDetail } from '../../src/ui/controllers/list-query.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'sale-register-requested': CustomEvent<SaleRegisterRequestedDetail>;
    'sale-decided': CustomEvent<SaleDecidedDetail>;
  }
}
