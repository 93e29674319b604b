/**
 * Quotes the widgets show and the backend checks: one implementation, so the preview a
 * user sees is the figure the demo backend charges.
 */
import { addDays, addMonths, type CalendarDate, compareDates, daysBetween } from './dates.js';
import { checkDate, checkWhole } from './input-checks.js';
import { type Money, money, multiplyMoney, subtractMoney } from './money.js';
import { type PriceTier, tieredPrice } from './pricing.js';
import { applyFactor, factorToString, stretchFactor, type ProrationFactor } from './proration.js';

/** Days a subscription sale lasts: the Cancellation Date is the Activation date + 365 days. */
export const SALE_TERM_DAYS = 365;

export function saleCancellationDate(activationDate: CalendarDate): CalendarDate {
  return addDays(activationDate, SALE_TERM_DAYS);
}

export interface PerUserPricing {
  currency: string;
  /** Price per user in minor units, when there are no tiers. */
  unitPrice: number;
  tiers?: readonly PriceTier[] | undefined;
}

/** Sales Price of a distribution line: per-user price x users, or the volume tier's price x users. */
export function saleLineQuote(pricing: PerUserPricing, users: number): { unitPrice: Money; total: Money } {
  checkWhole(users, 'users');
  if (pricing.tiers && pricing.tiers.length > 0) return tieredPrice(pricing.currency, pricing.tiers, users);
  const unitPrice = money(pricing.currency, checkWhole(pricing.unitPrice, 'unit price'));
  return { unitPrice, total: multiplyMoney(unitPrice, users) };
}

/** Licenses a purchase takes from stock: as many as are available, never more than are bought. */
export function licensesFromStock(available: number, quantity: number): number {
  return Math.max(0, Math.min(available, quantity));
}

export interface LicenseQuoteInput {
  today: CalendarDate;
  currency: string;
  /** Price of one license for a full contract term, minor units. */
  unitPrice: number;
  termMonths: number;
  quantity: number;
  /** Licenses taken from stock are already paid for. */
  fromStock?: number;
  /** The account's active licenses of the product; new ones co-term with them. */
  existing?: { count: number; endDate: CalendarDate | null } | null;
  /**
   * The contract's end date: no license bought under it ends later. Co-termed and full-term
   * licenses that would run past it end on it instead and are charged the days they run.
   */
  contractEndDate?: CalendarDate;
  /**
   * Co-term with the account's active licenses (default true). False: the buyer chose a full
   * term from today even though licenses exist.
   */
  coTerm?: boolean;
}

/**
 * A proration factor in a quote, as plain JSON (a quote travels to hosts, logs and 409 answers):
 * the exact factor as a decimal string with 9 places, and the days it is made of.
 */
export interface QuoteFactor {
  /** Days charged. */
  days: number;
  /** Days of the whole term the price is for. */
  periodDays: number;
  /** days / periodDays rounded HALF_UP to 9 decimals, e.g. "0.677419355" or "2.994535519". */
  decimal: string;
}

/** The plain JSON form of a ProrationFactor (factorToString gives its exact decimal). */
export function quoteFactor(f: ProrationFactor): QuoteFactor {
  return { days: f.days, periodDays: f.periodDays, decimal: factorToString(f) };
}

export interface LicenseQuote {
  startDate: CalendarDate;
  /** The day after the last day the licenses run (periods are half-open). */
  endDate: CalendarDate;
  /** The licenses end with the account's existing ones. */
  coTermed: boolean;
  /** The end date is the contract's end date, earlier than the licenses would otherwise end. */
  cappedAtContractEnd: boolean;
  /**
   * The share of a full term charged: days run / days of the contract term that ends on the end
   * date. May exceed 1 (co-terming to an end more than one term away). Null for a full term.
   */
  factor: QuoteFactor | null;
  /** Price of one new license for this (possibly shorter or longer) term. */
  unitPrice: Money;
  /** Licenses charged: quantity minus those from stock. */
  charged: number;
  total: Money;
}

/**
 * Licenses bought today run for the contract's term. When the account already has active
 * licenses of the product ending later than today (and the buyer co-terms, the default), the
 * new ones end with them instead, however far away that is. Either way they never end after
 * the contract's end date. Unless they run exactly one term from today, each costs
 *
 *     price x days(today, end) / days(end - term, end)
 *
 * with the factor to 9 decimals HALF_UP and never capped at 1: licenses co-termed to an end
 * three terms away cost about three terms. Refuses (RangeError) counts and prices that are not
 * whole numbers >= 0, a term under one month, dates that are not calendar dates, a contract that
 * ends on or before today, and totals past Number.MAX_SAFE_INTEGER.
 */
