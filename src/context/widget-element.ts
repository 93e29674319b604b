import { consume, ContextProvider } from '@lit/context';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AnyAdapter } from '../adapter/types.js';
import { CkElement } from '../ui/ck-element.js';
import { today } from '../core/dates.js';
import { adapterContext, localeContext, type LocaleSettings } from './contexts.js';

/**
 * Base of the four public widgets: the adapter (own property first, then context) and
 * locale (own `locale` attribute first, then context), re-provided to the form-kit parts
 * inside so they speak the widget's language.
 */
export class WidgetElement<A extends AnyAdapter = AnyAdapter> extends CkElement {
  /** The backend adapter. When set it wins over the one from `<channelkit-provider>`. */
  @property({ attribute: false }) adapter: A | undefined = undefined;

  /** Locale of this widget; when unset, the provider's. */
  @property() locale: string | undefined = undefined;

  /** The clock that decides "today" (for demos, tests and time travel); defaults to the system clock. */
  @property({ attribute: false }) clock: (() => Date) | undefined = undefined;

  @consume({ context: adapterContext, subscribe: true })
  @state()
  protected contextAdapter: AnyAdapter | undefined = undefined;

  private readonly localeProvider = new ContextProvider(this, { context: localeContext, initialValue: { locale: 'en' } });

  /** The adapter in effect, or undefined when none was given. */
  protected get api(): A | undefined {
    return this.adapter ?? (this.contextAdapter as A | undefined);
  }

  protected override get localeSettings(): LocaleSettings {
    const inherited = this.inheritedLocale ?? { locale: 'en' };
    return this.locale ? { ...inherited, locale: this.locale } : inherited;
  }

  /** Today's calendar date in the configured time zone. */
  protected today(): string {
    return today(this.localeSettings.timeZone, this.clock?.() ?? new Date());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const s = this.localeSettings;
    const cur = this.localeProvider.value;
    if (cur.locale !== s.locale || cur.currency !== s.currency || cur.timeZone !== s.timeZone) this.localeProvider.setValue(s);
    if (this.getAttribute('lang') !== s.locale) this.setAttribute('lang', s.locale);
  }
}
