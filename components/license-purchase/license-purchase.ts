import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LicenseAdapter } from '../../src/adapter/types.js';
import { WidgetElement } from '../../src/context/widget-element.js';
import { catalogVersion, type MessageParams } from '../../src/i18n/catalog.js';
import type { LicenseQuote } from '../../src/core/quotes.js';
import { licenseResponses } from '../../src/schemas/license.js';
import { CkConfirmDialog, confirmDiscard, discardDialog } from '../../src/ui/confirm-dialog.js';
import { focusAfterRender, FormState } from '../../src/ui/controllers/form-state.js';
import { StepFlow } from '../../src/ui/controllers/step-flow.js';
import type { Quoted } from '../../src/ui/quote-memo.js';
import { CkRadioGroup } from '../../src/ui/radio-group.js';
import { CkSelectField } from '../../src/ui/select-field.js';
import { CkSteps } from '../../src/ui/steps.js';
import { CkSummaryList } from '../../src/ui/summary-list.js';
import { CkNumberField, CkTextField } from '../../src/ui/text-field.js';
import { noAdapterAlert, renderLoad } from '../../src/ui/widget-views.js';
import { widgetViewElements } from '../../src/ui/widget-view-elements.js';
import { Checkout } from './checkout.js';
import { LicenseData } from './data.js';
import type {} from './events.js'; // the event map its emits are typed by
import { licensePurchaseStyles } from './license-purchase.styles.js';
import { type LicenseMessage, msg } from './messages.js';
import { emptyDraft, hasInput, type LicenseContext, type LicenseDraft, type StepId, stepErrors, withChoice } from './model.js';
import { passedOver, STEP_IDS } from './steps.js';
import type { LicensePurchaseView } from './view.js';
import { renderFlow } from './views/flow.js';
import { doneHeading, renderSuccess } from './views/success.js';

/**
 * Buys device licenses under a contract: contract, account, product, quantity and note,
 * stock, then a preview with the dates and the price (co-termed with the account's active
 * licenses, prorated by the billing core) before buying.
 *
 * @summary Device license purchase flow.
 * @tagname license-purchase
 * @fires licenses-purchased - Licenses were created; detail `{ purchase }` with every license and its dates; if the widget was removed before the answer came, it fires on the `<channelkit-provider>` it was in (or `document`).
 * @fires account-saved - The account for the contract was saved; detail `{ contract }`.
 * @fires step-change - The user moved to another step; detail `{ step, name }`.
 * @csspart start-button - The Buy button shown while the flow is closed.
 * @csspart step-heading - The heading of the current step (from ck-steps).
 * @csspart contract-details - The products and terms of the chosen contract.
 * @csspart save-account-button - The Save account button.
 * @csspart preview - The preview summary.
 * @csspart submit-button - The Buy button of the preview.
 * @csspart success - The list of created licenses.
 * @csspart done-heading - The heading that says what happened, after buying (focus moves there).
 * @csspart error-summary - The problems that stopped Next, each a link to its field.
 * @csspart skeleton - The shapes of the view drawn while its data loads (aria-busy).
 * @cssprop --ck-skeleton-color - The loading shapes.
 * @cssprop --ck-color-primary - Actions, focus and selection.
 */
export class LicensePurchase extends WidgetElement<LicenseAdapter> implements LicensePurchaseView {
  protected static override responses = licenseResponses;
  static override styles = licensePurchaseStyles;
  static override dependencies = {
    ...widgetViewElements, 'ck-confirm-dialog': CkConfirmDialog, 'ck-number-field': CkNumberField, 'ck-radio-group': CkRadioGroup,
    'ck-select-field': CkSelectField, 'ck-steps': CkSteps, 'ck-summary-list': CkSummaryList, 'ck-text-field': CkTextField,
  };

  /** Open straight into the flow instead of showing the Buy button. */
  @property({ type: Boolean, reflect: true }) open = false;

  /**
   * Keep the unfinished purchase in sessionStorage under this key, so a reload resumes it at its
   * step (with the idempotency key of a purchase in flight). Include the signed-in user in it.
   * Unset: nothing is stored.
   */
  @property({ attribute: 'draft-key' }) draftKey: string | undefined = undefined;

  /** What the user had chosen and typed was restored from the stored draft. */
  @state() restored = false;
  /** A stored draft could not be used (wrong shape, too old): said once. */
  @state() droppedDraft = false;

