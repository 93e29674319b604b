/**
 * What a locale's amounts look like, read from Intl once per locale (and currency): its decimal
 * and group separators, its digits, how it writes the currency and minus signs, and the pattern
 * of its numbers. parseMoney reads amounts with it.
 */

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
export interface AmountFormat {
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
export function normalise(text: string): string {
  return text.normalize('NFKC').replace(IGNORED, '').toLowerCase();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const formats = new Map<string, AmountFormat>();

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

/** The AmountFormat of a locale and currency, made once and kept. */
export function amountFormat(locale: string, currency: string): AmountFormat {
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
