import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from '../../src/core/clock.js';
import { draftChecker } from '../../src/schemas/draft.js';
import type { Sale } from '../../src/schemas/sale.js';
import type { FormState } from '../../src/ui/controllers/form-state.js';
import type { StepFlow } from '../../src/ui/controllers/step-flow.js';
import { DraftStorage } from '../../src/ui/draft-storage.js';
import type { Submission } from '../../src/ui/submission.js';
import { emptyDraft, hasInput, SALE_DRAFT_VERSION, type SaleDraft, saleDraftSchema } from './model.js';
import { STEPS, type StepName } from './steps.js';

/** What the keeper needs of the wizard. */
export interface SaleDraftHost extends ReactiveControllerHost {
  readonly draftKey: string | undefined;
  readonly form: FormState<SaleDraft>;
  readonly flow: StepFlow<StepName>;
}

/**
 * The unfinished sale: starts empty on today's date and, with `draft-key`, lives in
 * sessionStorage with its step and the idempotency key of a create in flight (stored after
 * every render that changed the draft or the step), is restored once, and is forgotten once
 * the sale exists.
 */
export class SaleDraftKeeper implements ReactiveController {
  private readonly drafts: DraftStorage<SaleDraft>;
  private started = false;
  /** The draft and step last stored. */
  private stored: readonly unknown[] = [];

  constructor(
    private readonly host: SaleDraftHost,
    private readonly creation: Submission<Sale>,
    clock: () => Clock,
  ) {
    this.drafts = new DraftStorage<SaleDraft>({
      key: () => host.draftKey && `sale-wizard:${host.draftKey}`,
      version: SALE_DRAFT_VERSION,
      check: draftChecker(saleDraftSchema),
      clock,
    });
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    if (this.stored[0] !== this.host.form.draft || this.stored[1] !== this.host.flow.current) this.save();
  }

  /** On the first connection: an empty draft, or the stored one with its step and create in flight (then whether to say so). */
  start(today: string): { restored: boolean; dropped: boolean } | null {
    if (this.started) return null;
    this.started = true;
    this.host.form.reset(emptyDraft(today));
    return this.drafts.restoreOnce(({ draft, step, submission }) => {
      this.host.form.reset(draft);
      if (step && (STEPS as readonly string[]).includes(step)) this.host.flow.restore(step as StepName);
      this.creation.resume(submission);
      return hasInput(draft, today);
    });
  }

  /** Stores the draft, its step and the create in flight now (before any response can be lost); forgets it once the sale exists. */
  save(): void {
    const { form, flow } = this.host;
    this.stored = [form.draft, flow.current];
    if (this.creation.state === 'done') this.drafts.clear();
    else this.drafts.save({ draft: form.draft, step: flow.current, submission: this.creation.pending() ?? undefined });
  }

  clear(): void {
    this.drafts.clear();
  }
}
