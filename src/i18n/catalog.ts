/**
 * The message catalog: every string a user reads goes through `translate`.
 *
 * Each module defines its messages with `defineMessages(en, es)`; the types require the
 * Spanish catalog to have every English key. A host adds a locale with `registerMessages`
 * (see docs/localization.md). Plurals and selects are written in the message, ICU style
 * (`{count, plural, one {# user} other {# users}}`, see message-format.ts); a key may also have
 * `#one` / `#other` / `#zero`... variants, chosen with Intl.PluralRules from `params.count`. `{name}` placeholders are filled from params:
 * a string parameter may be a name or other data, so it is bidi-isolated (see `isolate`) wherever
 * isolation can change what is drawn; a number parameter goes in as it is.
 */
import { formatMessage } from './message-format.js';

export type MessageParams = Record<string, string | number>;

const catalogs = new Map<string, Map<string, string>>();

type Loader = () => Promise<Readonly<Record<string, string>>>;
/** Catalogs not loaded yet, by language: English is always in the bundle, others load on demand. */
const loaders = new Map<string, Set<Loader>>();
const loading = new Map<string, Promise<void>>();
/** Languages whose catalogs are being loaded now (a batch started and has not settled). */
const inFlight = new Map<string, number>();
const changes = new EventTarget();
let version = 0;

/** Increases each time messages are added; caches of translated text can key on it. */
export function catalogVersion(): number {
  return version;
}

let listeners = 0;

/** Calls `listener` whenever messages are added (e.g. a language finished loading). Returns an unsubscribe. */
export function onCatalogChange(listener: () => void): () => void {
  changes.addEventListener('change', listener);
  listeners++;
  let active = true;
  return () => {
    if (!active) return;
    active = false;
    listeners--;
    changes.removeEventListener('change', listener);
  };
}

/** How many elements listen for catalog changes (connected elements only; for leak tests). */
export function catalogListenerCount(): number {
  return listeners;
}

/** Registers a catalog of `language` to load the first time that language is used. */
export function registerLoader(language: string, loader: Loader): void {
  let set = loaders.get(language);
  if (!set) {
    set = new Set();
    loaders.set(language, set);
  }
  set.add(loader);
}

/**
 * Loads every catalog registered for a language (once). Widgets call it for you and re-render;
 * call it yourself to preload, or before validating in Spanish on a server.
 */
export function loadLanguage(locale: string): Promise<void> {
  const language = languageOf(locale);
  const pending = loaders.get(language);
  if (!pending?.size) return loading.get(language) ?? Promise.resolve();
  const batch = [...pending];
  pending.clear();
  const previous = loading.get(language) ?? Promise.resolve();
  inFlight.set(language, (inFlight.get(language) ?? 0) + 1);
  const settled = () => {
    const n = (inFlight.get(language) ?? 1) - 1;
    if (n) inFlight.set(language, n);
    else inFlight.delete(language);
  };
  const next = previous.then(() =>
    Promise.all(batch.map((load) => load().then((m) => registerMessages(language, m)))).then(
      () => settled(),
      (e: unknown) => {
        // A catalog that failed to load (offline) can be tried again later; English stays shown.
        for (const l of batch) registerLoader(language, l);
        settled();
        throw e;
      },
    ),
  );
  loading.set(language, next.catch(() => undefined));
  return next;
}

/** Adds (or overrides) messages for a language ("en", "es", "de", ...). */
export function registerMessages(language: string, messages: Readonly<Record<string, string>>): void {
  let c = catalogs.get(language);
  if (!c) {
    c = new Map();
    catalogs.set(language, c);
  }
  for (const [k, v] of Object.entries(messages)) c.set(k, v);
  version++;
  changes.dispatchEvent(new Event('change'));
}

/**
 * True when the messages of `locale`'s language can be used now: English always; another language
 * once it has messages and every catalog registered for it has loaded (`await loadLanguage(locale)`).
 * Until then its messages are in English.
 */
