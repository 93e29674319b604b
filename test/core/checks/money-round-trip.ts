/**
 * The money round trip: whatever Intl.NumberFormat prints for an amount in a locale reads
 * back as that amount. Run by the browser tests and by the Node runs.
 */
import fc from 'fast-check';
import { currencyExponent, formatMoney, money, parseMoney, toDecimalString } from '../../../src/core/index.js';

export const ROUND_TRIP_LOCALES = ['en', 'es', 'de', 'fr', 'de-CH', 'pt-BR', 'hi-IN', 'ar-EG', 'ja'] as const;
export const ROUND_TRIP_CURRENCIES = ['USD', 'EUR', 'JPY', 'KWD', 'CHF', 'INR'] as const;

const minorArb = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
);

/** Intl with a display other than formatMoney's symbol: the narrow symbol, the ISO code, the name. */
function intlFormat(minor: number, currency: string, locale: string, currencyDisplay: 'narrowSymbol' | 'code' | 'name'): string {
  const exp = currencyExponent(currency);
  const nf = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay, minimumFractionDigits: exp, maximumFractionDigits: exp });
  return nf.format(toDecimalString(money(currency, minor)) as Intl.StringNumericLiteral);
}

/** Throws, with the text that did not read back, unless every generated amount round-trips. */
export function checkMoneyRoundTrip(numRuns: number): void {
  fc.assert(
    fc.property(
      fc.constantFrom(...ROUND_TRIP_LOCALES),
      fc.constantFrom(...ROUND_TRIP_CURRENCIES),
      minorArb,
      fc.constantFrom('formatMoney' as const, 'narrowSymbol' as const, 'code' as const, 'name' as const),
      (locale, currency, minor, how) => {
        const text = how === 'formatMoney' ? formatMoney(money(currency, minor), locale) : intlFormat(minor, currency, locale, how);
        const r = parseMoney(text, currency, locale, { allowNegative: true });
        if (!r.ok || r.value.minor !== minor) {
          throw new Error(`${JSON.stringify(text)} (${locale}, ${currency}) read as ${r.ok ? r.value.minor : r.code}, expected ${minor}`);
        }
        if (minor < 0) {
          const refused = parseMoney(text, currency, locale);
          if (refused.ok || refused.code !== 'negative') throw new Error(`${JSON.stringify(text)} without allowNegative: ${refused.ok ? 'accepted' : refused.code}`);
        }
      },
    ),
    { numRuns },
  );
}

/** Every locale and currency pair once, with zero and an amount that groups (the cases a sample may miss). */
export function checkMoneyRoundTripGrid(): void {
  for (const locale of ROUND_TRIP_LOCALES) {
    for (const currency of ROUND_TRIP_CURRENCIES) {
      for (const minor of [0, 123_456_789, -100_000_000]) {
        const text = formatMoney(money(currency, minor), locale);
        const r = parseMoney(text, currency, locale, { allowNegative: true });
        if (!r.ok || r.value.minor !== minor) throw new Error(`${JSON.stringify(text)} (${locale}, ${currency}) read as ${r.ok ? r.value.minor : r.code}, expected ${minor}`);
      }
    }
  }
}
