import { CkCheckbox } from '../../src/ui/checkbox.js';
import { Task } from '@lit/task';
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AdapterError } from '../../src/adapter/errors.js';
import type { SubscriptionAdapter } from '../../src/adapter/types.js';
import { WidgetElement } from '../../src/context/widget-element.js';
import { catalogVersion } from '../../src/i18n/catalog.js';
import { type SeatBatchRecord, type Subscription, type SubscriptionChangeResult, type SubscriptionDetail, subscriptionResponses } from '../../src/schemas/subscription.js';
import { DraftKeeper } from '../../src/ui/controllers/draft-keeper.js';
import { focusAfterRender, FormState } from '../../src/ui/controllers/form-state.js';
import { QuoteMemo, type Quoted } from '../../src/ui/quote-memo.js';
import { CkDateField } from '../../src/ui/date-field.js';
import { CkMoneyField } from '../../src/ui/money-field.js';
import { CkRadioGroup } from '../../src/ui/radio-group.js';
import { CkSelectField } from '../../src/ui/select-field.js';
import { Submission } from '../../src/ui/submission.js';
import { CkSummaryList } from '../../src/ui/summary-list.js';
import { CkNumberField } from '../../src/ui/text-field.js';
import { noMethodAlert } from '../../src/ui/data-table.js';
import { noAdapterAlert, renderLoad } from '../../src/ui/widget-views.js';
import { widgetViewElements } from '../../src/ui/widget-view-elements.js';
import type {} from './events.js'; // the event map its emits are typed by
import { msg, type SubscriptionChangeMessage } from './messages.js';
import { CHANGE_DRAFT_VERSION, type ChangeDraft, changeDraftSchema, draftOf, hasInput, type Margin, marginOf, openRefundWindows, type Preview, previewChange, toInput, validateChange } from './model.js';
import { NegotiatedPrice } from './negotiated-price.js';
import { subscriptionChangeStyles } from './subscription-change.styles.js';
import { renderChangeForm } from './views/form.js';
import { doneHeading, renderDone } from './views/success.js';
import type { ChangeNotice, SubscriptionChangeView } from './views/view.js';

/**
 * Changes a running subscription: more or fewer user accounts, licenses or seats, another plan
 * (upgrade or downgrade), or a renewal, with a live preview from the billing core (`changeQuote`)
 * of what is charged or credited today, when the change takes effect and the next charge. A
 * widget of its own rather than a mode of <order-form>: it starts from an existing subscription,
 * not from a catalog, and every create flow's subscriptions lead here.
 *
 * @summary Change, upgrade, downgrade or renew a running subscription, with a proration preview.
 * @tagname subscription-change
 * @fires subscription-changed - The change was made or scheduled, or the subscription renewed; detail `{ result }`.
 * @fires pending-change-cancelled - A scheduled change was cancelled; detail `{ subscription }`.
 * @csspart heading - The widget's heading.
 * @csspart done-heading - The heading that says what happened (focus moves there).
 * @csspart current - The subscription as it is.
 * @csspart preview - The preview of the change.
 * @csspart refund-windows - The units added this term still refundable, each with its deadline.
 * @csspart negotiated-price - The price negotiated for this subscription, with its dates (a user allowed to see cost).
 * @csspart negotiated-save - Its Save negotiated price button.
 * @csspart submit-button - The Confirm change / Renew subscription button.
 * @csspart error-summary - The problems that stopped Confirm, each a link to its field.
 * @csspart skeleton - The shapes of the view drawn while its data loads (aria-busy).
 * @cssprop --ck-skeleton-color - The loading shapes.
 * @cssprop --ck-color-primary - Actions, focus and selection.
 * @cssprop --ck-font-family - Font.
 */
