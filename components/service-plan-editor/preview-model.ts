/** The live preview of a plan draft: its own fields, and the charge schedule of the first term from the billing core. */
import { type CalendarDate, isCalendarDate } from '../../src/core/dates.js';
import { chargeSchedule, type ChargeSchedule, chargeTotals, type ChargeTotals, type ScheduleInput, type ScheduleLineInput } from '../../src/core/schedule.js';
import { parseWholeNumber } from '../../src/core/whole-number.js';
import type { PlanContext } from '../../src/schemas/plan.js';
import { scheduleLine } from '../../src/schemas/plan-pricing.js';
import { PAY_AS_YOU_GO } from '../../src/core/billing-types.js';
import { dateTextError } from '../../src/schemas/date-messages.js';
import type { FieldErrors } from '../../src/schemas/validate.js';
import { toPlan } from './conversion.js';
import { msg } from './messages.js';
import type { PlanDraft, ResourceDraft } from './model.js';

export interface PreviewDraft {
  currency: string;
  quantities: Record<string, string>;
  activationDate: string;
  billingDay: string;
}

export function defaultPreview(ctx: PlanContext | null, today: CalendarDate, currency?: string): PreviewDraft {
  const currencies = ctx?.currencies ?? [];
  return { currency: currency && currencies.includes(currency) ? currency : (currencies[0] ?? ''), quantities: {}, activationDate: today, billingDay: '1' };
}

/** The quantity previewed for a resource: what the user typed, else the resource's minimum. */
export function previewQuantity(preview: PreviewDraft, r: ResourceDraft): string {
  return Object.hasOwn(preview.quantities, r.resourceId) ? preview.quantities[r.resourceId]! : r.minimum;
}

/** Errors of the preview's own fields, by path ("preview.billingDay"): shown next to each of them. */
export function previewErrors(draft: PlanDraft, preview: PreviewDraft, locale: string): FieldErrors {
  const e: FieldErrors = {};
  // Typed text that is not a date says why, in the locale's format (as the sale wizard's date does).
  if (!isCalendarDate(preview.activationDate)) e['preview.activationDate'] = (preview.activationDate && dateTextError(preview.activationDate, locale)) || msg(locale, 'previewDate');
  const day = parseWholeNumber(preview.billingDay) ?? NaN;
  if (!(day >= 1 && day <= 31)) e['preview.billingDay'] = msg(locale, 'billingDayRange');
  for (const r of draft.resources) if (parseWholeNumber(previewQuantity(preview, r)) === null && Object.hasOwn(preview.quantities, r.resourceId)) e[`preview.quantities.${r.resourceId}`] = msg(locale, 'wholeNumber');
  return e;
}

/** What the preview is waiting for when it cannot be computed: said in the preview instead of the charges. */
export type PreviewNeed = 'previewFields' | 'billingType' | 'paidPeriod' | 'planFields';

export function previewNeed(draft: PlanDraft, preview: PreviewDraft, locale: string): PreviewNeed {
  if (!draft.billingType) return 'billingType';
  if (Object.keys(previewErrors(draft, preview, locale)).length) return 'previewFields';
  if (!draft.periods.some((p) => !p.trial)) return 'paidPeriod';
  return 'planFields';
}

/**
 * What the billing core prices for the preview: the first term, the trial (if the plan has one)
 * then the first paid period (endless: 12 months shown). Null while the plan cannot be priced.
 */
export function previewInput(draft: PlanDraft, preview: PreviewDraft, locale: string): ScheduleInput | null {
  if (!draft.billingType || !preview.currency || !isCalendarDate(preview.activationDate)) return null;
  const billingDay = parseWholeNumber(preview.billingDay) ?? NaN;
  if (!(billingDay >= 1 && billingDay <= 31)) return null;
  const { plan, errors } = toPlan(draft, locale);
  const cur = preview.currency;
  const bad = (path: string) => Object.keys(errors).some((k) => k.startsWith(path));
  const trialIndex = plan.periods.findIndex((p) => p.trial && p.duration);
  const termIndex = plan.periods.findIndex((p) => !p.trial);
  const term = plan.periods[termIndex];
  if (!term || bad(`periods.${termIndex}`) || (trialIndex >= 0 && bad(`periods.${trialIndex}`))) return null;
  const lines: ScheduleLineInput[] = [];
  for (const [i, r] of plan.resources.entries()) {
    if (bad(`resources.${i}`)) return null;
    const q = parseWholeNumber(previewQuantity(preview, draft.resources[i]!));
    if (q === null) return null;
    lines.push(scheduleLine(r, q, cur));
  }
  const minimum = term.minimumCommitment?.[cur];
  return {
    billingType: plan.billingType,
    currency: cur,
    activationDate: preview.activationDate,
    billingDay,
    term: term.endless || !term.duration ? { endless: true, horizon: { quantity: 12, unit: 'month' } } : term.duration,
    trial: trialIndex >= 0 ? plan.periods[trialIndex]!.duration : null,
    periodFee: term.fees[cur] ?? 0,
    lines,
    ...(minimum && PAY_AS_YOU_GO.has(plan.billingType) ? { minimumCommitment: minimum } : {}),
  };
}

/** `price` of the preview's input, or null while the plan cannot be priced (the core refuses what it cannot price). */
function priced<T>(input: ScheduleInput | null, price: (input: ScheduleInput) => T): T | null {
  if (!input) return null;
  try {
    return price(input);
  } catch {
    return null;
  }
}

/** The charge schedule of the first term, from the billing core, each charge with its lines. */
export function previewSchedule(input: ScheduleInput | null): ChargeSchedule | null {
  return priced(input, chargeSchedule);
}

/** The same charges without their lines (the core's fast path for live totals): the count and the total while the user types. */
export function previewTotals(input: ScheduleInput | null): ChargeTotals | null {
  return priced(input, chargeTotals);
}
