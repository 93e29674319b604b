/**
 * The thirteen billing types of a service plan, in the order the vendor portal lists them.
 * Explanations and flags are data for the UI; the rules live in schedule.ts.
 */
export const BILLING_TYPE_IDS = [
  'reservation',
  'payg-internal',
  'payg-external',
  'pay-in-full',
  'g-suite',
  'non-refund',
  'csp-monthly',
  'csp-annual',
  'eset-isp-monthly',
  'non-recurring',
  'license-based-monthly',
  'monthly-commitment',
  'monthly-commitment-monthly-interval',
] as const;

export type BillingTypeId = (typeof BILLING_TYPE_IDS)[number];

/** Recommended as general types for a typical SaaS product. */
export const RECOMMENDED_BILLING_TYPES: ReadonlySet<BillingTypeId> = new Set(['csp-monthly', 'csp-annual', 'non-recurring']);

/** Deprecated: not offered for new plans, still shown on a plan that has them. */
export const DEPRECATED_BILLING_TYPES: ReadonlySet<BillingTypeId> = new Set(['g-suite', 'non-refund']);

/** Pay As You Go: charged for usage in arrears; the types a minimum commitment (and its true-up) applies to. */
export const PAY_AS_YOU_GO: ReadonlySet<string> = new Set<BillingTypeId>(['payg-internal', 'payg-external']);

export function isBillingTypeId(value: unknown): value is BillingTypeId {
  return typeof value === 'string' && (BILLING_TYPE_IDS as readonly string[]).includes(value);
}

/** With Pay As You Go internal the recurring fee is the unit fee per resource per hour. */
export function recurringFeeIsHourly(type: BillingTypeId): boolean {
  return type === 'payg-internal';
}
