/**
 * Catalog pricing: per-unit prices, volume tiers, percentages.
 */
import { divRoundHalfUp, toSafeNumber } from './decimal.js';
import { type Money, money, multiplyMoney } from './money.js';

export interface PriceTier {
  /** Inclusive upper bound of quantities priced at this tier; null for "and above". */
  upTo: number | null;
  /** Price per unit in minor units. */
  unitPrice: number;
}

/**
 * Volume pricing: every unit is priced at the tier the whole quantity falls in
 * (for tiers [1-9: 10.00, 10+: 8.00], 12 users cost 12 x 8.00). Tiers must be sorted by upTo
 * with the last one open (null) or covering the quantity.
 */
export function tieredPrice(currency: string, tiers: readonly PriceTier[], quantity: number): { unitPrice: Money; total: Money } {
  if (!Number.isSafeInteger(quantity) || quantity < 0) throw new RangeError('quantity must be a whole number >= 0');
  const tier = tiers.find((t) => t.upTo === null || quantity <= t.upTo);
  if (!tier) throw new RangeError(`no price tier covers a quantity of ${quantity}`);
  const unitPrice = money(currency, tier.unitPrice);
  return { unitPrice, total: multiplyMoney(unitPrice, quantity) };
}

/** A percentage of an amount (basis points: 1250 = 12.5 %), HALF_UP to the minor unit. */
export function percentOf(m: Money, basisPoints: number): Money {
  if (!Number.isSafeInteger(basisPoints)) throw new RangeError('basis points must be a whole number');
  return money(m.currency, toSafeNumber(divRoundHalfUp(BigInt(m.minor) * BigInt(basisPoints), 10_000n)));
}
