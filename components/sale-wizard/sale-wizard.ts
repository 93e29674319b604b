import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toAdapterError } from '../../src/adapter/errors.js';
import type { SaleAdapter } from '../../src/adapter/types.js';
import { WidgetElement } from '../../src/context/widget-element.js';
import { catalogVersion, isolate, type MessageParams } from '../../src/i18n/catalog.js';
import type { BillingMethod, Distribution, Sale, SellerContext } from '../../src/schemas/sale.js';
import { saleResponses } from '../../src/schemas/sale.js';
import type { FieldErrors } from '../../src/schemas/validate.js';
import { adapterErrorMessage } from '../../src/ui/adapter-error-message.js';
import { computed } from '../../src/ui/computed.js';
import type { ComboboxOption, CkSelectDetail } from '../../src/ui/combobox.js';
import { setAtPath } from '../../src/ui/draft-path.js';
import { focusFirstInvalid } from '../../src/ui/focus.js';
import type {} from '../../src/ui/step-change.js';
import { confirmDiscard, discardDialog } from '../../src/ui/confirm-dialog.js';
import '../../src/ui/define/ck-confirm-dialog.js';
import { DraftStorage } from '../../src/ui/draft-storage.js';
import { QuoteMemo } from '../../src/ui/quote-memo.js';
import { draftChecker } from '../../src/schemas/draft.js';
import { Submission } from '../../src/ui/submission.js';
import '../../src/ui/define/ck-alert.js';
import '../../src/ui/define/ck-combobox.js';
import '../../src/ui/define/ck-date-field.js';
import '../../src/ui/define/ck-number-field.js';
import '../../src/ui/define/ck-radio-group.js';
import '../../src/ui/define/ck-select-field.js';
import '../../src/ui/define/ck-steps.js';
import '../../src/ui/define/ck-summary-list.js';
import '../../src/ui/define/ck-text-field.js';
import type {} from './events.js'; // the event map its emits are typed by
import { msg, type SaleMessage } from './messages.js';
import { emptyDraft, hasInput, saleTotal, locateServerError, SALE_DRAFT_VERSION, saleDraftSchema, parseUsers, pendingErrors, type SaleDraft, STEPS, type StepName, stepErrors, toInput } from './model.js';
import { renderAccountStep } from './views/account-step.js';
import { renderDistributionStep } from './views/distribution-step.js';
import { renderReviewStep } from './views/review-step.js';
import { renderSetupStep } from './views/setup-step.js';
import { renderSuccess } from './views/success.js';
import { saleWizardStyles } from './sale-wizard.styles.js';

const TITLES: Record<StepName, SaleMessage> = { account: 'stepAccount', distribution: 'stepDistribution', setup: 'stepSetup', review: 'stepReview' };

/**
 * Registers a per-user subscription sale in three steps and a review: the organization
 * (searched or created, with new contacts and users), the product distributions with their
 * live Sales Price, then status, dates, billing and name. Only sellers with the LTI service
 * can use it.
 *
 * @summary Subscription sale wizard.
 * @tagname sale-wizard
 * @fires sale-created - The sale was registered (status Pending Approval); detail `{ sale }`; if the widget was removed before the answer came, it fires on the `<channelkit-provider>` it was in (or `document`).
 * @fires step-change - The user moved to another step; detail `{ step, name }`.
 * @csspart step-heading - The heading of the current step (from ck-steps).
 * @csspart next-button - The Next steps button.
 * @csspart submit-button - The Create new sale button.
 * @csspart success - The registered sale.
 * @cssprop --ck-color-primary - Actions, focus and selection.
 */
export class SaleWizard extends WidgetElement<SaleAdapter> {
  protected static override responses = saleResponses;

  static override styles = saleWizardStyles;

  /** Keep the unfinished sale in sessionStorage under this key, so a reload resumes it. */
  @property({ attribute: 'draft-key' }) draftKey: string | undefined = undefined;

  @state() draft!: SaleDraft;
  @state() step: StepName = 'account';
  @state() submitted = false;
  /** The user pressed Add distribution: show the pending line's errors. */
  @state() pendingSubmitted = false;
  @state() restored = false;
  /** A stored draft could not be used (wrong shape, too old): say so once. */
  @state() droppedDraft = false;
  /** Backend field errors, by draft path, until the user edits the field. */
  @state() private serverErrors: FieldErrors = {};

