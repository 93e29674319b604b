/**
 * Returns a copy of `draft` with `value` at a dotted path ("customer.email", "contacts.0.phone").
 * Only the objects along the path are copied; everything else is shared, so unchanged parts keep
 * their identity (cheap, and lets views skip re-rendering them).
 */
export function setAtPath<T>(draft: T, path: string, value: unknown): T {
  const keys = path.split('.');
  const set = (node: unknown, i: number): unknown => {
    if (i === keys.length) return value;
    const key = keys[i]!;
    const copy: Record<string, unknown> | unknown[] = Array.isArray(node) ? [...node] : { ...(node as Record<string, unknown>) };
    // Keys may come from data (a resource id "constructor" or "__proto__"): read own properties
    // only, and define the key as an own property (assigning "__proto__" would set the prototype).
    const current = node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
    Object.defineProperty(copy, key, { value: set(current, i + 1), enumerable: true, writable: true, configurable: true });
    return copy;
  };
  return set(draft, 0) as T;
}

/** The value at a dotted path of `draft` (own properties only), or undefined. */
export function getAtPath(draft: unknown, path: string): unknown {
  let node = draft;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Whether two drafts (plain data: objects, arrays, strings, numbers, booleans, null) hold the
 * same values. Parts that are the same object are equal without a look inside: drafts copy only
 * the objects along an edit's path (setAtPath), so comparing an edited draft with the one it came
 * from walks that path, not the whole draft (a 200-resource plan's dirtiness on each keystroke).
 */
export function sameDraft(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameDraft((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
