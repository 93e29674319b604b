import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { DEFAULT_LOCALE, localeContext, type LocaleSettings } from '../context/contexts.js';
import { loadLanguage, type MessageParams, onCatalogChange } from '../i18n/catalog.js';
import { defineElement } from './define-element.js';
import type { EventDetail } from './kit-events.js';
import { type KitMessageKey, tk } from './kit-messages.js';

/**
 * Base of every channelkit element: locale settings from context and `t()` for messages.
 * Events go through `emit` so they all bubble and cross shadow roots with a typed detail.
 */
export class CkElement extends LitElement {
  @consume({ context: localeContext, subscribe: true })
  @state()
  protected inheritedLocale: LocaleSettings | undefined = undefined;

  private stopListening: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Messages of other languages arrive on demand: show them as soon as they do.
    this.stopListening = onCatalogChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  /** Loads the messages of this element's language, if they are not in yet. */
  protected loadMessages(): Promise<void> {
    return loadLanguage(this.loc).catch(() => undefined);
  }

  /** The locale settings in effect for this element. */
  protected get localeSettings(): LocaleSettings {
    return this.inheritedLocale ?? DEFAULT_LOCALE;
  }

  protected get loc(): string {
    return this.localeSettings.locale;
  }

  /** A form-kit message in this element's locale. */
  protected t(key: KitMessageKey, params?: MessageParams): string {
    return tk(this.loc, key, params);
  }

  /**
   * The elements this one renders, by tag: its define module registers them with it (a class
   * module registers nothing, so a host can import a class and define it under another tag).
   */
  static dependencies: Record<string, CustomElementConstructor> = {};

  constructor() {
    super();
    // The parts it renders are registered when the first one is made (as Shoelace does), so a host
    // that defines the class under its own tag with customElements.define gets them too. Nothing
    // happens on import: the class module stays free of side effects.
    for (const [tag, dep] of Object.entries((this.constructor as typeof CkElement).dependencies)) defineElement(tag, dep);
  }

  /**
   * Dispatches a bubbling, composed CustomEvent whose detail has the type the event's name is
   * declared with (in GlobalEventHandlersEventMap, by each events module). Call only on user action.
   */
  emit<K extends keyof GlobalEventHandlersEventMap>(name: K, detail: EventDetail<K>, options: { cancelable?: boolean } = {}): CustomEvent<EventDetail<K>> {
    const event = new CustomEvent<EventDetail<K>>(name, { bubbles: true, composed: true, cancelable: options.cancelable ?? false, detail });
    this.eventTarget().dispatchEvent(event);
    return event;
  }

  /** Where `emit` dispatches: the element itself (widgets send a removed widget's events on, see WidgetElement). */
  protected eventTarget(): EventTarget {
    return this;
  }
}
