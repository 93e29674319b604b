import { attachContextRoot } from '../../src/context/context-root.js';
import { defineElement } from '../../src/ui/define-element.js';
import { LicensePurchase } from './license-purchase.js';
export type { LicensesPurchasedDetail, AccountSavedDetail, StepChangeDetail } from './events.js';

attachContextRoot();
defineElement('license-purchase', LicensePurchase);

declare global {
  interface HTMLElementTagNameMap {
    'license-purchase': LicensePurchase;
  }
}
