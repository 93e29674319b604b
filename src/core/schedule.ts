/**
 * Charge schedules: what a subscription is charged, when, and for which period.
 *
 * Conventions (docs/billing.md has a worked example for every billing type):
 * - Periods are half-open [start, end). Charges in advance are dated at the start of the
 *   period they cover; charges in arrears (usage, G Suite, ESET) at its end.
 * - Fees are integer minor units. The recurring fee is per unit per month (per unit-hour
 *   for Pay As You Go internal). Units included in the plan period fee are not charged
 *   the recurring fee: the chargeable quantity is max(0, quantity - included).
 * - Setup fee: once per unit, on the first charge after any trial. Overuse fee: once per
 *   unit above the included units, on that same charge. Renewal fee: once per unit on the
 *   first charge of every renewed term. Plan period fee: once per term, on its first charge.
 * - A trial is free: it appears as one charge of zero covering the trial, then the term starts.
 * - Partial periods are prorated with proration.ts: days used / days of the full period,
 *   9 decimals HALF_UP, then HALF_UP to the minor unit, line by line.
 * - Billing-day aligned periods run from billing date to billing date; a billing day past
 *   a month's end is that month's last day.
 * - Renewals keep the anchor: the first day of the first term (activation, or the end of the
 *   trial). Term k of a month or year term ends anchor + k terms, and monthly or yearly periods
 *   count from the anchor, so a day-31 anchor means each month's last day: three 1-month terms
 *   from Jan 31 run to Feb 28, Mar 31, Apr 30, like one 3-month term (not Mar 28, Apr 28).
 * - Dates stay within 0001-01-01…9999-12-31: a schedule that would end later is refused.
 *
 * Rules per type (from the vendor portal's definitions; where it is silent, the choice is
 * the one common to subscription billing systems and is marked "chosen"):
 * - reservation: the whole term is paid at ordering, in one charge (recurring x months).
 *   Endless terms (chosen): paid month by month in advance.
 * - non-recurring: one payment at activation; the recurring fee is charged once.
 * - csp-monthly, monthly-commitment-monthly-interval, non-refund: monthly periods from the
 *   activation day, in advance; a trailing partial month is prorated. 12 charges a year.
 * - csp-annual: yearly periods from the activation day, in advance, 12 x the monthly fee.
 * - monthly-commitment: billing-day aligned, in advance; first stretch (purchase day to next
 *   billing day) and last stretch (previous billing day to expiration) prorated. A one-year
 *   term starting off the billing day has 13 charges.
 * - license-based-monthly: billing-day aligned, in advance; every stretch, including the first
 *   (purchase day to next billing day) and last, is charged as a whole month.
 * - pay-in-full: billing-day aligned, in advance, whole months; the stretch from activation to
 *   the next billing day (up to one month) is free of the recurring fee.
 * - g-suite (chosen: the Flexible plan): billing-day aligned, in arrears, partial stretches prorated.
 * - eset-isp-monthly (chosen): billing-day aligned, in arrears, partial stretches prorated.
 * - payg-internal: billing-day aligned, in arrears: average units in use x 24 x days x unit fee
 *   per hour (usage = average units in use; default: the ordered quantity).
 * - payg-external: billing-day aligned, in arrears: units consumed per month x unit fee,
 *   partial stretches prorated (usage default: the ordered quantity).
 */
import type { BillingTypeId } from './billing-types.js';
import { isCurrencyCode } from './currencies.js';
import {
  addDays,
  addDuration,
  addMonths,
  type CalendarDate,
  CalendarRangeError,
  checkBillingDay,
  compareDates,
  daysBetween,
  type Duration,
  DURATION_UNITS,
  earlierDate,
  isCalendarDate,
  LAST_CALENDAR_DATE,
  nextBillingDate,
  previousBillingDate,
  wholeMonthsBetween,
} from './dates.js';
import { type Money, money, multiplyMoney, sumMoney, zero } from './money.js';
import { applyFactor, factorToString, FACTOR_SCALE, type ProrationFactor, prorationFactor } from './proration.js';

