import { provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { AnyAdapter } from '../adapter/types.js';
import type { Clock } from '../core/clock.js';
import { loadLanguage } from '../i18n/catalog.js';
import { adapterContext, clockContext, localeContext, type LocaleSettings, PROVIDER_MARK } from './contexts.js';

/**
 * Provides an adapter and locale settings to every channelkit widget inside it.
 * A widget's own `adapter` property, when set, wins.
 *
 * @summary Gives the widgets inside it their backend adapter, locale and theme.
 * @slot - The widgets and any other content.
 * @cssprop --ck-font-family - Font of every widget inside.
 * @tagname channelkit-provider
 */
export class ChannelkitProvider extends LitElement {
  /** @internal See PROVIDER_MARK. */
  static readonly [PROVIDER_MARK] = true;
  static override styles = css`
    :host {
      display: contents;
    }
    :host([theme='light']) {
      color-scheme: light;
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
  `;

  /** The adapter the widgets use to reach the backend (e.g. a RestAdapter). */
  @provide({ context: adapterContext })
  @property({ attribute: false })
  adapter: AnyAdapter | undefined = undefined;

  /**
   * The clock every widget inside reads "now" from (an instant; "today" is derived from it in
   * `time-zone`). Defaults to the system clock. Set it to pin "today" in tests, demos and
   * previews of a future date; a widget's own `clock` property wins.
   */
  @provide({ context: clockContext })
  @property({ attribute: false })
  clock: Clock | undefined = undefined;

  /** Locale for messages, numbers and dates: "en" or "es" (or any locale with registered messages). */
  @property({ reflect: true }) locale = 'en';

  /** Preferred currency (ISO 4217) where a widget lets the user pick one. */
  @property() currency: string | undefined = undefined;

  /** IANA time zone of the business: decides what "today" is. Defaults to the browser's. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined = undefined;

  /** light, dark, or unset to follow the page's color-scheme. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined = undefined;

  @provide({ context: localeContext })
  protected settings: LocaleSettings = { locale: 'en' };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') || changed.has('currency') || changed.has('timeZone')) {
      this.settings = { locale: this.locale || 'en', currency: this.currency, timeZone: this.timeZone };
      // Start loading the language's messages now, before the widgets ask for them.
      if (changed.has('locale')) void loadLanguage(this.settings.locale).catch(() => undefined);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
