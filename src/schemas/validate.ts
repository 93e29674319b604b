/**
 * Runs a schema and returns either the parsed value or field errors: one human sentence
 * per field path ("lines.0.users": "Enter 1 or more."), in the requested language once its
 * messages are loaded (English is always there; `await loadLanguage('es')` loads Spanish).
 */
import * as z from 'zod/mini';
import { hasMessage, isLanguageLoaded } from '../i18n/catalog.js';
import { tv, type ValidationKey } from '../i18n/validation-messages.js';
import { dateFormatHint, dateTextError } from './date-messages.js';

/** Field path ("customer.email", "periods.0.fees.USD") to the message shown next to it. */
export type FieldErrors = Record<string, string>;

export type ValidationResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      errors: FieldErrors;
      /**
       * The locale asked for, when its messages are not loaded (never loaded, still loading, or a
       * language without messages): `errors` are then in English. It does not throw, because a
       * widget validates while its language loads and re-renders once it arrives; a server calls
       * `await loadLanguage(locale)` once (from channelkit/schemas) before validating in it.
       */
      localeNotLoaded?: string;
    };

type Issue = z.core.$ZodIssue;

function keyFor(issue: Issue): string {
  if (hasMessage(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' ? (issue.minimum === 1 ? 'v.required' : 'v.tooShort') : issue.origin === 'array' ? 'v.atLeastOne' : 'v.min';
    case 'too_big':
      return issue.origin === 'string' ? 'v.tooLong' : 'v.max';
    case 'invalid_type':
      return issue.expected === 'int' ? 'v.wholeNumber' : 'v.invalidType';
    case 'invalid_format':
      return issue.format === 'email' ? 'v.email' : 'v.invalid';
    case 'invalid_value':
    case 'invalid_union':
      return 'v.choose';
    default:
      return 'v.invalid';
  }
}

export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

const ISO_DATE = { format: 'YYYY-MM-DD', example: '2027-03-25' };

/** Turns issues into FieldErrors; the first issue of a path wins. A date's message names the ISO format (what an API takes). */
export function issuesToFieldErrors(issues: readonly Issue[], locale = 'en'): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = pathKey(issue.path);
    if (Object.hasOwn(errors, path)) continue;
    const params: Record<string, string | number> = {};
    if ('minimum' in issue) params.minimum = Number(issue.minimum);
    if ('maximum' in issue) params.maximum = Number(issue.maximum);
    if (issue.code === 'custom' && issue.params) Object.assign(params, issue.params);
    const key = keyFor(issue);
    // A date in an API body is ISO; a form's date field says the locale's format (validate below).
    if (key === 'v.date') Object.assign(params, ISO_DATE);
    // Keys of other modules (plan.*) are registered by those modules; tv looks up any key.
    errors[path] = tv(locale, key as ValidationKey, params);
  }
  return errors;
}

export function validate<T>(schema: z.ZodMiniType<T>, data: unknown, locale = 'en'): ValidationResult<T> {
  const r = schema.safeParse(data);
  if (r.success) return { ok: true, value: r.data };
  const errors = issuesToFieldErrors(r.error.issues, locale);
  // What was typed in a date field: why it is not a date, in the locale's format (the field says the same).
  for (const issue of r.error.issues) {
    const text = issue.code === 'custom' && issue.message === 'v.date' ? issue.params?.text : undefined;
    if (typeof text === 'string') errors[pathKey(issue.path)] = dateTextError(text, locale) || tv(locale, 'v.date', dateFormatHint(locale));
  }
  return isLanguageLoaded(locale) ? { ok: false, errors } : { ok: false, errors, localeNotLoaded: locale };
}
