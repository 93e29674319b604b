import { consume, type Context, ContextEvent, ContextProvider, type ContextType } from '@lit/context';
import { TaskStatus } from '@lit/task';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { checkedAdapter, type ResponseSchemas } from '../adapter/checked-adapter.js';
import type { AnyAdapter } from '../adapter/types.js';
import { toAdapterError } from '../adapter/errors.js';
import { adapterErrorMessage } from '../ui/adapter-error-message.js';
import { CkElement } from '../ui/ck-element.js';
import { Announcer } from '../ui/controllers/announcer.js';
import { focusAfterRender } from '../ui/focus.js';
import { warmControls, WarmUp } from '../ui/warm-up.js';
import { ENTER_EVENT } from '../ui/enter-event.js';
import { tk } from '../ui/kit-messages.js';
import { type Clock, systemClock, todayFrom } from '../core/clock.js';
import { formatDate, formatInstant } from '../core/dates.js';
import { formatMoney } from '../core/money.js';
import { adapterContext, clockContext, localeContext, type LocaleSettings, PROVIDER_MARK } from './contexts.js';

interface TrackedTask {
  status: number;
  error?: unknown;
  abort(reason?: unknown): void;
  run(): Promise<void>;
}
const PENDING = TaskStatus.PENDING;
const ERROR = TaskStatus.ERROR;

/** Asks the providers above `el` for `context`, subscribed (not an event of the widget's API). */
function askContext<C extends Context<unknown, unknown>>(el: Element, context: C, set: (value: ContextType<C>) => void): void {
  el.dispatchEvent(new ContextEvent(context, el, set, true));
}

/**
 * The closest provider around `node`, through shadow roots: a `<channelkit-provider>` (defined or
 * not yet), or the provider's class defined by a host under its own tag.
 */
