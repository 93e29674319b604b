import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type AdapterError, isAbort, newIdempotencyKey, toAdapterError } from '../adapter/errors.js';
import type { FieldErrors } from '../schemas/validate.js';
import type { PendingSubmission } from './draft-storage.js';

/**
 * Longest a send waits for the time the server gave in Retry-After. A retry asked for earlier
 * waits that long (busy, cancellable) and then sends; one further off sends nothing, and the
 * error's message already says when (see adapterErrorMessage).
 */
export const MAX_RETRY_WAIT_MS = 30_000;

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal.addEventListener('abort', stop, { once: true });
  });
}

/**
 * One create-or-save action of a widget: guards against double submits, keeps one idempotency
 * key per submission (the same payload retried reuses it; a changed payload gets a new one),
 * holds the last failure and the server's field errors, and respects the server's Retry-After.
 */
export class Submission<T> implements ReactiveController {
  state: 'idle' | 'submitting' | 'failed' | 'done' = 'idle';
  error: AdapterError | null = null;
  /** Field errors from the backend's last 422, by field path, until the user edits that field. */
  serverErrors: FieldErrors = {};
  result: T | null = null;
  private key: string | null = null;
  private fingerprint: string | null = null;
  private controller: AbortController | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get busy(): boolean {
    return this.state === 'submitting';
  }

  /**
   * The key and payload of a send that has not succeeded yet (in flight or failed), to keep with
   * a stored draft: a reload, or another widget restoring the draft, sends it again under the
   * same key, so a lost response can never become a second record.
   */
  pending(): PendingSubmission | null {
    return this.key && this.fingerprint && this.state !== 'done' ? { key: this.key, fingerprint: this.fingerprint } : null;
  }

  /** Takes over a pending send's key (from a restored draft): the same payload reuses it. */
  resume(pending: PendingSubmission | undefined): void {
    if (!pending || this.key) return;
    this.key = pending.key;
    this.fingerprint = pending.fingerprint;
  }

  /** The key the next send of `payload` uses (for tests and logs). */
  keyFor(payload: unknown): string {
    const fp = JSON.stringify(payload);
    if (fp !== this.fingerprint || !this.key) {
      this.key = newIdempotencyKey();
      this.fingerprint = fp;
    }
    return this.key;
  }

  /**
   * Sends unless a send is in flight. Resolves to the result, or null when it failed (see
   * `error`) or was ignored as a double submit. After an error that said when to retry
   * (`retryAt`), a send waits until then, or sends nothing when that is more than
   * MAX_RETRY_WAIT_MS away (the error stays, and its message says when).
   */
  async run(payload: unknown, send: (idempotencyKey: string, signal: AbortSignal) => Promise<T>): Promise<T | null> {
    if (this.busy) return null;
    const wait = this.error?.retryAfterMs ?? 0;
    if (wait > MAX_RETRY_WAIT_MS) {
      this.host.requestUpdate();
      return null;
    }
    const key = this.keyFor(payload);
    const controller = new AbortController();
    this.controller = controller;
    this.state = 'submitting';
    this.error = null;
    this.host.requestUpdate();
    try {
      if (wait > 0) await pause(wait, controller.signal);
      // Once sent, a send runs to its end even if the widget is removed (see hostDisconnected).
      this.controller = null;
      const result = await send(key, controller.signal);
      this.result = result;
      this.state = 'done';
      this.serverErrors = {};
      this.key = null;
      this.fingerprint = null;
      return result;
    } catch (e) {
      if (isAbort(e) && controller.signal.aborted) {
        this.state = 'idle';
        return null;
      }
      const err = toAdapterError(e);
      this.error = err;
      this.state = 'failed';
      if (err.kind === 'validation' || Object.keys(err.fieldErrors).length) this.serverErrors = { ...err.fieldErrors };
      return null;
    } finally {
      if (this.controller === controller) this.controller = null;
      this.host.requestUpdate();
    }
  }

  /** Back to the start (after a success, for a new one). */
  reset(): void {
    this.state = 'idle';
    this.error = null;
    this.result = null;
    this.serverErrors = {};
    this.key = null;
    this.fingerprint = null;
    this.host.requestUpdate();
  }

  hostConnected(): void {}

  /**
   * Removing the widget cancels a retry still waiting for Retry-After (nothing was sent), but not a
   * send in flight: the backend may already hold the record, so it runs to its end and the
   * widget's event reaches the host through its provider (WidgetElement#eventTarget).
   */
  hostDisconnected(): void {
    this.controller?.abort();
  }
}
