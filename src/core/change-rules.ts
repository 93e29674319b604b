/** How each billing type takes a change to a running subscription (change-quote.ts says why, type by type). */
import type { BillingTypeId } from './billing-types.js';

/** How a billing type takes changes (see the module's comment). */
export interface ChangeRule {
  /** Charged at the start of each period (advance) or at its end for what was used (arrears). */
  readonly timing: 'advance' | 'arrears';
  /** A part of a period is prorated by days, or each period is charged whole at its highest quantity. */
  readonly pricing: 'prorate' | 'whole-period';
  /** When a decrease takes effect. */
  readonly decrease: 'now' | 'period-end' | 'term-end';
}

const COMMITTED: ChangeRule = { timing: 'advance', pricing: 'prorate', decrease: 'term-end' };
const ARREARS: ChangeRule = { timing: 'arrears', pricing: 'prorate', decrease: 'now' };
const WHOLE: ChangeRule = { timing: 'advance', pricing: 'whole-period', decrease: 'period-end' };

/**
 * The change rule of each billing type. Where the vendor portal's definitions are silent the rule
 * is the one the common billing systems use, and docs/billing.md names it.
 */
export const CHANGE_RULES: Readonly<Record<BillingTypeId, ChangeRule>> = {
  // Legacy CSP monthly and Stripe's default: prorated both ways, credits now.
  'csp-monthly': { timing: 'advance', pricing: 'prorate', decrease: 'now' },
  // Pre-paid and commitment terms: the price is fixed until the term ends (cloud-saas-order.txt's
  // pre-paid, Partner Center's annual and monthly commitments), so decreases wait for it.
  reservation: COMMITTED,
  'non-recurring': COMMITTED,
  'csp-annual': COMMITTED,
  'monthly-commitment': COMMITTED,
  'monthly-commitment-monthly-interval': COMMITTED,
  'non-refund': COMMITTED,
  // "Charge the month's maximum quantity".
  'pay-in-full': WHOLE,
  'license-based-monthly': WHOLE,
  // In arrears: usage counted day by day (G Suite Flexible, ESET, average units in use) ...
  'g-suite': ARREARS,
  'eset-isp-monthly': ARREARS,
  'payg-internal': ARREARS,
  // ... or units consumed in the month: its highest count (a post-paid order's user accounts).
  'payg-external': { timing: 'arrears', pricing: 'whole-period', decrease: 'now' },
};

export type ChangeRefusal = 'plan-deactivated' | 'ended' | 'not-in-period';

/** A change the subscription cannot take (the plan was deactivated, the term has ended, ...). */
export class ChangeRefusedError extends RangeError {
  constructor(
    readonly code: ChangeRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'ChangeRefusedError';
  }
}