export function isLanguageLoaded(locale: string): boolean {
  const language = languageOf(locale);
  if (language === 'en') return true;
  return catalogs.has(language) && !loaders.get(language)?.size && !inFlight.has(language);
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
  // Loads nothing: call loadLanguage(language) first.
  const c = catalogs.get(language);
  return [...(catalogs.get('en')?.keys() ?? [])].filter((k) => !c?.has(k));
}

/** Every message of `language` as [key, text] (loads nothing: call loadLanguage first). */
export function catalogMessages(language: string): [string, string][] {
  return [...(catalogs.get(language) ?? [])];
}

/** True when the key exists in English (every key does). */
export function hasMessage(key: string): boolean {
  return catalogs.get('en')?.has(key) ?? false;
}

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Text that cannot reorder a left-to-right sentence: Latin, Greek and Cyrillic letters, digits,
 * punctuation, spaces and currency signs, with no right-to-left letter and no bidi control or mark.
 */
const LTR_INERT = /^[\u0020-\u007E\u00A0-\u024F\u0300-\u036F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF\u2000-\u200A\u2010-\u2027\u202F-\u205F\u20A0-\u20CF]*$/;
const RTL_LANGUAGES = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/**
 * Isolates a piece of data (a name, a SKU, an email) from the text around it: FIRST STRONG
 * ISOLATE … POP DIRECTIONAL ISOLATE. Inside, the text keeps its own direction; whatever bidi
 * controls it holds (a right-to-left override at the end of a name) end at the isolate, so they
 * cannot reorder the numbers or words after it. Messages do it for their string parameters; a
 * view that joins data into text itself calls it for each piece.
 *
 * With the `locale` of the text around it, text that isolation cannot change is left as it is
 * (Latin letters, digits and punctuation in a left-to-right language, such as "Contoso" or
 * "$1,440.00" in English), so copied text and server messages carry no invisible characters they
 * do not need. A name ending in U+202E, an Arabic name, and anything in a right-to-left language
 * are isolated.
 */
export function isolate(text: string, locale?: string): string {
  if (locale !== undefined && !RTL_LANGUAGES.has(languageOf(locale)) && LTR_INERT.test(text)) return text;
  return FSI + text + PDI;
}

const pluralRules = new Map<string, Intl.PluralRules>();

export function translate(locale: string, key: string, params?: MessageParams): string {
  const language = languageOf(locale);
  if (loaders.get(language)?.size) void loadLanguage(language).catch(() => undefined);
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
  return params ? formatMessage(text, params, language, (value) => param(value, language)) : text;
}


function param(value: string | number, language: string): string {
  return typeof value === 'string' ? isolate(value, language) : String(value);
}

/** The key a caller passes: plural variants ("x#one", "x#other") are asked for as "x". */
export type MessageKey<K extends string> = K extends `${infer Base}#${string}` ? Base : K;

/** A translate function typed to one module's keys. */
export type Translator<K extends string> = (locale: string, key: MessageKey<K>, params?: MessageParams) => string;

/** Spanish messages: the object itself, or a loader of a module whose default export it is (loaded on demand). */
export type SpanishMessages<K extends string> = Record<K, string> | (() => Promise<{ default: Record<K, string> }>);

/**
 * Registers a module's English messages and its Spanish ones, and returns a translator typed to
 * its keys. Pass Spanish as `() => import('./messages.es.js')` so only Spanish-speaking pages
 * download it. With a `namespace` the keys are stored as "namespace.key" so modules cannot
 * collide; the translator still takes the short key.
 */
export function defineMessages<K extends string>(en: Record<K, string>, es: SpanishMessages<K>, namespace?: string): Translator<K> {
  const prefix = namespace ? `${namespace}.` : '';
  const prefixed = (m: Record<string, string>) => (prefix ? Object.fromEntries(Object.entries(m).map(([k, v]) => [prefix + k, v])) : m);
  registerMessages('en', prefixed(en));
  if (typeof es === 'function') registerLoader('es', () => es().then((m) => prefixed(m.default)));
  else registerMessages('es', prefixed(es));
  return prefix ? (locale, key, params) => translate(locale, prefix + key, params) : (translate as Translator<K>);
}
