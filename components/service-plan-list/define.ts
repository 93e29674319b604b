import { defineElement } from '../../src/ui/define-element.js';
// The tags its views render, for type checks of the templates (types only: defineElement registers ServicePlanList.dependencies).
import type {} from '../../src/ui/define/ck-alert.js';
import type {} from '../../src/ui/define/ck-confirm-dialog.js';
import type {} from '../../src/ui/define/ck-text-field.js';
import { ServicePlanList } from './service-plan-list.js';
export type { PlanOpenRequestedDetail, ServicePlanCopiedDetail, PlanActiveChangedDetail, PlanContinueRequestedDetail, ProductDashboardRequestedDetail, ListQueryChangeDetail } from './events.js';

// <service-plan-editor>, which a plan opens in place with `create-in-place`, loaded on demand (define modules compose widgets).
ServicePlanList.creationFlow = () => import('../service-plan-editor/define.js');
defineElement('service-plan-list', ServicePlanList);

declare global {
  interface HTMLElementTagNameMap {
    'service-plan-list': ServicePlanList;
  }
}
