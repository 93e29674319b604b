/** One Intl.DisplayNames per locale: making one costs more than the lookups a render does. */
const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * The name of a language in the user's locale ("pt-BR" → "Brazilian Portuguese"), or the code
 * itself when Intl has no name for it or refuses it (`Intl.DisplayNames#of` throws a RangeError
 * on "pt_BR" or ""): a code from data is shown raw, never an exception in render.
 */
export function languageName(locale: string, code: string): string {
  try {
    let names = displayNames.get(locale);
    if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
