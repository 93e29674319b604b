/**
 * The languages the kit ships catalogs for, English first (always in the bundle; the others load
 * on demand). Tests check each has every English message; the demo offers them. A host adds others
 * with registerMessages / registerLoader. `pt` is Portuguese as spoken in Brazil (`pt-BR` reads it
 * through the region → language fallback; a host adds `pt-PT` differences with registerMessages).
 */
export const KIT_LANGUAGES = ['en', 'es', 'de', 'fr', 'pt'] as const;
export type KitLanguage = (typeof KIT_LANGUAGES)[number];
