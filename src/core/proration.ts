/**
 * Proration: the share of a period's price that a shorter stretch of it costs.
 *
 * factor = days(from, to) / days(periodStart, periodEnd), rounded HALF_UP to 9 decimals;
 * the prorated amount is price x factor rounded HALF_UP to the currency's minor unit.
 * Periods are half-open: [start, end).
 */
import { divRoundHalfUp } from './decimal.js';
import { type CalendarDate, daysBetween } from './dates.js';
import { type Money, multiplyByRatio } from './money.js';

/** Factors are held exactly as an integer count of billionths. */
export const FACTOR_SCALE = 1_000_000_000n;

export interface ProrationFactor {
  /** The factor in billionths: 1_000_000_000n is a whole period (more than that for a stretch longer than it). */
  readonly nanos: bigint;
  /** Days charged and days in the whole period, for display ("21/31"). */
  readonly days: number;
  readonly periodDays: number;
}

export function prorationFactor(
  from: CalendarDate,
  to: CalendarDate,
  periodStart: CalendarDate,
  periodEnd: CalendarDate,
): ProrationFactor {
  const factor = stretchFactor(from, to, periodStart, periodEnd);
  if (factor.days > factor.periodDays) throw new RangeError(`${from}..${to} does not fit in ${periodStart}..${periodEnd}`);
  return factor;
}

/**
 * days(from, to) / days(periodStart, periodEnd), like `prorationFactor`, for a stretch that may
 * be longer than the period: licenses co-termed to an end three terms away cost a factor of
 * about 3. Never capped at 1.
 */
export function stretchFactor(
  from: CalendarDate,
  to: CalendarDate,
  periodStart: CalendarDate,
  periodEnd: CalendarDate,
): ProrationFactor {
  const days = daysBetween(from, to);
  const periodDays = daysBetween(periodStart, periodEnd);
  if (periodDays <= 0) throw new RangeError(`empty period ${periodStart}..${periodEnd}`);
  if (days < 0) throw new RangeError(`${from}..${to} ends before it starts`);
  return { nanos: divRoundHalfUp(BigInt(days) * FACTOR_SCALE, BigInt(periodDays)), days, periodDays };
}

/** The factor as a decimal string with 9 places, e.g. "0.677419355". */
export function factorToString(f: ProrationFactor): string {
  const s = f.nanos.toString().padStart(10, '0');
  return `${s.slice(0, -9)}.${s.slice(-9)}`;
}

export function applyFactor(price: Money, factor: ProrationFactor): Money {
  return multiplyByRatio(price, factor.nanos, FACTOR_SCALE);
}

export function prorate(
  price: Money,
  from: CalendarDate,
  to: CalendarDate,
  periodStart: CalendarDate,
  periodEnd: CalendarDate,
): Money {
  return applyFactor(price, prorationFactor(from, to, periodStart, periodEnd));
}
