import { defineElement } from '../../src/ui/define-element.js';
import { ServicePlanEditor } from './service-plan-editor.js';
export type { PlanSavedDetail, PlanCopiedDetail, PlanChangeDetail } from './events.js';

defineElement('service-plan-editor', ServicePlanEditor);

declare global {
  interface HTMLElementTagNameMap {
    'service-plan-editor': ServicePlanEditor;
  }
}
