/**
 * Channel economics: what the reseller pays (cost), the suggested retail price (list) and what
 * the customer pays (price) for a line; the margin and markup between them; a price set from a
 * markup; which price applies (override, price list, plan); and the refund windows of added seats.
 * Exact in minor units; percentages are decimal strings with two places, HALF_UP.
 * docs/billing.md, "Channel economics", has the rules and worked examples.
 */
import type { CalendarDate } from './dates.js';
import { compareDates } from './dates.js';
import { divRoundHalfUp, toSafeNumber } from './decimal.js';
import { checkWhole } from './input-checks.js';
import { type Money, money, multiplyMoney, subtractMoney, sumMoney } from './money.js';

export interface LineAmounts {
  currency: string;
  quantity: number;
  /** Per unit, minor units: what the reseller pays, the suggested retail price, what the customer pays. */
  unitCost: number;
  unitListPrice: number;
  unitPrice: number;
}

export interface Economics {
  cost: Money;
  list: Money;
  price: Money;
  /** price − cost (negative below cost). */
  margin: Money;
  /** margin / price × 100, "23.45"; null when the price is 0. */
  marginPercent: string | null;
  /** margin / cost × 100, "30.00"; null when the cost is 0. */
  markupPercent: string | null;
  /** The price is below the cost: the user must confirm it. */
  belowCost: boolean;
}

/** a / b × 100 to two decimals, HALF_UP (away from zero), as "12.34" / "-5.00". */
export function percentString(a: number, b: number): string | null {
  if (b === 0) return null;
  const hundredths = divRoundHalfUp(BigInt(a) * 10_000n, BigInt(b));
  const sign = hundredths < 0n ? '-' : '';
  const abs = (hundredths < 0n ? -hundredths : hundredths).toString().padStart(3, '0');
  return `${sign}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

function economicsOf(cost: Money, list: Money, price: Money): Economics {
  const margin = subtractMoney(price, cost);
  return {
    cost,
    list,
    price,
    margin,
    marginPercent: percentString(margin.minor, price.minor),
    markupPercent: percentString(margin.minor, cost.minor),
    belowCost: price.minor < cost.minor,
  };
}

/**
 * The economics of amounts already totalled: a quote made at the seller's cost and the same quote
 * at the customer's price (a line whose price is prorated or tiered). The list price is the price
 * when none is known.
 */
export function amountEconomics(cost: Money, price: Money, list: Money = price): Economics {
  return economicsOf(cost, list, price);
}

/** The economics of one line: unit amounts × quantity, then margin and markup. */
export function lineEconomics(l: LineAmounts): Economics {
  const q = checkWhole(l.quantity, 'quantity');
  const unit = (minor: number, what: string) => multiplyMoney(money(l.currency, checkWhole(minor, what)), q);
  return economicsOf(unit(l.unitCost, 'unit cost'), unit(l.unitListPrice, 'unit list price'), unit(l.unitPrice, 'unit price'));
}

/** The economics of several lines: cost, list, price and margin are the exact sums of the lines'. */
export function totalEconomics(currency: string, lines: readonly Economics[]): Economics {
  const sum = (k: 'cost' | 'list' | 'price') => sumMoney(currency, lines.map((l) => l[k]));
  return economicsOf(sum('cost'), sum('list'), sum('price'));
}

/** A plan's price for a period: per unit, and its own price whatever the quantity (minor units). */
export interface PriceShape {
  unitPrice: number;
  periodFee: number;
}

/**
 * One period of a subscription: `quantity` units at `price`, against what the plan costs the
 * seller and its list price (each shaped like the price): the per-unit part and the plan's own
 * part as two lines, summed exactly.
 */
export function periodEconomics(currency: string, quantity: number, price: PriceShape, e: { cost: PriceShape; list: PriceShape }): Economics {
  const unit = lineEconomics({ currency, quantity, unitCost: e.cost.unitPrice, unitListPrice: e.list.unitPrice, unitPrice: price.unitPrice });
  const fee = lineEconomics({ currency, quantity: 1, unitCost: e.cost.periodFee, unitListPrice: e.list.periodFee, unitPrice: price.periodFee });
  return totalEconomics(currency, [unit, fee]);
}

/** "12.5", "12.50", "-3", "0.25": a percentage with at most two decimals, in hundredths (1250). Null when it is not one. */
export function parsePercent(text: string): number | null {
  const m = /^\s*(-?)(\d{1,6})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!m) return null;
  const hundredths = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] && hundredths ? -hundredths : hundredths;
}

/**
 * The unit price a markup gives: cost × (1 + markup / 100), HALF_UP to the currency's minor unit.
 * `markupHundredths` is the markup in hundredths of a percent (12.5 % = 1250); at least −100 %.
 */
export function priceFromMarkup(unitCost: Money, markupHundredths: number): Money {
  if (!Number.isSafeInteger(markupHundredths) || markupHundredths < -10_000) throw new RangeError(`a markup must be a whole number of hundredths of a percent from -100 %, got ${markupHundredths}`);
  return money(unitCost.currency, toSafeNumber(divRoundHalfUp(BigInt(unitCost.minor) * BigInt(10_000 + markupHundredths), 10_000n)));
}

// ---- which price applies ------------------------------------------------------------------------

/** A version of a reseller tier's price list: unit prices by plan and currency, from a date on. */
export interface PriceListVersion {
  tier: string;
  effectiveFrom: CalendarDate;
  prices: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** A customer price negotiated for one subscription, for a stretch of dates (end exclusive; null: open). */
export interface PriceOverride {
  unitPrice: number;
  from: CalendarDate;
  until: CalendarDate | null;
}

export interface ResolvedPrice {
  unitPrice: number;
  source: 'override' | 'price-list' | 'plan';
  /** The price list version used (its tier and first day). */
  version?: { tier: string; effectiveFrom: CalendarDate };
}

/**
 * The unit price of a line on `date`, by precedence: the subscription's override in force that
 * day, else the version of the reseller tier's price list in force that day (the latest that
 * started on or before it) when it prices the plan in the currency, else the plan's own price.
 */
export function resolvePrice(
  q: { planId: string; currency: string; date: CalendarDate; tier: string | null; planPrice: number; override?: PriceOverride | null },
  versions: readonly PriceListVersion[],
): ResolvedPrice {
  const o = q.override;
  if (o && compareDates(o.from, q.date) <= 0 && (o.until === null || compareDates(q.date, o.until) < 0)) return { unitPrice: o.unitPrice, source: 'override' };
  const inForce = versions
    .filter((v) => v.tier === q.tier && compareDates(v.effectiveFrom, q.date) <= 0)
    .sort((a, b) => compareDates(b.effectiveFrom, a.effectiveFrom))[0];
  const listed = inForce?.prices[q.planId]?.[q.currency];
  if (inForce && listed !== undefined) return { unitPrice: listed, source: 'price-list', version: { tier: inForce.tier, effectiveFrom: inForce.effectiveFrom } };
  return { unitPrice: q.planPrice, source: 'plan' };
}

export { REFUND_WINDOW_HOURS, refundableUntil, planDecrease, type SeatBatch, type DecreasePlan } from './refund-windows.js';
