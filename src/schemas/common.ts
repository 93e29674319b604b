/**
 * Building blocks shared by every schema. Messages are catalog keys (src/i18n); `validate`
 * turns them into sentences in the user's language, tied to a field path.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from '../core/dates.js';
import { isCurrencyCode } from '../core/currencies.js';

export const id = () => z.string().check(z.minLength(1, 'v.required'));

/** A required text field: trimmed, non-empty, at most `max` characters. */
export const requiredText = (max: number) => z.string().check(z.trim(), z.minLength(1, 'v.required'), z.maxLength(max, 'v.tooLong'));

/**
 * Characters that change the order text is drawn in: embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069). In a name, one of them (a right-to-left override at the end)
 * would reorder the prices and quantities drawn after it.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** The above plus the direction marks (LRM, RLM, ALM): none belongs in a code or a domain. */
const BIDI_CONTROLS_AND_MARKS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/**
 * Invisible format characters a name gains by copy and paste, none of which anyone means to type:
 * soft hyphen, zero-width space, direction marks (LRM, RLM, ALM), word joiner and invisible
 * operators, Mongolian vowel separator, byte order mark. Zero-width (non-)joiners stay: Persian,
 * Indic scripts and emoji need them.
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B\u200E\u200F\u2060-\u2064\uFEFF]/g;

/**
 * A name as the kit stores and compares it: NFC, without invisible format characters, trimmed.
 * "Cafe\u0301" and "Caf\u00E9\u200B" are both "Caf\u00E9".
 */
export function normalizeName(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').trim();
}

/** The form two names are compared in (duplicates, search): normalised and case-folded. */
export function nameKey(text: string): string {
  return normalizeName(text).toLocaleLowerCase();
}

/** True when `text` holds a bidi embedding, override or isolate (see BIDI_CONTROLS). */
export function hasBidiControls(text: string, marksToo = false): boolean {
  return (marksToo ? BIDI_CONTROLS_AND_MARKS : BIDI_CONTROLS).test(text);
}

/**
 * Every name field (people, organizations, companies, sales, plans): normalised (see
 * normalizeName) before "required" and the length limit, so a name of only invisible characters
 * is required; bidi controls are refused with a message that says why.
 */
export const nameText = (max: number) =>
  z
    .string()
    .check(
      z.overwrite(normalizeName),
      z.refine((v) => !hasBidiControls(v), 'v.bidi'),
      z.minLength(1, 'v.required'),
      z.maxLength(max, 'v.tooLong'),
    );

/** A required code (a SKU): trimmed, no bidi controls or direction marks. */
export const codeText = (max: number) => requiredText(max).check(z.refine((v) => !hasBidiControls(v, true), 'v.bidi'));

/**
 * Text a backend supplies for display (names, descriptions): must be present, any length.
 * Long or odd values are shown, not refused; input limits apply only where the user types.
 */
export const displayText = () => z.string().check(z.minLength(1, 'v.required'));

/** An optional text field: may be empty, at most `max` characters. */
export const optionalText = (max: number) => z._default(z.string().check(z.trim(), z.maxLength(max, 'v.tooLong')), '');

/** A `YYYY-MM-DD` date (one check instance, so the API docs' generator knows it); the issue carries the text so its message can say what is wrong with it (validate.ts). */
export const calendarDateCheck = z.superRefine<string>((value, ctx) => {
  if (!isCalendarDate(value)) ctx.addIssue({ code: 'custom', message: 'v.date', params: { text: value } });
});
export const calendarDateSchema = () => z.string().check(calendarDateCheck);

/** A BCP 47 language code as Intl takes it ("en", "pt-BR"); "pt_BR" and "" are refused. */
export function isLanguageCode(code: string): boolean {
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(code)) return false;
  try {
    return Intl.getCanonicalLocales(code).length === 1;
  } catch {
    return false;
  }
}

export const languageCodeSchema = () => z.string().check(z.refine(isLanguageCode, 'v.language'));

export const currencyCodeSchema = () => z.string().check(z.refine(isCurrencyCode, 'v.currency'));

/** An integer count of minor units, never a float. */
export const minorUnits = () => z.int('v.wholeNumber');
export const nonNegativeMinor = () => z.int('v.wholeNumber').check(z.gte(0, 'v.min'));

export const moneySchema = () => z.object({ currency: currencyCodeSchema(), minor: minorUnits() });
export type MoneyData = z.infer<ReturnType<typeof moneySchema>>;

/** Amounts keyed by currency: { USD: 1999, EUR: 1799 }. */
export const feesByCurrency = () => z.record(currencyCodeSchema(), nonNegativeMinor());

/**
 * A whole number of at least `min`, with the messages every number field uses: "Enter {min} or
 * more." below it (negatives too), "Enter {max} or less." past what is exact (2^53 - 1; zod's own
 * range check of an integer says it too), "Enter a whole number." for a fraction.
 */
export const wholeNumber = (min = 0) =>
  z.int({ error: (issue) => (issue.code === 'too_big' ? 'v.max' : issue.code === 'too_small' ? 'v.min' : 'v.wholeNumber') }).check(z.gte(min, 'v.min'));

/**
 * What a whole-number field holds, read from what the user typed, for its schema (wholeNumber) to
 * check: the number its digits say, a minus sign included (so "-1" is told "Enter 1 or more.", not
 * that it is no number, and a number too large to be exact is told the maximum), or the message
 * key when there is no number: 'v.required' when empty, 'v.wholeNumber' when it is not digits.
 */
export function wholeNumberText(text: string): number | 'v.required' | 'v.wholeNumber' {
  if (text.trim() === '') return 'v.required';
  if (!/^\s*-?\d+\s*$/.test(text)) return 'v.wholeNumber';
  const n = Number(text);
  return n === 0 ? 0 : n;
}

export const emailSchema = () => z.string().check(z.trim(), z.minLength(1, 'v.required'), z.email('v.email'), z.maxLength(254, 'v.tooLong'));

/** ISO 3166-1 alpha-2 country code. */
export const countrySchema = () => z.string().check(z.regex(/^[A-Z]{2}$/, 'v.country'));

export const phoneSchema = () => z._default(z.string().check(z.trim(), z.regex(/^(\+?[0-9 ()-]{6,20})?$/, 'v.phone')), '');

export const durationUnitSchema = () => z.enum(['day', 'month', 'year'], 'v.choose');
export const durationSchema = () => z.object({ quantity: wholeNumber(1), unit: durationUnitSchema() });

/** What a create's preview showed (`expected`): a backend re-prices and answers 409 `quote-changed` when it differs. */
export const expectedQuoteSchema = () =>
  z.optional(z.object({ total: z.optional(moneySchema()), endDate: z.optional(calendarDateSchema()), firstChargeDate: z.optional(calendarDateSchema()) }));
