/**
 * Subscriptions: what an order or a license purchase leaves running, and changes to it (more or
 * fewer units, another plan, a renewal) priced by `changeQuote` (src/core/change-quote.ts). The
 * widget and the backend derive the same terms from a record with `subscriptionTerms`, so the
 * preview is the price charged.
 */
import * as z from 'zod/mini';
import { BILLING_TYPE_IDS } from '../core/billing-types.js';
import type { SubscriptionChange, SubscriptionTerms } from '../core/change-quote.js';
import { addMonths, billingDateInMonth, type CalendarDate, compareDates, monthOf, yearOf } from '../core/dates.js';
import { resolvePrice } from '../core/economics.js';
import { calendarDateSchema, currencyCodeSchema, expectedQuoteSchema, id, moneySchema, nonNegativeMinor, wholeNumber } from './common.js';
import { listPageSchema, listQuerySchema } from './list-model.js';

/** What a subscription counts: an order's user accounts, a purchase's device licenses, a plan's seats. */
export const SUBSCRIPTION_UNITS = ['user-accounts', 'licenses', 'seats'] as const;

const pendingChangeSchema = z.object({
  /** The day it applies: the period's or the term's end. */
  effectiveDate: calendarDateSchema(),
  planId: id(),
  planName: z.string(),
  quantity: wholeNumber(0),
  unitPrice: nonNegativeMinor(),
  periodFee: nonNegativeMinor(),
});

/**
 * Seats or licenses added at one instant: refundable (a decrease refunds them, prorated) strictly
 * before `refundableUntil`. Only batches still holding units are kept.
 */
export const seatBatchSchema = z.object({
  id: id(),
  quantity: wholeNumber(1),
  addedAt: z.iso.datetime(),
  refundableUntil: z.iso.datetime(),
});
export type SeatBatchRecord = z.infer<typeof seatBatchSchema>;

/**
 * A customer price negotiated for one subscription: the unit price of its own plan on the days from
 * `from` until `until` (exclusive; null: open), before the price list and the plan's price
 * (resolvePrice). A billing period is charged at the price in force on its first day.
 */
export const priceOverrideSchema = z
  .object({ unitPrice: nonNegativeMinor(), from: calendarDateSchema(), until: z.nullable(calendarDateSchema()) })
  .check(z.refine((o) => o.until === null || compareDates(o.from, o.until) < 0, { message: 'v.untilAfterFrom', path: ['until'] }));
export type PriceOverride = z.infer<typeof priceOverrideSchema>;

export const subscriptionSchema = z.object({
  id: id(),
  /** The record it came from: an order (ORD-…) or an account's licenses of one product. */
  source: z.enum(['order', 'license']),
  sourceId: z.string(),
  customerName: z.string(),
  productName: z.string(),
  planId: id(),
  planName: z.string(),
  /** The version of its service plan it bought (or was moved to), and keeps the prices of; absent when its plan has no versions. */
  planVersion: z.optional(wholeNumber(1)),
  billingType: z.enum(BILLING_TYPE_IDS),
  currency: currencyCodeSchema(),
  unit: z.enum(SUBSCRIPTION_UNITS),
  quantity: wholeNumber(0),
  /** Whole-period billing types: the highest quantity the current period was charged for. */
  periodMaxQuantity: wholeNumber(0),
  /** The most the plan allows (an order package's user accounts); null for no limit. */
  maxQuantity: z.nullable(wholeNumber(1)),
  /** One unit for one whole billing period, the plan's own price per period, the renewal fee per unit. */
  unitPrice: nonNegativeMinor(),
  periodFee: nonNegativeMinor(),
  renewalFee: nonNegativeMinor(),
  /** The first billed day: billing periods run from it, on the billing day. */
  anchorDate: calendarDateSchema(),
  billingDay: wholeNumber(1).check(z.lte(31)),
  periodMonths: wholeNumber(1),
  termMonths: wholeNumber(1),
  /** The current term's end (exclusive). */
  termEnd: calendarDateSchema(),
  /** Continues into a new term by itself (plans, orders); licenses end unless renewed. */
  autoRenew: z.boolean(),
  /** False once the plan or its product was deactivated: it cannot be renewed. */
  renewable: z.boolean(),
  status: z.enum(['active', 'ended']),
  /** A decrease waiting for the period's or the term's end. */
  pendingChange: z.nullable(pendingChangeSchema),
  /**
   * Commitment terms: the batches added whose refund window may still be open, and the product's
   * window in hours. A backend that does not track refund windows leaves both out: a decrease then
   * waits for the term's end whole.
   */
  batches: z.optional(z.array(seatBatchSchema)),
  refundWindowHours: z.optional(wholeNumber(0)),
  /** A price negotiated for this subscription, with its dates (PUT /subscriptions/{id}/price-override); absent or null: none. */
  priceOverride: z.optional(z.nullable(priceOverrideSchema)),
  /** Guards concurrent changes (409 conflict). */
  etag: z.string(),
});
export type Subscription = z.infer<typeof subscriptionSchema>;

