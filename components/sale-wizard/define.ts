import { defineElement } from '../../src/ui/define-element.js';
import { SaleWizard } from './sale-wizard.js';
export type { SaleCreatedDetail, StepChangeDetail } from './events.js';

defineElement('sale-wizard', SaleWizard);

declare global {
  interface HTMLElementTagNameMap {
    'sale-wizard': SaleWizard;
  }
}
