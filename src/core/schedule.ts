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
 * - A fee with a price model (`lines[].prices`: graduated, volume, package; price-model.ts) is
 *   priced by it on the units the fee charges, one line per part (a tier's units, its flat amount,
 *   a package's blocks); each line is then prorated like a plain fee's line.
 * - Pay As You Go minimum commitment: a period whose usage lines sum to less than the minimum
 *   (prorated like usage for a partial period) gets a 'true-up' line for the difference.
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
import { addDays, addDuration, addMonths, type CalendarDate, CalendarRangeError, daysBetween, LAST_CALENDAR_DATE } from './dates.js';
import { addExact, multiplyDivideHalfUp, multiplyExact } from './decimal.js';
import { factorToString, prorationFactor } from './proration.js';
import { feeLines, PricedLine, recurringLines, recurringMode, SCALE, termAmount, termPricing } from './charge-lines.js';
import { validate, within } from './schedule-input.js';
import { billingDaySegments, intervalSegments, isWhole, type Segment, type Term } from './schedule-periods.js';
import { RULES } from './schedule-rules.js';
import { type Charge, type ChargeLine, type ChargeSchedule, type ChargeTotal, type ChargeTotals, type ScheduleInput, ScheduleInputError } from './schedule-types.js';

export {
  ScheduleInputError,
  type Charge,
  type ChargeLine,
  type ChargeLineKind,
  type ChargeSchedule,
  type ChargeTotal,
  type ChargeTotals,
  type ModelFee,
  type ScheduleInput,
  type ScheduleLineInput,
  type ScheduleTerm,
} from './schedule-types.js';

/** Computes the charges of a subscription. Pure; throws ScheduleInputError on bad input. */
export function chargeSchedule(input: ScheduleInput): ChargeSchedule {
  return schedule(input, true) as ChargeSchedule;
}

/**
 * The charges of a subscription without their lines: each charge's amount and the total, equal to
 * `chargeSchedule`'s (the same rules, the same rounding line by line), for live previews that
 * show totals while the user types. Throws what `chargeSchedule` throws.
 */
export function chargeTotals(input: ScheduleInput): ChargeTotals {
  return schedule(input, false);
}

/** The one-time lines of the term `t`, carried by its first charge. */
function oneTimeLines(input: ScheduleInput, t: number): PricedLine[] {
  const out: PricedLine[] = [];
  if (input.periodFee) out.push(new PricedLine(null, 'period-fee', 1, input.currency, input.periodFee));
  for (const l of input.lines) {
    const q = l.quantity;
    if (t === 0) {
      out.push(...feeLines(input, l, 'setup', 'setup', q));
      const above = Math.max(0, q - (l.included ?? 0));
      if (above > 0) out.push(...feeLines(input, l, 'overuse', 'overuse', above));
    } else out.push(...feeLines(input, l, 'renewal', 'renewal', q));
  }
  // Priced here, before the term's periods, as a charge's first lines always were.
  for (const p of out) void p.base;
  return out;
}

/** A period's true-up: what its usage fell short of the minimum commitment (prorated for a partial period). */
function trueUpLine(currency: string, minimum: number, usage: number): ChargeLine {
  const short = { currency, minor: minimum - usage };
  return { resourceId: null, kind: 'true-up', quantity: 1, unitPrice: short, multiplier: '1', amount: short, commitment: { minimum: { currency, minor: minimum }, usage: { currency, minor: usage } } };
}

function schedule(input: ScheduleInput, withLines: boolean): ChargeSchedule | ChargeTotals {
  validate(input);
  const rule = RULES[input.billingType];
  const { currency } = input;
  const charges: (Charge | ChargeTotal)[] = [];
  let total = 0;
  const push = (c: Omit<Charge, 'lines' | 'amount'>, lines: ChargeLine[], amount: number): void => {
    const m = { currency, minor: amount };
    charges.push(withLines ? { ...c, lines, amount: m } : { ...c, amount: m });
    total = addExact(total, amount);
  };

  const activation = input.activationDate;
  let cursor = activation;
  if (input.trial) {
    const trial = input.trial;
    const trialEnd = within('trial', `a trial of ${trial.quantity} ${trial.unit}(s) from ${activation}`, () => addDuration(activation, trial));
    push({ date: cursor, periodStart: cursor, periodEnd: trialEnd, kind: 'trial', proration: null }, [], 0);
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

  const wholeTerm = rule.align === 'whole' && !(endless && input.billingType === 'reservation');
  const mode = recurringMode(input, wholeTerm);
  // Each resource's recurring line, priced once for every stretch.
  const recurring = input.lines.flatMap((l) => recurringLines(input, l));
  let wholeSum: number | undefined;

  try {
    for (let t = 0; t < termCount; t++) {
      const start = cursor;
      const end = termEnd(t + 1);
      cursor = end;
      const term: Term = monthsPerTerm === null ? { start, end, origin: start, offset: 0 } : { start, end, origin: anchor, offset: t * monthsPerTerm };
      const once = oneTimeLines(input, t);

      const segments: Segment[] = wholeTerm
        ? [{ start, end, fullStart: start, fullEnd: end }]
        : rule.align === 'billing-day'
          ? billingDaySegments(term, input.billingDay)
          : intervalSegments(term, rule.align === 'interval-year' ? 12 : 1);

      segments.forEach((seg, i) => {
        const lines: ChargeLine[] = [];
        let amount = 0;
        let usage = 0;
        const add = (p: PricedLine, multiplier: string, minor: number): void => {
          amount = addExact(amount, minor);
          if (p.kind === 'usage') usage = addExact(usage, minor);
          if (withLines) lines.push(p.line(multiplier, minor));
        };
        if (i === 0) for (const p of once) add(p, '1', p.base);
        let kind: Charge['kind'] = 'charge';
        let proration: Charge['proration'] = null;
        if (rule.pricing === 'free-first' && i === 0 && t === 0) kind = 'free';
        else {
          let nanos = SCALE;
          let text = '1';
          if (rule.pricing === 'prorate' && !isWhole(seg) && !wholeTerm) {
            const factor = prorationFactor(seg.start, seg.end, seg.fullStart, seg.fullEnd);
            proration = { days: factor.days, periodDays: factor.periodDays };
            nanos = Number(factor.nanos);
            text = factorToString(factor);
          }
          if (mode === 'hours') {
            const hours = 24 * daysBetween(seg.start, seg.end);
            const hoursText = String(hours);
            for (const p of recurring) add(p, hoursText, multiplyExact(p.base, hours));
          } else if (mode === 'term') {
            if (recurring.length > 0) {
              const tp = termPricing(term);
              for (const p of recurring) add(p, tp.multiplier, termAmount(p, tp));
            }
          } else if (!withLines && nanos === SCALE) {
            // Totals only, a whole period: every such stretch costs the same sum of base amounts
            // (all of them usage for Pay As You Go, the only types with a minimum commitment).
            const whole = (wholeSum ??= recurring.reduce((sum, p) => addExact(sum, p.base), 0));
            amount = addExact(amount, whole);
            usage = whole;
          } else {
            for (const p of recurring) add(p, text, p.prorated(nanos));
          }
          if (input.minimumCommitment) {
            const minimum = nanos === SCALE ? input.minimumCommitment : multiplyDivideHalfUp(input.minimumCommitment, nanos, SCALE);
            if (usage < minimum) {
              const short = minimum - usage;
              amount = addExact(amount, short);
              if (withLines) lines.push(trueUpLine(currency, minimum, usage));
            }
          }
        }
        const date = rule.timing === 'arrears' ? seg.end : seg.start;
        push({ date, periodStart: seg.start, periodEnd: seg.end, kind, proration }, lines, amount);
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
    total: { currency, minor: total },
    termStart: anchor,
    termEnd: cursor,
    endless,
  } as ChargeSchedule | ChargeTotals;
}
