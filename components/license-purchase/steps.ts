/**
 * The six steps of a purchase, as data: what each is called, and when one is passed over.
 */
import type { LicenseMessage } from './messages.js';
import { type LicenseContext, type StepId, stockStepNeeded } from './model.js';

export interface LicenseStep {
  id: StepId;
  title: LicenseMessage;
  /**
   * Whether the step asks anything for what was loaded. A step that does not is still listed
   * (so "Step 3 of 6" never becomes "of 5" mid-flow) but Next and Back pass over it.
   */
  applies?: (ctx: LicenseContext) => boolean;
  /** Its title once what it depends on is loaded (`known`) and it does not apply. */
  passedTitle?: LicenseMessage;
  known?: (ctx: LicenseContext) => boolean;
}

export const STEPS: readonly LicenseStep[] = [
  { id: 'contract', title: 'stepContract' },
  { id: 'account', title: 'stepAccount' },
  { id: 'product', title: 'stepProduct' },
  { id: 'quantity', title: 'stepQuantity' },
  // Only when suitable products are in stock; once the stock is known to be empty, it says so.
  { id: 'stock', title: 'stepStock', applies: stockStepNeeded, passedTitle: 'stepStockNone', known: (ctx) => ctx.stock !== null },
  { id: 'preview', title: 'stepPreview' },
];

/** The steps, always the same six. */
export const STEP_IDS: readonly StepId[] = STEPS.map((s) => s.id);

const stepOf = (id: StepId): LicenseStep => STEPS.find((s) => s.id === id)!;

/** Whether Next and Back pass over the step. */
export function passedOver(id: StepId, ctx: LicenseContext): boolean {
  return stepOf(id).applies?.(ctx) === false;
}

/** The title of each step, as the step list shows it. */
export function stepTitles(ctx: LicenseContext): LicenseMessage[] {
  return STEPS.map((s) => (s.passedTitle && s.known?.(ctx) && s.applies?.(ctx) === false ? s.passedTitle : s.title));
}
