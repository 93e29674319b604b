import { defineElement } from '../../src/ui/define-element.js';
import { OrderForm } from './order-form.js';
export type { OrderCreatedDetail, RenewRequestedDetail, OrderKindChangeDetail } from './events.js';

defineElement('order-form', OrderForm);

declare global {
  interface HTMLElementTagNameMap {
    'order-form': OrderForm;
  }
}
