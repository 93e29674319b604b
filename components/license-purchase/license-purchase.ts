import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type AdapterError, toAdapterError } from '../../src/adapter/errors.js';
import type { LicenseAdapter } from '../../src/adapter/types.js';
import { WidgetElement } from '../../src/context/widget-element.js';
import type { LicenseQuote } from '../../src/core/quotes.js';
import type { MessageParams } from '../../src/i18n/catalog.js';
import type { Account, ActiveLicenses, Contract, Product, Purchase, Stock } from '../../src/schemas/license.js';
import { licenseResponses } from '../../src/schemas/license.js';
import { adapterErrorMessage } from '../../src/ui/adapter-error-message.js';
import { computed } from '../../src/ui/computed.js';
import { focusFirstInvalid } from '../../src/ui/focus.js';
import type { KitMessageKey } from '../../src/ui/kit-messages.js';
import { confirmDiscard, discardDialog } from '../../src/ui/confirm-dialog.js';
import '../../src/ui/define/ck-confirm-dialog.js';
import { DraftStorage } from '../../src/ui/draft-storage.js';
import { QuoteMemo, type Quoted } from '../../src/ui/quote-memo.js';
import { draftChecker } from '../../src/schemas/draft.js';
import { Submission } from '../../src/ui/submission.js';
import '../../src/ui/define/ck-alert.js';
import '../../src/ui/define/ck-number-field.js';
import '../../src/ui/define/ck-radio-group.js';
import '../../src/ui/define/ck-select-field.js';
import '../../src/ui/define/ck-steps.js';
import '../../src/ui/define/ck-summary-list.js';
import '../../src/ui/define/ck-text-field.js';
import type {} from '../../src/ui/step-change.js';
import type {} from './events.js'; // the event map its emits are typed by
import { type LicenseMessage, msg } from './messages.js';
import { contractOf, emptyDraft, LICENSE_DRAFT_VERSION, licenseDraftSchema, STEP_IDS, type LicenseContext, type LicenseDraft, quote, type StepId, stepErrors, stepsFor, stockStepNeeded, toInput } from './model.js';
import { renderAccountStep, renderContractStep, renderPreviewStep, renderProductStep, renderQuantityStep, renderStockStep } from './views/steps.js';
import { renderSuccess } from './views/success.js';
import { licensePurchaseStyles } from './license-purchase.styles.js';

const STEP_TITLES: Record<StepId, LicenseMessage> = {
  contract: 'stepContract',
  account: 'stepAccount',
  product: 'stepProduct',
  quantity: 'stepQuantity',
  stock: 'stepStock',
  preview: 'stepPreview',
};

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
 * @cssprop --ck-color-primary - Actions, focus and selection.
 */
export class LicensePurchase extends WidgetElement<LicenseAdapter> {
  protected static override responses = licenseResponses;

  static override styles = licensePurchaseStyles;

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

  private readonly drafts = new DraftStorage<LicenseDraft>({
    key: () => this.draftKey && `license-purchase:${this.draftKey}`,
    version: LICENSE_DRAFT_VERSION,
    check: draftChecker(licenseDraftSchema),
    clock: () => this.now,
  });
  override connectedCallback(): void {
    super.connectedCallback();
    const r = this.drafts.restoreOnce(({ draft, step, submission }) => {
      this.draft = draft;
      if (step && (STEP_IDS as readonly string[]).includes(step)) this.stepId = step as StepId;
      this.purchase.resume(submission);
      return JSON.stringify(draft) !== JSON.stringify(emptyDraft());
    });
    if (!r) return;
    ({ restored: this.restored, dropped: this.droppedDraft } = r);
    if (this.restored) this.open = true;
  }

  private persist(): void {
    if (this.purchase.state === 'done' || !this.open) this.drafts.clear();
    else this.drafts.save({ draft: this.draft, step: this.stepId, submission: this.purchase.pending() ?? undefined });
  }

  @state() draft: LicenseDraft = emptyDraft();
  @state() stepId: StepId = 'contract';
  @state() submitted = false;
  @state() contracts: Contract[] = [];
  @state() accounts: Account[] = [];
  @state() products: Product[] | null = null;
  @state() stock: Stock | null = null;
  @state() active: ActiveLicenses | null = null;
  /** Explains why the user is back on the product step. */
  @state() productNotice = '';
  /** Explains why the preview changed. */
  @state() previewNotice = '';

  private readonly purchase = new Submission<Purchase>(this);
  private readonly accountSave = new Submission<Contract>(this);
  private readonly handlers = new Map<string, (e: CustomEvent<{ value: unknown }>) => void>();

