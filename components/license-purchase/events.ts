import type { Contract, Purchase } from '../../src/schemas/license.js';

/** Detail of `licenses-purchased`: the purchase with every license created and their dates. */
export interface LicensesPurchasedDetail {
  purchase: Purchase;
}

/** Detail of `account-saved`: the contract with the account its purchases are tracked under. */
export interface AccountSavedDetail {
  contract: Contract;
}

/** Detail of `step-change`: the step the user moved to (0-based) and its name. */
export interface StepChangeDetail {
  step: number;
  name: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'licenses-purchased': CustomEvent<LicensesPurchasedDetail>;
    'account-saved': CustomEvent<AccountSavedDetail>;
    'step-change': CustomEvent<StepChangeDetail>;
  }
}
