/**
 * One price model for a fee: what `quantity` units cost. Exact in minor units.
 *
 * - per-unit: quantity x unit price.
 * - graduated: each unit at the price of the tier it falls in (units 1..10 at the first tier's
 *   price, 11..50 at the second's, ...), plus the flat amount of every tier the quantity reaches.
 * - volume: every unit at the price of the tier the whole quantity falls in, plus that tier's flat
 *   amount.
 * - package: a price per block of `blockSize` units, partial blocks rounded up.
 *
 * Tier bounds are inclusive "up to N": with tiers up to 10 and up to 50, unit 10 is in the first
 * tier and unit 11 in the second. The last tier has no bound (`upTo: null`). A tier is reached when
 * at least one unit falls in it, so 0 units cost nothing in every model (chosen: Lago and Orb
 * charge a tier's flat amount only once a unit reaches it; docs/billing.md, "Price models").
 */
import { type Money, money, multiplyMoney, sumMoney, zero } from './money.js';

export interface PriceModelTier {
  /** Inclusive upper bound of the tier (units), or null for the last, unbounded one. */
  upTo: number | null;
  /** Price per unit in minor units. */
  unitPrice: number;
  /** Charged once when the tier is reached (graduated) or when the quantity falls in it (volume). */
  flat?: number;
}

export type PriceModel =
  | { model: 'per-unit'; unitPrice: number }
  | { model: 'graduated'; tiers: readonly PriceModelTier[] }
  | { model: 'volume'; tiers: readonly PriceModelTier[] }
  | { model: 'package'; blockSize: number; blockPrice: number };

/** One part of a price: the units of one tier (or the blocks of a package) and what they cost. */
export interface PricePart {
  /** First and last unit priced by this part (1-based, inclusive). */
  from: number;
  to: number;
  /** Units (blocks for a package) and the price of one. */
  quantity: number;
  unitPrice: Money;
  flat: Money;
  amount: Money;
}

export interface PriceBreakdown {
  total: Money;
  parts: PricePart[];
}

/** A rule a price model breaks: where (`tiers.2.upTo`, `blockSize`) and what. */
export interface PriceModelProblem {
  path: string;
  code: 'model' | 'not-whole' | 'negative' | 'not-ascending' | 'last-bounded' | 'bounded-before-last' | 'no-tiers' | 'block-size';
}

const isWhole = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n);

/**
 * The rules a price model must keep, each problem on the row that breaks it: whole numbers, no
 * negative price, tiers ascending with no gap or overlap (each starts after the one before ends,
 * so bounds strictly increase from 1), only the last tier unbounded, block size at least 1.
 */
export function priceModelProblems(m: PriceModel): PriceModelProblem[] {
  const problems: PriceModelProblem[] = [];
  const price = (path: string, v: unknown) => {
    if (!isWhole(v)) problems.push({ path, code: 'not-whole' });
    else if (v < 0) problems.push({ path, code: 'negative' });
  };
  if (m.model === 'per-unit') price('unitPrice', m.unitPrice);
  else if (m.model !== 'package' && ((m.model !== 'graduated' && m.model !== 'volume') || !Array.isArray(m.tiers))) problems.push({ path: 'model', code: 'model' });
  else if (m.model === 'package') {
    if (!isWhole(m.blockSize) || m.blockSize < 1) problems.push({ path: 'blockSize', code: 'block-size' });
    price('blockPrice', m.blockPrice);
  } else {
    if (m.tiers.length === 0) problems.push({ path: 'tiers', code: 'no-tiers' });
    let previous = 0;
    m.tiers.forEach((t, i) => {
      const last = i === m.tiers.length - 1;
      price(`tiers.${i}.unitPrice`, t.unitPrice);
      if (t.flat !== undefined) price(`tiers.${i}.flat`, t.flat);
      if (t.upTo === null) {
        if (!last) problems.push({ path: `tiers.${i}.upTo`, code: 'bounded-before-last' });
        return;
      }
      if (last) problems.push({ path: `tiers.${i}.upTo`, code: 'last-bounded' });
      if (!isWhole(t.upTo)) problems.push({ path: `tiers.${i}.upTo`, code: 'not-whole' });
      else if (t.upTo <= previous) problems.push({ path: `tiers.${i}.upTo`, code: 'not-ascending' });
      else previous = t.upTo;
    });
  }
  return problems;
}

function checked(m: PriceModel, quantity: number): void {
  if (!isWhole(quantity) || quantity < 0) throw new RangeError(`quantity must be a whole number of at least 0, got ${quantity}`);
  const p = priceModelProblems(m)[0];
  if (p) throw new RangeError(`the price model breaks a rule at ${p.path}: ${p.code}`);
}

function part(currency: string, from: number, to: number, quantity: number, unitPrice: number, flat = 0): PricePart {
  const unit = money(currency, unitPrice);
  const flatMoney = money(currency, flat);
  return { from, to, quantity, unitPrice: unit, flat: flatMoney, amount: sumMoney(currency, [multiplyMoney(unit, quantity), flatMoney]) };
}

/** What `quantity` units cost under a price model, with the parts that make the total. Throws RangeError on a model that breaks a rule. */
export function priceOf(currency: string, m: PriceModel, quantity: number): PriceBreakdown {
  checked(m, quantity);
  const parts: PricePart[] = [];
  if (quantity > 0) {
    if (m.model === 'per-unit') parts.push(part(currency, 1, quantity, quantity, m.unitPrice));
    else if (m.model === 'package') {
      const blocks = Math.ceil(quantity / m.blockSize);
      parts.push(part(currency, 1, quantity, blocks, m.blockPrice));
    } else if (m.model === 'volume') {
      const tier = m.tiers.find((t) => t.upTo === null || quantity <= t.upTo)!;
      parts.push(part(currency, 1, quantity, quantity, tier.unitPrice, tier.flat));
    } else {
      let from = 1;
      for (const t of m.tiers) {
        const to = t.upTo === null ? quantity : Math.min(t.upTo, quantity);
        parts.push(part(currency, from, to, to - from + 1, t.unitPrice, t.flat));
        if (to === quantity) break;
        from = to + 1;
      }
    }
  }
  return { total: parts.length ? sumMoney(currency, parts.map((p) => p.amount)) : zero(currency), parts };
}

/**
 * Quantities where one more unit costs less than the quantity before it (volume tiers, or flat
 * amounts that drop): the editor warns "21 users cost less than 20". Only tier boundaries can do
 * it: inside a tier the price grows with the quantity.
 */
export function cheaperAbove(currency: string, m: PriceModel): { quantity: number; cheaperThan: number }[] {
  if (m.model !== 'volume' && m.model !== 'graduated') return [];
  if (priceModelProblems(m).length) return [];
  return m.tiers
    .filter((t): t is PriceModelTier & { upTo: number } => t.upTo !== null)
    .filter((t) => priceOf(currency, m, t.upTo + 1).total.minor < priceOf(currency, m, t.upTo).total.minor)
    .map((t) => ({ quantity: t.upTo + 1, cheaperThan: t.upTo }));
}
