import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from '../../src/core/clock.js';
import type { ServicePlan } from '../../src/schemas/plan.js';
import { draftChecker } from '../../src/schemas/draft.js';
import type { FormState } from '../../src/ui/controllers/form-state.js';
import { DraftStorage } from '../../src/ui/draft-storage.js';
import type { Submission } from '../../src/ui/submission.js';
import { PLAN_DRAFT_VERSION, type PlanDraft, planDraftSchema } from './model.js';

/** What the keeper needs of the editor. */
export interface DraftKeeperHost extends ReactiveControllerHost {
  readonly draftKey: string | undefined;
  readonly form: FormState<PlanDraft>;
}

/**
 * The editor's draft against the plan as last loaded or saved (`dirty`: unsaved edits). With
 * `draft-key`, keeps the unsaved edits in sessionStorage, with the idempotency key of a save in
 * flight, and restores them once after the first load, only for the same plan.
 */
export class PlanDraftKeeper implements ReactiveController {
  private readonly drafts: DraftStorage<PlanDraft>;
  private loaded = false;
  private kept: { draft: PlanDraft; dirty: boolean } | null = null;
  /** The draft as last loaded or saved, as JSON. */
  private baseline = '';
  private dirtyFor: { draft: PlanDraft; baseline: string; dirty: boolean } | null = null;

  constructor(
    private readonly host: DraftKeeperHost,
    private readonly saving: Submission<ServicePlan>,
    clock: () => Clock,
  ) {
    this.drafts = new DraftStorage<PlanDraft>({
      key: () => host.draftKey && `service-plan-editor:${host.draftKey}`,
      version: PLAN_DRAFT_VERSION,
      check: draftChecker(planDraftSchema) as (raw: unknown) => PlanDraft | null,
      clock,
    });
    host.addController(this);
  }

  hostConnected(): void {}

  /** The draft as loaded or saved: nothing unsaved, nothing submitted. */
  startFrom(draft: PlanDraft): void {
    this.baseline = JSON.stringify(draft);
    this.host.form.reset(draft);
  }

  /** The draft differs from the plan as last loaded or saved. */
  get dirty(): boolean {
    const c = this.dirtyFor;
    const { draft } = this.host.form;
    if (c && c.draft === draft && c.baseline === this.baseline) return c.dirty;
    const dirty = JSON.stringify(draft) !== this.baseline;
    this.dirtyFor = { draft, baseline: this.baseline, dirty };
    return dirty;
  }

  /**
   * After the first load: the stored edits of this same plan, if any, replace the loaded draft.
   * 'dropped' when a stored draft could not be used (wrong shape, too old, another plan).
   */
  restore(): 'restored' | 'dropped' | 'none' {
    if (this.loaded) return 'none';
    this.loaded = true;
    const r = this.drafts.load();
    if (r.kind !== 'restored') return r.kind;
    const { draft, submission } = r.saved;
    const loaded = this.host.form.draft;
    if (draft.id !== loaded.id || draft.productId !== loaded.productId) {
      this.drafts.clear();
      return 'dropped';
    }
    this.host.form.reset(draft);
    this.saving.resume(submission);
    return 'restored';
  }

  /** Stores the draft while it has unsaved edits (with a save's pending key), else forgets it. */
  persist(): void {
    if (!this.loaded) return;
    const { draft } = this.host.form;
    const { dirty } = this;
    this.kept = { draft, dirty };
    if (dirty) this.drafts.save({ draft, submission: this.saving.pending() ?? undefined });
    else this.drafts.clear();
  }

  hostUpdated(): void {
    const k = this.kept;
    if (!k || k.draft !== this.host.form.draft || k.dirty !== this.dirty) this.persist();
  }
}
