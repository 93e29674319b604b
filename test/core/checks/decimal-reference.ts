/**
 * An independent decimal reference: exact long division on digit strings, rounding by
 * looking at the next digit. It shares no code with src/core.
 */
export function refDivide(numerator: bigint, denominator: bigint, places: number): string {
  // Returns numerator/denominator with `places` decimals, HALF_UP, as a digit string with a point.
  let digits = (numerator / denominator).toString();
  let rem = numerator % denominator;
  let frac = '';
  for (let i = 0; i <= places; i++) {
    rem *= 10n;
    frac += (rem / denominator).toString();
    rem %= denominator;
  }
  const roundUp = Number(frac[places]) >= 5;
  let kept = digits + frac.slice(0, places);
  if (roundUp) kept = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
  digits = kept.slice(0, kept.length - places) || '0';
  return places ? `${digits}.${kept.slice(kept.length - places)}` : digits;
}

/** price x (days / periodDays to 9 decimals, HALF_UP), HALF_UP to the minor unit. */
export function refProrate(minor: number, days: number, periodDays: number): number {
  const factor = refDivide(BigInt(days), BigInt(periodDays), 9); // "0.677419355"
  const [w, f] = factor.split('.') as [string, string];
  const scaled = BigInt(minor) * BigInt(w + f); // price x factor x 1e9
  return Number(refDivide(scaled, 1_000_000_000n, 0));
}