export interface ScheduleLineInput {
  resourceId: string;
  /** Ordered units. */
  quantity: number;
  /** Units included in the plan period fee (not charged the recurring fee). */
  included?: number;
  /** Minor units per unit per month; per unit-hour for payg-internal. */
  recurring?: number;
  setup?: number;
  renewal?: number;
  overuse?: number;
  /**
   * Pay-as-you-go usage: payg-internal, average units in use; payg-external, units consumed
   * per month. Defaults to `quantity`.
   */
  usage?: number;
}

export type ScheduleTerm = Duration | { endless: true; horizon: Duration };

export interface ScheduleInput {
  billingType: BillingTypeId;
  currency: string;
  activationDate: CalendarDate;
  /** 1..31; past a month's end means its last day. */
  billingDay: number;
  term: ScheduleTerm;
  trial?: Duration | null;
  /** Plan period fee in minor units, charged once per term. */
  periodFee?: number;
  /** Number of consecutive terms to schedule (renewals); default 1. Ignored when endless. */
  terms?: number;
  lines: readonly ScheduleLineInput[];
}

export type ChargeLineKind = 'period-fee' | 'recurring' | 'usage' | 'setup' | 'renewal' | 'overuse';

export interface ChargeLine {
  /** null for the plan period fee. */
  resourceId: string | null;
  kind: ChargeLineKind;
  quantity: number;
  unitPrice: Money;
  /** Exact decimal multiplier applied to unitPrice x quantity: months, a proration factor, hours. */
  multiplier: string;
  amount: Money;
}

export interface Charge {
  date: CalendarDate;
  periodStart: CalendarDate;
  periodEnd: CalendarDate;
  /** 'trial' and 'free' charges have no recurring amount. */
  kind: 'trial' | 'free' | 'charge';
  /** Proration of the recurring part, when the stretch is a part of a period. */
  proration: { days: number; periodDays: number } | null;
  lines: ChargeLine[];
  amount: Money;
}

export interface ChargeSchedule {
  currency: string;
  charges: Charge[];
  total: Money;
  /** First day after the trial. */
  termStart: CalendarDate;
  /** Expiration of the last scheduled term (exclusive); for endless plans, the horizon. */
  termEnd: CalendarDate;
  endless: boolean;
}

export class ScheduleInputError extends RangeError {
  constructor(readonly field: string, message: string) {
    super(message);
    this.name = 'ScheduleInputError';
  }
}

interface Segment {
  start: CalendarDate;
  end: CalendarDate;
  /** The whole period this stretch belongs to, for proration. */
  fullStart: CalendarDate;
  fullEnd: CalendarDate;
}

/**
 * One term, and where its months are counted from: month and year terms count from the
 * schedule's anchor (the first day of the first term), so renewals keep the anchor's day
 * (Jan 31 renews on Feb 28, Mar 31, Apr 30); day terms count from their own start.
 * Month `offset` from `origin` is the term's start.
 */
interface Term {
  start: CalendarDate;
  end: CalendarDate;
  origin: CalendarDate;
  offset: number;
}

type Alignment = 'interval-month' | 'interval-year' | 'billing-day' | 'whole';
type Pricing = 'prorate' | 'whole-month' | 'free-first';
interface Rule {
  align: Alignment;
  timing: 'advance' | 'arrears';
  pricing: Pricing;
}