export class SubscriptionChange extends WidgetElement<SubscriptionAdapter> implements SubscriptionChangeView {
  protected static override responses = subscriptionResponses;
  /** It reads one subscription and changes it; listing is <subscription-list>'s. */
  protected static override needs = ['getSubscription', 'changeSubscription', 'cancelPendingChange'];
  static override styles = subscriptionChangeStyles;
  static override dependencies = {
    ...{ ...widgetViewElements, 'ck-number-field': CkNumberField, 'ck-radio-group': CkRadioGroup },
    ...{ 'ck-select-field': CkSelectField, 'ck-summary-list': CkSummaryList, 'ck-checkbox': CkCheckbox, 'ck-money-field': CkMoneyField, 'ck-date-field': CkDateField },
  };

  /** The subscription to change (its id in the backend). */
  @property({ attribute: 'subscription-id', reflect: true }) subscriptionId = '';
  /** What the form starts on: `change` (plan or quantity) or `renew` (where renewing is offered). */
  @property() action: 'change' | 'renew' = 'change';
  /** Keep the unfinished change in sessionStorage under this key, so a reload resumes it. Unset: nothing is stored. */
  @property({ attribute: 'draft-key' }) draftKey: string | undefined = undefined;

  /** Why the preview was made again: the backend priced it differently, or the subscription changed. */
  @state() notice: ChangeNotice = null;
  @state() restored = false;

  readonly form: FormState<ChangeDraft> = new FormState<ChangeDraft>(this, draftOf(null), {
    validate: (draft) => validateChange(draft, this.detail, this.loc, this.margin?.after?.belowCost),
    keys: () => [this.detail, this.loc, catalogVersion()],
    changed: () => (this.notice = null),
  });
  private readonly submission = new Submission<SubscriptionChangeResult>(this);
  private readonly cancelling = new Submission<Subscription>(this);
  private readonly quoted = new QuoteMemo<Preview>();
  private readonly drafts = new DraftKeeper<ChangeDraft>(this, 'subscription-change', {
    version: CHANGE_DRAFT_VERSION, schema: changeDraftSchema, clock: () => this.now, form: this.form, submission: this.submission,
    accept: (d) => d.subscriptionId === this.subscriptionId, restored: ({ draft }) => hasInput(draft, this.detail),
  });

  private readonly detailTask = this.track(
    new Task(this, {
      args: () => [this.api, this.subscriptionId] as const,
      task: async ([api, id], { signal }) => (api?.getSubscription && id ? api.getSubscription(id, signal) : null),
      onComplete: (detail) => {
        // A restored draft of this subscription stays; anything else starts from the subscription as it is.
        if (detail && this.form.draft.subscriptionId !== detail.subscription.id) this.form.reset(draftOf(detail, this.action));
        this.negotiated.load(detail);
      },
    }),
  );

  /** The price negotiated for this subscription: its form and its save (a user allowed to see cost). */
  readonly negotiated = new NegotiatedPrice(this, { api: () => this.api, detail: () => this.detail, locale: () => this.loc, reload: () => this.detailTask.run() });
  get detail(): SubscriptionDetail | null { return this.detailTask.value ?? null; }
  get busy(): boolean { return this.submission.busy || this.cancelling.busy; }
  get failure(): AdapterError | null { return [this.submission, this.cancelling].find((s) => s.state === 'failed')?.error ?? null; }
  get result(): SubscriptionChangeResult | null { return this.submission.state === 'done' ? this.submission.result : null; }
  /** The preview shown: the core's quote of the change, or why it is refused (what Confirm sends). */
  get preview(): Preview { return this.previewNow()?.quote ?? null; }
  private previewNow(): Quoted<Preview> | null { return this.quoted.get([this.form.draft, this.detail], () => this.today(), (today) => previewChange(this.form.draft, this.detail, today, this.now().toISOString())); }
  /** Units added this term still in their refund window now. */
  get refundWindows(): SeatBatchRecord[] { return openRefundWindows(this.detail, this.now()); }
  /** One period's cost, price and margin now and after the preview (a user allowed to see cost only). */
  get margin(): Margin { const p = this.preview; return marginOf(this.detail, p && 'quote' in p ? p.quote : null); }
  m(key: SubscriptionChangeMessage, params?: Record<string, string | number>): string { return msg(this.loc, key, params); }

