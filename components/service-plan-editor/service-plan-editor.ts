import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { toAdapterError } from '../../src/adapter/errors.js';
import type { PlanAdapter } from '../../src/adapter/types.js';
import { WidgetElement } from '../../src/context/widget-element.js';
import type { ChargeSchedule } from '../../src/core/schedule.js';
import { catalogVersion, type MessageParams } from '../../src/i18n/catalog.js';
import { tv } from '../../src/i18n/validation-messages.js';
import type { FeeType, PlanContext, ServicePlan } from '../../src/schemas/plan.js';
import { planResponses } from '../../src/schemas/plan.js';
import type { FieldErrors } from '../../src/schemas/validate.js';
import { adapterErrorMessage } from '../../src/ui/adapter-error-message.js';
import type { CkConfirmDialog } from '../../src/ui/confirm-dialog.js';
import { setAtPath } from '../../src/ui/draft-path.js';
import { focusFirstInvalid } from '../../src/ui/focus.js';
import { DraftStorage } from '../../src/ui/draft-storage.js';
import { Submission } from '../../src/ui/submission.js';
import { draftChecker } from '../../src/schemas/draft.js';
import '../../src/ui/define/ck-alert.js';
import '../../src/ui/define/ck-checkbox.js';
import '../../src/ui/define/ck-confirm-dialog.js';
import '../../src/ui/define/ck-date-field.js';
import '../../src/ui/define/ck-money-field.js';
import '../../src/ui/define/ck-number-field.js';
import '../../src/ui/define/ck-select-field.js';
import '../../src/ui/define/ck-text-field.js';
import '../../src/ui/define/ck-toggle.js';
import { languageName } from '../../src/ui/language-name.js';
import type {} from './events.js'; // the event map its emits are typed by
import { msg, type PlanMessage } from './messages.js';
import {
  defaultPreview,
  draftFromPlan,
  emptyDraft,
  nameWarning,
  newPeriod,
  newResource,
  planErrors,
  type PlanDraft,
  type PreviewDraft,
  previewSchedule,
  toPlan,
  PLAN_DRAFT_VERSION,
  planDraftSchema,
} from './model.js';
import { renderGeneral } from './views/general.js';
import { renderPeriods } from './views/periods.js';
import { renderPreview } from './views/preview.js';
import { renderResources } from './views/resources.js';
import { servicePlanEditorStyles } from './service-plan-editor.styles.js';

/**
 * Defines a product's service plan: name, Active, description per language, billing type, SKU,
 * plan periods and resources with fees per currency, and a live preview of the charges from the
 * billing core. Without `plan-id` it creates a plan; with it, it edits that plan.
 *
 * @summary Service plan editor with live charge preview.
 * @tagname service-plan-editor
 * @fires plan-saved - The plan was saved; detail `{ plan }`; if the widget was removed before the answer came, it fires on the `<channelkit-provider>` it was in (or `document`).
 * @fires plan-copied - The plan was copied (the editor then edits the copy); detail `{ plan, sourceId }`; if the widget was removed before the answer came, it fires on the `<channelkit-provider>` it was in (or `document`).
 * @fires plan-change - The user edited the plan; detail `{ draft, dirty }`.
 * @csspart price-summary - The live preview.
 * @csspart submit-button - The Save button.
 * @csspart copy-button - The Copy service plan button.
 * @csspart error-summary - The list of errors after a failed save.
 * @cssprop --ck-color-primary - Actions, focus and selection.
 */
export class ServicePlanEditor extends WidgetElement<PlanAdapter> {
  protected static override responses = planResponses;

  static override styles = servicePlanEditorStyles;

  /** The product the plan belongs to. */
  @property({ attribute: 'product-id' }) productId = '';
  /** The plan to edit; without it the editor creates a new plan. */
  @property({ attribute: 'plan-id' }) planId = '';
  /** A plan to edit, set directly instead of loading it by `plan-id`. */
  @property({ attribute: false }) plan: ServicePlan | undefined = undefined;
  /** Show the plan without editing (for distributors). */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /**
   * Keep unsaved edits in sessionStorage under this key, so a reload of the same plan resumes
   * them (with the idempotency key of a save in flight). Include the signed-in user in it.
   * Unset: nothing is stored.
   */
  @property({ attribute: 'draft-key' }) draftKey: string | undefined = undefined;

