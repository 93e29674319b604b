/** The lines of a charge: one-time fees, and each resource's recurring or usage amount for a stretch. */
import { daysBetween } from './dates.js';
import { type Money, multiplyMoney, sumMoney, zero } from './money.js';
import { applyFactor, factorToString, FACTOR_SCALE, type ProrationFactor } from './proration.js';
import { RULES } from './schedule-rules.js';
import { type Segment, type Term, termMultiplier } from './schedule-periods.js';
import type { ChargeLine, ChargeLineKind, ScheduleInput, ScheduleLineInput } from './schedule-types.js';

/** The factor of a whole period. */
export const ONE: ProrationFactor = { nanos: FACTOR_SCALE, days: 1, periodDays: 1 };

/** A line of `quantity` x `unitPrice`, times the factor. */
export function line(resourceId: string | null, kind: ChargeLineKind, quantity: number, unitPrice: Money, factor: ProrationFactor, multiplierText?: string): ChargeLine {
  const base = multiplyMoney(unitPrice, quantity);
  return { resourceId, kind, quantity, unitPrice, multiplier: multiplierText ?? factorText(factor), amount: applyFactor(base, factor) };
}

function factorText(f: ProrationFactor): string {
  return f.nanos === FACTOR_SCALE ? '1' : factorToString(f);
}

/** The recurring (or usage) lines of one resource for one stretch. */
export function recurringLines(
  input: ScheduleInput,
  l: ScheduleLineInput,
  seg: Segment,
  factor: ProrationFactor,
  /** The term, when it is charged whole (reservation). */
  wholeTerm: Term | null,
  m: (minor: number) => Money,
): ChargeLine[] {
  if (!l.recurring) return [];
  const included = l.included ?? 0;
  const type = input.billingType;
  if (type === 'payg-internal') {
    const units = Math.max(0, (l.usage ?? l.quantity) - included);
    const hours = 24 * daysBetween(seg.start, seg.end);
    const base = multiplyMoney(multiplyMoney(m(l.recurring), units), hours);
    return units ? [{ resourceId: l.resourceId, kind: 'usage', quantity: units, unitPrice: m(l.recurring), multiplier: String(hours), amount: base }] : [];
  }
  if (type === 'payg-external') {
    const units = Math.max(0, (l.usage ?? l.quantity) - included);
    return units ? [line(l.resourceId, 'usage', units, m(l.recurring), factor)] : [];
  }
  const q = Math.max(0, l.quantity - included);
  if (!q) return [];
  const price = m(l.recurring);
  if (type === 'non-recurring') return [line(l.resourceId, 'recurring', q, price, ONE)];
  if (wholeTerm) {
    // Reservation: months of the term, plus a prorated remainder for day-based terms.
    const { months, rest } = termMultiplier(wholeTerm);
    const perMonth = multiplyMoney(price, q);
    const whole = multiplyMoney(perMonth, months);
    const part = rest ? applyFactor(perMonth, rest) : zero(input.currency);
    const restText = rest ? factorToString(rest).replace(/^0/, '') : '';
    return [{ resourceId: l.resourceId, kind: 'recurring', quantity: q, unitPrice: price, multiplier: `${months}${restText}`, amount: sumMoney(input.currency, [whole, part]) }];
  }
  if (RULES[type].align === 'interval-year') {
    const yearly = multiplyMoney(price, 12);
    const ln = line(l.resourceId, 'recurring', q, yearly, factor);
    return [ln];
  }
  return [line(l.resourceId, 'recurring', q, price, factor)];
}
