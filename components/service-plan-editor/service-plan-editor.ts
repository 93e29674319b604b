import { Task } from '@lit/task';
import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { PlanAdapter } from '../../src/adapter/types.js';
import { WidgetElement } from '../../src/context/widget-element.js';
import { catalogVersion, type MessageParams } from '../../src/i18n/catalog.js';
import { type PlanContext, planResponses, type ServicePlan } from '../../src/schemas/plan.js';
import { planVersionResponses } from '../../src/schemas/plan-version.js';
import { CkCheckbox } from '../../src/ui/checkbox.js';
import { CkConfirmDialog } from '../../src/ui/confirm-dialog.js';
import { DraftKeeper } from '../../src/ui/controllers/draft-keeper.js';
import { FormState } from '../../src/ui/controllers/form-state.js';
import { CkDateField } from '../../src/ui/date-field.js';
import { CkMoneyField } from '../../src/ui/money-field.js';
import { CkSelectField } from '../../src/ui/select-field.js';
import { CkNumberField, CkTextField } from '../../src/ui/text-field.js';
import { CkToggle } from '../../src/ui/toggle.js';
import type {} from './events.js'; // the event map its emits are typed by
import { msg, type PlanMessage } from './messages.js';
import { draftFromPlan } from './conversion.js';
import { emptyDraft, PLAN_DRAFT_VERSION, type PlanDraft, planDraftSchema } from './model.js';
import { PlanSaving } from './plan-saving.js';
import { VersionMoves } from './version-moves.js';
import { versionStyles } from './version-styles.js';
import { defaultPreview, type PreviewDraft } from './preview-model.js';
import { SchedulePreview } from './schedule-preview.js';
import { nameWarning, planErrors } from './rules.js';
import { servicePlanEditorStyles } from './service-plan-editor.styles.js';
import type { PlanEditorView } from './view.js';
import { renderEditor } from './views/editor.js';
import { noAdapterAlert, renderLoad } from '../../src/ui/widget-views.js';
import { widgetViewElements } from '../../src/ui/widget-view-elements.js';

/**
 * Defines a product's service plan: name, Active, description per language, billing type, SKU,
 * plan periods (with a minimum commitment per currency for Pay As You Go) and resources with fees
 * per currency, each priced per unit, by graduated or volume tiers (with a price curve) or per
 * package, and a live preview of the charges from the billing core. A plan of more than 10
 * resources shows each as a row whose fields open with Edit. Without `plan-id` it creates a plan; with it, it edits that plan, shows its version
 * and the subscriptions still on older ones, and previews and makes their move to the current one
 * (the adapter's optional getPlanVersions, previewVersionMove and moveVersion).
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
 * @csspart versions - The plan's version and the subscriptions on older versions, with Review move.
 * @csspart version-move-table - The preview of moving an older version's subscriptions: old and new next charge per subscription.
 * @csspart skeleton - The shapes of the view drawn while its data loads (aria-busy).
 * @cssprop --ck-skeleton-color - The loading shapes.
 * @cssprop --ck-color-primary - Actions, focus and selection.
 */
export class ServicePlanEditor extends WidgetElement<PlanAdapter> implements PlanEditorView {
  protected static override responses = { ...planResponses, ...planVersionResponses };
  protected static override needs = Object.keys(planResponses); // the version methods are optional: no versions shown without them
  static override styles = [servicePlanEditorStyles, versionStyles];
  static override dependencies = { ...widgetViewElements, 'ck-checkbox': CkCheckbox, 'ck-confirm-dialog': CkConfirmDialog, 'ck-date-field': CkDateField, 'ck-money-field': CkMoneyField, ...{ 'ck-number-field': CkNumberField, 'ck-select-field': CkSelectField, 'ck-text-field': CkTextField, 'ck-toggle': CkToggle } };

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
  @state() preview: PreviewDraft = defaultPreview(null, '');
  @state() descriptionTab = 'en';
  @state() resourceToAdd = '';
  @state() copyName = '';
  /** The copy dialog is open over unsaved edits: they are saved before the copy. */
  @state() copyUnsaved = false;
  @state() notice: { title: string; text: string } | null = null;
  @query('#deactivate') readonly deactivateDialog!: CkConfirmDialog;
  @query('#copy-dialog') readonly copyDialog!: CkConfirmDialog;