  private readonly contractsTask = this.track(
    new Task(this, {
      args: () => [this.api, this.open] as const,
      task: async ([api, open], { signal }) => {
        if (!open || !api?.listContracts || !api.listAccounts) return null;
        const [contracts, accounts] = await Promise.all([api.listContracts(signal), api.listAccounts(signal)]);
        this.contracts = contracts;
        this.accounts = accounts;
        return true;
      },
    }),
  );

  private readonly productsTask = this.track(
    new Task(this, {
      args: () => [this.api, this.open ? this.draft.contractId : ''] as const,
      task: async ([api, contractId], { signal }) => {
        this.products = null;
        if (!contractId || !api?.listContractProducts) return null;
        this.products = await api.listContractProducts(contractId, signal);
        return true;
      },
    }),
  );

  private readonly detailsTask = this.track(
    new Task(this, {
      args: () => [this.api, this.draft.contractId, this.draft.productId, contractOf(this.draft, this.context)?.accountId ?? ''] as const,
      task: async ([api, contractId, productId, accountId], { signal }) => {
        this.stock = null;
        this.active = null;
        if (!contractId || !productId || !accountId || !api?.getStock || !api.getActiveLicenses) return null;
        const [stock, active] = await Promise.all([api.getStock(contractId, productId, signal), api.getActiveLicenses(accountId, productId, signal)]);
        this.stock = stock;
        this.active = active;
        return true;
      },
    }),
  );

  /** Opens the flow (for a host's own Buy button) and moves focus to it. */
  async start(): Promise<void> {
    this.open = true;
    await this.updateComplete;
    this.focusHeading();
  }

  private readonly previewed = new QuoteMemo<LicenseQuote>();

  /**
   * The quote the preview shows and Buy submits, with the date it was made: a preview left
   * open over midnight still submits the price it shows.
   */
  get preview(): Quoted<LicenseQuote> | null {
    return this.previewed.get([this.draft, this.contracts, this.products, this.stock, this.active], () => this.today(), (today) => quote(this.draft, this.context, today));
  }

  get context(): LicenseContext {
    return { contracts: this.contracts, accounts: this.accounts, products: this.products, stock: this.stock, active: this.active };
  }
  get steps(): StepId[] {
    return stepsFor(this.context);
  }
  /** The figures the preview depends on are being loaded again. */
  get reloadingPreview(): boolean {
    return this.detailsTask.status === TaskStatus.PENDING;
  }
  get savingAccount(): boolean {
    return this.accountSave.busy;
  }
  get accountFailure(): AdapterError | null {
    return this.accountSave.state === 'failed' ? this.accountSave.error : null;
  }

  m(key: LicenseMessage, params?: MessageParams): string {
    return msg(this.loc, key, params);
  }
  kit(key: KitMessageKey): string {
    return this.t(key);
  }
  err(path: string): string {
    return this.purchase.serverErrors[path] ?? this.accountSave.serverErrors[path] ?? stepErrors(this.stepId, this.draft, this.context, this.loc)[path] ?? '';
  }
  on(path: keyof LicenseDraft): (e: CustomEvent<{ value: unknown }>) => void {
    let h = this.handlers.get(path);
    if (!h) {
      h = (e) => {
        const value = String(e.detail.value);
        const next: LicenseDraft = { ...this.draft, [path]: value };
        if (path === 'contractId') {
          next.accountId = this.contracts.find((c) => c.id === value)?.accountId ?? '';
          next.productId = '';
          next.stockChoice = '';
        }
        if (path === 'productId') next.stockChoice = '';
        this.draft = next;
        this.purchase.edited(path);
        this.accountSave.edited(path);
        if (path === 'productId') this.productNotice = '';
      };
      this.handlers.set(path, h);
    }
    return h;
  }

  private focusHeading(): void {
    const steps = this.renderRoot.querySelector<HTMLElement & { focusHeading(): void }>('ck-steps');
    if (steps) steps.focusHeading();
    else this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
  }

  private goTo(id: StepId): void {
    if (id === this.stepId) return;
    this.stepId = id;
    this.submitted = false;
    const steps = this.steps;
    this.emit('step-change', { step: steps.indexOf(id), name: id });
  }

  /** Validates the step and moves on; stays and focuses the first invalid field when it is not valid. */
  async next(): Promise<void> {
    // Loads start in the update after a choice: let it run before waiting for them.
    await this.updateComplete;
    if (this.stepId === 'product') await this.productsTask.taskComplete.catch(() => undefined);
    if (this.stepId === 'quantity') await this.detailsTask.taskComplete.catch(() => undefined);
    this.submitted = true;
    if (Object.keys(stepErrors(this.stepId, this.draft, this.context, this.loc)).length) {
      await this.updateComplete;
      await focusFirstInvalid(this.renderRoot);
      return;
    }
    const next = this.stepAfter(this.stepId, 1);
    if (next) this.goTo(next);
  }

