/** What a change to a running subscription takes (its terms and the change) and gives (its quote). Prices are minor units. */
import type { BillingTypeId } from './billing-types.js';
import type { CalendarDate } from './dates.js';
import type { Money } from './money.js';
import type { PriceModel } from './price-model.js';
import type { DecreasePlan, SeatBatch } from './refund-windows.js';

export interface SubscriptionTerms {
  billingType: BillingTypeId;
  currency: string;
  planId: string;
  quantity: number;
  /** Price of one unit for one whole billing period. */
  unitPrice: number;
  /** The unit price of its own plan for the next period, when it differs (a negotiated price that starts or ends). */
  nextUnitPrice?: number;
  /** The unit price of its own plan on the term's end, the renewed term's first day, when it differs (a negotiated price that starts or ends). */
  renewalUnitPrice?: number;
  /**
   * A plan priced by tiers or packages (price-model.ts, per whole billing period): the units cost
   * what this model prices for the quantity, not unitPrice x quantity.
   */
  prices?: PriceModel;
  /** The plan's own price for one whole billing period, whatever the quantity (a pre-paid package). */
  periodFee?: number;
  /** The whole billing period the effective date falls in: [periodStart, periodEnd). */
  periodStart: CalendarDate;
  periodEnd: CalendarDate;
  /** The end of the current term (exclusive); renewals start on it. On or after `periodEnd`. */
  termEnd: CalendarDate;
  /** The billing day (1..31; past a month's end, its last day): a renewal keeps it. Default: the term end's day. */
  billingDay?: number;
  /** Length of a billing period and of a term, in months. */
  periodMonths: number;
  termMonths: number;
  /** Renewal fee per unit (where the plan has one). */
  renewalFee?: number;
  /** Whole-period types: the highest quantity this period was charged for (default `quantity`). */
  periodMaxQuantity?: number;
  /** The subscription continues into a new term by itself (plans); licenses end unless renewed. */
  autoRenew?: boolean;
  /** False once the plan or its product was deactivated. */
  renewable?: boolean;
  /**
   * Where decreases wait for the term's end: the batches added this term, the instant of the
   * change and the product's window. A decrease refunds what fits in open windows now.
   */
  refund?: { batches: readonly SeatBatch[]; now: string; windowHours?: number };
}

export type SubscriptionChange =
  | { kind: 'change'; quantity?: number; plan?: { id: string; unitPrice: number; prices?: PriceModel; periodFee?: number; renewalFee?: number } }
  | { kind: 'renew' };

export interface ChangeLine {
  /** A credit for what was paid and is not used, or a charge. */
  kind: 'credit' | 'charge';
  planId: string;
  quantity: number;
  /** One unit for one whole period. */
  unitPrice: Money;
  /** The plan's own price for one whole period. */
  periodFee: Money;
  from: CalendarDate;
  to: CalendarDate;
  /** Days charged or credited and days of the period; null for a whole period. */
  proration: { days: number; periodDays: number } | null;
  /** Negative for a credit. */
  amount: Money;
}

export interface ChangeQuote {
  kind: 'change' | 'renew';
  currency: string;
  direction: 'increase' | 'decrease' | 'none';
  /** When the change takes effect; `effectiveDate` is that day. */
  applies: 'now' | 'period-end' | 'term-end';
  effectiveDate: CalendarDate;
  lines: ChangeLine[];
  /** The lines' sum. */
  total: Money;
  /** What is charged today: the total when positive, else zero. */
  dueNow: Money;
  /** What goes to the account's balance: minus the total when it is negative, else zero. */
  creditBalance: Money;
  /** The next regular charge after the change, or null when the subscription ends first. */
  nextCharge: { date: CalendarDate; amount: Money } | null;
  /** A renewal: the new term (exclusive end) and its first charge, which carries the renewal fee. */
  renewal?: { termStart: CalendarDate; termEnd: CalendarDate; fee: Money; firstCharge: { date: CalendarDate; amount: Money } };
  /** The subscription once the change applies. */
  after: { planId: string; quantity: number; unitPrice: Money; periodFee: Money; termEnd: CalendarDate };
  /**
   * A decrease that refunds units still in their window: those units go now (the credit line), from
   * these batches; the rest, if any, waits for `effectiveDate` (the term's end).
   */
  refund?: { quantity: number; batches: DecreasePlan['refunded'] };
}