  override connectedCallback(): void {
    super.connectedCallback();
    this.restored = this.drafts.restore()?.restored ?? false;
  }

  /** Makes the change previewed: validates first; a second call while one is in flight does nothing. */
  async submit(): Promise<void> {
    const { api, detail } = this;
    if (!detail || this.busy || !(await this.form.attempt()) || !api?.changeSubscription) return;
    const quoted = this.previewNow();
    const quote = quoted?.quote && 'quote' in quoted.quote ? quoted.quote.quote : null;
    const input = toInput(this.form.draft, detail, quote, quoted?.quotedOn ?? this.today());
    const running = this.submission.run(input, (key, signal) => api.changeSubscription(detail.subscription.id, input, key, signal));
    this.drafts.save();
    const result = await running;
    this.drafts.save();
    await this.updateComplete;
    const fields = this.submission.serverErrors;
    const code = this.submission.error?.code;
    if (result) {
      this.emit('subscription-changed', { result });
      await this.completed(doneHeading(this, result));
    } else if (code === 'quote-changed' || code === 'conflict' || code === 'refund-window-closed') {
      // Load the subscription again, preview again and say why; Confirm sends the new figures.
      this.submission.reset();
      this.quoted.clear();
      await this.detailTask.run();
      this.notice = code === 'conflict' ? 'changed-elsewhere' : code === 'refund-window-closed' ? 'refund-closed' : 'price-changed';
      await focusAfterRender(this, '[part=preview]');
    } else if (Object.keys(fields).length) {
      [this.form.serverErrors, this.submission.serverErrors] = [fields, {}];
      await this.form.focusInvalid();
    } else if (this.submission.error) await focusAfterRender(this, '#failure');
  }

  /** Cancels the scheduled change: the subscription continues as it was. */
  async cancelPending(): Promise<void> {
    const { api, detail } = this;
    if (!detail || this.busy || !api?.cancelPendingChange) return;
    const id = detail.subscription.id;
    const subscription = await this.cancelling.run({ cancel: id }, (key, signal) => api.cancelPendingChange(id, key, signal));
    if (!subscription) return void (await focusAfterRender(this, '#failure'));
    this.cancelling.reset();
    void this.detailTask.run();
    this.emit('pending-change-cancelled', { subscription });
    this.announcer.say(this.m('pendingCancelled'));
    // The button pressed is gone with the schedule: focus goes to the subscription it changed.
    await focusAfterRender(this, '#current-h');
  }

  /** Saves (or removes) the negotiated price; the preview is then made with it. */
  async saveNegotiated(remove = false): Promise<void> {
    if (!(await this.negotiated.save(remove))) return;
    this.quoted.clear();
    this.announcer.say(this.m('negotiatedSaved'));
  }

  /** Enter in a field confirms, like the button. */
  protected override onEnter(): void { void this.submit(); }

  protected override render() {
    if (!this.api) return noAdapterAlert(this.loc, this.awaitingProvider);
    if (!this.subscriptionId) return html`<ck-alert variant="info">${this.m('noSubscription')}</ck-alert>`;
    return html`<div class="panel">
      ${renderLoad(this.loc, this.detailTask, this.m('loadFailedTitle'), () => this.renderBody(), this.detail, ['heading', 'section', 'box*2', 'text', 'field*2', 'aside'])}
    </div>`;
  }

  private renderBody() {
    if (this.result) return renderDone(this, () => this.again());
    // Loaded, yet nothing: the adapter cannot read subscriptions.
    if (!this.detail) return noMethodAlert(this.loc, 'getSubscription');
    return renderChangeForm(this, { submit: () => void this.submit(), cancelPending: () => void this.cancelPending(), saveNegotiated: (remove) => void this.saveNegotiated(remove) });
  }

  private again(): void {
    this.submission.reset();
    this.quoted.clear();
    this.form.reset(draftOf(null));
    void this.detailTask.run();
  }
}
