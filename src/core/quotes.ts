/**
 * Quotes the widgets show and the backend checks: one implementation, so the preview a
 * user sees is the figure the demo backend charges.
 */
import { addDays, addMonths, type CalendarDate, daysBetween } from './dates.js';
import { type Money, money, multiplyMoney, subtractMoney } from './money.js';
import { type PriceTier, tieredPrice } from './pricing.js';
import { applyFactor, prorationFactor, type ProrationFactor } from './proration.js';

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
  if (pricing.tiers && pricing.tiers.length > 0) return tieredPrice(pricing.currency, pricing.tiers, users);
  const unitPrice = money(pricing.currency, pricing.unitPrice);
  return { unitPrice, total: multiplyMoney(unitPrice, users) };
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
}

export interface LicenseQuote {
  startDate: CalendarDate;
  endDate: CalendarDate;
  coTermed: boolean;
  /** The share of a full term charged (1 for a full term). */
  factor: ProrationFactor | null;
  /** Price of one new license for this (possibly shorter) term. */
  unitPrice: Money;
  /** Licenses charged: quantity minus those from stock. */
  charged: number;
  total: Money;
}

/**
 * Licenses bought today run for the contract's term; when the account already has active
 * licenses of the product ending later than today, the new ones end with them and are
 * prorated: price x days(today, end) / days(end - term, end).
 */
export function licenseQuote(input: LicenseQuoteInput): LicenseQuote {
  const { today, currency, termMonths, quantity } = input;
  const fromStock = Math.min(input.fromStock ?? 0, quantity);
  const charged = quantity - fromStock;
  const full = money(currency, input.unitPrice);
  const existingEnd = input.existing && input.existing.count > 0 ? input.existing.endDate : null;
  if (existingEnd && daysBetween(today, existingEnd) > 0) {
    const termStart = addMonths(existingEnd, -termMonths);
    const periodStart = termStart < today ? termStart : today;
    const factor = prorationFactor(today, existingEnd, periodStart, existingEnd);
    const unitPrice = applyFactor(full, factor);
    return { startDate: today, endDate: existingEnd, coTermed: true, factor, unitPrice, charged, total: multiplyMoney(unitPrice, charged) };
  }
  return { startDate: today, endDate: addMonths(today, termMonths), coTermed: false, factor: null, unitPrice: full, charged, total: multiplyMoney(full, charged) };
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
  /** With postponed billing the first month is free and the first charge is a month later. */
  firstChargeDate: CalendarDate;
  freeUntil: CalendarDate | null;
}

export function orderQuote(input: OrderQuoteInput): OrderQuote {
  const monthlyPrice = money(input.currency, input.monthlyPrice);
  const postpaidMonthly = multiplyMoney(money(input.currency, input.perUserPrice), input.users);
  const firstChargeDate = input.postponedBilling ? addMonths(input.orderDate, 1) : input.orderDate;
  return {
    monthlyPrice,
    prepaidTotal: multiplyMoney(monthlyPrice, input.prepaidMonths),
    prepaidMonths: input.prepaidMonths,
    postpaidMonthly,
    postpaidMinusPrepaidMonthly: subtractMoney(postpaidMonthly, monthlyPrice),
    firstChargeDate,
    freeUntil: input.postponedBilling ? firstChargeDate : null,
  };
}