const RULES: Record<BillingTypeId, Rule> = {
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

/** Periods of `stepMonths` months counted from the term's origin, the last one cut at the term's end. */
function intervalSegments(term: Term, stepMonths: number): Segment[] {
  const out: Segment[] = [];
  for (let k = 0; ; k++) {
    const s = addMonths(term.origin, term.offset + k * stepMonths);
    if (compareDates(s, term.end) >= 0) break;
    const fullEnd = addMonths(term.origin, term.offset + (k + 1) * stepMonths);
    out.push({ start: s, end: earlierDate(fullEnd, term.end), fullStart: s, fullEnd });
  }
  return out;
}

function billingDaySegments(term: Term, billingDay: number): Segment[] {
  const out: Segment[] = [];
  let s = term.start;
  while (compareDates(s, term.end) < 0) {
    const fullStart = previousBillingDate(s, billingDay);
    const fullEnd = nextBillingDate(s, billingDay);
    out.push({ start: s, end: earlierDate(fullEnd, term.end), fullStart, fullEnd });
    s = fullEnd;
  }
  return out;
}

const ONE: ProrationFactor = { nanos: FACTOR_SCALE, days: 1, periodDays: 1 };

function isWhole(seg: Segment): boolean {
  return seg.start === seg.fullStart && seg.end === seg.fullEnd;
}

function checkWhole(value: number | undefined, field: string, min = 0): number {
  const v = value ?? 0;
  if (!Number.isSafeInteger(v) || v < min) throw new ScheduleInputError(field, `${field} must be a whole number >= ${min}, got ${value}`);
  return v;
}

function checkDuration(value: unknown, field: string): Duration {
  const d = value as Partial<Duration> | null;
  if (typeof d !== 'object' || d === null) throw new ScheduleInputError(field, `${field} must be a duration ({ quantity, unit })`);
  if (!DURATION_UNITS.includes(d.unit as Duration['unit'])) {
    throw new ScheduleInputError(`${field}.unit`, `${field}.unit must be day, month or year, got ${JSON.stringify(d.unit)}`);
  }
  checkWhole(d.quantity, `${field}.quantity`, 1);
  return d as Duration;
}

function validate(input: ScheduleInput): void {
  if (!Object.hasOwn(RULES, input.billingType)) throw new ScheduleInputError('billingType', `unknown billing type "${input.billingType}"`);
  if (typeof input.currency !== 'string' || !isCurrencyCode(input.currency)) {
    throw new ScheduleInputError('currency', `"${input.currency}" is not an ISO 4217 currency code`);
  }
  if (!isCalendarDate(input.activationDate)) throw new ScheduleInputError('activationDate', `"${input.activationDate}" is not a calendar date`);
  try {
    checkBillingDay(input.billingDay);
  } catch (e) {
    throw new ScheduleInputError('billingDay', (e as Error).message);
  }
  const term = input.term as Partial<{ endless: unknown; horizon: unknown }> | null;
  if (typeof term === 'object' && term !== null && 'endless' in term) {
    if (term.endless !== true) throw new ScheduleInputError('term.endless', 'term.endless must be true when given');
    checkDuration(term.horizon, 'term.horizon');
  } else checkDuration(term, 'term');
  if (input.trial) checkDuration(input.trial, 'trial');
  checkWhole(input.terms, 'terms', 0);
  checkWhole(input.periodFee, 'periodFee');
  if (!Array.isArray(input.lines)) throw new ScheduleInputError('lines', 'lines must be a list');
  input.lines.forEach((l, i) => {
    if (typeof l?.resourceId !== 'string') throw new ScheduleInputError(`lines.${i}.resourceId`, `lines.${i}.resourceId must be a string`);
    checkWhole(l.quantity, `lines.${i}.quantity`);
    for (const k of ['included', 'recurring', 'setup', 'renewal', 'overuse', 'usage'] as const) checkWhole(l[k], `lines.${i}.${k}`);
  });
}

/** `compute()`, with a date past the calendar's end reported as bad input of `field`. */
function within<T>(field: string, what: string, compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    throw new ScheduleInputError(field, `${what} ends after ${LAST_CALENDAR_DATE}, the last date the billing core handles`);
  }
}

/**
 * Months (and a prorated remainder) of a whole term charged at once, counted from the term's
 * origin so that a renewal of a month-end anchor is whole months too.
 */
function termMultiplier(term: Term): { months: number; rest: ProrationFactor | null } {
  const months = wholeMonthsBetween(term.origin, term.end) - term.offset;
  const from = addMonths(term.origin, term.offset + months);
  if (from === term.end) return { months, rest: null };
  return { months, rest: prorationFactor(from, term.end, from, addMonths(term.origin, term.offset + months + 1)) };
}

