/**
 * Amounts in drafts. A draft holds an amount the user typed as a canonical decimal string
 * ("1234.50": ASCII digits, "." before the decimals, no grouping) whenever the text reads as an
 * amount, and as the text itself only when it does not. Fields show a canonical amount in the
 * current locale ("1.234,50" in Spanish), so a locale change re-formats what was typed and never
 * turns it into an error.
 */
import { currencyExponent } from './currencies.js';
import { type MoneyParseResult, parseMoney, toDecimalString } from './money.js';

const CANONICAL = /^-?\d+(\.\d+)?$/;

/** True for a canonical decimal string ("1234.5", "0.50", "-3"). */
export function isCanonicalAmount(value: string): boolean {
  return CANONICAL.test(value);
}

/** The canonical decimal string of what the user typed in `locale`, or null when it does not read as an amount. */
export function canonicalAmount(text: string, currency: string, locale: string): string | null {
  const r = parseMoney(text, currency, locale);
  return r.ok ? toDecimalString(r.value) : null;
}

/** What a draft amount reads as: a canonical string exactly, anything else as text typed in `locale`. */
export function readAmount(value: string, currency: string, locale: string): MoneyParseResult {
  return parseMoney(value, currency, isCanonicalAmount(value) ? 'en' : locale);
}

const inputFormats = new Map<string, Intl.NumberFormat>();

/**
 * The text a field shows for a draft amount in `locale`: a canonical amount formatted with the
 * locale's digits, separators and as many decimals as it holds (at least the currency's); any
 * other text as it is.
 */
export function amountInputText(value: string, currency: string, locale: string): string {
  if (!isCanonicalAmount(value)) return value;
  const decimals = Math.max(value.split('.')[1]?.length ?? 0, currencyExponent(currency));
  const key = `${locale}|${decimals}`;
  let nf = inputFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    inputFormats.set(key, nf);
  }
  return nf.format(value as Intl.StringNumericLiteral);
}
