/**
 * How RestAdapter reads an error answer: the kind by status, a message for each kind when the
 * body has none, what the error body says (`{ error: { message, code, fields } }`) and Retry-After.
 */
import type { FieldErrors } from '../schemas/validate.js';
import type { AdapterErrorKind } from './errors.js';

/** Retry-After values are kept within a year, so `retryAt` is always a date a page can show. */
const MAX_RETRY_AFTER_MS = 365 * 24 * 3600 * 1000;

/** The kind of error an HTTP error status is. */
export function kindForStatus(status: number): AdapterErrorKind {
  if (status === 400 || status === 422) return 'validation';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status === 408 || status === 504) return 'timeout';
  return 'server';
}

/** The message of each kind, when the answer gives none. */
export const DEFAULT_MESSAGES: Record<AdapterErrorKind, string> = {
  network: 'The server could not be reached.',
  timeout: 'The server took too long to answer.',
  validation: 'Some values were not accepted.',
  unauthorized: 'You are not signed in, or no longer: sign in again.',
  forbidden: 'You are not allowed to do this.',
  'not-found': 'It was not found.',
  conflict: 'It changed in the meantime.',
  'rate-limited': 'Too many requests: the server asked to wait before trying again.',
  server: 'The server had a problem.',
  'bad-response': 'The server sent an answer that could not be read.',
  aborted: 'The request was cancelled.',
};

/** A plain object (not null, not an array). */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What can be used of a REST error body, `{ error: { message, code, fields } }`: each part on its
 * own, so one malformed field error (or `fields: null`) does not lose the others.
 */
export function readErrorBody(json: unknown): { message?: string; code?: string; fieldErrors: FieldErrors } {
  const error = isRecord(json) && isRecord(json.error) ? json.error : {};
  const fields = isRecord(error.fields) ? error.fields : {};
  return {
    message: typeof error.message === 'string' && error.message ? error.message : undefined,
    code: typeof error.code === 'string' && error.code ? error.code : undefined,
    // fromEntries defines own properties, so a "__proto__" path stays a plain key.
    fieldErrors: Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')),
  };
}

/** When to retry, from a Retry-After of seconds or an HTTP date (counted from the server's own Date). */
export function retryAt(headers: Headers, now: number): number | undefined {
  const value = headers.get('Retry-After')?.trim();
  if (!value) return undefined;
  let delay: number;
  if (/^\d+$/.test(value)) delay = Number(value) * 1000;
  else {
    const at = Date.parse(value);
    if (Number.isNaN(at)) return undefined;
    const serverNow = Date.parse(headers.get('Date') ?? '');
    delay = at - (Number.isNaN(serverNow) ? now : serverNow);
  }
  return now + Math.min(Math.max(0, delay), MAX_RETRY_AFTER_MS);
}
