/**
 * Money: an integer count of a currency's minor units. Never a float.
 *
 * Every function returns a new value; overflow beyond Number.MAX_SAFE_INTEGER throws a
 * RangeError instead of silently losing precision.
 */
import { currencyExponent } from './currencies.js';
import { divRoundHalfUp, POW10, toSafeNumber } from './decimal.js';

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

export interface NumberSymbols {
  decimal: string;
  group: string;
}

const symbolsByLocale = new Map<string, NumberSymbols>();

/** The decimal and grouping separators of a locale, read from Intl (once per locale). */
export function numberSymbols(locale = 'en'): NumberSymbols {
  let symbols = symbolsByLocale.get(locale);
  if (!symbols) {
    const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(12345.6);
    symbols = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
    };
    symbolsByLocale.set(locale, symbols);
  }
  return symbols;
}

/**
 * What a locale's amounts look like to a reader, read from Intl once per locale and currency:
 * its digits, the currency as it may be written, minus signs, and the pattern of the number
 * (separators and group sizes). Everything is normalised the way the input is (`normalise`).
 */
interface AmountFormat {
  /** The locale's own digits (Arabic-Indic in ar-EG) and their ASCII values. */
  digits: Map<string, string>;
  /** Symbols, narrow symbols, codes and names of the currency, longest first. */
  markers: string[];
  minus: string[];
  /** The number once digits are ASCII: [1] the integer part, [2] the fraction. */
  pattern: RegExp;
}

/**
 * Spaces of every kind, bidi marks and controls (LRM, RLM, ALM, embeddings, isolates), zero-width
 * characters and the BOM: Intl puts several of them around amounts and copied text carries them.
 */
const IGNORED = /[\s\u00a0\u061c\u200b-\u200f\u202a-\u202e\u202f\u2060\u2066-\u2069\ufeff]/gu;
/** The apostrophes a Swiss group separator is typed or printed with. */
const APOSTROPHES = ["'", '\u2019', '\u2018', '\u02bc'];

/** NFKC (full-width digits and ￥ become 1 and ¥), without the ignored characters, lower case. */
function normalise(text: string): string {
  return text.normalize('NFKC').replace(IGNORED, '').toLowerCase();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const formats = new Map<string, AmountFormat>();

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

function amountFormat(locale: string, currency: string): AmountFormat {
  const key = `${locale}|${currency}`;
  const cached = formats.get(key);
  if (cached) return cached;
  const display = (currencyDisplay: Intl.NumberFormatOptions['currencyDisplay']) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay });
  const currencyParts = display('symbol').formatToParts(-1234567890.5);
  const numberParts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(-1234567.5);
  const values = (parts: Intl.NumberFormatPart[], type: Intl.NumberFormatPartTypes) =>
    parts.filter((p) => p.type === type).map((p) => normalise(p.value));

  // The locale's own digits (Arabic-Indic in ar-EG) besides ASCII ones, which are always read.
  const native = normalise(new Intl.NumberFormat(locale, { useGrouping: false }).format(9876543210));
  const digits = new Map<string, string>();
  [...native].forEach((d, i) => {
    if (!/[0-9]/.test(d)) digits.set(d, String(9 - i));
  });
  // With its own digits, the locale also writes Latin ones its way (ar-EG: 1,234.56 beside ١٬٢٣٤٫٥٦).
  const latinParts = digits.size ? new Intl.NumberFormat(locale, { numberingSystem: 'latn', style: 'currency', currency }).formatToParts(-1234567.5) : [];

  // The currency format's decimal separator, and the plain number format's when it differs
  // (fr-CH prints 1 234.50 CHF but 1 234,5); group separators that are not also a decimal one.
  const decimals = unique([currencyParts, numberParts, latinParts].flatMap((parts) => values(parts, 'decimal')));
  let groups = unique([currencyParts, numberParts, latinParts].flatMap((parts) => values(parts, 'group')));
  if (groups.some((g) => APOSTROPHES.includes(g))) groups = unique([...groups, ...APOSTROPHES]);
  groups = groups.filter((g) => !decimals.includes(g));

  // Group sizes: thousands, or the locale's own (hi-IN 1,23,45,678: 3 next to the decimal
  // separator, 2 before). Thousands are always read too: a US amount pasted in hi-IN is clear.
  const sizes = currencyParts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const primary = sizes.length > 1 ? sizes.at(-1)! : 3;
  const secondary = sizes.length > 2 ? sizes.at(-2)! : primary;

  // Every way Intl writes the currency: symbol, narrow symbol, ISO code, and its names in every
  // plural form (these numbers cover the CLDR plural categories of every locale).
  const markers = new Set<string>([normalise(currency)]);
  for (const how of ['symbol', 'narrowSymbol', 'code', 'name'] as const) {
    const nf = display(how);
    for (const n of [0, 1, 2, 3, 5, 11, 100, 1.5]) for (const m of values(nf.formatToParts(n), 'currency')) markers.add(m);
  }
  markers.delete('');

  const g = groups.length ? `(?:${groups.map(escapeRegExp).join('|')})` : null;
  const grouped = (first: number, rest: number) => `\\d{1,${rest}}(?:${g}\\d{${rest}})*${g}\\d{${first}}`;
  const integer = g ? `(${unique([grouped(3, 3), grouped(primary, secondary)]).join('|')}|\\d+)` : '(\\d+)';
  const pattern = new RegExp(`^${integer}?(?:(?:${decimals.map(escapeRegExp).join('|')})(\\d*))?$`);

  const format: AmountFormat = {
    digits,
    markers: [...markers].sort((a, b) => b.length - a.length),
    minus: unique(['-', '\u2212', ...values(currencyParts, 'minusSign'), ...values(numberParts, 'minusSign')]),
    pattern,
  };
  formats.set(key, format);
  return format;
}

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
