import type { ServicePlan } from '../../src/schemas/plan.js';

/** Detail of `plan-open-requested`: the user opened a plan (`planId`), or asked for a new one (null), without `create-in-place`. */
export interface PlanOpenRequestedDetail {
  planId: string | null;
}

/** Detail of `service-plan-copied`: the copy made from the list (Copy service plan), and the plan it copies. */
export interface ServicePlanCopiedDetail {
  plan: ServicePlan;
  sourceId: string;
}

/** Detail of `plan-active-changed`: a plan was activated or deactivated; the plan as saved. */
export interface PlanActiveChangedDetail {
  plan: ServicePlan;
}

/** Detail of `plan-continue-requested`: after a save in place, the user pressed Continue. */
export interface PlanContinueRequestedDetail {
  plan: ServicePlan;
}

/** Detail of `product-dashboard-requested`: after a save in place, the user pressed Go to Product Dashboard. */
export interface ProductDashboardRequestedDetail {
  productId: string;
}

export type { ListQueryChangeDetail } from '../../src/ui/controllers/list-query.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'plan-open-requested': CustomEvent<PlanOpenRequestedDetail>;
    'service-plan-copied': CustomEvent<ServicePlanCopiedDetail>;
    'plan-active-changed': CustomEvent<PlanActiveChangedDetail>;
    'plan-continue-requested': CustomEvent<PlanContinueRequestedDetail>;
    'product-dashboard-requested': CustomEvent<ProductDashboardRequestedDetail>;
  }
}
