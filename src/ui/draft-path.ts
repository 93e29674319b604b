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
    (copy as Record<string, unknown>)[key] = set((node as Record<string, unknown> | undefined)?.[key], i + 1);
    return copy;
  };
  return set(draft, 0) as T;
}