/** A plan a subscription may move to: the same product, currency and billing type, still sold. */
export const subscriptionPlanSchema = z.object({
  id: id(),
  name: z.string(),
  unitPrice: nonNegativeMinor(),
  periodFee: nonNegativeMinor(),
  renewalFee: nonNegativeMinor(),
  maxQuantity: z.nullable(wholeNumber(1)),
});
export type SubscriptionPlan = z.infer<typeof subscriptionPlanSchema>;

/** A price's shape: per unit for a whole period, and the plan's own price for a period (minor units). */
const priceShapeSchema = z.object({ unitPrice: nonNegativeMinor(), periodFee: nonNegativeMinor() });

/** What a plan costs the seller (its distributor's price) and its suggested retail price, shaped like its price. */
export const planEconomicsSchema = z.object({ cost: priceShapeSchema, list: priceShapeSchema });
export type PlanEconomics = z.infer<typeof planEconomicsSchema>;

/**
 * A subscription with the plans it may move to (its own first), and, for a user allowed to see
 * cost (`see-cost`) only, each plan's cost and list price by plan id: a backend never sends cost to
 * anyone else.
 */
export const subscriptionDetailSchema = z.object({
  subscription: subscriptionSchema,
  plans: z.array(subscriptionPlanSchema),
  economics: z.optional(z.record(z.string(), planEconomicsSchema)),
});
export type SubscriptionDetail = z.infer<typeof subscriptionDetailSchema>;

/** PUT /subscriptions/{id}/price-override: the negotiated price to set (null removes it) and the etag the subscription was loaded with. */
export const priceOverrideInputSchema = z.object({ priceOverride: z.nullable(priceOverrideSchema), etag: z.string() });
export type PriceOverrideInput = z.infer<typeof priceOverrideInputSchema>;

/** A requested change: a quantity, a plan, or both; or a renewal. */
export const subscriptionChangeInputSchema = z.object({
  kind: z.enum(['change', 'renew']),
  quantity: z.optional(wholeNumber(0)),
  planId: z.optional(id()),
  /** The etag of the subscription the preview was made from. */
  etag: z.string(),
  /** The calendar date the preview was made on; a backend honours it when it is today or yesterday. */
  quotedOn: z.optional(calendarDateSchema()),
  /** The total the preview showed (negative for a net credit). */
  expected: expectedQuoteSchema(),
  /** The units the preview refunded now (refund windows); fewer still refundable is 422 refund-window-closed. */
  refundQuantity: z.optional(wholeNumber(0)),
});
export type SubscriptionChangeInput = z.input<typeof subscriptionChangeInputSchema>;

/** What a change did: the subscription after it, and what was charged or credited. */
export const subscriptionChangeResultSchema = z.object({
  id: id(),
  subscription: subscriptionSchema,
  applies: z.enum(['now', 'period-end', 'term-end']),
  effectiveDate: calendarDateSchema(),
  dueNow: moneySchema(),
  creditBalance: moneySchema(),
});
export type SubscriptionChangeResult = z.infer<typeof subscriptionChangeResultSchema>;

export const SUBSCRIPTION_SORTS = ['customerName', 'productName', 'planName', 'quantity', 'termEnd'] as const;
export const subscriptionsQuerySchema = listQuerySchema(SUBSCRIPTION_SORTS, { source: z.enum(['order', 'license'], 'v.choose'), status: z.enum(['active', 'ended'], 'v.choose') });
export const SUBSCRIPTIONS_DEFAULT_SORT = { key: 'termEnd', direction: 'asc' } as const;

/**
 * A version of a reseller tier's price list: from `effectiveFrom` on (until the tier's next
 * version), the customer's unit price of each plan it names, per currency, in minor units. The
 * price of a line is the version in force on its date (resolvePrice, src/core/economics.ts).
 */
export const priceListVersionSchema = z.object({
  tier: z.string().check(z.minLength(1)),
  effectiveFrom: calendarDateSchema(),
  prices: z.record(z.string(), z.record(z.string(), nonNegativeMinor())),
});
export type PriceListVersionRecord = z.infer<typeof priceListVersionSchema>;