  private readonly creation = new Submission<Sale>(this);
  private readonly reviewed = new QuoteMemo<string>();
  /** The current step's errors, made once per draft (every field's lookup reads them): see errorsOfStep. */
  private readonly checked = new QuoteMemo<FieldErrors>();
  private readonly drafts = new DraftStorage<SaleDraft>({
    key: () => this.draftKey && `sale-wizard:${this.draftKey}`,
    version: SALE_DRAFT_VERSION,
    check: draftChecker(saleDraftSchema),
    clock: () => this.now,
  });
  private readonly handlers = new Map<string, (e: CustomEvent<{ value: unknown }>) => void>();

  private readonly contextTask = this.track(
    new Task(this, {
      args: () => [this.api] as const,
      task: async ([api], { signal }) => {
        if (!api?.getSellerContext || !api.listDistributions) return null;
        const [seller, distributions] = await Promise.all([api.getSellerContext(signal), api.listDistributions(signal)]);
        return { seller, distributions } as { seller: SellerContext; distributions: Distribution[] };
      },
    }),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.draft) this.restore();
  }

  private restore(): void {
    this.draft = emptyDraft(this.today());
    const r = this.drafts.restoreOnce(({ draft, step, submission }) => {
      this.draft = draft;
      if (step && (STEPS as readonly string[]).includes(step)) this.step = step as StepName;
      this.creation.resume(submission);
      return hasInput(draft, this.today());
    });
    if (r) ({ restored: this.restored, dropped: this.droppedDraft } = r);
  }

  private persist(): void {
    if (this.creation.state === 'done') this.drafts.clear();
    else this.drafts.save({ draft: this.draft, step: this.step, submission: this.creation.pending() ?? undefined });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('draft') || changed.has('step')) this.persist();
  }

  get seller(): SellerContext | null {
    return this.contextTask.value?.seller ?? null;
  }
  get distributions(): Distribution[] {
    return this.contextTask.value?.distributions ?? [];
  }
  get billingMethods(): BillingMethod[] {
    return this.seller?.billingMethods ?? [];
  }

  m(key: SaleMessage, params?: MessageParams): string {
    return msg(this.loc, key, params);
  }
  err(path: string): string {
    if (this.serverErrors[path]) return this.serverErrors[path]!;
    if (path.startsWith('pending.') && this.pendingSubmitted) {
      const p = pendingErrors(this.draft, this.distributions, this.loc)[path];
      if (p) return p;
    }
    return this.errorsOfStep()[path] ?? (path === 'pending.users' ? (pendingErrors(this.draft, this.distributions, this.loc)[path] ?? '') : '');
  }

  /**
   * The errors of the step shown, validated once per draft, step, day and language: a render asks
   * for each field's error, and re-validating the whole step for each (100 contacts, 100 users)
   * made a keystroke take a quarter of a second. Drafts are replaced on every edit, never mutated.
   */
  private errorsOfStep(): FieldErrors {
    const today = this.today();
    return this.checked.get([this.step, this.draft, today, this.loc, catalogVersion()], () => today, () => stepErrors(this.step, this.draft, today, this.loc))!.quote;
  }
  on(path: string): (e: CustomEvent<{ value: unknown }>) => void {
    let h = this.handlers.get(path);
    if (!h) {
      h = (e) => this.set(path, e.detail.value);
      this.handlers.set(path, h);
    }
    return h;
  }

  private set(path: string, value: unknown): void {
    this.draft = setAtPath(this.draft, path, value);
    if (Object.keys(this.serverErrors).some((k) => k === path || k.startsWith(`${path}.`))) {
      this.serverErrors = Object.fromEntries(Object.entries(this.serverErrors).filter(([k]) => k !== path && !k.startsWith(`${path}.`)));
    }
  }

  readonly searchOrganizations = async (query: string, signal: AbortSignal): Promise<ComboboxOption[]> => {
    const api = this.api;
    if (!api?.searchOrganizations) return [];
    const kinds = { own: this.m('kindOwn'), child: this.m('kindChild'), reseller: this.m('kindReseller') };
    const orgs = await api.searchOrganizations(query, signal);
    return orgs.map((o) => ({ value: o.id, label: o.name, description: [kinds[o.kind], o.country && isolate(o.country, this.loc)].filter(Boolean).join(' · ') }));
  };

  readonly onOrganization = (e: CustomEvent<CkSelectDetail>): void => {
    const o = e.detail.option;
    this.draft = { ...this.draft, organizationId: o?.value ?? '', organizationLabel: o?.label ?? '' };
    this.set('organizationId', o?.value ?? '');
  };

  addPerson(kind: 'contacts' | 'users'): void {
    const person = kind === 'contacts' ? { firstName: '', lastName: '', email: '', phone: '' } : { firstName: '', lastName: '', email: '' };
    this.draft = { ...this.draft, [kind]: [...this.draft[kind], person] };
    const index = this.draft[kind].length - 1;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-path="${kind}.${index}.firstName"]`)?.focus());
  }

  removePerson(kind: 'contacts' | 'users', index: number): void {
    this.draft = { ...this.draft, [kind]: this.draft[kind].filter((_, i) => i !== index) };
    this.serverErrors = {};
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-action="${kind === 'contacts' ? 'add-contact' : 'add-user'}"]`)?.focus());
  }

  /** Adds the pending distribution line when it is valid; otherwise shows why and focuses it. */
  async addLine(): Promise<void> {
    this.pendingSubmitted = true;
    if (Object.keys(pendingErrors(this.draft, this.distributions, this.loc)).length) {
      await this.updateComplete;
      await focusFirstInvalid(this.renderRoot);
      return;
    }
    const users = parseUsers(this.draft.pending.users)!;
    this.draft = { ...this.draft, lines: [...this.draft.lines, { distributionId: this.draft.pending.distributionId, users }], pending: { distributionId: '', users: '1' } };
    this.pendingSubmitted = false;
    this.submitted = false;
  }

  removeLine(index: number): void {
    this.draft = { ...this.draft, lines: this.draft.lines.filter((_, i) => i !== index) };
    this.serverErrors = Object.fromEntries(Object.entries(this.serverErrors).filter(([k]) => !k.startsWith('lines.')));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-action=add-distribution]')?.focus());
  }

  /** Shows a step (review's Edit buttons use it). */
  goTo(step: StepName): void {
    if (step === this.step) return;
    this.step = step;
    this.submitted = false;
    this.pendingSubmitted = false;
    this.emit('step-change', { step: STEPS.indexOf(step), name: step });
  }

  /** Validates the step and moves to the next one; stays and focuses the first invalid field otherwise. */
  async next(): Promise<void> {
    this.submitted = true;
    if (Object.keys(this.errorsOfStep()).length) {
      await this.updateComplete;
      await focusFirstInvalid(this.renderRoot);
      return;
    }
    const next = STEPS[STEPS.indexOf(this.step) + 1];
    if (next) this.goTo(next);
  }

  /** Goes back one step, keeping every value. */
  back(): void {
    const prev = STEPS[STEPS.indexOf(this.step) - 1];
    if (prev) this.goTo(prev);
  }

  /** Creates the sale. Every step is checked first; a second call while one is in flight does nothing. */
  async create(): Promise<void> {
    const api = this.api;
    if (!api?.createSale || this.creation.busy) return;
    for (const s of STEPS) {
      if (Object.keys(stepErrors(s, this.draft, this.today(), this.loc)).length) {
        this.goTo(s);
        this.submitted = true;
        await this.updateComplete;
        await focusFirstInvalid(this.renderRoot);
        return;
      }
    }
    // The date the review was made on: the same for a retry of the same draft, even after midnight.
    const quotedOn = this.reviewed.get([this.draft], () => this.today(), (today) => today)!.quotedOn;
    // A total the core refuses (past 2^53 minor units) is not sent: the review already says why.
    const total = computed(this.loc, () => saleTotal(this.draft, this.distributions));
    if (!total.ok) return;
    const input = toInput(this.draft, quotedOn, total.value);
    const running = this.creation.run(input, (key, signal) => api.createSale(input, key, signal));
    // The key travels with the stored draft before any response can be lost.
    this.persist();
    const sale = await running;
    await this.updateComplete;
    if (sale) {
      this.persist();
      this.emit('sale-created', { sale });
      this.renderRoot.querySelector<HTMLElement>('#done-heading')?.focus();
      return;
    }
    const fields = this.creation.serverErrors;
    if (Object.keys(fields).length) {
      const located = Object.entries(fields).map(([p, message]) => ({ ...locateServerError(p), message }));
      this.serverErrors = Object.fromEntries(located.map((l) => [l.path, l.message]));
      const first = located.sort((a, b) => STEPS.indexOf(a.step) - STEPS.indexOf(b.step))[0]!;
      this.goTo(first.step);
      this.submitted = true;
      await this.updateComplete;
      await focusFirstInvalid(this.renderRoot);
      if (first.path.startsWith('lines.')) this.renderRoot.querySelector<HTMLElement>('[data-action=add-distribution]')?.focus();
    } else {
      // The backend priced it differently: load its prices so the review shows them; Create again sends them.
      if (this.creation.error?.code === 'quote-changed') {
        this.reviewed.clear();
        void this.contextTask.run();
      }
      this.renderRoot.querySelector<HTMLElement>('#failure')?.focus();
    }
  }

  /** Enter in a field moves on (Next), and on the review creates the sale. */
  protected override onEnter(): void {
    if (this.step === 'review') void this.create();
    else void this.next();
  }

  private again(): void {
    this.creation.reset();
    this.draft = emptyDraft(this.today());
    this.serverErrors = {};
    this.restored = false;
    this.goTo('account');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement & { focusHeading(): void }>('ck-steps')?.focusHeading());
  }

  private async discard(): Promise<void> {
    if (!(await confirmDiscard(this.renderRoot, hasInput(this.draft, this.today())))) return;
    this.creation.reset();
    this.draft = emptyDraft(this.today());
    this.serverErrors = {};
    this.restored = false;
    this.droppedDraft = false;
    this.drafts.clear();
    this.goTo('account');
  }

  private renderStep() {
    switch (this.step) {
      case 'account':
        return renderAccountStep(this);
      case 'distribution':
        return renderDistributionStep(this);
      case 'setup':
        return renderSetupStep(this);
      case 'review':
        return renderReviewStep(this);
    }
  }

  private renderWizard() {
    const seller = this.seller;
    if (seller && !seller.hasLtiService) {
      return html`<ck-alert variant="warning" heading=${this.m('gateTitle')} part="gate">${this.m('gateText', { organization: seller.organization.name })}</ck-alert>`;
    }
    const index = STEPS.indexOf(this.step);
    const failure = this.creation.state === 'failed' && !Object.keys(this.creation.serverErrors).length ? this.creation.error : null;
    return html`${this.droppedDraft ? html`<ck-alert variant="info">${this.m('draftDropped')}</ck-alert>` : nothing}${this.restored
        ? html`<ck-alert variant="info"
            >${this.m('restored')} <button class="btn link" @click=${() => void this.discard()}>${this.m('discard')}</button></ck-alert
          >`
        : nothing}
      <ck-steps level="3" .steps=${STEPS.map((s) => this.m(TITLES[s]))} .current=${index}>
        <div class="body">
          ${this.renderStep()}
          ${failure
            ? html`<ck-alert
                id="failure"
                tabindex="-1"
                variant="error"
                heading=${failure.kind === 'forbidden' ? this.m('forbiddenTitle') : this.m('failedTitle')}
                ?retry=${failure.retryable}
                @ck-retry=${() => void this.create()}
                >${adapterErrorMessage(failure, this.loc)} ${this.t('kit.keptValues')}</ck-alert
              >`
            : nothing}
        </div>
        <div class="actions nav">
          ${index > 0 ? html`<button class="btn" @click=${() => this.back()}>${this.m('back')}</button>` : nothing}
          <span class="spacer"></span>
          ${this.step === 'review'
            ? html`<button class="btn primary" part="submit-button" aria-disabled=${this.creation.busy ? 'true' : 'false'} @click=${() => void this.create()}>
                ${this.creation.busy ? html`<span class="spinner" aria-hidden="true"></span>${this.m('creating')}` : this.m('createSale')}
              </button>`
            : html`<button class="btn primary" part="next-button" @click=${() => void this.next()}>${this.m('nextSteps')}</button>`}
        </div>
      </ck-steps>`;
  }

  protected override render() {
    if (!this.api) return html`<ck-alert variant="error">${this.t('kit.noAdapter')}</ck-alert>`;
    const done = this.creation.state === 'done' ? this.creation.result : null;
    return html`<div class="panel">
      <h2 class="title">${this.m('title')}</h2>
      ${done
        ? renderSuccess(this, done, () => this.again())
        : this.contextTask.render({
            pending: () => (this.seller ? this.renderWizard() : html`<p class="note" role="status">${this.t('kit.loading')}</p>`),
            complete: () => this.renderWizard(),
            error: (e) =>
              html`<ck-alert variant="error" heading=${this.m('loadFailedTitle')} retry @ck-retry=${() => void this.contextTask.run()}
                >${adapterErrorMessage(toAdapterError(e), this.loc)}</ck-alert
              >`,
          })}
      ${discardDialog(this.loc)}
    </div>`;
  }
}
