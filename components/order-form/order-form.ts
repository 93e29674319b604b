import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toAdapterError } from '../../src/adapter/errors.js';
import type { OrderAdapter } from '../../src/adapter/types.js';
import type { OrderQuote } from '../../src/core/quotes.js';
import { WidgetElement } from '../../src/context/widget-element.js';
import type { Order, OrderOptions } from '../../src/schemas/order.js';
import { orderResponses } from '../../src/schemas/order.js';
import { adapterErrorMessage } from '../../src/ui/adapter-error-message.js';
import { focusFirstInvalid } from '../../src/ui/focus.js';
import { setAtPath } from '../../src/ui/draft-path.js';
import { confirmDiscard, discardDialog } from '../../src/ui/confirm-dialog.js';
import '../../src/ui/define/ck-confirm-dialog.js';
import { DraftStorage } from '../../src/ui/draft-storage.js';
import { QuoteMemo, type Quoted } from '../../src/ui/quote-memo.js';
import { draftChecker } from '../../src/schemas/draft.js';
import { Submission } from '../../src/ui/submission.js';
import '../../src/ui/define/ck-alert.js';
import '../../src/ui/define/ck-checkbox.js';
import '../../src/ui/define/ck-radio-group.js';
import '../../src/ui/define/ck-select-field.js';
import '../../src/ui/define/ck-summary-list.js';
import '../../src/ui/define/ck-text-field.js';
import '../../src/ui/define/ck-number-field.js';
import type {} from './events.js'; // the event map its emits are typed by
import { msg, type OrderMessage } from './messages.js';
import { emptyDraft, estimateError, ORDER_DRAFT_VERSION, orderDraftSchema, type OrderDraft, type OrderKind, quoteOrder, toInput, validateOrder } from './model.js';
import { renderKindChooser } from './views/kind-chooser.js';
import { renderOrderFields } from './views/order-fields.js';
import { renderPriceSummary } from './views/price-summary.js';
import { renderSuccess } from './views/success.js';
import type { OrderFormView } from './views/view.js';
import { orderFormStyles } from './order-form.styles.js';

/**
 * Orders a Cloud or SaaS subscription for a customer: payment method, data location, plan,
 * postponed billing, customer and domain details, with a live price summary from the billing
 * core. On-premise is shown as not sold (renew or upgrade only).
 *
 * @summary Cloud and SaaS subscription order form.
 * @tagname order-form
 * @fires order-created - The order was placed; detail `{ order }`; if the widget was removed before the answer came, it fires on the `<channelkit-provider>` it was in (or `document`).
 * @fires renew-requested - The user asked to renew or upgrade an on-premise license; detail `{}`.
 * @fires order-kind-change - The user chose Cloud or SaaS, or went back; detail `{ kind }`.
 * @csspart heading - The heading of the current view.
 * @csspart kind-cell - Each order type on the first view.
 * @csspart order-button - The Order buttons of Cloud and SaaS.
 * @csspart renew-button - The on-premise Renew or upgrade button.
 * @csspart price-summary - The price summary.
 * @csspart submit-button - The Order subscription button.
 * @csspart success - The confirmation after ordering.
 * @cssprop --ck-color-primary - Actions, focus and selection.
 * @cssprop --ck-font-family - Font.
 */
export class OrderForm extends WidgetElement<OrderAdapter> implements OrderFormView {
  protected static override responses = orderResponses;

  static override styles = orderFormStyles;

  /** Open straight into a Cloud or SaaS order instead of the choice. */
  @property({ reflect: true }) kind: OrderKind | null = null;

  /**
   * Keep the unfinished order in sessionStorage under this key, so a reload resumes it (with the
   * idempotency key of an order in flight). Include the signed-in user in it. Unset: nothing is stored.
   */
  @property({ attribute: 'draft-key' }) draftKey: string | undefined = undefined;

  /** What the user had typed was restored from the stored draft. */
  @state() restored = false;
  /** A stored draft could not be used (wrong shape, too old): said once. */
  @state() droppedDraft = false;

