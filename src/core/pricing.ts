/**
 * Catalog pricing: per-unit prices, volume tiers, percentages.
 */
import { divRoundHalfUp, toSafeNumber } from './decimal.js';
import { type Money, money } from './money.js';
import { priceOf } from './price-model.js';

export interface PriceTier {
  /** Inclusive upper bound of quantities priced at this tier; null for "and above". */
  upTo: number | null;
  /** Price per unit in minor units. */
  unitPrice: number;
}

/**
 * Volume pricing (the sale quote's tiers): every unit is priced at the tier the whole quantity
 * falls in (for tiers [up to 9: 10.00, above: 8.00], 12 users cost 12 x 8.00); the `volume` model
 * of price-model.ts, which checks the tiers (ascending, the last one open). Also gives the unit
 * price of the tier the quantity falls in (the first tier's for 0).
 */
export function tieredPrice(currency: string, tiers: readonly PriceTier[], quantity: number): { unitPrice: Money; total: Money } {
  const { total } = priceOf(currency, { model: 'volume', tiers }, quantity);
  const tier = tiers.find((t) => t.upTo === null || quantity <= t.upTo)!;
  return { unitPrice: money(currency, tier.unitPrice), total };
}

/** A percentage of an amount (basis points: 1250 = 12.5 %), HALF_UP to the minor unit. */
export function percentOf(m: Money, basisPoints: number): Money {
  if (!Number.isSafeInteger(basisPoints)) throw new RangeError('basis points must be a whole number');
  return money(m.currency, toSafeNumber(divRoundHalfUp(BigInt(m.minor) * BigInt(basisPoints), 10_000n)));
}