export function licenseQuote(input: LicenseQuoteInput): LicenseQuote {
  const { currency } = input;
  const today = checkDate(input.today, 'today');
  const termMonths = checkWhole(input.termMonths, 'the contract term in months', 1);
  const quantity = checkWhole(input.quantity, 'quantity');
  const fromStock = licensesFromStock(checkWhole(input.fromStock ?? 0, 'licenses from stock'), quantity);
  const charged = quantity - fromStock;
  const full = money(currency, checkWhole(input.unitPrice, 'unit price'));
  const existingEnd = input.existing && input.existing.count > 0 ? input.existing.endDate : null;
  const coTermed = input.coTerm !== false && !!existingEnd && daysBetween(today, checkDate(existingEnd, 'the existing licenses\' end date')) > 0;
  const naturalEnd = coTermed ? existingEnd! : addMonths(today, termMonths);
  const contractEnd = input.contractEndDate === undefined ? null : checkDate(input.contractEndDate, 'the contract end date');
  if (contractEnd && compareDates(contractEnd, today) <= 0) {
    throw new RangeError(`the contract ended on ${contractEnd}: no license can be bought under it on ${today}`);
  }
  const cappedAtContractEnd = !!contractEnd && compareDates(contractEnd, naturalEnd) < 0;
  const endDate = cappedAtContractEnd ? contractEnd! : naturalEnd;
  const quoted = (factor: ProrationFactor | null, unitPrice: Money): LicenseQuote => ({
    startDate: today,
    endDate,
    coTermed,
    cappedAtContractEnd,
    factor: factor && quoteFactor(factor),
    unitPrice,
    charged,
    total: multiplyMoney(unitPrice, charged),
  });
  if (!coTermed && !cappedAtContractEnd) return quoted(null, full);
  const factor = stretchFactor(today, endDate, addMonths(endDate, -termMonths), endDate);
  return quoted(factor, applyFactor(full, factor));
}

export interface OrderQuoteInput {
  currency: string;
  /** The plan's price per month (pre-paid), minor units. */
  monthlyPrice: number;
  /** Post-paid price per user account per month, minor units. */
  perUserPrice: number;
  prepaidMonths: number;
  /** User accounts to estimate post-paid for. */
  users: number;
  orderDate: CalendarDate;
  postponedBilling: boolean;
  /**
   * Pre-paid (the default) is charged in advance, from the first day billed; post-paid is charged
   * in arrears, at the end of each month, for that month's maximum user accounts.
   */
  paymentMethod?: 'pre-paid' | 'post-paid';
}

export interface OrderQuote {
  monthlyPrice: Money;
  /** What the pre-paid period costs: monthly price x months. */
  prepaidTotal: Money;
  prepaidMonths: number;
  /** What post-paid would cost per month for `users` accounts. */
  postpaidMonthly: Money;
  /** The difference, positive when pre-paid is cheaper per month. */
  postpaidMinusPrepaidMonthly: Money;
  /**
   * When the first charge is made. Pre-paid: the first day billed (the order date, or a month
   * later with postponed billing). Post-paid: the end of the first month billed, in arrears.
   */
  firstChargeDate: CalendarDate;
  /**
   * What the first charge pays for: pre-paid, the months ahead from `from`; post-paid, the user
   * accounts of the month `from`..`to` (exclusive end), at that month's maximum.
   */
  firstChargeBasis: { kind: 'prepaid'; from: CalendarDate; months: number } | { kind: 'usage'; from: CalendarDate; to: CalendarDate };
  freeUntil: CalendarDate | null;
}

export function orderQuote(input: OrderQuoteInput): OrderQuote {
  const monthlyPrice = money(input.currency, checkWhole(input.monthlyPrice, 'monthly price'));
  checkWhole(input.prepaidMonths, 'pre-paid months');
  const postpaidMonthly = multiplyMoney(money(input.currency, checkWhole(input.perUserPrice, 'price per user')), checkWhole(input.users, 'users'));
  const orderDate = checkDate(input.orderDate, 'the order date');
  // With postponed billing the first month is free: billing starts a month after the order.
  const billedFrom = input.postponedBilling ? addMonths(orderDate, 1) : orderDate;
  const postPaid = input.paymentMethod === 'post-paid';
  const firstChargeDate = postPaid ? addMonths(billedFrom, 1) : billedFrom;
  return {
    monthlyPrice,
    prepaidTotal: multiplyMoney(monthlyPrice, input.prepaidMonths),
    prepaidMonths: input.prepaidMonths,
    postpaidMonthly,
    postpaidMinusPrepaidMonthly: subtractMoney(postpaidMonthly, monthlyPrice),
    firstChargeDate,
    firstChargeBasis: postPaid ? { kind: 'usage', from: billedFrom, to: firstChargeDate } : { kind: 'prepaid', from: billedFrom, months: input.prepaidMonths },
    freeUntil: input.postponedBilling ? billedFrom : null,
  };
}

/** What a plan is priced at, per currency, in minor units (an order option's plan, or the backend's record of it). */
export interface PlanTerms {
  readonly monthlyPrice: Readonly<Record<string, number>>;
  readonly perUserPrice: Readonly<Record<string, number>>;
  readonly prepaidMonths: number;
}

/** The terms a plan is quoted on in a currency (the widget's summary and the backend's price), or null when it is not sold in it. */
export function quotePackage(
  pkg: PlanTerms,
  order: { currency: string; paymentMethod: 'post-paid' | 'pre-paid'; postponedBilling: boolean },
  orderDate: CalendarDate,
  users = 0,
): OrderQuote | null {
  const monthlyPrice = pkg.monthlyPrice[order.currency];
  if (monthlyPrice === undefined) return null;
  return orderQuote({
    currency: order.currency,
    monthlyPrice,
    perUserPrice: pkg.perUserPrice[order.currency] ?? 0,
    prepaidMonths: pkg.prepaidMonths,
    users,
    orderDate,
    postponedBilling: order.postponedBilling,
    paymentMethod: order.paymentMethod,
  });
}
