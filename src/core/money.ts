/**
 * Money: an integer count of a currency's minor units. Never a float.
 *
 * Every function returns a new value; overflow beyond Number.MAX_SAFE_INTEGER throws a
 * RangeError instead of silently losing precision.
 */
import { currencyExponent } from './currencies.js';
import { divRoundHalfUp, multiplyExact, POW10, toSafeNumber } from './decimal.js';
import { amountFormat, normalise } from './amount-format.js';

export { numberSymbols, type NumberSymbols } from './amount-format.js';

export interface Money {
  readonly currency: string;
  /** Integer count of minor units (cents for USD, yen for JPY, fils for KWD). */
  readonly minor: number;
}

function checkMinor(minor: number): number {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`minor units must be a safe integer, got ${minor}`);
  return minor;
}

/** Builds a Money value, checking the currency code and that `minor` is a safe integer. */
export function money(currency: string, minor: number): Money {
  currencyExponent(currency);
  return { currency, minor: checkMinor(minor) };
}

export function zero(currency: string): Money {
  return money(currency, 0);
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new RangeError(`cannot combine ${a.currency} and ${b.currency}`);
}

export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.currency, checkMinor(a.minor + b.minor));
}

export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.currency, checkMinor(a.minor - b.minor));
}

/** Sum of amounts in one currency; an empty list sums to zero of `currency`. */
export function sumMoney(currency: string, amounts: readonly Money[]): Money {
  let total = 0n;
  for (const a of amounts) {
    if (a.currency !== currency) throw new RangeError(`cannot combine ${currency} and ${a.currency}`);
    total += BigInt(a.minor);
  }
  return money(currency, toSafeNumber(total));
}

/** Multiplies by a whole quantity (users, licenses, units). */
export function multiplyMoney(m: Money, quantity: number): Money {
  if (!Number.isSafeInteger(quantity)) throw new RangeError(`quantity must be a whole number, got ${quantity}`);
  if (Number.isSafeInteger(m.minor)) return money(m.currency, multiplyExact(m.minor, quantity));
  return money(m.currency, toSafeNumber(BigInt(m.minor) * BigInt(quantity)));
}

/**
 * Multiplies by an exact ratio numerator/denominator, rounding HALF_UP to the minor unit.
 * Used for proration factors and percentages.
 */
export function multiplyByRatio(m: Money, numerator: bigint, denominator: bigint): Money {
  return money(m.currency, toSafeNumber(divRoundHalfUp(BigInt(m.minor) * numerator, denominator)));
}

/**
 * Splits an amount into parts in proportion to `weights` (or into `weights` equal parts
 * when a number is given) without losing or creating a minor unit: the remainders go,
 * one unit each, to the parts with the largest remainders (earlier parts win ties).
 */
