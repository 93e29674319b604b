import type { AdapterError } from '../../src/adapter/errors.js';
import type { PlanAdapter } from '../../src/adapter/types.js';
import type { PlanContext, ServicePlan } from '../../src/schemas/plan.js';
import type { CkElement } from '../../src/ui/ck-element.js';
import type { CkConfirmDialog } from '../../src/ui/confirm-dialog.js';
import { focusAfterRender, type FormHost, type FormState } from '../../src/ui/controllers/form-state.js';
import { sameDraft } from '../../src/ui/draft-path.js';
import { Submission } from '../../src/ui/submission.js';
import { draftFromPlan, toPlan } from './conversion.js';
import type { DraftKeeper } from '../../src/ui/controllers/draft-keeper.js';
import type { PlanMessage } from './messages.js';
import type { PlanDraft } from './model.js';

/** What saving and copying need of the editor. */
export interface PlanSavingHost extends FormHost, Pick<CkElement, 'emit'> {
  /** Says what happened and focuses the notice's heading. */
  completed(heading: string): Promise<void>;
  readonly form: FormState<PlanDraft>;
  /** The unsaved edits kept with `draft-key` (see DraftKeeper). */
  readonly keeper: Pick<DraftKeeper<PlanDraft>, 'save'>;
  readonly readonly: boolean;
  readonly context: PlanContext | null;
  readonly copyDialog: CkConfirmDialog;
  notice: { title: string; text: string } | null;
  copyName: string;
  copyUnsaved: boolean;
  m(key: PlanMessage, params?: Record<string, string | number>): string;
  /** The editor goes on with the copy: resolves once it is loaded. */
  editCopy(plan: ServicePlan): Promise<void>;
}

/**
 * Save, copy, and the answer to a 409 conflict of <service-plan-editor>: each sends once (an
 * idempotency key per payload), keeps what the user entered on a failure, and moves focus to
 * what needs the user next.
 */
export class PlanSaving {
  readonly saving: Submission<ServicePlan>;
  private readonly copying: Submission<ServicePlan>;
  /** The draft as last loaded or saved (the form's own object, so that edits share its unchanged parts). */
  private baseline: PlanDraft | null = null;
  private dirtyFor: { draft: PlanDraft; baseline: PlanDraft | null; dirty: boolean } | null = null;

  constructor(
    private readonly host: PlanSavingHost,
    private readonly api: () => PlanAdapter | undefined,
    private readonly locale: () => string,
  ) {
    this.saving = new Submission<ServicePlan>(host);
    this.copying = new Submission<ServicePlan>(host);
  }

  /** The draft as loaded or saved: nothing unsaved, nothing submitted. */
  startFrom(draft: PlanDraft): void {
    this.host.form.reset(draft);
    this.baseline = this.host.form.draft;
  }

  /** The draft differs from the plan as last loaded or saved. */
  get dirty(): boolean {
    const c = this.dirtyFor;
    const { draft } = this.host.form;
    if (c && c.draft === draft && c.baseline === this.baseline) return c.dirty;
    // Compared value by value, walking only what differs in identity: the edited path (sameDraft).
    const dirty = !sameDraft(draft, this.baseline);
    this.dirtyFor = { draft, baseline: this.baseline, dirty };
    return dirty;
  }

  /** The last save failed for another reason than field errors (a 409 conflict included). */
  get failure(): AdapterError | null {
    return this.saving.state === 'failed' && !Object.keys(this.host.form.serverErrors).length ? this.saving.error : null;
  }
  get copyFailure(): AdapterError | null {
    return this.copying.state === 'failed' ? this.copying.error : null;
  }
  get busy(): boolean {
    return this.saving.busy;
  }
  get copyBusy(): boolean {
    return this.copying.busy;
  }

  /** Checks every rule, then saves once (a second call while saving does nothing). */
  async save(): Promise<void> {
    const { host } = this;
    const api = this.api();
    if (!api?.savePlan || this.saving.busy || host.readonly) return;
    host.form.submitted = true;
    host.notice = null;
    if (!host.form.valid) {
      // Focus goes to the error summary, once: it lists every error, each a link to its field.
      return host.form.focusInvalid();
    }
    const { plan } = toPlan(host.form.draft, this.locale());
    const before = this.saving.serverErrors;
    const running = this.saving.run(plan, (key, signal) => api.savePlan(plan, key, signal));
    host.keeper.save(); // the key travels with the stored draft before any answer can be lost
    const saved = await running;
    // A 422 brings new field errors (shown until each field is edited); other failures keep the form's.
    if (this.saving.serverErrors !== before) host.form.serverErrors = { ...this.saving.serverErrors };
    await host.updateComplete;
    if (!saved) return Object.keys(host.form.serverErrors).length ? host.form.focusInvalid() : focusAfterRender(host, '#failure');
    // The id goes on the draft, not on plan-id: changing plan-id would load the plan again.
    this.startFrom({ ...host.form.draft, id: saved.id, etag: saved.etag });
    host.notice = { title: host.m('doneHeading', { name: saved.name }), text: '' };
    host.emit('plan-saved', { plan: saved });
    await host.completed(host.notice.title);
  }

  /**
   * After a 409 `conflict` (someone saved the plan since it was loaded): load their version (the
   * user's edits are dropped only on this explicit choice), or keep the user's edits and save
   * them over the newer version.
   */
  async resolveConflict(choice: 'theirs' | 'mine'): Promise<void> {
    const { host } = this;
    const api = this.api();
    const id = host.form.draft.id;
    if (!api?.getPlan || !id) return;
    const latest = await api.getPlan(id, new AbortController().signal).catch(() => null);
    if (!latest) return void focusAfterRender(host, '#failure');
    this.saving.reset();
    if (choice === 'mine') {
      host.form.reset({ ...host.form.draft, etag: latest.etag });
      return this.save();
    }
    this.startFrom(draftFromPlan(latest, host.context));
    host.notice = { title: host.m('reloadedTitle'), text: latest.name };
    // The button pressed went with the conflict: the notice is said and takes focus, as a save's does.
    await host.completed(host.notice.title);
  }

  /**
   * Asks for the copy's name ("Copy of <name>") and copies the plan with its periods and
   * resources; unsaved edits are saved first (the dialog says so), never dropped.
   */
  async copy(): Promise<void> {
    const { host } = this;
    const api = this.api();
    const sourceId = host.form.draft.id;
    if (!api?.copyPlan || !sourceId || this.copying.busy) return;
    // A name, not a sentence: without the bidi isolates a message puts around its parameters.
    host.copyName = host.m('copyOf', { name: host.form.draft.name }).replace(/[\u2068\u2069]/g, '');
    host.copyUnsaved = this.dirty;
    const ok = await host.copyDialog.ask();
    const name = host.copyName.trim();
    if (!ok || !name) return;
    if (host.copyUnsaved) {
      await this.save();
      if (this.dirty) return; // not saved: the errors or the failure are on screen, nothing copied
    }
    const plan = await this.copying.run({ sourceId, name }, (key, signal) => api.copyPlan(sourceId, name, key, signal));
    if (!plan) return;
    host.emit('plan-copied', { plan, sourceId });
    await host.editCopy(plan);
    host.notice = { title: host.m('copiedTitle'), text: host.m('copiedText', { name: plan.name }) };
  }
}
