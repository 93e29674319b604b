import { defineElement } from '../../src/ui/define-element.js';
// The tags of its dependencies in HTMLElementTagNameMap (types only: defineElement registers them).
import type {} from '../../src/ui/define/ck-alert.js';
import type {} from '../../src/ui/define/ck-checkbox.js';
import type {} from '../../src/ui/define/ck-confirm-dialog.js';
import type {} from '../../src/ui/define/ck-date-field.js';
import type {} from '../../src/ui/define/ck-money-field.js';
import type {} from '../../src/ui/define/ck-number-field.js';
import type {} from '../../src/ui/define/ck-select-field.js';
import type {} from '../../src/ui/define/ck-text-field.js';
import type {} from '../../src/ui/define/ck-toggle.js';
import { ServicePlanEditor } from './service-plan-editor.js';
export type { PlanSavedDetail, PlanCopiedDetail, PlanChangeDetail } from './events.js';

defineElement('service-plan-editor', ServicePlanEditor);

declare global {
  interface HTMLElementTagNameMap {
    'service-plan-editor': ServicePlanEditor;
  }
}
