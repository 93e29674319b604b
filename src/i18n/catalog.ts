/**
 * The message catalog: every string a user reads goes through `translate`.
 *
 * Each module defines its messages with `defineMessages(en, { es: () => import('./messages.es.js'), … })`;
 * the types require every language's catalog to have every English key. Languages other than English
 * load on demand. A locale falls back region → language → English: `pt-BR` reads a `pt-BR` catalog
 * if one was registered, then `pt`, then English. A host adds a locale with `registerMessages`
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
export function registerLoader(locale: string, loader: Loader): void {
  const language = tagOf(locale);
  let set = loaders.get(language);
  if (!set) {
    set = new Set();
    loaders.set(language, set);
  }
  set.add(loader);
}

const chains = new Map<string, string[]>();

/**
 * The catalogs a locale reads, most specific first, English left out (it is always last):
 * `pt-BR` → ["pt-br", "pt"], `es` → ["es"], `en-GB` → ["en-gb"]. A script subtag is skipped
 * (`pt-Latn-BR` reads "pt-br" too).
 */
export function localeChain(locale: string): string[] {
  let chain = chains.get(locale);
  if (!chain) {
    const [language = 'en', ...rest] = tagOf(locale).split('-');
    const region = rest.find((s) => /^([a-z]{2}|\d{3})$/.test(s));
    chain = (region ? [`${language}-${region}`, language] : [language]).filter((tag) => tag !== 'en' && tag !== '');
    chains.set(locale, chain);
  }
  return chain;
}

/**
 * Loads every catalog registered for a locale's language and region (once each): `pt-BR` loads
 * `pt-BR`'s and `pt`'s. Widgets call it for you and re-render; call it yourself to preload, or
 * before validating in that language on a server.
 */
export function loadLanguage(locale: string): Promise<void> {
  return Promise.all(localeChain(locale).map(loadTag)).then(() => undefined);
}

function loadTag(language: string): Promise<void> {
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

/** Adds (or overrides) messages for a language ("en", "es", "de", ...) or a regional variant ("pt-BR"). */
export function registerMessages(locale: string, messages: Readonly<Record<string, string>>): void {
  const language = tagOf(locale);
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
  return catalogs.has(language) && localeChain(locale).every((tag) => !loaders.get(tag)?.size && !inFlight.has(tag));
}

/** Languages that have at least one message. */
export function availableLanguages(): string[] {
  return [...catalogs.keys()];
}

/** A locale as the catalogs key it: lower case, `_` read as `-` ("pt_BR" → "pt-br"). */
function tagOf(locale: string): string {
  return locale.toLowerCase().replaceAll('_', '-');
}

export function languageOf(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] || 'en';
}

/** The message in the first catalog of `chain` that has it, else English's. */
function find(chain: readonly string[], key: string): string | undefined {
  for (const tag of chain) {
    const text = catalogs.get(tag)?.get(key);
    if (text !== undefined) return text;
  }
  return catalogs.get('en')?.get(key);
}

/** English keys a language has no message for (adding a locale: this should be empty). */
export function missingMessages(language: string): string[] {
  // Loads nothing: call loadLanguage(language) first.
  const c = catalogs.get(tagOf(language));
  return [...(catalogs.get('en')?.keys() ?? [])].filter((k) => !c?.has(k));
}

/** Every message of `language` as [key, text] (loads nothing: call loadLanguage first). */
export function catalogMessages(language: string): [string, string][] {
  return [...(catalogs.get(tagOf(language)) ?? [])];
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
  const chain = localeChain(locale);
  if (chain.some((tag) => loaders.get(tag)?.size)) void loadLanguage(locale).catch(() => undefined);
  const lookup = (k: string) => find(chain, k);
  let text: string | undefined;
  if (params && typeof params.count === 'number') {
    let rules = pluralRules.get(language);
    if (!rules) {
      rules = new Intl.PluralRules(language);
      pluralRules.set(language, rules);
    }
    const n = params.count;
    text = (n === 0 ? lookup(`${key}#zero`) : undefined) ?? lookup(`${key}#${rules.select(n)}`) ?? lookup(`${key}#other`);
  }
  text ??= lookup(key) ?? key;
  return params ? formatMessage(text, params, language, (value) => param(value, language)) : text;
}


function param(value: string | number, language: string): string {
  return typeof value === 'string' ? isolate(value, language) : String(value);
}

/** The key a caller passes: plural variants ("x#one", "x#other") are asked for as "x". */
export type MessageKey<K extends string> = K extends `${infer Base}#${string}` ? Base : K;

/** A translate function typed to one module's keys. */
export type Translator<K extends string> = (locale: string, key: MessageKey<K>, params?: MessageParams) => string;

/** One language's messages: the object itself, or a loader of a module whose default export it is (loaded on demand). */
export type LanguageMessages<K extends string> = Record<K, string> | (() => Promise<{ default: Record<K, string> }>);

/** A module's messages in other languages than English, by language tag ("es", "de", "pt", "pt-BR"). */
export type OtherLanguages<K extends string> = Readonly<Record<string, LanguageMessages<K>>>;

/**
 * Registers a module's English messages and its other languages' ones, and returns a translator
 * typed to its keys. Pass each language as a loader, `{ es: () => import('./messages.es.js'),
 * de: () => import('./messages.de.js') }`, so only pages in that language download it (a bundler
 * makes each its own chunk). The types make every language's catalog have every English key. With
 * a `namespace` the keys are stored as "namespace.key" so modules cannot collide; the translator
 * still takes the short key.
 */
export function defineMessages<K extends string>(en: Record<K, string>, languages: OtherLanguages<K>, namespace?: string): Translator<K> {
  const prefix = namespace ? `${namespace}.` : '';
  const prefixed = (m: Record<string, string>) => (prefix ? Object.fromEntries(Object.entries(m).map(([k, v]) => [prefix + k, v])) : m);
  registerMessages('en', prefixed(en));
  for (const [language, messages] of Object.entries(languages)) {
    if (typeof messages === 'function') registerLoader(language, () => messages().then((m) => prefixed(m.default)));
    else registerMessages(language, prefixed(messages));
  }
  return prefix ? (locale, key, params) => translate(locale, prefix + key, params) : (translate as Translator<K>);
}
