/**
 * A host's own adapter, checked: every answer goes through the same response schemas RestAdapter
 * uses, so a backend's bad data (a currency code that is not ISO 4217, a missing field) becomes a
 * clear `bad-response` in the widget, never an exception thrown while rendering.
 */
import type * as z from 'zod/mini';
import { issuesToFieldErrors } from '../schemas/validate.js';
import { AdapterError } from './errors.js';

/** Set on adapters that check their answers themselves (RestAdapter): they are used as they are. */
export const CHECKS_RESPONSES = Symbol.for('channelkit.checksResponses');

/** The schema of each method's answer, by method name. */
export type ResponseSchemas = Readonly<Record<string, z.ZodMiniType>>;

const checked = new WeakMap<object, Map<ResponseSchemas, object>>();

function check<T>(schema: z.ZodMiniType<T>, method: string, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const where = Object.keys(issuesToFieldErrors(parsed.error.issues)).slice(0, 3).join(', ') || 'the answer';
  throw new AdapterError('bad-response', `The server sent an answer that could not be read. (${method}: unexpected ${where})`, { cause: parsed.error });
}

/** `adapter` with the answers of the methods in `responses` checked (the same object for the same pair). */
export function checkedAdapter<A extends object>(adapter: A, responses: ResponseSchemas): A {
  if ((adapter as { [CHECKS_RESPONSES]?: boolean })[CHECKS_RESPONSES]) return adapter;
  let byTable = checked.get(adapter);
  if (!byTable) checked.set(adapter, (byTable = new Map()));
  const existing = byTable.get(responses);
  if (existing) return existing as A;
  const proxy = new Proxy(adapter, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || typeof value !== 'function' || !Object.hasOwn(responses, prop)) return value;
      const schema = responses[prop]!;
      return async (...args: unknown[]) => check(schema, prop, await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
    },
  });
  byTable.set(responses, proxy);
  return proxy;
}
