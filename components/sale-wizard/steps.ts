/** The steps of <sale-wizard> as data: each with its title. None is skipped, so none has a condition. */
import type { SaleMessage } from './messages.js';

export const STEPS = ['account', 'distribution', 'setup', 'review'] as const;
export type StepName = (typeof STEPS)[number];

export interface SaleStep {
  id: StepName;
  /** The message key of its title (the heading and the stepper). */
  title: SaleMessage;
}

export const SALE_STEPS: readonly SaleStep[] = [
  { id: 'account', title: 'stepAccount' },
  { id: 'distribution', title: 'stepDistribution' },
  { id: 'setup', title: 'stepSetup' },
  { id: 'review', title: 'stepReview' },
];
