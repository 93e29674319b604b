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
