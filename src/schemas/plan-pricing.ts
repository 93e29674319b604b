/**
 * How a service plan prices a resource's fee beyond one flat price per unit (issue 22): graduated
 * or volume tiers, or a price per package of units, per currency; and a Pay As You Go plan
 * period's minimum commitment. The rules a tier table must keep are the core's
 * (priceModelProblems), each reported on the row that breaks it.
 */
import * as z from 'zod/mini';
import type { PriceModel } from '../core/price-model.js';
import type { ScheduleLineInput } from '../core/schedule-types.js';
import { feesByCurrency, wholeNumber } from './common.js';

export const PRICE_MODELS = ['per-unit', 'graduated', 'volume', 'package'] as const;
export type PriceModelId = (typeof PRICE_MODELS)[number];

export const feeTierSchema = z.object({
  /** Inclusive upper bound ("up to N" units), null on the last tier, which prices every unit above. */
  upTo: z.nullable(wholeNumber(1)),
  /** Unit price per currency, minor units. */
  prices: feesByCurrency(),
  /** Flat amount per currency (graduated: once the tier is reached; volume: when the quantity falls in it); none is 0. */
  flats: z.optional(feesByCurrency()),
});
export type FeeTier = z.infer<typeof feeTierSchema>;

/**
 * A fee's price model. Per unit (or no pricing at all) prices by the resource's fee per currency;
 * a package prices each block of `blockSize` units at that fee; tiers carry their own prices.
 */
export const feePricingSchema = z.object({
  model: z.enum(PRICE_MODELS, 'v.choose'),
  blockSize: z.optional(wholeNumber(1)),
  tiers: z.optional(z.array(feeTierSchema)),
});
export type FeePricing = z.infer<typeof feePricingSchema>;

export type PricingIssue = (path: PropertyKey[], message: string, params?: Record<string, string>) => void;

const TIER_RULE: Record<string, string> = {
  'not-ascending': 'plan.tiers.ascending',
  'last-bounded': 'plan.tiers.lastOpen',
  'bounded-before-last': 'plan.tiers.openBeforeLast',
};

/**
 * The rules of one fee's pricing, each on its row (`tiers.2.upTo`, `tiers.0.prices.EUR`,
 * `blockSize`): at least one tier, bounds ascending with no gap or overlap and only the last one
 * open, a unit price in every currency, a block size for a package.
 */
export function checkFeePricing(pricing: FeePricing, currencies: readonly string[], report: PricingIssue): void {
  if (pricing.model === 'package') {
    if (pricing.blockSize === undefined) report(['blockSize'], 'plan.blockSize');
    return;
  }
  if (pricing.model === 'per-unit') return;
  const tiers = pricing.tiers ?? [];
  if (tiers.length === 0) return report(['tiers'], 'plan.tiers.required');
  // Bounds only (prices are checked per currency below): the core's rule, row by row.
  let previous = 0;
  tiers.forEach((t, i) => {
    const last = i === tiers.length - 1;
    const code = t.upTo === null ? (last ? '' : 'bounded-before-last') : last ? 'last-bounded' : Number.isInteger(t.upTo) && t.upTo <= previous ? 'not-ascending' : '';
    if (code) report(['tiers', i, 'upTo'], TIER_RULE[code]!, { after: String(previous) });
    if (t.upTo !== null && Number.isInteger(t.upTo) && t.upTo > previous) previous = t.upTo;
    for (const cur of currencies) if (!Object.hasOwn(t.prices ?? {}, cur)) report(['tiers', i, 'prices', cur], 'plan.tier.price', { currency: cur });
  });
}

/** A plan resource's fee in `currency` as the core prices it: a price model, or undefined for the plain fee. */
export function feePriceModel(pricing: FeePricing | undefined, fee: number | undefined, currency: string): PriceModel | undefined {
  if (!pricing || pricing.model === 'per-unit') return undefined;
  if (pricing.model === 'package') return { model: 'package', blockSize: pricing.blockSize ?? 1, blockPrice: fee ?? 0 };
  return {
    model: pricing.model,
    tiers: (pricing.tiers ?? []).map((t) => ({ upTo: t.upTo, unitPrice: t.prices[currency] ?? 0, flat: t.flats?.[currency] ?? 0 })),
  };
}

type FeeType = 'recurring' | 'setup' | 'renewal' | 'overuse';
interface PricedResource {
  resourceId: string;
  included: number;
  fees: Partial<Record<FeeType, Record<string, number>>>;
  pricing?: Partial<Record<FeeType, FeePricing>> | undefined;
}

/** A plan resource ordered in `quantity` units, as a charge schedule's line in `currency`. */
export function scheduleLine(r: PricedResource, quantity: number, currency: string): ScheduleLineInput {
  const line: ScheduleLineInput = { resourceId: r.resourceId, quantity, included: r.included };
  const prices: NonNullable<ScheduleLineInput['prices']> = {};
  for (const t of ['recurring', 'setup', 'renewal', 'overuse'] as const) {
    const fee = r.fees[t]?.[currency];
    const model = r.fees[t] ? feePriceModel(r.pricing?.[t], fee, currency) : undefined;
    if (model) prices[t] = model;
    else if (fee !== undefined) line[t] = fee;
  }
  if (Object.keys(prices).length) line.prices = prices;
  return line;
}
