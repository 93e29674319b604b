import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import type { Clock } from '../../core/clock.js';
import { draftChecker } from '../../schemas/draft.js';
import { DraftStorage, type SavedDraft } from '../draft-storage.js';
import type { Submission } from '../submission.js';
import type { FormState } from './form-state.js';
import type { StepFlow } from './step-flow.js';

/** What the keeper reads of its widget. */
export interface DraftKeeperHost extends ReactiveControllerHost {
  /** The storage key the host chose (`draft-key`); nothing is stored without one. */
  readonly draftKey: string | undefined;
}

export interface DraftKeeperOptions<D extends object> {
  /** Bumped whenever the draft's shape changes: older drafts are dropped, not misread. */
  version: number;
  /** The stored draft's shape: a draft that does not parse is dropped, never rendered. */
  schema: z.ZodMiniType<D>;
  /** A parsed draft the widget can use now (default: any); one it cannot is dropped. */
  accept?: (draft: D) => boolean;
  clock: () => Clock;
  /** The form whose draft is kept. */
  form: FormState<D>;
  /** The create or save whose idempotency key travels with the draft while it is pending. */
  submission: Pick<Submission<unknown>, 'state' | 'pending' | 'resume'>;
  /** A wizard's steps: the step shown is kept with the draft, and a stored one that is still a step is shown again. */
  flow?: Pick<StepFlow<string>, 'current' | 'steps' | 'restore'>;
  /** Else what is kept as the step (a kind), restored by `restored`. */
  step?: () => string | undefined;
  /** Whether there is anything to keep now (default: always); when not, the stored draft is forgotten. */
  keep?: () => boolean;
  /** The draft a first connection starts from before anything is restored (default: the form's). */
  initial?: () => D;
  /**
   * A stored draft is in the form and its pending key taken over: restore the rest (the step),
   * and say whether it holds anything the user entered (then the widget says it was restored).
   */
  restored: (saved: SavedDraft<D>) => boolean;
}

/**
 * A widget's unfinished work kept with `draft-key` (see DraftStorage): restored once, on the
 * first `restore()`; stored again after every render that changed the draft, the step or whether
 * to keep it, and whenever the widget asks (a send in flight keeps its key before any answer can
 * be lost); forgotten once the submission is done. Nothing is stored or forgotten before
 * `restore()` ran.
 */
export class DraftKeeper<D extends object> implements ReactiveController {
  private readonly storage: DraftStorage<D>;
  private started = false;
  /** The draft, step and keep flag last stored. */
  private kept: readonly unknown[] = [];

  /** `name` (the widget's tag) keeps one widget's drafts apart from another's under the same `draft-key`. */
  constructor(
    host: DraftKeeperHost,
    name: string,
    private readonly o: DraftKeeperOptions<D>,
  ) {
    const parse = draftChecker(o.schema);
    this.storage = new DraftStorage<D>({
      key: () => host.draftKey && `${name}:${host.draftKey}`,
      version: o.version,
      check: (raw) => {
        const draft = parse(raw);
        return draft && (o.accept?.(draft) ?? true) ? draft : null;
      },
      clock: o.clock,
    });
    host.addController(this);
  }

  hostConnected(): void {}

  /** The first call: the stored draft into the form, then whether to say it was restored or dropped as unusable; later calls: null. */
  restore(): { restored: boolean; dropped: boolean } | null {
    if (this.started) return null;
    this.started = true;
    const { form, flow, initial } = this.o;
    if (initial) form.reset(initial());
    const r = this.storage.load();
    if (r.kind !== 'restored') return { restored: false, dropped: r.kind === 'dropped' };
    const { draft, step, submission } = r.saved;
    form.reset(draft);
    if (flow && step && flow.steps.includes(step)) flow.restore(step);
    this.o.submission.resume(submission);
    return { restored: this.o.restored(r.saved), dropped: false };
  }

  private get step(): string | undefined {
    return this.o.flow?.current ?? this.o.step?.();
  }

  private watched(): unknown[] {
    return [this.o.form.draft, this.step, this.o.keep?.()];
  }

  hostUpdated(): void {
    if (this.started && this.watched().some((v, i) => v !== this.kept[i])) this.save();
  }

  /** Stores the draft, its step and the pending submission now; forgets them once done or when there is nothing to keep. */
  save(): void {
    if (!this.started) return;
    this.kept = this.watched();
    const { form, submission, keep } = this.o;
    if (submission.state === 'done' || keep?.() === false) this.storage.clear();
    else this.storage.save({ draft: form.draft, step: this.step, submission: submission.pending() ?? undefined });
  }

  clear(): void {
    this.storage.clear();
  }
}
