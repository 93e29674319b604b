import { Task } from '@lit/task';
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdapterError } from '../../src/adapter/errors.js';
import type { OrderAdapter } from '../../src/adapter/types.js';
import type { OrderQuote } from '../../src/core/quotes.js';
import { WidgetElement } from '../../src/context/widget-element.js';
import { catalogVersion } from '../../src/i18n/catalog.js';
import { type Order, type OrderOptions, orderResponses } from '../../src/schemas/order.js';
import { CkCheckbox } from '../../src/ui/checkbox.js';
import { CkConfirmDialog, confirmDiscard, discardDialog } from '../../src/ui/confirm-dialog.js';
import { DraftKeeper } from '../../src/ui/controllers/draft-keeper.js';
import { focusAfterRender, FormState } from '../../src/ui/controllers/form-state.js';
import { QuoteMemo, type Quoted } from '../../src/ui/quote-memo.js';
import { CkRadioGroup } from '../../src/ui/radio-group.js';
import { CkSelectField } from '../../src/ui/select-field.js';
import { Submission } from '../../src/ui/submission.js';
import { CkSummaryList } from '../../src/ui/summary-list.js';
import { CkNumberField, CkTextField } from '../../src/ui/text-field.js';
import { noAdapterAlert, renderLoad, type SkeletonShape } from '../../src/ui/widget-views.js';
import { WarmUp } from '../../src/ui/warm-up.js';
import { widgetViewElements } from '../../src/ui/widget-view-elements.js';
import type {} from './events.js'; // the event map its emits are typed by
import { msg, type OrderMessage } from './messages.js';
import { emptyDraft, hasInput, ORDER_DRAFT_VERSION, type OrderDraft, orderDraftSchema, type OrderEconomics, type OrderKind, orderEconomics, quoteOrder, toInput, validateOrder, withOfferedCurrency } from './model.js';
import { orderFormStyles } from './order-form.styles.js';
import { renderOrderForm, warmOrderForm } from './views/form.js';
import { renderKindChooser } from './views/kind-chooser.js';
import { doneHeading, renderSuccess } from './views/success.js';
import type { OrderFormView } from './views/view.js';


/** The order form's fields and summary, drawn while its options load (loadingSkeleton). */
const ORDER_SHAPE: SkeletonShape = ['heading', 'section', 'card', 'field*3', 'text', 'section', 'field*7', 'section', 'box', 'field*2', 'text', 'field*2', 'text', 'aside', 'actions'];

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
 * @csspart heading - The heading of the choice and of the order form.
 * @csspart done-heading - The heading that says what happened, after ordering (focus moves there).
 * @csspart kind-cell - Each order type on the first view.
 * @csspart order-button - The Order buttons of Cloud and SaaS.
 * @csspart renew-button - The on-premise Renew or upgrade button.
 * @csspart price-summary - The price summary.
 * @csspart submit-button - The Order subscription button.
 * @csspart success - The confirmation after ordering.
 * @csspart error-summary - The problems that stopped Order subscription, each a link to its field.
 * @csspart skeleton - The shapes of the view drawn while its data loads (aria-busy).
 * @cssprop --ck-skeleton-color - The loading shapes.
 * @cssprop --ck-color-primary - Actions, focus and selection.
 * @cssprop --ck-font-family - Font.
 */
export class OrderForm extends WidgetElement<OrderAdapter> implements OrderFormView {
  protected static override responses = orderResponses;
  static override styles = orderFormStyles;
  static override dependencies = {
    ...{ ...widgetViewElements, 'ck-checkbox': CkCheckbox, 'ck-confirm-dialog': CkConfirmDialog, 'ck-number-field': CkNumberField },
    ...{ 'ck-radio-group': CkRadioGroup, 'ck-select-field': CkSelectField, 'ck-summary-list': CkSummaryList, 'ck-text-field': CkTextField },
  };

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
  /** The backend answered with another price (409 quote-changed): the summary shows the new one. */
  @state() priceNotice = false;

  readonly form: FormState<OrderDraft> = new FormState<OrderDraft>(this, emptyDraft(), {
    validate: (draft) => (this.kind ? validateOrder(this.kind, draft, this.options, this.loc) : {}),
    keys: () => [this.kind, this.options, this.loc, catalogVersion()],
    changed: () => (this.priceNotice = false),
  });
  private readonly submission = new Submission<Order>(this);
  private readonly warmingForm = new WarmUp(this, () => warmOrderForm(this, OrderForm.elementStyles), () => !!this.options); // what choosing a kind first computes
  private readonly quoted = new QuoteMemo<OrderQuote>();
  /** The unfinished order, Cloud or SaaS, with the key of an order in flight. */
  private readonly drafts = new DraftKeeper<OrderDraft>(this, 'order-form', {
    version: ORDER_DRAFT_VERSION, schema: orderDraftSchema, clock: () => this.now, form: this.form, submission: this.submission, step: () => this.kind ?? undefined,
    restored: ({ draft, step }) => {
      if (step === 'cloud' || step === 'saas') this.kind = step;
      return hasInput(draft);
    },
  });