/** Computes the charges of a subscription. Pure; throws ScheduleInputError on bad input. */
export function chargeSchedule(input: ScheduleInput): ChargeSchedule {
  validate(input);
  const rule = RULES[input.billingType];
  const { currency } = input;
  const m = (minor: number): Money => money(currency, minor);
  const charges: Charge[] = [];

  const activation = input.activationDate;
  let cursor = activation;
  if (input.trial) {
    const trial = input.trial;
    const trialEnd = within('trial', `a trial of ${trial.quantity} ${trial.unit}(s) from ${activation}`, () => addDuration(activation, trial));
    charges.push({ date: cursor, periodStart: cursor, periodEnd: trialEnd, kind: 'trial', proration: null, lines: [], amount: zero(currency) });
    cursor = trialEnd;
  }
  // The anchor: every term ends a whole number of terms after it (see Term).
  const anchor = cursor;
  const endless = 'endless' in input.term;
  const duration = 'endless' in input.term ? input.term.horizon : input.term;
  const termCount = endless ? 1 : Math.max(1, input.terms ?? 1);
  const monthsPerTerm = duration.unit === 'month' ? duration.quantity : duration.unit === 'year' ? 12 * duration.quantity : null;
  const termEnd = (k: number): CalendarDate =>
    monthsPerTerm === null ? addDays(anchor, k * duration.quantity) : addMonths(anchor, k * monthsPerTerm);
  const what = `${termCount > 1 ? `${termCount} terms` : 'a term'} of ${duration.quantity} ${duration.unit}(s) from ${anchor}`;
  within('term', what, () => termEnd(termCount));

  try {
    for (let t = 0; t < termCount; t++) {
      const start = cursor;
      const end = termEnd(t + 1);
      cursor = end;
      const term: Term = monthsPerTerm === null ? { start, end, origin: start, offset: 0 } : { start, end, origin: anchor, offset: t * monthsPerTerm };

      // One-time lines, carried by the first charge of the term.
      const once: ChargeLine[] = [];
      if (input.periodFee) once.push(line(null, 'period-fee', 1, m(input.periodFee), ONE));
      for (const l of input.lines) {
        const q = l.quantity;
        const above = Math.max(0, q - (l.included ?? 0));
        if (t === 0) {
          if (l.setup) once.push(line(l.resourceId, 'setup', q, m(l.setup), ONE));
          if (l.overuse && above > 0) once.push(line(l.resourceId, 'overuse', above, m(l.overuse), ONE));
        } else if (l.renewal) {
          once.push(line(l.resourceId, 'renewal', q, m(l.renewal), ONE));
        }
      }

      const wholeTerm = rule.align === 'whole' && !(endless && input.billingType === 'reservation');
      const segments: Segment[] = wholeTerm
        ? [{ start, end, fullStart: start, fullEnd: end }]
        : rule.align === 'billing-day'
          ? billingDaySegments(term, input.billingDay)
          : intervalSegments(term, rule.align === 'interval-year' ? 12 : 1);

      segments.forEach((seg, i) => {
        const lines: ChargeLine[] = i === 0 ? [...once] : [];
        let kind: Charge['kind'] = 'charge';
        let proration: Charge['proration'] = null;
        const free = rule.pricing === 'free-first' && i === 0 && t === 0;
        if (free) kind = 'free';
        else {
          let factor: ProrationFactor = ONE;
          if (rule.pricing === 'prorate' && !isWhole(seg) && !wholeTerm) {
            factor = prorationFactor(seg.start, seg.end, seg.fullStart, seg.fullEnd);
            proration = { days: factor.days, periodDays: factor.periodDays };
          }
          for (const l of input.lines) lines.push(...recurringLines(input, l, seg, factor, wholeTerm ? term : null, m));
        }
        const date = rule.timing === 'arrears' ? seg.end : seg.start;
        charges.push({ date, periodStart: seg.start, periodEnd: seg.end, kind, proration, lines, amount: sumMoney(currency, lines.map((x) => x.amount)) });
      });
    }
  } catch (e) {
    // A period that starts in the calendar but whose whole period (for proration) ends past it.
    if (!(e instanceof CalendarRangeError)) throw e;
    throw new ScheduleInputError('term', `${what}: a billing period of its last term ends after ${LAST_CALENDAR_DATE}, the last date the billing core handles`);
  }

  return {
    currency,
    charges,
    total: sumMoney(currency, charges.map((c) => c.amount)),
    termStart: anchor,
    termEnd: cursor,
    endless,
  };
}

function line(resourceId: string | null, kind: ChargeLineKind, quantity: number, unitPrice: Money, factor: ProrationFactor, multiplierText?: string): ChargeLine {
  const base = multiplyMoney(unitPrice, quantity);
  return { resourceId, kind, quantity, unitPrice, multiplier: multiplierText ?? factorText(factor), amount: applyFactor(base, factor) };
}

function factorText(f: ProrationFactor): string {
  return f.nanos === FACTOR_SCALE ? '1' : factorToString(f);
}

function recurringLines(
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
