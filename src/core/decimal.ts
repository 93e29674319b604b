/**
 * Exact integer arithmetic with HALF_UP rounding (ties away from zero), on BigInt so
 * that no intermediate product can lose precision.
 */

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
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`${what} is too large to be represented exactly`);
  }
  return Number(value);
}

export const POW10 = (n: number): bigint => 10n ** BigInt(n);
