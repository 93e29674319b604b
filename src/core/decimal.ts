/**
 * Exact integer arithmetic with HALF_UP rounding (ties away from zero). Plain numbers while every
 * intermediate value stays exact (below 2^52 or 2^53, as each function says); BigInt past that, so
 * that no product can lose precision.
 */

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
/** Sums of two values up to this stay below 2^53: exact in a number. */
const EXACT = 2 ** 52;

/** a / b rounded HALF_UP. b must be non-zero. */
export function divRoundHalfUp(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new RangeError('division by zero');
  const negative = (a < 0n) !== (b < 0n);
  const absA = a < 0n ? -a : a;
  const absB = b < 0n ? -b : b;
  const q = (absA * 2n + absB) / (absB * 2n);
  return negative ? -q : q;
}

/** Converts a BigInt back to a number, throwing when it is not a safe integer. */
export function toSafeNumber(value: bigint, what = 'amount'): number {
  if (value > MAX_SAFE || value < MIN_SAFE) {
    throw new RangeError(`${what} is too large to be represented exactly`);
  }
  return Number(value);
}

/**
 * a x b of two safe integers, exactly; throws a RangeError when the product is not a safe
 * integer. A double product of integers is exact whenever the true product is at most 2^53 - 1,
 * and at least 2^53 otherwise, so one comparison tells; past it the BigInt product decides.
 */
export function multiplyExact(a: number, b: number): number {
  const p = a * b;
  if (p <= Number.MAX_SAFE_INTEGER && p >= Number.MIN_SAFE_INTEGER) return p + 0; // + 0: no -0
  return toSafeNumber(BigInt(a) * BigInt(b));
}

/** a + b of two safe integers, exactly; throws a RangeError when the sum is not a safe integer. */
export function addExact(a: number, b: number): number {
  const s = a + b;
  if (Number.isSafeInteger(s)) return s;
  return toSafeNumber(BigInt(a) + BigInt(b));
}

/**
 * a x numerator / denominator rounded HALF_UP, for safe integers (denominator non-zero), as a safe
 * integer; throws a RangeError when the result is not one. In numbers when a x numerator and the
 * denominator are positive and at most 2^52: the double quotient of integers below 2^53 never
 * rounds across an integer, so its floor is exact, and so is the remainder. Else through BigInt.
 */
export function multiplyDivideHalfUp(a: number, numerator: number, denominator: number): number {
  const p = a * numerator;
  if (p >= 0 && p <= EXACT && denominator > 0 && denominator <= EXACT) {
    const q = Math.floor(p / denominator);
    return 2 * (p - q * denominator) >= denominator ? q + 1 : q;
  }
  return toSafeNumber(divRoundHalfUp(BigInt(a) * BigInt(numerator), BigInt(denominator)));
}

export const POW10 = (n: number): bigint => 10n ** BigInt(n);
