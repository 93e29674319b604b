/**
 * ISO 4217 minor-unit exponents. Currencies not listed use 2, the ISO default for
 * almost every active currency. The table is explicit (not read from Intl) because
 * Intl's display digits differ from ISO for some currencies and because the core
 * must give the same answer in every browser and in Node.
 */
const EXPONENTS: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0,
  UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

const CODE = /^[A-Z]{3}$/;

/** True when `code` looks like an ISO 4217 alphabetic code (three capital letters). */
export function isCurrencyCode(code: string): boolean {
  return CODE.test(code);
}

/** Codes already checked, with their exponent: each code's pattern is tested once. */
const checked = new Map<string, number>();

/** Number of decimal digits of a currency's minor unit (JPY 0, USD 2, KWD 3). */
export function currencyExponent(currency: string): number {
  const known = checked.get(currency);
  if (known !== undefined) return known;
  if (!isCurrencyCode(currency)) throw new RangeError(`"${currency}" is not an ISO 4217 currency code`);
  const exp = EXPONENTS[currency] ?? 2;
  // At most 26^3 codes; only strings, so no object is kept.
  if (typeof currency === 'string') checked.set(currency, exp);
  return exp;
}