  /** The plan as the user left it (numbers and amounts as typed), its errors and the backend's. */
  readonly form = new FormState<PlanDraft>(this, emptyDraft('', null), {
    validate: (d) => planErrors(d, this.context, this.loc, !d.id),
    keys: () => [this.context, this.loc, catalogVersion()],
    changed: (draft) => {
      this.notice = null;
      this.emit('plan-change', { draft, dirty: this.dirty });
    },
  });
  readonly saver: PlanSaving = new PlanSaving(this, () => this.api, () => this.loc);
  readonly versions: VersionMoves = new VersionMoves(this, () => this.api);
  readonly charges: SchedulePreview = new SchedulePreview(this, () => [this.form.draft, this.preview, this.loc] as const);
  /** Unsaved edits of the plan loaded (only of that plan) with the key of a save in flight, restored once after the first load. */
  readonly keeper: DraftKeeper<PlanDraft> = new DraftKeeper<PlanDraft>(this, 'service-plan-editor', {
    version: PLAN_DRAFT_VERSION, schema: planDraftSchema, clock: () => this.now, form: this.form, submission: this.saver.saving,
    accept: (d) => d.id === this.form.draft.id && d.productId === this.form.draft.productId, keep: () => this.dirty, restored: () => this.dirty,
  });

  /** The plan's context (resources, currencies, languages, other plans) and the plan loaded, as a draft. */
  private readonly loadTask = this.track(
    new Task(this, {
      args: () => [this.api, this.productId, this.planId, this.plan] as const,
      task: async ([api, productId, planId, plan], { signal }) => {
        if (!api?.getPlanContext) return null;
        const pid = plan?.productId || productId;
        const context = await api.getPlanContext(pid, signal);
        const source = plan ?? (planId && api.getPlan ? await api.getPlan(planId, signal) : null);
        return { context, draft: source ? draftFromPlan(source, context) : emptyDraft(pid, context) };
      },
      onComplete: (loaded) => loaded && this.loaded(loaded.draft, loaded.context),
    }),
  );

  /** The editor starts from a loaded plan, then from the stored edits of that same plan. */
  private loaded(draft: PlanDraft, context: PlanContext): void {
    this.saver.startFrom(draft);
    this.preview = defaultPreview(context, this.today(), this.localeSettings.currency);
    this.saver.saving.reset();
    if (this.readonly) return;
    const r = this.keeper.restore();
    if (r?.dropped) this.droppedDraft = true;
    this.restored = !!r?.restored;
  }

  /** The plan as the user left it (numbers and amounts as typed). */
  get draft(): PlanDraft {
    return this.form.draft;
  }
  get context(): PlanContext | null {
    return this.loadTask.value?.context ?? null;
  }
  get currencies(): string[] {
    return this.context?.currencies ?? [];
  }
  get planExisted(): boolean {
    return !!this.form.draft.id;
  }
  get dirty(): boolean { return this.saver.dirty; }
  get nameWarning(): string {
    return nameWarning(this.form.draft, this.context, this.loc);
  }
  m(key: PlanMessage, params?: MessageParams): string {
    return msg(this.loc, key, params);
  }
  resourceInfo(id: string) {
    return this.context?.resources.find((r) => r.id === id);
  }

  /** Enter in a field saves the plan, like the Save button. */
  protected override onEnter(): void {
    if (!this.readonly) void this.save();
  }

  /** Checks every rule, then saves once (a second call while saving does nothing). */
  save(): Promise<void> {
    return this.saver.save();
  }
  /** Asks for the copy's name ("Copy of <name>") and copies the plan with its periods and resources; unsaved edits are saved first (the dialog says so), never dropped. */
  copy(): Promise<void> {
    return this.saver.copy();
  }
  /** After a 409 `conflict` (someone saved the plan since it was loaded): load their version (the user's edits are dropped only on this explicit choice), or keep the user's edits and save them over the newer version. */
  resolveConflict(choice: 'theirs' | 'mine'): Promise<void> {
    return this.saver.resolveConflict(choice);
  }
  /** The editor goes on with the copy: resolves once it is loaded. */
  async editCopy(plan: ServicePlan): Promise<void> {
    this.plan = plan;
    this.planId = plan.id ?? '';
    // The load of the copy starts in the next update; wait for that update, then for the load.
    await this.updateComplete;
    await this.loadTask.taskComplete.catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!Object.keys(this.form.draft.description).includes(this.descriptionTab)) this.descriptionTab = 'en';
  }

  protected override render() {
    if (!this.api) return noAdapterAlert(this.loc, this.awaitingProvider);
    return html`<div class="panel">${renderLoad(this.loc, this.loadTask, this.m('loadFailedTitle'), () => renderEditor(this), this.context, ['heading', 'section', 'field*2', 'wide*2', 'text', 'box', 'section', 'text', 'card', 'field*6', 'box', 'actions', 'section', 'text', 'text', 'field', 'aside'])}</div>`;
  }
}
