/**
 * How each billing type is scheduled: how its periods are aligned, whether it is charged in
 * advance or in arrears, and how a partial period is priced (schedule.ts says why, type by type).
 */
import type { BillingTypeId } from './billing-types.js';

export type Alignment = 'interval-month' | 'interval-year' | 'billing-day' | 'whole';
export type Pricing = 'prorate' | 'whole-month' | 'free-first';
export interface Rule {
  align: Alignment;
  timing: 'advance' | 'arrears';
  pricing: Pricing;
}

export const RULES: Record<BillingTypeId, Rule> = {
  reservation: { align: 'whole', timing: 'advance', pricing: 'prorate' },
  'non-recurring': { align: 'whole', timing: 'advance', pricing: 'prorate' },
  'csp-monthly': { align: 'interval-month', timing: 'advance', pricing: 'prorate' },
  'monthly-commitment-monthly-interval': { align: 'interval-month', timing: 'advance', pricing: 'prorate' },
  'non-refund': { align: 'interval-month', timing: 'advance', pricing: 'prorate' },
  'csp-annual': { align: 'interval-year', timing: 'advance', pricing: 'prorate' },
  'monthly-commitment': { align: 'billing-day', timing: 'advance', pricing: 'prorate' },
  'license-based-monthly': { align: 'billing-day', timing: 'advance', pricing: 'whole-month' },
  'pay-in-full': { align: 'billing-day', timing: 'advance', pricing: 'free-first' },
  'g-suite': { align: 'billing-day', timing: 'arrears', pricing: 'prorate' },
  'eset-isp-monthly': { align: 'billing-day', timing: 'arrears', pricing: 'prorate' },
  'payg-internal': { align: 'billing-day', timing: 'arrears', pricing: 'prorate' },
  'payg-external': { align: 'billing-day', timing: 'arrears', pricing: 'prorate' },
};
