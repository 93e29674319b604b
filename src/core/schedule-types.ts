/** What a charge schedule takes (its input) and gives (its charges), and the error of bad input. */
import type { BillingTypeId } from './billing-types.js';
import type { CalendarDate, Duration } from './dates.js';
import type { Money } from './money.js';
import type { PriceModel } from './price-model.js';

/** The fees of a resource that a price model can price. */
export type ModelFee = 'recurring' | 'setup' | 'renewal' | 'overuse';

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
  /**
   * Fees priced by tiers or packages (price-model.ts), in minor units of the schedule's currency:
   * a fee with a model here is priced by it, not by the plain fee of the same name. Tiers count
   * the units the fee charges (the quantity above the included units for recurring, usage and
   * overuse; the whole quantity for setup and renewal).
   */
  prices?: Partial<Record<ModelFee, PriceModel>>;
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
  /**
   * Pay As You Go only: the least a billing period's usage is charged, in minor units (a partial
   * period's minimum is prorated like its usage). A period whose usage lines sum to less gets a
   * 'true-up' line for the difference.
   */
  minimumCommitment?: number;
}

export type ChargeLineKind = 'period-fee' | 'recurring' | 'usage' | 'setup' | 'renewal' | 'overuse' | 'true-up';

export interface ChargeLine {
  /** null for the plan period fee. */
  resourceId: string | null;
  kind: ChargeLineKind;
  quantity: number;
  unitPrice: Money;
  /** Exact decimal multiplier applied to unitPrice x quantity: months, a proration factor, hours. */
  multiplier: string;
  amount: Money;
  /**
   * A fee priced by a price model gives a line per part: the units it prices (1-based, inclusive)
   * and what the line is: a tier's units, a tier's flat amount (quantity 1), or a package's blocks.
   */
  part?: { from: number; to: number; of: 'tier' | 'flat' | 'blocks' };
  /** A true-up line: the period's minimum commitment and the usage it was compared with. */
  commitment?: { minimum: Money; usage: Money };
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

/** A charge without its lines (`chargeTotals`). */
export type ChargeTotal = Omit<Charge, 'lines'>;

/** A charge schedule without the charges' lines (`chargeTotals`): the same amounts and total. */
export interface ChargeTotals extends Omit<ChargeSchedule, 'charges'> {
  charges: ChargeTotal[];
}
