/**
 * The message catalog: every string a user reads goes through `translate`.
 *
 * Each module defines its messages with `defineMessages(en, es)`; the types require the
 * Spanish catalog to have every English key. A host adds a locale with `registerMessages`
 * (see docs/localization.md). Plurals: a key may have `#one` / `#other` / `#zero`... variants,
 * chosen with Intl.PluralRules from `params.count`. `{name}` placeholders are filled from params.
 */
export type MessageParams = Record<string, string | number>;

const catalogs = new Map<string, Map<string, string>>();

/** Adds (or overrides) messages for a language ("en", "es", "de", ...). */
export function registerMessages(language: string, messages: Readonly<Record<string, string>>): void {
  let c = catalogs.get(language);
  if (!c) {
    c = new Map();
    catalogs.set(language, c);
  }
  for (const [k, v] of Object.entries(messages)) c.set(k, v);
}

/** Languages that have at least one message. */
export function availableLanguages(): string[] {
  return [...catalogs.keys()];
}

export function languageOf(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] || 'en';
}

function lookup(language: string, key: string): string | undefined {
  return catalogs.get(language)?.get(key) ?? (language === 'en' ? undefined : catalogs.get('en')?.get(key));
}

/** English keys a language has no message for (adding a locale: this should be empty). */
export function missingMessages(language: string): string[] {
  const c = catalogs.get(language);
  return [...(catalogs.get('en')?.keys() ?? [])].filter((k) => !c?.has(k));
}

/** True when the key exists in English (every key does). */
export function hasMessage(key: string): boolean {
  return catalogs.get('en')?.has(key) ?? false;
}

const pluralRules = new Map<string, Intl.PluralRules>();

export function translate(locale: string, key: string, params?: MessageParams): string {
  const language = languageOf(locale);
  let text: string | undefined;
  if (params && typeof params.count === 'number') {
    let rules = pluralRules.get(language);
    if (!rules) {
      rules = new Intl.PluralRules(language);
      pluralRules.set(language, rules);
    }
    const n = params.count;
    text = (n === 0 ? lookup(language, `${key}#zero`) : undefined) ?? lookup(language, `${key}#${rules.select(n)}`) ?? lookup(language, `${key}#other`);
  }
  text ??= lookup(language, key) ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}

/** The key a caller passes: plural variants ("x#one", "x#other") are asked for as "x". */
export type MessageKey<K extends string> = K extends `${infer Base}#${string}` ? Base : K;

/** A translate function typed to one module's keys. */
export type Translator<K extends string> = (locale: string, key: MessageKey<K>, params?: MessageParams) => string;

/**
 * Registers a module's English and Spanish messages and returns a translator typed to its keys.
 * With a `namespace` the keys are stored as "namespace.key" so modules cannot collide; the
 * translator still takes the short key.
 */
export function defineMessages<K extends string>(en: Record<K, string>, es: Record<K, string>, namespace?: string): Translator<K> {
  const prefix = namespace ? `${namespace}.` : '';
  const prefixed = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [prefix + k, v]));
  registerMessages('en', prefixed(en));
  registerMessages('es', prefixed(es));
  return prefix ? (locale, key, params) => translate(locale, prefix + key, params) : (translate as Translator<K>);
}
