import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { type AdapterError, isAbort, toAdapterError } from '../../src/adapter/errors.js';
import type { PlanAdapter } from '../../src/adapter/types.js';
import type { PlanVersions, PlanVersionSummary, VersionMove } from '../../src/schemas/plan-version.js';
import { focusAfterRender } from '../../src/ui/focus.js';
import { Submission } from '../../src/ui/submission.js';

/** What the versions need of <service-plan-editor>: the plan loaded (its id and etag: a save may make a version). */
export interface VersionMovesHost extends ReactiveControllerHost {
  readonly form: { readonly draft: { readonly id: string | null; readonly etag?: string | undefined } };
  readonly renderRoot: ParentNode;
}

/**
 * The plan's versions in <service-plan-editor> (issue 22): the current version and the
 * subscriptions still on older ones, loaded with the plan and again after each save; "Review move"
 * previews moving an older version's subscriptions to the current one (the backend prices each
 * with changeQuote) and Confirm moves them once, whatever the clicks (one idempotency key).
 * Without `getPlanVersions` on the adapter there is nothing to show.
 */
export class VersionMoves {
  /** The older version under review, its preview and why the preview failed. */
  reviewing: number | null = null;
  preview: VersionMove | null = null;
  previewError: AdapterError | null = null;
  /** The last move made (said until another review starts). */
  done: VersionMove | null = null;
  readonly moving: Submission<VersionMove>;
  private reloads = 0;
  private previewing: AbortController | null = null;
  readonly task: Task<readonly [PlanAdapter | undefined, string | null, string | undefined, number], PlanVersions | null>;

  constructor(
    private readonly host: VersionMovesHost,
    private readonly api: () => PlanAdapter | undefined,
  ) {
    this.moving = new Submission<VersionMove>(host);
    this.task = new Task(host, {
      args: () => [this.api(), host.form.draft.id, host.form.draft.etag, this.reloads] as const,
      task: async ([api, id], { signal }) => (api?.getPlanVersions && id ? api.getPlanVersions(id, signal) : null),
    });
  }

  get versions(): PlanVersions | null {
    return this.task.value ?? null;
  }
  /** Older versions that still have subscriptions, oldest first. */
  get older(): PlanVersionSummary[] {
    return (this.versions?.versions ?? []).filter((v) => !v.current && v.subscriptions > 0);
  }
  get previewBusy(): boolean {
    return this.previewing !== null;
  }

  /** Prices moving version `from`'s subscriptions to the current version, then focuses the review. */
  async review(from: number): Promise<void> {
    const api = this.api();
    const id = this.host.form.draft.id;
    if (!api?.previewVersionMove || !id || this.moving.busy) return;
    this.previewing?.abort();
    const controller = (this.previewing = new AbortController());
    Object.assign(this, { reviewing: from, preview: null, previewError: null, done: null });
    this.moving.reset();
    try {
      this.preview = await api.previewVersionMove(id, from, controller.signal);
    } catch (e) {
      if (isAbort(e) && controller.signal.aborted) return;
      this.previewError = toAdapterError(e);
    } finally {
      if (this.previewing === controller) this.previewing = null;
      this.host.requestUpdate();
    }
    await focusAfterRender(this.host, this.preview ? '#move-heading' : '#move-failure');
  }

  /** Moves the subscriptions as previewed, once; on success the versions load again. */
  async confirm(): Promise<void> {
    const api = this.api();
    const id = this.host.form.draft.id;
    const preview = this.preview;
    if (!api?.moveVersion || !id || !preview) return;
    const moved = await this.moving.run({ id, from: preview.fromVersion }, (key, signal) => api.moveVersion!(id, preview.fromVersion, key, signal));
    if (!moved) return void focusAfterRender(this.host, '#move-failure');
    Object.assign(this, { done: moved, reviewing: null, preview: null });
    this.reloads++;
    this.host.requestUpdate();
    await focusAfterRender(this.host, '#moved-heading');
  }

  /** Closes the review without moving anything. */
  cancel(): void {
    this.previewing?.abort();
    this.previewing = null;
    Object.assign(this, { reviewing: null, preview: null, previewError: null });
    this.moving.reset();
  }
}
