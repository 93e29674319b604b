/**
 * Shapes of stored drafts (what a user typed, kept for `draft-key`). A draft holds text as typed,
 * so these check types and sizes, not business rules: a stored draft of the wrong shape is
 * dropped, never rendered, while an invalid value the user typed is restored and shown with its
 * usual message.
 */
import * as z from 'zod/mini';

/** Text as typed: any string up to a size no form field reaches. */
export const draftText = () => z.string().check(z.maxLength(10_000));

/** A list the user built, up to a sane size. */
export const draftList = <T extends z.core.SomeType>(item: T, max = 100_000) => z.array(item).check(z.maxLength(max));

/** A checker for DraftStorage: the parsed draft, or null when the stored value cannot be used. */
export function draftChecker<T>(schema: z.ZodMiniType<T>): (raw: unknown) => T | null {
  return (raw) => {
    const r = schema.safeParse(raw);
    return r.success ? r.data : null;
  };
}