export function allocateMoney(m: Money, weights: number | readonly number[]): Money[] {
  if (typeof weights === 'number' && (!Number.isSafeInteger(weights) || weights < 1)) {
    throw new RangeError(`can only split into a whole number of parts (1 or more), got ${weights}`);
  }
  const ws = typeof weights === 'number' ? Array.from({ length: weights }, () => 1) : [...weights];
  if (ws.length === 0) throw new RangeError('cannot split into zero parts');
  if (ws.some((w) => !Number.isSafeInteger(w) || w < 0)) throw new RangeError('weights must be whole numbers >= 0');
  const totalWeight = ws.reduce((s, w) => s + BigInt(w), 0n);
  if (totalWeight === 0n) throw new RangeError('weights must not all be zero');
  const total = BigInt(m.minor);
  const sign = total < 0n ? -1n : 1n;
  const abs = total * sign;
  const shares = ws.map((w) => (abs * BigInt(w)) / totalWeight);
  const remainders = ws.map((w, i) => ({ i, r: (abs * BigInt(w)) % totalWeight }));
  let left = abs - shares.reduce((s, x) => s + x, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    shares[i] = (shares[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return shares.map((s) => money(m.currency, toSafeNumber(s * sign)));
}

/** Exact decimal text of an amount in major units, e.g. "20.32", "-0.005", "1500". */
export function toDecimalString(m: Money): string {
  const exp = currencyExponent(m.currency);
  const negative = m.minor < 0;
  const digits = String(Math.abs(m.minor)).padStart(exp + 1, '0');
  const whole = exp === 0 ? digits : digits.slice(0, -exp);
  const frac = exp === 0 ? '' : `.${digits.slice(-exp)}`;
  return `${negative ? '-' : ''}${whole}${frac}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats for display with Intl.NumberFormat, exactly (the decimal string is formatted, not a float). */
export function formatMoney(m: Money, locale = 'en'): string {
  const exp = currencyExponent(m.currency);
  const key = `${locale}|${m.currency}`;
  let nf = formatters.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: m.currency,
      minimumFractionDigits: exp,
      maximumFractionDigits: exp,
    });
    formatters.set(key, nf);
  }
  return nf.format(toDecimalString(m) as Intl.StringNumericLiteral);
}

export type MoneyParseErrorCode = 'empty' | 'invalid' | 'negative' | 'too-many-decimals' | 'too-large';

export type MoneyParseResult =
  | { ok: true; value: Money }
  | { ok: false; code: MoneyParseErrorCode; message: string; maxDecimals: number };

/** `s` without one of `prefixes` at its start, or null when none is there. */
function strip(s: string, prefixes: readonly string[], atEnd = false): string | null {
  for (const p of prefixes) {
    if (atEnd ? s.endsWith(p) : s.startsWith(p)) return atEnd ? s.slice(0, s.length - p.length) : s.slice(p.length);
  }
  return null;
}

/**
 * Reads an amount in a locale's format, typed or pasted: whatever `formatMoney` or
 * Intl.NumberFormat prints for the locale ("$1,234.50", "1.234,50 €", "₹1,23,456.78",
 * "CHF-1’234.50", "‏١٬٢٣٤٫٥٦ US$") and the bare number a user types ("1234.5").
 *
 * - Spaces, bidi marks and zero-width characters are ignored; full-width characters are read
 *   as their plain forms; the locale's own digits are read as well as ASCII ones.
 * - The currency may be written once, before or after the number, as its symbol, narrow
 *   symbol, ISO code or name in the locale (any case). Another currency's symbol is invalid.
 * - A minus sign goes before the number, before or after the currency.
 * - Grouping separators are optional but, when used, must group by thousands or the way the
 *   locale does (lakh and crore in hi-IN, "1,23,456"), so "1,23" in English is refused.
 *   In de-CH both apostrophes group.
 *
 * Rejects anything else with a specific reason; never rounds a typed value.
 */
export function parseMoney(
  text: string,
  currency: string,
  locale = 'en',
  options: { allowNegative?: boolean } = {},
): MoneyParseResult {
  const exp = currencyExponent(currency);
  const fail = (code: MoneyParseErrorCode, message: string): MoneyParseResult => ({ ok: false, code, message, maxDecimals: exp });
  const format = amountFormat(locale, currency);
  let s = normalise(text);
  if (s === '') return fail('empty', 'Enter an amount.');
  let negative = false;
  const takeMinus = () => {
    const rest = negative ? null : strip(s, format.minus);
    if (rest !== null) [s, negative] = [rest, true];
  };
  takeMinus();
  s = strip(s, format.markers) ?? strip(s, format.markers, true) ?? s;
  takeMinus();
  const plain = [...s].map((c) => format.digits.get(c) ?? c).join('');
  const match = format.pattern.exec(plain);
  if (!match || (match[1] === undefined && !match[2])) {
    return fail('invalid', `Enter an amount like ${new Intl.NumberFormat(locale, { minimumFractionDigits: exp }).format(1234.5)}.`);
  }
  if (negative && !options.allowNegative) return fail('negative', 'The amount cannot be negative.');
  const whole = (match[1] ?? '0').replace(/\D/g, '');
  const frac = match[2] ?? '';
  if (frac.length > exp) {
    return fail(
      'too-many-decimals',
      exp === 0 ? `${currency} amounts have no decimals.` : `${currency} amounts have at most ${exp} decimals.`,
    );
  }
  const minor = BigInt(whole) * POW10(exp) + BigInt(frac.padEnd(exp, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return fail('too-large', 'The amount is too large.');
  return { ok: true, value: money(currency, Number(negative ? -minor : minor)) };
}