  private readonly optionsTask = this.track(
    new Task(this, {
      args: () => [this.api] as const,
      task: async ([api], { signal }) => (api?.getOrderOptions ? api.getOrderOptions(signal) : null),
      onComplete: (options) => {
        // The draft's currency must be one sold; a notice of a changed price stays with the new figures.
        const [draft, notice] = [options && withOfferedCurrency(this.form.draft, options, this.localeSettings.currency), this.priceNotice];
        if (draft && draft !== this.form.draft) [this.form.draft, this.priceNotice] = [draft, notice];
      },
    }),
  );

  /** The order as the user left it. */
  get draft(): OrderDraft { return this.form.draft; }
  get options(): OrderOptions | null { return this.optionsTask.value ?? null; }
  get busy(): boolean { return this.submission.busy; }
  get failure(): AdapterError | null { return this.submission.state === 'failed' ? this.submission.error : null; }
  get order(): Order | null { return this.submission.state === 'done' ? this.submission.result : null; }
  /** The price summary shown and the date it was made on: what Order subscription sends. */
  get quote(): OrderQuote | null { return this.quotedNow()?.quote ?? null; }
  /** The cost, price and margin of the order, for a user allowed to see cost. */
  get economics(): OrderEconomics { const q = this.quotedNow(); return q && this.kind ? orderEconomics(this.kind, this.form.draft, this.options, q.quote, q.quotedOn) : null; }
  private quotedNow(kind = this.kind): Quoted<OrderQuote> | null { return kind ? this.quoted.get([kind, this.form.draft, this.options], () => this.today(), (today) => quoteOrder(kind, this.form.draft, this.options, today)) : null; }
  m(key: OrderMessage, params?: Record<string, string | number>): string { return msg(this.loc, key, params); }
  readonly pickPackage = (e: CustomEvent<{ value: unknown }>): void => { this.form.clearServerErrors('packageId'); if (this.kind) this.form.set(`packageId.${this.kind}`, e.detail.value); };

  override connectedCallback(): void {
    super.connectedCallback();
    const r = this.drafts.restore();
    if (r) ({ restored: this.restored, dropped: this.droppedDraft } = r);
  }

  private async startOver(): Promise<void> {
    const draft = this.form.draft;
    if (!(await confirmDiscard(this.renderRoot, hasInput(draft)))) return;
    this.drafts.clear();
    this.submission.reset();
    this.form.reset(emptyDraft(draft.currency));
    this.restored = this.droppedDraft = false;
  }

  private choose(kind: OrderKind | null): void {
    this.kind = kind;
    this.form.submitted = false;
    this.emit('order-kind-change', { kind });
    void focusAfterRender(this, '#heading');
  }
  /** Places the order: validates everything first; a second call while one is in flight does nothing. */
  async submit(): Promise<void> {
    const { kind, api } = this;
    if (!kind || this.submission.busy || !(await this.form.attempt()) || !api?.createOrder) return;
    const input = toInput(kind, this.form.draft, this.quotedNow() ?? { quotedOn: this.today(), quote: null });
    const running = this.submission.run(input, (key, signal) => api.createOrder(input, key, signal));
    // The key travels with the stored draft before any answer can be lost.
    this.drafts.save();
    const order = await running;
    this.drafts.save();
    await this.updateComplete;
    const fields = this.submission.serverErrors;
    if (order) {
      this.emit('order-created', { order });
      await this.completed(doneHeading(this, order));
    } else if (Object.keys(fields).length) {
      // The backend's field errors move to the form, which shows each until its field is edited.
      [this.form.serverErrors, this.submission.serverErrors] = [fields, {}];
      await this.form.focusInvalid();
    } else if (this.submission.error?.code === 'quote-changed') {
      // The backend priced it differently: load its prices, quote again and say so; Order again sends the new figures.
      this.quoted.clear();
      this.submission.reset();
      this.priceNotice = true;
      void this.optionsTask.run();
      await focusAfterRender(this, '[part=price-summary]');
    } else if (this.submission.error) await focusAfterRender(this, '#failure');
  }

  /** Enter in a field places the order, like the Order subscription button. */
  protected override onEnter(): void { void this.submit(); }

  protected override render() {
    if (!this.api) return noAdapterAlert(this.loc, this.awaitingProvider);
    return html`<div class="panel">
      ${renderLoad(this.loc, this.optionsTask, msg(this.loc, 'loadFailedTitle'), () => this.renderBody(), this.options, this.kind ? ORDER_SHAPE : ['heading', 'text', 'card*3'])}
      ${discardDialog(this.loc)}
    </div>`;
  }

  private renderBody() {
    if (this.order) return renderSuccess(this, () => this.again());
    if (!this.kind) return renderKindChooser(this, (k) => this.choose(k), () => this.emit('renew-requested', {}));
    return renderOrderForm(this, { submit: () => void this.submit(), back: () => this.choose(null), startOver: () => void this.startOver() });
  }

  private again(): void {
    this.submission.reset();
    this.form.reset(emptyDraft(this.form.draft.currency));
    this.choose(null);
  }
}
