/**
 * Returns a copy of `draft` with `value` at a dotted path ("customer.email", "contacts.0.phone").
 * Widgets keep their drafts immutable so Lit sees every change.
 */
export function setAtPath<T>(draft: T, path: string, value: unknown): T {
  const next = structuredClone(draft) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let obj = next;
  for (const k of keys.slice(0, -1)) obj = obj[k] as Record<string, unknown>;
  obj[keys[keys.length - 1]!] = value;
  return next as unknown as T;
}