  /** Unsaved edits were restored from the stored draft. */
  @state() restored = false;
  /** A stored draft could not be used (wrong shape, too old, another plan): said once. */
  @state() droppedDraft = false;

  private readonly drafts = new DraftStorage<PlanDraft>({
    key: () => this.draftKey && `service-plan-editor:${this.draftKey}`,
    version: PLAN_DRAFT_VERSION,
    check: draftChecker(planDraftSchema) as (raw: unknown) => PlanDraft | null,
    clock: () => this.now,
  });
  private draftLoaded = false;

  /** After a load: the stored edits of this same plan, if any, replace the loaded draft. */
  private restoreDraft(): void {
    if (this.draftLoaded || this.readonly) return;
    this.draftLoaded = true;
    const r = this.drafts.load();
    if (r.kind === 'dropped') this.droppedDraft = true;
    if (r.kind !== 'restored') return;
    const { draft, submission } = r.saved;
    if (draft.id !== this.draft.id || draft.productId !== this.draft.productId) {
      this.droppedDraft = true;
      this.drafts.clear();
      return;
    }
    this.draft = draft;
    this.saving.resume(submission);
    this.restored = this.dirty;
  }

  private persist(): void {
    if (!this.draftLoaded) return;
    if (this.dirty) this.drafts.save({ draft: this.draft, submission: this.saving.pending() ?? undefined });
    else this.drafts.clear();
  }

  @state() draft: PlanDraft = emptyDraft('', null);
  @state() preview: PreviewDraft = defaultPreview(null, '');
  @state() submitted = false;
  @state() descriptionTab = 'en';
  @state() resourceToAdd = '';
  @state() copyName = '';
  /** The copy dialog is open over unsaved edits: they are saved before the copy. */
  @state() copyUnsaved = false;
  @state() notice: { title: string; text: string } | null = null;
  /** The draft as last loaded or saved, to show unsaved changes. */
  @state() private baseline = '';

  private readonly saving = new Submission<ServicePlan>(this);
  private readonly copying = new Submission<ServicePlan>(this);
  private readonly handlers = new Map<string, (e: CustomEvent<{ value: unknown }>) => void>();
  private cachedErrors: { draft: PlanDraft; ctx: PlanContext | null; loc: string; version: number; errors: FieldErrors } | null = null;

  private readonly loadTask = this.track(
    new Task(this, {
      args: () => [this.api, this.productId, this.planId, this.plan] as const,
      task: async ([api, productId, planId, plan], { signal }) => {
        if (!api?.getPlanContext) return null;
        const pid = plan?.productId || productId;
        const ctx = await api.getPlanContext(pid, signal);
        const source = plan ?? (planId && api.getPlan ? await api.getPlan(planId, signal) : null);
        this.draft = source ? draftFromPlan(source, ctx) : emptyDraft(pid, ctx);
        this.preview = defaultPreview(ctx, this.today(), this.localeSettings.currency);
        this.baseline = JSON.stringify(this.draft);
        this.saving.reset();
        this.submitted = false;
        this.restoreDraft();
        return ctx;
      },
    }),
  );

  get context(): PlanContext | null {
    return this.loadTask.value ?? null;
  }
  get currencies(): string[] {
    return this.context?.currencies ?? [];
  }
  /** Whether the plan was saved before (deprecated types stay offered only then). */
  get planExisted(): boolean {
    return !!this.draft.id;
  }
  private dirtyFor: { draft: PlanDraft; baseline: string; dirty: boolean } | null = null;
  get dirty(): boolean {
    const c = this.dirtyFor;
    if (c && c.draft === this.draft && c.baseline === this.baseline) return c.dirty;
    const dirty = JSON.stringify(this.draft) !== this.baseline;
    this.dirtyFor = { draft: this.draft, baseline: this.baseline, dirty };
    return dirty;
  }

