/**
 * Services through context: one key for the adapter, one for locale settings, one for the clock.
 * `<channelkit-provider>` provides them; widgets and form-kit parts consume them.
 */
import { createContext } from '@lit/context';
import type { AnyAdapter } from '../adapter/types.js';
import type { Clock } from '../core/clock.js';

export const adapterContext = createContext<AnyAdapter | undefined>(Symbol.for('channelkit.adapter'));

export interface LocaleSettings {
  /** BCP 47 locale for messages, numbers and dates ("en", "es", "es-MX"). */
  locale: string;
  /** Preferred currency, where a widget lets the user choose one. */
  currency?: string | undefined;
  /** IANA time zone for "today" (defaults to the browser's). */
  timeZone?: string | undefined;
}

export const localeContext = createContext<LocaleSettings>(Symbol.for('channelkit.locale'));

export const DEFAULT_LOCALE: LocaleSettings = { locale: 'en' };

/** The clock that decides "today" for every widget inside a provider (undefined: the system clock). */
export const clockContext = createContext<Clock | undefined>(Symbol.for('channelkit.clock'));

/**
 * Marks the provider's class, so a widget finds its provider under whatever tag a host defined it
 * (`customElements.define('my-provider', ChannelkitProvider)`), not only as <channelkit-provider>.
 */
export const PROVIDER_MARK = Symbol.for('channelkit.provider');