function providerAround(node: Node): Element | null {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n instanceof Element && (n.localName === 'channelkit-provider' || PROVIDER_MARK in n.constructor)) return n;
  }
  return null;
}

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

  /** The clock that decides "today" (for demos, tests and time travel); when unset, the provider's, else the system clock. */
  @property({ attribute: false }) clock: Clock | undefined = undefined;

  @consume({ context: clockContext, subscribe: true })
  @state()
  protected contextClock: Clock | undefined = undefined;

  @consume({ context: adapterContext, subscribe: true })
  @state()
  protected contextAdapter: AnyAdapter | undefined = undefined;

  private readonly localeProvider = new ContextProvider(this, { context: localeContext, initialValue: { locale: 'en' } });

  /**
   * What the widget says to a screen reader: completion, step changes, failures and settled
   * prices, through one polite and one assertive region that exist from its first render.
   */
  readonly announcer = new Announcer(this);

  /**
   * A create or save finished: the status says `heading` once, and focus moves to the heading
   * that says it (`#done-heading`, from successScreen), so the user hears what happened, not a
   * form starting over.
   */
  async completed(heading: string): Promise<void> {
    this.announcer.say(heading);
    await focusAfterRender(this, '#done-heading');
  }

  /**
   * The adapter methods this widget cannot work without: by default every method it asks its
   * adapter for (the keys of `responses`); a widget that uses only some of them lists those.
   */
  protected static needs: readonly string[] | undefined = undefined;

  /** The methods the widget needs from its adapter (see `needs`). */
  protected get neededMethods(): readonly string[] {
    const widget = this.constructor as typeof WidgetElement;
    return widget.needs ?? Object.keys(widget.responses);
  }

  /** The needed methods the adapter in effect lacks (none without an adapter: that is said apart). */
  protected get missingMethods(): string[] {
    const adapter = this.adapterInEffect as Record<string, unknown> | undefined;
    return adapter ? this.neededMethods.filter((m) => typeof adapter[m] !== 'function') : [];
  }

  /** The adapter whose missing methods were last logged: one console error per adapter given. */
  private reportedAdapter: unknown = null;

  /**
   * What the widget shows instead of its view when its adapter lacks `methods`: an alert naming
   * them (part `no-method`). Lists say it in their own words.
   */
  protected missingMethodsAlert(methods: readonly string[]): TemplateResult {
    const list = new Intl.ListFormat(this.loc, { type: 'conjunction' }).format(methods);
    return html`<ck-alert variant="error" part="no-method">${tk(this.loc, 'kit.noMethod', { count: methods.length, methods: list })}</ck-alert>`;
  }

  /** The alert for missing methods (logged once per adapter), or null when the adapter has them all. */
  private missingMethodsView(): TemplateResult | null {
    const missing = this.missingMethods;
    if (!missing.length) return null;
    if (this.reportedAdapter !== this.adapterInEffect) {
      this.reportedAdapter = this.adapterInEffect;
      console.error(`<${this.localName}>: its adapter has no ${missing.join(', ')} method${missing.length > 1 ? 's' : ''}. See docs/adapter.md.`);
    }
    return this.missingMethodsAlert(missing);
  }

  constructor() {
    super();
    // Every widget's view sits behind one check, here rather than in each render(): an adapter
    // lacking a method the widget needs gets an alert naming it, never an empty form. `render`
    // is the widget's own (the subclass's prototype is in place before this constructor runs).
    const view = this.render.bind(this);
    this.render = () => this.missingMethodsView() ?? view();
  }

  private readonly tasks = new Set<TrackedTask>();
  /** The load failures already said (each is said once, when it happens). */
  private readonly saidFailures = new WeakSet<object>();
  private interrupted: TrackedTask[] = [];

  /**
   * Registers a @lit/task so that removing the widget aborts its request (Task does not) and
   * putting it back runs it again if it was cut short.
   */
  protected track<T extends TrackedTask>(task: T): T {
    this.tasks.add(task);
    return task;
  }

  /**
   * Enter in a single-line field of this widget: the widget's primary action for where the user
   * is (Next in a wizard, Buy/Create/Order/Save at the end). Every widget overrides it.
   */
  protected onEnter(): void {}

  private readonly enterListener = () => this.onEnter();
  /** The user has edited or clicked in this widget: from then on a price change is news. */
  private userActed = false;
  private readonly actListener = () => (this.userActed = true);

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    this.renderRoot.addEventListener(ENTER_EVENT, this.enterListener);
    for (const type of ['ck-input', 'click']) this.renderRoot.addEventListener(type, this.actListener);
  }
  private readonly warming = new WarmUp(this, () => warmControls(Object.keys((this.constructor as typeof CkElement).dependencies), this.loc)); // its controls, once, while idle

  /** The `<channelkit-provider>` this widget was last connected inside: see `emit`. */
  private lastProvider: Element | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.lastProvider = providerAround(this);
    if (this.awaitingProvider) void customElements.whenDefined('channelkit-provider').then(() => this.askProviderAgain());
    const again = this.interrupted;
    this.interrupted = [];
    for (const t of again) void t.run().catch(() => undefined);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const t of this.tasks) {
      if (t.status === PENDING) {
        this.interrupted.push(t);
        t.abort();
      }
    }
  }

  /**
   * A create or save the user started finishes even when the widget is removed meanwhile (the
   * backend may already hold the record), and its event must still reach the host: fired while
   * the widget is disconnected, it goes to the `<channelkit-provider>` the widget was in, or to
   * `document` when that is gone too, with the same detail.
   */
  protected override eventTarget(): EventTarget {
    if (this.isConnected) return this;
    return this.lastProvider?.isConnected ? this.lastProvider : document;
  }

  /**
   * No adapter yet, but the widget sits in a `<channelkit-provider>` that is not defined yet:
   * its context is on the way, so the widget shows nothing rather than a "no adapter" note that
   * flashes and is read out on every page load.
   */
  protected get awaitingProvider(): boolean {
    if (this.adapterInEffect) return false;
    const provider = providerAround(this);
    return !!provider && !customElements.get('channelkit-provider');
  }

  /**
   * The provider was defined after this widget asked for its context (a code-split page): nobody
   * answered then, so ask again now that it can (subscribed, as the first requests were).
   */
  private askProviderAgain(): void {
    askContext(this, adapterContext, (v) => (this.contextAdapter = v));
    askContext(this, clockContext, (v) => (this.contextClock = v));
    askContext(this, localeContext, (v) => (this.inheritedLocale = v));
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Prices and totals as the user edits: the view marks its price sentence with data-price.
    this.announcer.price(this.renderRoot.querySelector('[data-price]')?.getAttribute('data-price') ?? '', this.userActed);
    // A load that failed is said once, when it happens (the alert box itself is not live): by
    // the focus when the widget moved it to the failure (#failure, read with its heading), else at once.
    const focusOnFailure = this.focusOnFailure;
    for (const t of this.tasks) {
      const error = t.status === ERROR && t.error !== null && typeof t.error === 'object' ? t.error : null;
      if (error && !this.saidFailures.has(error)) {
        this.saidFailures.add(error);
        if (!focusOnFailure) this.announcer.alert(adapterErrorMessage(toAdapterError(error), this.loc));
      }
    }
  }

  /** Focus is on the widget's failure (#failure), or on its way there: it reads the failure. */
  protected get focusOnFailure(): boolean {
    return this.shadowRoot?.activeElement?.id === 'failure';
  }

  /** The schemas of the answers this widget asks its adapter for (each widget sets its own). */
  protected static responses: ResponseSchemas = {};

  /** The adapter in effect (the widget's own, else the provider's), or undefined when none was given. */
  protected get adapterInEffect(): A | undefined {
    return this.adapter ?? (this.contextAdapter as A | undefined);
  }

  /** The adapter the widget calls: the one in effect, its answers checked with the widget's response schemas. */
  protected get api(): A | undefined {
    const adapter = this.adapterInEffect;
    return adapter && checkedAdapter(adapter, (this.constructor as typeof WidgetElement).responses);
  }

  protected override get localeSettings(): LocaleSettings {
    const inherited = this.inheritedLocale ?? { locale: 'en' };
    return this.locale ? { ...inherited, locale: this.locale } : inherited;
  }

  /** The clock in effect: the widget's own, the provider's, or the system clock. */
  protected get now(): Clock {
    return this.clock ?? this.contextClock ?? systemClock;
  }

  /** Today's calendar date in the business time zone, read once from the clock in effect. */
  protected today(): string {
    return todayFrom(this.now, this.localeSettings.timeZone);
  }

  // Formatting shared by every widget's views (the billing core does the work, in this locale).

  /** The locale in effect (for views). */
  get localeCode(): string { return this.loc; }
  /** Today's calendar date where the user is (for views). */
  get todayDate(): string { return this.today(); }

  /** An amount in minor units, formatted in the widget's locale. */
  money(currency: string, minor: number): string {
    return formatMoney({ currency, minor }, this.loc);
  }

  /** A calendar date, formatted in the widget's locale. */
  date(d: string, style: 'long' | 'medium' | 'short' = 'long'): string {
    return formatDate(d, this.loc, style);
  }

  /** An instant (a deadline) as the user's date and time, in their own time zone and the widget's locale. */
  instant(iso: string): string { return formatInstant(iso, this.loc); }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const s = this.localeSettings;
    const cur = this.localeProvider.value;
    if (cur.locale !== s.locale || cur.currency !== s.currency || cur.timeZone !== s.timeZone) this.localeProvider.setValue(s);
    if (this.getAttribute('lang') !== s.locale) this.setAttribute('lang', s.locale);
  }
}