  private readonly drafts = new DraftStorage<OrderDraft>({
    key: () => this.draftKey && `order-form:${this.draftKey}`,
    version: ORDER_DRAFT_VERSION,
    check: draftChecker(orderDraftSchema),
    clock: () => this.now,
  });
  override connectedCallback(): void {
    super.connectedCallback();
    const r = this.drafts.restoreOnce(({ draft, step, submission }) => {
      this.draft = draft;
      if (step === 'cloud' || step === 'saas') this.kind = step;
      this.submission.resume(submission);
      return JSON.stringify(draft) !== JSON.stringify(emptyDraft(draft.currency));
    });
    if (r) ({ restored: this.restored, dropped: this.droppedDraft } = r);
  }

  private persist(): void {
    if (this.submission.state === 'done') this.drafts.clear();
    else this.drafts.save({ draft: this.draft, step: this.kind ?? undefined, submission: this.submission.pending() ?? undefined });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('draft') || changed.has('kind')) this.persist();
  }

  private async startOver(): Promise<void> {
    if (!(await confirmDiscard(this.renderRoot, JSON.stringify(this.draft) !== JSON.stringify(emptyDraft(this.draft.currency))))) return;
    this.drafts.clear();
    this.submission.reset();
    this.draft = emptyDraft(this.draft.currency);
    this.restored = false;
    this.droppedDraft = false;
  }

  @state() draft: OrderDraft = emptyDraft();
  @state() submitted = false;
  /** The backend answered with another price (409 quote-changed): the summary shows the new one. */
  @state() priceNotice = false;

  private readonly submission = new Submission<Order>(this);
  private readonly handlers = new Map<string, (e: CustomEvent<{ value: unknown }>) => void>();

  private readonly optionsTask = this.track(
    new Task(this, {
      args: () => [this.api] as const,
      task: async ([api], { signal }) => {
        if (!api?.getOrderOptions) return null;
        const options = await api.getOrderOptions(signal);
        if (!this.draft.currency || !options.currencies.includes(this.draft.currency)) {
          const preferred = this.localeSettings.currency;
          this.draft = { ...this.draft, currency: preferred && options.currencies.includes(preferred) ? preferred : (options.currencies[0] ?? '') };
        }
        return options;
      },
    }),
  );

  get options(): OrderOptions | null {
    return this.optionsTask.value ?? null;
  }
  get busy(): boolean {
    return this.submission.busy;
  }
  get failure() {
    return this.submission.state === 'failed' ? this.submission.error : null;
  }
  get order(): Order | null {
    return this.submission.state === 'done' ? this.submission.result : null;
  }
  private readonly quoted = new QuoteMemo<OrderQuote>();

  /** The price summary shown and the date it was made on: what Order subscription sends. */
  get quote(): OrderQuote | null {
    return this.quotedNow()?.quote ?? null;
  }
  private quotedNow(): Quoted<OrderQuote> | null {
    const kind = this.kind;
    return kind ? this.quoted.get([kind, this.draft, this.options], () => this.today(), (today) => quoteOrder(kind, this.draft, this.options, today)) : null;
  }
  m(key: OrderMessage, params?: Record<string, string | number>): string {
    return msg(this.loc, key, params);
  }
  err(path: string): string {
    return this.errorFor(path);
  }
  on(path: string): (e: CustomEvent<{ value: unknown }>) => void {
    return this.handler(path);
  }

  /** The message shown for a field: the server's (until the field is edited), else the current validity. */
  private errorFor(path: string): string {
    return this.submission.serverErrors[path] ?? (this.kind ? (validateOrder(this.kind, this.draft, this.options, this.loc)[path] ?? '') : '');
  }

  private handler(path: string) {
    let h = this.handlers.get(path);
    if (!h) {
      const errorPath = path.startsWith('packageId.') ? 'packageId' : path;
      h = (e: CustomEvent<{ value: unknown }>) => {
        this.draft = setAtPath(this.draft, path, e.detail.value);
        this.submission.edited(errorPath);
        this.priceNotice = false;
      };
      this.handlers.set(path, h);
    }
    return h;
  }

  private choose(kind: OrderKind | null): void {
    this.kind = kind;
    this.submitted = false;
    this.emit('order-kind-change', { kind });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#heading')?.focus());
  }

  private renew(): void {
    this.emit('renew-requested', {});
  }

  /** Places the order: validates everything first; a second call while one is in flight does nothing. */
  async submit(): Promise<void> {
    if (!this.kind || this.submission.busy) return;
    this.submitted = true;
    const errors = validateOrder(this.kind, this.draft, this.options, this.loc);
    if (Object.keys(errors).length) {
      await this.updateComplete;
      await focusFirstInvalid(this.renderRoot);
      return;
    }
    const api = this.api;
    if (!api?.createOrder) return;
    const input = toInput(this.kind, this.draft, this.quotedNow() ?? { quotedOn: this.today(), quote: null });
    const running = this.submission.run(input, (key, signal) => api.createOrder(input, key, signal));
    // The key travels with the stored draft before any answer can be lost.
    this.persist();
    const order = await running;
    this.persist();
    await this.updateComplete;
    if (order) {
      this.emit('order-created', { order });
      this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
    } else if (Object.keys(this.submission.serverErrors).length) {
      await focusFirstInvalid(this.renderRoot);
    } else if (this.submission.error) {
      // The backend priced it differently: load its prices, quote again and say so; Order again sends the new figures.
      if (this.submission.error.code === 'quote-changed') {
        this.quoted.clear();
        this.submission.reset();
        this.priceNotice = true;
        void this.optionsTask.run();
        this.renderRoot.querySelector<HTMLElement>('[part=price-summary]')?.focus();
        return;
      }
      this.renderRoot.querySelector<HTMLElement>('#failure')?.focus();
    }
  }

  /** Enter in a field places the order, like the Order subscription button. */
  protected override onEnter(): void {
    void this.submit();
  }

  private again(): void {
    this.submission.reset();
    this.draft = { ...emptyDraft(this.draft.currency) };
    this.submitted = false;
    this.choose(null);
  }

  private renderForm() {
    const v = this as OrderFormView;
    const failure = this.failure;
    return html`<div class="stack">
      <div class="bar">
        <h2 id="heading" tabindex="-1" part="heading">${this.kind === 'cloud' ? v.m('cloudOrder') : v.m('saasOrder')}</h2>
        <button class="btn link" @click=${() => this.choose(null)}>← ${v.m('back')}</button>
      </div>
      <div class="columns">
        <form
          novalidate
          aria-labelledby="heading"
          @submit=${(e: Event) => {
            e.preventDefault();
            void this.submit();
          }}
        >
          <div class="stack">
            ${this.droppedDraft ? html`<ck-alert variant="info">${v.m('draftDropped')}</ck-alert>` : nothing}
            ${this.restored
              ? html`<ck-alert variant="info">${v.m('draftRestored')} <button type="button" class="btn link" @click=${() => void this.startOver()}>${v.m('startOver')}</button></ck-alert>`
              : nothing}
            ${renderOrderFields(v)}
            ${failure
              ? html`<ck-alert id="failure" tabindex="-1" variant="error" heading=${v.m('failedTitle')} ?retry=${failure.retryable} @ck-retry=${() => void this.submit()}
                  >${adapterErrorMessage(failure, this.loc)} ${this.t('kit.keptValues')}</ck-alert
                >`
              : nothing}
            <div class="actions">
              <button type="submit" class="btn primary" part="submit-button" aria-disabled=${this.busy ? 'true' : 'false'}>
                ${this.busy ? html`<span class="spinner" aria-hidden="true"></span>${v.m('ordering')}` : v.m('orderSubscription')}
              </button>
            </div>
          </div>
        </form>
        ${renderPriceSummary(v, estimateError(this.draft, this.loc))}
      </div>
    </div>`;
  }

  protected override render() {
    if (!this.api) return html`<ck-alert variant="error">${this.t('kit.noAdapter')}</ck-alert>`;
    return html`<div class="panel">
      ${this.optionsTask.render({
        pending: () => (this.options ? this.renderBody() : html`<p class="note" role="status">${this.t('kit.loading')}</p>`),
        complete: () => this.renderBody(),
        error: (e) =>
          html`<ck-alert variant="error" heading=${msg(this.loc, 'loadFailedTitle')} retry @ck-retry=${() => void this.optionsTask.run()}
            >${adapterErrorMessage(toAdapterError(e), this.loc)}</ck-alert
          >`,
      })}
      ${discardDialog(this.loc)}
    </div>`;
  }

  private renderBody() {
    if (this.order) return renderSuccess(this, () => this.again());
    if (!this.kind) return renderKindChooser(this, (k) => this.choose(k), () => this.renew());
    return this.renderForm();
  }
}
