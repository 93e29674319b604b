import type { ServicePlan } from '../../src/schemas/plan.js';
import type { PlanDraft } from './model.js';

/** Detail of `plan-saved`: the plan as the backend saved it. */
export interface PlanSavedDetail {
  plan: ServicePlan;
}

/** Detail of `plan-copied`: the new plan, with all periods and resources of the original. */
export interface PlanCopiedDetail {
  plan: ServicePlan;
  sourceId: string;
}

/** Detail of `plan-change`: the draft after a user edit (values as typed) and whether it differs from the saved plan. */
export interface PlanChangeDetail {
  draft: PlanDraft;
  dirty: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'plan-saved': CustomEvent<PlanSavedDetail>;
    'plan-copied': CustomEvent<PlanCopiedDetail>;
    'plan-change': CustomEvent<PlanChangeDetail>;
  }
}
