import { defineElement } from '../../src/ui/define-element.js';
import { LicensePurchase } from './license-purchase.js';
export type { LicensesPurchasedDetail, AccountSavedDetail, StepChangeDetail } from './events.js';

defineElement('license-purchase', LicensePurchase);

declare global {
  interface HTMLElementTagNameMap {
    'license-purchase': LicensePurchase;
  }
}