  readonly form = new FormState<LicenseDraft>(this, emptyDraft(), {
    validate: (draft) => stepErrors(this.flow.current, draft, this.context, this.loc),
    keys: () => [this.flow.current, ...Object.values(this.context), this.loc, catalogVersion()],
  });
  readonly flow: StepFlow<StepId> = new StepFlow<StepId>(this, this.form, 'contract', {
    steps: () => STEP_IDS,
    errorsOf: (step) => stepErrors(step, this.form.draft, this.context, this.loc),
    passOver: (step) => passedOver(step, this.context),
  });
  readonly data = new LicenseData(this, { api: () => this.api, open: () => this.open, draft: () => this.draft, track: (t) => this.track(t) });
  readonly checkout = new Checkout(this, {
    api: () => this.api, form: this.form, flow: this.flow, data: this.data, locale: () => this.loc, today: () => this.today(), clock: () => this.now,
    open: () => this.open,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    const r = this.checkout.restore();
    if (r) ({ restored: this.restored, dropped: this.droppedDraft } = r);
    if (this.restored) this.open = true;
  }

  get draft(): LicenseDraft { return this.form.draft; }
  set draft(draft: LicenseDraft) { this.form.draft = draft; }
  /** The step shown. */
  get stepId(): StepId { return this.flow.current; }
  get context(): LicenseContext { return this.data.context; }
  /** The quote the preview shows and Buy submits, with the date it was made (null when there is none, or the core refused it). */
  get preview(): Quoted<LicenseQuote> | null { return this.checkout.preview.ok ? this.checkout.preview.value : null; }
  /** The figures the preview depends on are being loaded again. */
  get reloadingPreview(): boolean { return this.data.reloadingDetails; }

  m(key: LicenseMessage, params?: MessageParams): string { return msg(this.loc, key, params); }
  choose(path: 'contractId' | 'productId', value: unknown): void {
    this.form.clearServerErrors(path);
    this.form.draft = withChoice(this.draft, path, String(value), this.context.contracts);
    if (path === 'productId') this.checkout.productNotice = '';
  }

  /** Opens the flow (for a host's own Buy button) and moves focus to it. */
  async start(): Promise<void> {
    this.open = true;
    await this.updateComplete;
    await this.focusHeading();
  }

  /** Focus on the step's heading (or the flow's while it loads), once it is painted. */
  private focusHeading(): Promise<void> {
    const steps = this.renderRoot.querySelector<CkSteps>('ck-steps');
    return steps ? steps.focusHeading() : focusAfterRender(this, '#heading');
  }

  /** Validates the step and moves on; stays and focuses the first invalid field when it is not valid. */
  async next(): Promise<void> {
    await this.data.settled(this.flow.current);
    await this.flow.next();
  }
  /** Goes back one step, keeping every value. */
  back(): void { this.flow.back(); }

  async saveAccount(): Promise<void> {
    const { contractId, accountId } = this.draft;
    if (!accountId) return void (await this.form.attempt());
    const saved = await this.data.saveAccount(contractId, accountId);
    if (saved) {
      this.emit('account-saved', { contract: saved });
      this.announcer.say(this.m('accountSaved', { account: this.context.accounts.find((a) => a.id === accountId)?.name ?? accountId }));
    }
    else this.form.serverErrors = { ...this.form.serverErrors, ...this.data.accountSave.serverErrors };
  }

  /** Buys what the preview shows. A second call while one is in flight does nothing. */
  async buy(): Promise<void> {
    const result = await this.checkout.buy();
    await this.updateComplete;
    if (result) {
      this.emit('licenses-purchased', { purchase: result });
      await this.completed(doneHeading(this, result));
    } else if (this.checkout.failure) await focusAfterRender(this, '#failure');
  }

  /** Enter in a field moves on (Next), and on the preview buys. */
  protected override onEnter(): void {
    void (this.flow.isLast ? this.buy() : this.next());
  }

  private buyMore(): void {
    this.checkout.purchase.reset();
    this.form.reset({ ...emptyDraft(), contractId: this.draft.contractId, accountId: this.draft.accountId });
    this.flow.goTo('product');
    void this.data.detailsTask.run();
    void this.updateComplete.then(() => this.focusHeading());
  }

  private async cancel(): Promise<void> {
    if (!(await confirmDiscard(this.renderRoot, hasInput(this.draft)))) return;
    this.open = this.restored = this.droppedDraft = false;
    this.checkout.purchase.reset();
    this.data.accountSave.reset();
    this.form.reset(emptyDraft());
    this.flow.restore('contract');
    void focusAfterRender(this, '[part=start-button]');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('open') && this.open && changed.get('open') === false) void this.focusHeading();
  }

  protected override render() {
    if (!this.open) return html`<button class="btn primary" part="start-button" aria-label=${this.m('buyLabel')} @click=${() => void this.start()}>${this.m('buy')}</button>`;
    if (!this.api) return noAdapterAlert(this.loc, this.awaitingProvider);
    const done = this.checkout.purchase.state === 'done' ? this.checkout.purchase.result : null;
    return html`<div class="panel">
      <div class="head">
        <h2 id="heading" tabindex="-1">${this.m('title')}</h2>
        ${done ? nothing : html`<button class="btn link" @click=${() => void this.cancel()}>${this.m('cancel')}</button>`}
      </div>
      ${done
        ? renderSuccess(this, done, () => this.buyMore())
        : renderLoad(this.loc, this.data.contractsTask, this.m('loadFailedTitle'), () => renderFlow(this), this.context.contracts.length, ['steps', 'heading', 'text', 'choices', 'actions'])}
      ${discardDialog(this.loc)}
    </div>`;
  }
}