/** The seller's reseller tier (null: none, plans sell at their own price) and that tier's price list versions, oldest first. */
export const priceListsSchema = z.object({ tier: z.nullable(z.string()), versions: z.array(priceListVersionSchema) });
export type PriceLists = z.infer<typeof priceListsSchema>;

/** What each subscription adapter method answers. */
export const subscriptionResponses = {
  listSubscriptions: listPageSchema(subscriptionSchema),
  getSubscription: subscriptionDetailSchema,
  changeSubscription: subscriptionChangeResultSchema,
  cancelPendingChange: subscriptionSchema,
  getPriceLists: priceListsSchema,
  setPriceOverride: subscriptionSchema,
};

function periodStartAt(s: Pick<Subscription, 'anchorDate' | 'billingDay'>, months: number): CalendarDate {
  const landed = addMonths(s.anchorDate, months);
  return billingDateInMonth(yearOf(landed), monthOf(landed), s.billingDay);
}

/**
 * The day a change made on `today` takes effect from: today, or the first billed day when billing
 * has not started yet (an order with postponed billing).
 */
export function changeDate(s: Pick<Subscription, 'anchorDate'>, today: CalendarDate): CalendarDate {
  return compareDates(today, s.anchorDate) < 0 ? s.anchorDate : today;
}

/**
 * The record as `changeQuote` takes it, with the billing period the change date falls in; at the
 * instant `now` (an ISO string), with its batches' refund windows when it has any.
 */
export function subscriptionTerms(s: Subscription, today: CalendarDate, now?: string): SubscriptionTerms {
  const on = changeDate(s, today);
  let k = Math.max(0, Math.floor(((yearOf(on) - yearOf(s.anchorDate)) * 12 + monthOf(on) - monthOf(s.anchorDate)) / s.periodMonths) - 1);
  while (compareDates(periodStartAt(s, (k + 1) * s.periodMonths), on) <= 0) k++;
  const periodStart = periodStartAt(s, k * s.periodMonths);
  const unclamped = periodStartAt(s, (k + 1) * s.periodMonths);
  const periodEnd = compareDates(unclamped, s.termEnd) > 0 ? s.termEnd : unclamped;
  // A period is charged at the price in force on its first day (a negotiated price, else its own).
  const [price, next, renewal] = [ownUnitPrice(s, periodStart), ownUnitPrice(s, periodEnd), ownUnitPrice(s, s.termEnd)];
  return {
    billingType: s.billingType,
    currency: s.currency,
    planId: s.planId,
    quantity: s.quantity,
    unitPrice: price,
    ...(next === price ? {} : { nextUnitPrice: next }),
    ...(renewal === price ? {} : { renewalUnitPrice: renewal }),
    periodFee: s.periodFee,
    renewalFee: s.renewalFee,
    periodStart,
    periodEnd,
    termEnd: s.termEnd,
    billingDay: s.billingDay,
    periodMonths: s.periodMonths,
    termMonths: s.termMonths,
    periodMaxQuantity: s.periodMaxQuantity,
    autoRenew: s.autoRenew,
    renewable: s.renewable,
    ...(now && s.batches?.length ? { refund: { batches: s.batches, now, ...(s.refundWindowHours === undefined ? {} : { windowHours: s.refundWindowHours }) } } : {}),
  };
}

/** The unit price of the subscription's own plan on `date`: its negotiated price in force that day, else its own (resolvePrice). */
export function ownUnitPrice(s: Pick<Subscription, 'planId' | 'currency' | 'unitPrice' | 'priceOverride'>, date: CalendarDate): number {
  return resolvePrice({ planId: s.planId, currency: s.currency, date, tier: null, planPrice: s.unitPrice, override: s.priceOverride ?? null }, []).unitPrice;
}

/** The core's change for an input, with the target plan's prices; null when the plan is not offered. */
export function requestedChange(input: Pick<SubscriptionChangeInput, 'kind' | 'quantity' | 'planId'>, plans: readonly SubscriptionPlan[], current: string): SubscriptionChange | null {
  if (input.kind === 'renew') return { kind: 'renew' };
  const planId = input.planId ?? current;
  const plan = plans.find((p) => p.id === planId);
  if (!plan) return null;
  return { kind: 'change', ...(input.quantity === undefined ? {} : { quantity: input.quantity }), plan: { id: plan.id, unitPrice: plan.unitPrice, periodFee: plan.periodFee, renewalFee: plan.renewalFee } };
}
