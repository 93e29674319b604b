import type { ReactiveController } from 'lit';
import type { FieldErrors } from '../../schemas/validate.js';
import type { CkElement } from '../ck-element.js';
import type {} from '../step-change.js';
import type { FormBinding, FormHost } from './form-state.js';

/** Where a backend field error belongs: the step that shows the field, and its draft path. */
export interface LocatedError<N extends string> {
  step: N;
  path: string;
}

export interface StepFlowOptions<N extends string> {
  /** The steps shown for the current draft, in order (a step that does not apply is left out). */
  steps: () => readonly N[];
  /** The errors that keep the user on `step` (the whole flow is checked with it before a submit). */
  errorsOf: (step: N) => FieldErrors;
  /** After the step changed (keep it with the stored draft). */
  changed?: (step: N) => void;
  /**
   * A step listed (and counted, so "Step 3 of 6" stays put) that does not apply now: next, back
   * and checkAll pass over it. Leave a step out of `steps` instead when it should not be listed.
   */
  passOver?: (step: N) => boolean;
  /**
   * Before `step` is checked (Next, or every step before a submit): completes what the user left
   * ready but did not confirm (a line composed and valid, its Add not pressed), so the check
   * judges what the user meant and no error speaks of a choice already made.
   */
  settle?: (step: N) => void;
}

type FlowHost = FormHost & Pick<CkElement, 'emit'>;

/**
 * The steps of a wizard: which one is shown, next (checks the step first), back and goTo, the
 * `step-change` event, and a submit's problems sent to the step that holds them. Moving to a
 * step starts it unsubmitted: its errors show as the user touches fields, or on Next.
 */
export class StepFlow<N extends string> implements ReactiveController {
  private shown: N;

  constructor(
    private readonly host: FlowHost,
    private readonly form: FormBinding,
    first: N,
    private readonly options: StepFlowOptions<N>,
  ) {
    this.shown = first;
    host.addController(this);
  }

  hostConnected(): void {}

  get steps(): readonly N[] {
    return this.options.steps();
  }

  /** The step shown. */
  get current(): N {
    return this.shown;
  }

  /** Its 0-based index among the steps shown. */
  get index(): number {
    return Math.max(0, this.steps.indexOf(this.shown));
  }

  get isLast(): boolean {
    return this.index === this.steps.length - 1;
  }

  /** Shows `step` without an event (a restored draft, a reset). */
  restore(step: N): void {
    this.shown = step;
    this.form.submitted = false;
    this.host.requestUpdate();
  }

  /** Shows `step`; fires `step-change` when it is another one. */
  goTo(step: N): void {
    this.form.submitted = false;
    if (step === this.shown) return;
    this.shown = step;
    this.host.requestUpdate();
    this.options.changed?.(step);
    this.host.emit('step-change', { step: this.steps.indexOf(step), name: step });
  }

  /** Checks the step; moves to the next one when it passes, else shows why and focuses it. */
  async next(): Promise<boolean> {
    this.options.settle?.(this.shown);
    if (!(await this.form.attempt())) return false;
    const next = this.neighbour(1);
    if (next !== undefined) this.goTo(next);
    return true;
  }

  /** Goes back one step, keeping every value. */
  back(): void {
    const prev = this.neighbour(-1);
    if (prev !== undefined) this.goTo(prev);
  }

  /** The nearest step `dir` away that is not passed over. */
  private neighbour(dir: 1 | -1): N | undefined {
    const steps = this.steps;
    for (let i = this.index + dir; i >= 0 && i < steps.length; i += dir) if (!this.options.passOver?.(steps[i]!)) return steps[i];
    return undefined;
  }

  /** Before a submit: every step checked in order; the first with errors is shown with them. */
  async checkAll(): Promise<boolean> {
    for (const s of this.steps) this.options.settle?.(s);
    const failing = this.steps.find((s) => !this.options.passOver?.(s) && Object.keys(this.options.errorsOf(s)).length > 0);
    if (failing === undefined) return true;
    await this.showErrors(failing);
    return false;
  }

  /**
   * A 422 from the backend: each field error goes to the step that holds its field (`locate`),
   * and the earliest such step is shown with its errors, focus on the first.
   */
  async route(errors: FieldErrors, locate: (path: string) => LocatedError<N>): Promise<LocatedError<N> | null> {
    const located = Object.entries(errors).map(([p, message]) => ({ ...locate(p), message }));
    if (!located.length) return null;
    this.form.serverErrors = Object.fromEntries(located.map((l) => [l.path, l.message]));
    const order = this.steps;
    const first = located.sort((a, b) => order.indexOf(a.step) - order.indexOf(b.step))[0]!;
    await this.showErrors(first.step);
    return first;
  }

  private async showErrors(step: N): Promise<void> {
    this.goTo(step);
    this.form.submitted = true;
    await this.form.focusInvalid();
  }
}
