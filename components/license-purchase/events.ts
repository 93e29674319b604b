import type { Contract, Purchase } from '../../src/schemas/license.js';

/** Detail of `licenses-purchased`: the purchase with every license created and their dates. */
export interface LicensesPurchasedDetail {
  purchase: Purchase;
}

/** Detail of `account-saved`: the contract with the account its purchases are tracked under. */
export interface AccountSavedDetail {
  contract: Contract;
}

export type { StepChangeDetail } from '../../src/ui/step-change.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'licenses-purchased': CustomEvent<LicensesPurchasedDetail>;
    'account-saved': CustomEvent<AccountSavedDetail>;
  }
}
