/** Assertions of the conformance suite: each failure says what was expected and what came back. */
import type * as z from 'zod/mini';
import { issuesToFieldErrors } from '../schemas/validate.js';
import type { Reply } from './client.js';

export class ConformanceFailure extends Error {
  override readonly name = 'ConformanceFailure';
}

/** Thrown by a check that cannot run against this backend (a fixture or an option is missing). */
export class Skip extends Error {
  override readonly name = 'Skip';
}

export function fail(message: string): never {
  throw new ConformanceFailure(message);
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) fail(message);
}

const shown = (r: Reply) => (r.text.length > 300 ? `${r.text.slice(0, 300)}…` : r.text || '(empty body)');

export function expectStatus(r: Reply, status: number, what: string): void {
  if (r.status !== status) fail(`${what}: expected ${status}, got ${r.status}: ${shown(r)}`);
}

/** The body of a success, checked against the schema the widgets validate it with. */
export function expectBody<T>(r: Reply, status: number, schema: z.ZodMiniType<T>, what: string): T {
  expectStatus(r, status, what);
  const parsed = schema.safeParse(r.body);
  if (!parsed.success) {
    const fields = issuesToFieldErrors(parsed.error.issues);
    fail(`${what}: the body does not match the contract: ${Object.entries(fields).slice(0, 4).map(([k, v]) => `${k || '(body)'}: ${v}`).join('; ')}`);
  }
  return parsed.data;
}

export interface ErrorBody {
  message?: string;
  code?: string;
  fields?: Record<string, string>;
  quote?: Record<string, unknown>;
}

/** An error reply: its status, the contract's error body, and the code when one is expected. */
export function expectError(r: Reply, status: number, what: string, code?: string): ErrorBody {
  expectStatus(r, status, what);
  const error = (r.body as { error?: ErrorBody } | undefined)?.error;
  if (!error || typeof error !== 'object') fail(`${what}: expected an error body { error: { message, code, fields } }, got ${shown(r)}`);
  if (typeof error.message !== 'string' || !error.message) fail(`${what}: the error has no message: ${shown(r)}`);
  if (code && error.code !== code) fail(`${what}: expected error code "${code}", got "${error.code}"`);
  return error;
}

/** A 422 with a message for `path` among its fields. */
export function expectFieldError(r: Reply, path: string, what: string, status = 422): ErrorBody {
  const error = expectError(r, status, what);
  if (!error.fields || typeof error.fields[path] !== 'string' || !error.fields[path]) {
    fail(`${what}: expected a message for field "${path}", got fields ${JSON.stringify(error.fields ?? {})}`);
  }
  return error;
}

export function expectEqual<T>(actual: T, expected: T, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) fail(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
