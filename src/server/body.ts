/**
 * Request bodies: JSON that must parse (400), hold only text PostgreSQL can store verbatim (400),
 * and match a schema. A body of the wrong shape (a missing field, a string where a number goes)
 * is a client bug: 400. A body of the right shape that breaks a rule (0 users, a bad email) is
 * the user's to correct: 422. Both carry a message per field path.
 */
import type * as z from 'zod/mini';
import { issuesToFieldErrors } from '../schemas/validate.js';
import { NOT_ACCEPTED, Refusal } from './refusal.js';

export function parseJson(text: string): unknown {
  if (!text.trim()) throw new Refusal(400, 'The request needs a JSON body.', { code: 'body-missing' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new Refusal(400, `The request body is not valid JSON: ${(e as Error).message}`, { code: 'malformed-json' });
  }
  const bad = unstorablePath(value, '');
  if (bad !== null) {
    throw new Refusal(400, `The text at "${bad || '(body)'}" holds a NUL character or a lone surrogate, which cannot be stored.`, { code: 'unstorable-text' });
  }
  return value;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path of the first string (or key) that is not well-formed text or holds U+0000, else null. */
function unstorablePath(value: unknown, path: string): string | null {
  const bad = (s: string) => s.includes('\u0000') || LONE_SURROGATE.test(s);
  if (typeof value === 'string') return bad(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = unstorablePath(value[i], path ? `${path}.${i}` : String(i));
      if (p !== null) return p;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = path ? `${path}.${k}` : k;
      if (bad(k)) return p;
      const inner = unstorablePath(v, p);
      if (inner !== null) return inner;
    }
  }
  return null;
}

const SHAPE_CODES = new Set(['invalid_type', 'invalid_union', 'unrecognized_keys']);

/** The parsed value, or a Refusal: 400 for a wrong shape, 422 for broken rules. */
export function parseBody<T>(schema: z.ZodMiniType<T>, body: unknown): T {
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const fields = issuesToFieldErrors(r.error.issues);
  const shape = r.error.issues.filter((i) => SHAPE_CODES.has(i.code));
  if (shape.length) {
    const where = shape.map((i) => i.path.map(String).join('.') || '(body)');
    throw new Refusal(400, `The request body does not match the contract at: ${where.slice(0, 5).join(', ')}.`, { code: 'invalid-body', fields });
  }
  throw new Refusal(422, NOT_ACCEPTED, { fields });
}
