import { defineElement } from '../../src/ui/define-element.js';
// The tags of its dependencies in HTMLElementTagNameMap (types only: defineElement registers them).
import type {} from '../../src/ui/define/ck-alert.js';
import type {} from '../../src/ui/define/ck-combobox.js';
import type {} from '../../src/ui/define/ck-confirm-dialog.js';
import type {} from '../../src/ui/define/ck-date-field.js';
import type {} from '../../src/ui/define/ck-number-field.js';
import type {} from '../../src/ui/define/ck-radio-group.js';
import type {} from '../../src/ui/define/ck-select-field.js';
import type {} from '../../src/ui/define/ck-steps.js';
import type {} from '../../src/ui/define/ck-summary-list.js';
import type {} from '../../src/ui/define/ck-text-field.js';
import { SaleWizard } from './sale-wizard.js';
export type { SaleCreatedDetail, StepChangeDetail } from './events.js';

defineElement('sale-wizard', SaleWizard);

declare global {
  interface HTMLElementTagNameMap {
    'sale-wizard': SaleWizard;
  }
}