  /** The step `dir` steps away, passing over the stock step when there is no stock to use. */
  private stepAfter(from: StepId, dir: 1 | -1): StepId | undefined {
    const steps = this.steps;
    let i = steps.indexOf(from) + dir;
    if (steps[i] === 'stock' && !stockStepNeeded(this.context)) i += dir;
    return steps[i];
  }

  /** Goes back one step, keeping every value. */
  back(): void {
    const prev = this.stepAfter(this.stepId, -1);
    if (prev) this.goTo(prev);
  }

  async saveAccount(): Promise<void> {
    const api = this.api;
    const { contractId, accountId } = this.draft;
    if (!api?.saveContractAccount || this.accountSave.busy) return;
    if (!accountId) {
      this.submitted = true;
      await this.updateComplete;
      await focusFirstInvalid(this.renderRoot);
      return;
    }
    const saved = await this.accountSave.run({ contractId, accountId }, (key, signal) => api.saveContractAccount(contractId, accountId, key, signal));
    if (saved) {
      this.contracts = this.contracts.map((c) => (c.id === saved.id ? saved : c));
      this.emit('account-saved', { contract: saved });
    } else if (this.accountSave.error && !this.accountSave.error.retryable) {
      void this.contractsTask.run();
    }
  }

  /** Buys what the preview shows. A second call while one is in flight does nothing. */
  async buy(): Promise<void> {
    const api = this.api;
    // A quote the core refuses (a price times the quantity past 2^53) is not bought: the preview says why.
    const previewed = computed(this.loc, () => this.preview);
    const p = previewed.ok ? previewed.value : null;
    // While stock and active licenses reload (after a 409), the preview is not final yet.
    if (!api?.purchaseLicenses || !p || this.purchase.busy || this.reloadingPreview) return;
    const input = toInput(this.draft, p.quote, p.quotedOn);
    this.previewNotice = '';
    const running = this.purchase.run(input, (key, signal) => api.purchaseLicenses(input, key, signal));
    // The key travels with the stored draft before any answer can be lost.
    this.persist();
    const result = await running;
    this.persist();
    await this.updateComplete;
    if (result) {
      this.emit('licenses-purchased', { purchase: result });
      this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
      return;
    }
    const error = this.purchase.error;
    if (!error) return;
    const fields = Object.keys(this.purchase.serverErrors);
    if (fields.length) {
      // A 422: show each message next to its field, on the step that holds it.
      const stepOf: Record<string, StepId> = { contractId: 'contract', accountId: 'account', productId: 'product', quantity: 'quantity', note: 'quantity' };
      const order: StepId[] = ['contract', 'account', 'product', 'quantity'];
      const step = fields.map((f) => (Object.hasOwn(stepOf, f) ? stepOf[f]! : 'quantity')).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0]!;
      this.goTo(step);
      this.submitted = true;
      await this.updateComplete;
      await focusFirstInvalid(this.renderRoot);
    } else if (error.code === 'product-not-in-contract') {
      this.productNotice = msg(this.loc, 'productGone');
      this.purchase.reset();
      void this.productsTask.run();
      this.goTo('product');
    } else if (error.code === 'quote-changed') {
      this.purchase.reset();
      this.previewed.clear();
      this.previewNotice = msg(this.loc, 'quoteChanged');
      void this.detailsTask.run();
    } else if (!error.retryable) {
      void this.contractsTask.run();
      this.renderRoot.querySelector<HTMLElement>('#failure')?.focus();
    } else {
      this.renderRoot.querySelector<HTMLElement>('#failure')?.focus();
    }
  }

  /** Enter in a field moves on (Next), and on the preview buys. */
  protected override onEnter(): void {
    if (this.stepId === 'preview') void this.buy();
    else void this.next();
  }

  private buyMore(): void {
    this.purchase.reset();
    this.draft = { ...emptyDraft(), contractId: this.draft.contractId, accountId: this.draft.accountId };
    this.goTo('product');
    void this.detailsTask.run();
    void this.updateComplete.then(() => this.focusHeading());
  }

  private async cancel(): Promise<void> {
    if (!(await confirmDiscard(this.renderRoot, JSON.stringify(this.draft) !== JSON.stringify(emptyDraft())))) return;
    this.open = false;
    this.restored = false;
    this.droppedDraft = false;
    this.purchase.reset();
    this.accountSave.reset();
    this.draft = emptyDraft();
    this.stepId = 'contract';
    this.submitted = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=start-button]')?.focus());
  }

  /** An error with what happened, that nothing was lost, and the way on. */
  renderFailure(error: AdapterError, title: string, retry: () => void): TemplateResult {
    const refused = !error.retryable;
    return html`<ck-alert id="failure" tabindex="-1" variant="error" heading=${title} ?retry=${error.retryable} @ck-retry=${retry}>
      ${adapterErrorMessage(error, this.loc)} ${refused ? this.m('choicesKept') : this.t('kit.keptValues')}
      ${refused && (error.kind === 'forbidden' || error.code === 'contract-inactive')
        ? html`<div><button class="btn link" @click=${() => this.goTo('contract')}>${this.m('contractChanged')}</button></div>`
        : nothing}
    </ck-alert>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('open') && this.open && changed.get('open') === false) this.focusHeading();
    if (changed.has('draft') || changed.has('stepId') || changed.has('open')) this.persist();
  }

  private renderStep(): TemplateResult | typeof nothing {
    switch (this.stepId) {
      case 'contract':
        return renderContractStep(this);
      case 'account':
        return renderAccountStep(this);
      case 'product':
        return renderProductStep(this);
      case 'quantity':
        return renderQuantityStep(this);
      case 'stock':
        return renderStockStep(this);
      case 'preview':
        return renderPreviewStep(this);
    }
  }

  private renderFlow() {
    const steps = this.steps;
    const index = steps.indexOf(this.stepId);
    const last = this.stepId === 'preview';
    const failure = this.purchase.state === 'failed' && !Object.keys(this.purchase.serverErrors).length ? this.purchase.error : null;
    const noContract = this.stepId === 'contract' && !this.contracts.some((c) => c.status === 'active' && c.canCreateLicenses);
    // Once the stock is known to be empty, its step says it is passed over.
    const noStock = this.stock !== null && !stockStepNeeded(this.context);
    return html`${this.droppedDraft ? html`<ck-alert variant="info">${this.m('draftDropped')}</ck-alert>` : nothing}
      ${this.restored ? html`<ck-alert variant="info">${this.m('draftRestored')}</ck-alert>` : nothing}
      <ck-steps level="3" .steps=${steps.map((s) => this.m(s === 'stock' && noStock ? 'stepStockNone' : STEP_TITLES[s]))} .current=${index}>
      <div class="body">${this.renderStep()} ${last && failure ? this.renderFailure(failure, this.m('failedTitle'), () => void this.buy()) : nothing}</div>
      <div class="actions nav">
        ${index > 0 ? html`<button class="btn" @click=${() => this.back()}>${this.m('back')}</button>` : nothing}
        <span class="spacer"></span>
        ${last
          ? html`<button class="btn primary" part="submit-button" aria-disabled=${this.purchase.busy || this.reloadingPreview ? 'true' : 'false'} @click=${() => void this.buy()}>
              ${this.purchase.busy ? html`<span class="spinner" aria-hidden="true"></span>${this.m('buying')}` : this.m('buyNow')}
            </button>`
          : noContract
            ? nothing
            : html`<button class="btn primary" part="next-button" @click=${() => void this.next()}>${this.m('next')}</button>`}
      </div>
    </ck-steps>`;
  }

  protected override render() {
    if (!this.open) {
      return html`<button class="btn primary" part="start-button" aria-label=${this.m('buyLabel')} @click=${() => void this.start()}>${this.m('buy')}</button>`;
    }
    if (!this.api) return html`<ck-alert variant="error">${this.t('kit.noAdapter')}</ck-alert>`;
    const done = this.purchase.state === 'done' ? this.purchase.result : null;
    return html`<div class="panel">
      <div class="head">
        <h2 id="heading" tabindex="-1">${this.m('title')}</h2>
        ${done ? nothing : html`<button class="btn link" @click=${() => void this.cancel()}>${this.m('cancel')}</button>`}
      </div>
      ${done
        ? renderSuccess(this, done, () => this.buyMore())
        : this.contractsTask.render({
            initial: () => html`<p class="note" role="status">${this.t('kit.loading')}</p>`,
            pending: () => (this.contracts.length ? this.renderFlow() : html`<p class="note" role="status">${this.t('kit.loading')}</p>`),
            complete: () => this.renderFlow(),
            error: (e) =>
              html`<ck-alert variant="error" heading=${this.m('loadFailedTitle')} retry @ck-retry=${() => void this.contractsTask.run()}
                >${adapterErrorMessage(toAdapterError(e), this.loc)}</ck-alert
              >`,
          })}
      ${discardDialog(this.loc)}
    </div>`;
  }
}
