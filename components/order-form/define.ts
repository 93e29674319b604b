import { defineElement } from '../../src/ui/define-element.js';
import { OrderForm } from './order-form.js';
// The tags its views render, for type checks of the templates (types only: defineElement registers OrderForm.dependencies).
import type {} from '../../src/ui/define/ck-alert.js';
import type {} from '../../src/ui/define/ck-checkbox.js';
import type {} from '../../src/ui/define/ck-confirm-dialog.js';
import type {} from '../../src/ui/define/ck-number-field.js';
import type {} from '../../src/ui/define/ck-radio-group.js';
import type {} from '../../src/ui/define/ck-select-field.js';
import type {} from '../../src/ui/define/ck-summary-list.js';
import type {} from '../../src/ui/define/ck-text-field.js';
export type { OrderCreatedDetail, RenewRequestedDetail, OrderKindChangeDetail } from './events.js';

defineElement('order-form', OrderForm);

declare global {
  interface HTMLElementTagNameMap {
    'order-form': OrderForm;
  }
}
