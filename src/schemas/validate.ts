/**
 * Runs a schema and returns either the parsed value or field errors: one human sentence
 * per field path ("lines.0.users": "Enter 1 or more."), in the requested language.
 */
import * as z from 'zod/mini';
import { hasMessage } from '../i18n/catalog.js';
import { tv, type ValidationKey } from '../i18n/validation-messages.js';

/** Field path ("customer.email", "periods.0.fees.USD") to the message shown next to it. */
export type FieldErrors = Record<string, string>;

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

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

/** Turns issues into FieldErrors; the first issue of a path wins. */
export function issuesToFieldErrors(issues: readonly Issue[], locale = 'en'): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = pathKey(issue.path);
    if (Object.hasOwn(errors, path)) continue;
    const params: Record<string, string | number> = {};
    if ('minimum' in issue) params.minimum = Number(issue.minimum);
    if ('maximum' in issue) params.maximum = Number(issue.maximum);
    if (issue.code === 'custom' && issue.params) Object.assign(params, issue.params);
    // Keys of other modules (plan.*) are registered by those modules; tv looks up any key.
    errors[path] = tv(locale, keyFor(issue) as ValidationKey, params);
  }
  return errors;
}

export function validate<T>(schema: z.ZodMiniType<T>, data: unknown, locale = 'en'): ValidationResult<T> {
  const r = schema.safeParse(data);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: issuesToFieldErrors(r.error.issues, locale) };
}
