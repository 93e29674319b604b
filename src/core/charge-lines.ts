/**
 * The lines of a charge: one-time fees, and each resource's recurring or usage amount for a stretch.
 *
 * A schedule prices the same lines stretch after stretch, so each line's unit price and base
 * amount (quantity x unit price) are computed once, on first use (a line never used never fails),
 * and every amount is plain number arithmetic while it is exact (decimal.ts).
 */
import { addExact, multiplyDivideHalfUp, multiplyExact } from './decimal.js';
import type { Money } from './money.js';
import { priceOf } from './price-model.js';
import { FACTOR_SCALE, factorToString, type ProrationFactor } from './proration.js';
import { RULES } from './schedule-rules.js';
import { type Term, termMultiplier } from './schedule-periods.js';
import type { ChargeLine, ChargeLineKind, ModelFee, ScheduleInput, ScheduleLineInput } from './schedule-types.js';

/** The factor of a whole period. */
export const ONE: ProrationFactor = { nanos: FACTOR_SCALE, days: 1, periodDays: 1 };
/** FACTOR_SCALE as a number: the factor of a whole period in billionths. */
export const SCALE = Number(FACTOR_SCALE);

/** A line's quantity and unit price, with its unit price and base amount computed once. */
export class PricedLine {
  private unit: Money | undefined;
  private baseMinor: number | undefined;
  constructor(
    readonly resourceId: string | null,
    readonly kind: ChargeLineKind,
    readonly quantity: number,
    private readonly currency: string,
    /** The fee in minor units; times `feeTimes` it is the unit price (12 for yearly periods). */
    private readonly fee: number,
    private readonly feeTimes = 1,
    /** The part of a price model this line prices, if any. */
    readonly part?: ChargeLine['part'],
  ) {}

  get unitPrice(): Money {
    return (this.unit ??= { currency: this.currency, minor: this.feeTimes === 1 ? this.fee : multiplyExact(this.fee, this.feeTimes) });
  }

  /** quantity x unit price, in minor units. */
  get base(): number {
    return (this.baseMinor ??= multiplyExact(this.unitPrice.minor, this.quantity));
  }

  /** base x a proration factor in billionths, HALF_UP to the minor unit. */
  prorated(nanos: number): number {
    return nanos === SCALE ? this.base : multiplyDivideHalfUp(this.base, nanos, SCALE);
  }

  line(multiplier: string, amount: number): ChargeLine {
    const l: ChargeLine = { resourceId: this.resourceId, kind: this.kind, quantity: this.quantity, unitPrice: this.unitPrice, multiplier, amount: { currency: this.currency, minor: amount } };
    if (this.part) l.part = this.part;
    return l;
  }
}

/**
 * The priced lines of `units` units of a resource's fee: one line at its plain fee, or, when the
 * fee has a price model, one line per part of the model's price (a tier's units; a tier's flat
 * amount as one line of quantity 1; a package's blocks), so every line is unit price x quantity and
 * the lines add up to the model's total. Parts that cost nothing are left out, as a fee of 0 is
 * (a plain fee's line is there for any quantity: the caller leaves out what it does not charge).
 */
export function feeLines(input: ScheduleInput, l: ScheduleLineInput, fee: ModelFee, kind: ChargeLineKind, units: number, feeTimes = 1): PricedLine[] {
  const { currency } = input;
  const model = l.prices?.[fee];
  if (!model || model.model === 'per-unit') {
    const plain = model ? model.unitPrice : l[fee];
    return plain ? [new PricedLine(l.resourceId, kind, units, currency, plain, feeTimes)] : [];
  }
  const out: PricedLine[] = [];
  for (const p of priceOf(currency, model, units).parts) {
    const range = { from: p.from, to: p.to };
    if (p.unitPrice.minor) out.push(new PricedLine(l.resourceId, kind, p.quantity, currency, p.unitPrice.minor, feeTimes, { ...range, of: model.model === 'package' ? 'blocks' : 'tier' }));
    if (p.flat.minor) out.push(new PricedLine(l.resourceId, kind, 1, currency, p.flat.minor, feeTimes, { ...range, of: 'flat' }));
  }
  return out;
}

/** How a schedule prices a resource's recurring fee for one stretch. */
export type RecurringMode =
  /** Pay As You Go internal: units x fee per hour x hours of the stretch. */
  | 'hours'
  /** Reservation of a term paid at once: months of the term and a prorated remainder. */
  | 'term'
  /**
   * Everything else: units x fee (x 12 for yearly periods) x the stretch's proration factor
   * (1 for a whole period, and for non-recurring: charged once, whole).
   */
  | 'factor';

export function recurringMode(input: ScheduleInput, wholeTerm: boolean): RecurringMode {
  const type = input.billingType;
  if (type === 'payg-internal') return 'hours';
  return wholeTerm && type !== 'non-recurring' ? 'term' : 'factor';
}

/** The priced recurring (or usage) lines of a resource: none, one, or one per part of its price model. */
export function recurringLines(input: ScheduleInput, l: ScheduleLineInput): PricedLine[] {
  if (!l.recurring && !l.prices?.recurring) return [];
  const included = l.included ?? 0;
  const type = input.billingType;
  const usage = type === 'payg-internal' || type === 'payg-external';
  const units = Math.max(0, (usage ? (l.usage ?? l.quantity) : l.quantity) - included);
  if (!units) return [];
  return feeLines(input, l, 'recurring', usage ? 'usage' : 'recurring', units, RULES[type].align === 'interval-year' ? 12 : 1);
}

/** A term charged whole (reservation): its months, and the prorated remainder of a day-based term. */
export interface TermPricing {
  months: number;
  rest: ProrationFactor | null;
  multiplier: string;
}

export function termPricing(term: Term): TermPricing {
  const { months, rest } = termMultiplier(term);
  const restText = rest ? factorToString(rest).replace(/^0/, '') : '';
  return { months, rest, multiplier: `${months}${restText}` };
}

/** A reservation line's amount for its whole term: base x months, plus base x the remainder's factor. */
export function termAmount(p: PricedLine, t: TermPricing): number {
  const whole = multiplyExact(p.base, t.months);
  return t.rest ? addExact(whole, p.prorated(Number(t.rest.nanos))) : whole;
}