  private signatures: { errors: FieldErrors; server: FieldErrors; byPrefix: Map<string, string> } | null = null;
  /** A string that changes when any message under `prefix` ("resources.3") changes: lets views skip unchanged blocks. */
  errorSignature(prefix: string): string {
    const errors = this.errors;
    const server = this.saving.serverErrors;
    if (!this.signatures || this.signatures.errors !== errors || this.signatures.server !== server) {
      const byPrefix = new Map<string, string>();
      for (const [k, v] of [...Object.entries(errors), ...Object.entries(server)]) {
        const p = k.split('.').slice(0, 2).join('.');
        byPrefix.set(p, `${byPrefix.get(p) ?? ''}${k}=${v};`);
      }
      this.signatures = { errors, server, byPrefix };
    }
    return this.signatures.byPrefix.get(prefix) ?? '';
  }
  get errors(): FieldErrors {
    const c = this.cachedErrors;
    const version = catalogVersion();
    if (c && c.draft === this.draft && c.ctx === this.context && c.loc === this.loc && c.version === version) return c.errors;
    const errors = planErrors(this.draft, this.context, this.loc, !this.draft.id);
    this.cachedErrors = { draft: this.draft, ctx: this.context, loc: this.loc, version, errors };
    return errors;
  }
  get nameWarning(): string {
    return nameWarning(this.draft, this.context, this.loc);
  }
  get schedule(): ChargeSchedule | null {
    return previewSchedule(this.draft, this.preview, this.loc);
  }

  m(key: PlanMessage, params?: MessageParams): string {
    return msg(this.loc, key, params);
  }
  resourceInfo(id: string) {
    return this.context?.resources.find((r) => r.id === id);
  }
  err(path: string): string {
    return this.saving.serverErrors[path] ?? this.errors[path] ?? '';
  }

  on(path: string): (e: CustomEvent<{ value: unknown }>) => void {
    let h = this.handlers.get(path);
    if (!h) {
      h = (e) => this.edit(setAtPath(this.draft, path, e.detail.value), path);
      this.handlers.set(path, h);
    }
    return h;
  }

  onPreview(path: string): (e: CustomEvent<{ value: unknown }>) => void {
    const key = `preview:${path}`;
    let h = this.handlers.get(key);
    if (!h) {
      h = (e) => (this.preview = setAtPath(this.preview, path, e.detail.value));
      this.handlers.set(key, h);
    }
    return h;
  }

  private edit(next: PlanDraft, path: string): void {
    this.draft = next;
    this.saving.edited(path);
    this.notice = null;
    this.emit('plan-change', { draft: next, dirty: this.dirty });
  }

  /** Turning Active off on a saved plan asks first: its subscriptions cannot be renewed. */
  readonly onActive = async (e: CustomEvent<{ value: boolean }>): Promise<void> => {
    const toggle = e.target as HTMLElement & { value: boolean };
    if (!e.detail.value && this.draft.id) {
      toggle.value = true;
      const ok = await this.renderRoot.querySelector<CkConfirmDialog>('#deactivate')!.ask();
      if (!ok) return;
    }
    this.edit({ ...this.draft, active: e.detail.value }, 'active');
  };

  selectTab(lang: string): void {
    this.descriptionTab = lang;
  }

