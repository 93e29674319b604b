/**
 * Whole numbers typed as text: the one reader the widgets and the backends share.
 *
 * - Digits 0–9 only (no other scripts' digits, no separators, exponents or decimals); leading
 *   zeros are read ("007" is 7).
 * - White space before and after the digits is allowed and ignored ("  12 " is 12).
 * - No sign, unless `allowSign`: then one leading "-" is read ("-3" is -3, "-0" is 0); "+" never is.
 * - Exact: a number beyond Number.MAX_SAFE_INTEGER is refused rather than rounded.
 *
 * Returns the number, or null when the text is not a whole number.
 */
export function parseWholeNumber(text: string, options: { allowSign?: boolean } = {}): number | null {
  const pattern = options.allowSign ? SIGNED : UNSIGNED;
  if (!pattern.test(text)) return null;
  const n = Number(text);
  if (!Number.isSafeInteger(n)) return null;
  return n === 0 ? 0 : n;
}

const UNSIGNED = /^\s*\d+\s*$/;
const SIGNED = /^\s*-?\d+\s*$/;

const groupSeparators = new Map<string, string>();

/**
 * A whole number typed with the locale's thousands separators ("1,000" in English, "1.000" in
 * German, "1 000" in French, where any space will do), as plain digits ("1000"); null when the
 * text is not grouped that way (plain digits, a decimal, anything else). Groups must be of three,
 * so "1,00" is not read, and a separator that is the locale's decimal ("1.000" in English) never is.
 */
export function ungroupWholeNumber(text: string, locale: string): string | null {
  let sep = groupSeparators.get(locale);
  if (sep === undefined) {
    sep = new Intl.NumberFormat(locale, { useGrouping: 'always' } as Intl.NumberFormatOptions).formatToParts(1000).find((p) => p.type === 'group')?.value ?? '';
    groupSeparators.set(locale, sep);
  }
  if (!sep) return null;
  const spaceLike = /^\s$/.test(sep);
  const parts = text.trim().split(spaceLike ? /\s/ : sep);
  if (parts.length < 2 || !/^\d{1,3}$/.test(parts[0]!) || !parts.slice(1).every((g) => /^\d{3}$/.test(g))) return null;
  return parts.join('');
}