  readonly onTabKey = (e: KeyboardEvent): void => {
    const langs = Object.keys(this.draft.description);
    const i = langs.indexOf(this.descriptionTab);
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: langs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const lang = langs[(to + langs.length) % langs.length]!;
    this.descriptionTab = lang;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${lang}`)?.focus());
  };

  addPeriod(): void {
    this.edit({ ...this.draft, periods: [...this.draft.periods, newPeriod(this.currencies)] }, 'periods');
    const n = this.draft.periods.length - 1;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-path="periods.${n}.duration.quantity"]`)?.focus());
  }

  removePeriod(i: number): void {
    this.edit({ ...this.draft, periods: this.draft.periods.filter((_, k) => k !== i) }, 'periods');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-action=add-period]')?.focus());
  }

  addResource(): void {
    const id = this.resourceToAdd;
    if (!id) {
      this.renderRoot.querySelector<HTMLElement>('[data-path=resourceToAdd]')?.focus();
      return;
    }
    const r = newResource(id);
    r.fees = { recurring: Object.fromEntries(this.currencies.map((c) => [c, ''])) };
    this.resourceToAdd = '';
    this.edit({ ...this.draft, resources: [...this.draft.resources, r] }, 'resources');
    const n = this.draft.resources.length - 1;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-path="resources.${n}.included"]`)?.focus());
  }

  removeResource(i: number): void {
    this.edit({ ...this.draft, resources: this.draft.resources.filter((_, k) => k !== i) }, 'resources');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-path=resourceToAdd], [data-action=add-period]')?.focus());
  }

  toggleFee(i: number, type: FeeType, on: boolean): void {
    const r = this.draft.resources[i]!;
    const fees = { ...r.fees };
    if (on) fees[type] = fees[type] ?? Object.fromEntries(this.currencies.map((c) => [c, '']));
    else delete fees[type];
    this.edit(setAtPath(this.draft, `resources.${i}.fees`, fees), `resources.${i}.fees`);
  }

  /**
   * After a 409 `conflict` (someone saved the plan since it was loaded): load their version (the
   * user's edits are dropped only on this explicit choice), or keep the user's edits and save
   * them over the newer version.
   */
  async resolveConflict(choice: 'theirs' | 'mine'): Promise<void> {
    const api = this.api;
    const id = this.draft.id;
    if (!api?.getPlan || !id) return;
    let latest: ServicePlan;
    try {
      latest = await api.getPlan(id, new AbortController().signal);
    } catch {
      this.renderRoot.querySelector<HTMLElement>('#failure')?.focus();
      return;
    }
    this.saving.reset();
    if (choice === 'theirs') {
      this.draft = draftFromPlan(latest, this.context);
      this.baseline = JSON.stringify(this.draft);
      this.notice = { title: this.m('reloadedTitle'), text: latest.name };
      return;
    }
    this.draft = { ...this.draft, etag: latest.etag };
    await this.save();
  }

  /** Enter in a field saves the plan, like the Save button. */
  protected override onEnter(): void {
    if (!this.readonly) void this.save();
  }

  /** Checks every rule, then saves once (a second call while saving does nothing). */
  async save(): Promise<void> {
    const api = this.api;
    if (!api?.savePlan || this.saving.busy || this.readonly) return;
    this.submitted = true;
    this.notice = null;
    if (Object.keys(this.errors).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part=error-summary]')?.focus();
      await focusFirstInvalid(this.renderRoot);
      return;
    }
    const { plan } = toPlan(this.draft, this.loc);
    const running = this.saving.run(plan, (key, signal) => api.savePlan(plan, key, signal));
    // The key travels with the stored draft before any answer can be lost.
    this.persist();
    const saved = await running;
    await this.updateComplete;
    if (saved) {
      // The id goes on the draft, not on plan-id: changing plan-id would load the plan again.
      this.draft = { ...this.draft, id: saved.id, etag: saved.etag };
      this.baseline = JSON.stringify(this.draft);
      this.submitted = false;
      this.notice = { title: this.m('savedTitle'), text: saved.name };
      this.emit('plan-saved', { plan: saved });
    } else if (Object.keys(this.saving.serverErrors).length) {
      await focusFirstInvalid(this.renderRoot);
    } else {
      this.renderRoot.querySelector<HTMLElement>('#failure')?.focus();
    }
  }

  /**
   * Asks for the copy's name ("Copy of <name>") and copies the plan with its periods and
   * resources; unsaved edits are saved first (the dialog says so), never dropped.
   */
  async copy(): Promise<void> {
    const api = this.api;
    const sourceId = this.draft.id;
    if (!api?.copyPlan || !sourceId || this.copying.busy) return;
    // A name, not a sentence: without the bidi isolates a message puts around its parameters.
    this.copyName = this.m('copyOf', { name: this.draft.name }).replace(/[\u2068\u2069]/g, '');
    // Unsaved edits are never dropped: the dialog says they are saved first, then copied.
    this.copyUnsaved = this.dirty;
    const ok = await this.renderRoot.querySelector<CkConfirmDialog>('#copy-dialog')!.ask();
    const name = this.copyName.trim();
    if (!ok || !name) return;
    if (this.copyUnsaved) {
      await this.save();
      if (this.dirty) return; // not saved: the errors or the failure are on screen, nothing copied
    }
    const plan = await this.copying.run({ sourceId, name }, (key, signal) => api.copyPlan(sourceId, name, key, signal));
    if (!plan) return;
    this.emit('plan-copied', { plan, sourceId });
    this.plan = plan;
    this.planId = plan.id ?? '';
    // The load of the copy starts in the next update; wait for that update, then for the load.
    await this.updateComplete;
    await this.loadTask.taskComplete.catch(() => undefined);
    this.notice = { title: this.m('copiedTitle'), text: this.m('copiedText', { name: plan.name }) };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('draft') || (changed as Map<PropertyKey, unknown>).has('baseline')) this.persist();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!Object.keys(this.draft.description).includes(this.descriptionTab)) this.descriptionTab = 'en';
  }

  /** Focuses the control of a path, switching the description tab when needed. */
  private async focusPath(path: string): Promise<void> {
    const lang = /^description\.(.+)$/.exec(path)?.[1];
    if (lang) {
      this.descriptionTab = lang;
      await this.updateComplete;
    }
    this.renderRoot.querySelector<HTMLElement>(`[data-path="${path}"]`)?.focus();
  }

  /** The name of the field at a path, for the error summary ("Period 2 · Quantity"). */
  pathLabel(path: string): string {
    const parts = path.split('.');
    if (parts[0] === 'description') return this.m('descriptionIn', { language: languageName(this.loc, parts[1] ?? 'en') });
    if (parts[0] === 'periods' && parts[1] !== undefined) {
      const n = Number(parts[1]) + 1;
      const field = parts[2] === 'fees' ? this.m('feeIn', { fee: this.m('periodFees'), currency: parts[3] ?? '' }) : parts[2] === 'endless' || parts[2] === 'trial' ? this.m(parts[2]) : this.m('quantity');
      return `${this.m('period', { n })} · ${field}`;
    }
    if (parts[0] === 'resources' && parts[1] !== undefined) {
      const r = this.draft.resources[Number(parts[1])];
      const name = (r && this.resourceInfo(r.resourceId)?.name) ?? this.m('resource');
      const key = parts[2];
      const field =
        key === 'fees' && parts[3]
          ? this.m('feeIn', { fee: this.m(parts[3] as 'recurring'), currency: parts[4] ?? '' })
          : key === 'fees'
            ? this.m('feeTypes')
            : this.m((key ?? 'resource') as 'included');
      return `${name} · ${field}`;
    }
    if (parts[0] === 'periods') return this.m('periods');
    return this.m((parts[0] ?? 'name') as 'name');
  }

  private renderErrorSummary() {
    if (!this.submitted || !Object.keys(this.errors).length) return nothing;
    // In the order the fields appear on screen.
    const order = new Map([...this.renderRoot.querySelectorAll('[data-path]')].map((e, i) => [e.getAttribute('data-path'), i]));
    const entries = Object.entries(this.errors).sort(([a], [b]) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
    return html`<div class="summary" part="error-summary" tabindex="-1">
      <ck-alert variant="error" heading=${this.m('errorsTitle')}>
        <ul>
          ${entries.slice(0, 12).map(
            ([path, message]) =>
              html`<li><button @click=${() => this.focusPath(path)}>${this.pathLabel(path)}: ${message}</button></li>`,
          )}
        </ul>
      </ck-alert>
    </div>`;
  }

  private renderEditor() {
    const failure = this.saving.state === 'failed' && !Object.keys(this.saving.serverErrors).length ? this.saving.error : null;
    const copyFailure = this.copying.state === 'failed' ? this.copying.error : null;
    return html`<div class="stack">
      <div class="head">
        <h2 id="heading" tabindex="-1">${this.draft.id ? `${this.m('editPlan')}: ${this.draft.name}` : this.m('newPlan')}</h2>
        ${this.readonly || (!this.draft.id && !this.dirty)
          ? nothing
          : this.dirty
            ? html`<span class="badge" role="status">${this.m('unsaved')}</span>`
            : html`<span class="badge ok" role="status">${this.m('saved')}</span>`}
      </div>
      ${this.readonly ? html`<ck-alert variant="info">${this.m('readonlyNote')}</ck-alert>` : nothing}
      ${this.droppedDraft ? html`<ck-alert variant="info">${this.m('draftDropped')}</ck-alert>` : nothing}
      ${this.restored && this.dirty ? html`<ck-alert variant="info">${this.m('draftRestored')}</ck-alert>` : nothing}
      ${this.notice ? html`<ck-alert variant="success" heading=${this.notice.title}>${this.notice.text}</ck-alert>` : nothing} ${this.renderErrorSummary()}
      <div class="columns">
        <div class="stack">${renderGeneral(this)} ${renderPeriods(this)} ${renderResources(this)}</div>
        ${renderPreview(this)}
      </div>
      ${failure?.code === 'conflict'
        ? html`<ck-alert id="failure" tabindex="-1" variant="warning" heading=${this.m('conflictTitle')} data-testid="conflict"
            >${this.m('conflictText')}
            <div class="actions">
              <button class="btn" @click=${() => void this.resolveConflict('theirs')}>${this.m('loadTheirs')}</button>
              <button class="btn primary" @click=${() => void this.resolveConflict('mine')}>${this.m('overwrite')}</button>
            </div></ck-alert
          >`
        : failure
          ? html`<ck-alert id="failure" tabindex="-1" variant="error" heading=${this.m('failedTitle')} ?retry=${failure.retryable} @ck-retry=${() => void this.save()}
              >${adapterErrorMessage(failure, this.loc)} ${this.t('kit.keptValues')}</ck-alert
            >`
          : nothing}
      ${copyFailure
        ? html`<ck-alert variant="error" heading=${this.m('copyFailed')} ?retry=${copyFailure.retryable} @ck-retry=${() => void this.copy()}
            >${adapterErrorMessage(copyFailure, this.loc)}</ck-alert
          >`
        : nothing}
      ${this.readonly
        ? nothing
        : html`<div class="actions">
            ${this.draft.id
              ? html`<button class="btn" part="copy-button" aria-disabled=${this.copying.busy ? 'true' : 'false'} @click=${() => void this.copy()}>
                  ${this.copying.busy ? this.m('copying') : this.m('copy')}
                </button>`
              : nothing}
            <span class="spacer"></span>
            <button class="btn primary" part="submit-button" aria-disabled=${this.saving.busy ? 'true' : 'false'} @click=${() => void this.save()}>
              ${this.saving.busy ? html`<span class="spinner" aria-hidden="true"></span>${this.m('saving')}` : this.m('save')}
            </button>
          </div>`}
      <ck-confirm-dialog id="deactivate" heading=${this.m('deactivateTitle')} confirm-label=${this.m('deactivate')} danger>${this.m('deactivateText')}</ck-confirm-dialog>
      <ck-confirm-dialog id="copy-dialog" heading=${this.m('copyTitle')} confirm-label=${this.copyUnsaved ? this.m('saveAndCopy') : this.m('copyConfirm')}>
        ${this.copyUnsaved ? html`<p>${this.m('copyUnsaved')}</p>` : nothing}
        <ck-text-field
          slot="content"
          label=${this.m('copyName')}
          required
          .value=${this.copyName}
          .error=${this.copyName.trim() ? '' : tv(this.loc, 'v.required')}
          @ck-input=${(e: CustomEvent<{ value: string }>) => (this.copyName = e.detail.value)}
        ></ck-text-field>
      </ck-confirm-dialog>
    </div>`;
  }

  protected override render() {
    if (!this.api) return html`<ck-alert variant="error">${this.t('kit.noAdapter')}</ck-alert>`;
    return html`<div class="panel">
      ${this.loadTask.render({
        initial: () => html`<p class="note" role="status">${this.t('kit.loading')}</p>`,
        pending: () => (this.context ? this.renderEditor() : html`<p class="note" role="status">${this.t('kit.loading')}</p>`),
        complete: () => this.renderEditor(),
        error: (e) =>
          html`<ck-alert variant="error" heading=${this.m('loadFailedTitle')} retry @ck-retry=${() => void this.loadTask.run()}
            >${adapterErrorMessage(toAdapterError(e), this.loc)}</ck-alert
          >`,
      })}
    </div>`;
  }
}
