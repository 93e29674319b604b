/**
 * Typed adapter errors. Widgets decide what to show from `kind`, never from a status code.
 */
import { type Clock, systemClock } from '../core/clock.js';
import type { FieldErrors } from '../schemas/validate.js';

export type AdapterErrorKind =
  | 'network'
  | 'timeout'
  | 'validation'
  /** Not signed in, or no longer: sign in again (401, a redirect, a login page instead of JSON, a failed auth hook). */
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  /** Too many requests (429): wait until `retryAt` when the server said. */
  | 'rate-limited'
  | 'server'
  | 'bad-response'
  | 'aborted';

export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  constructor(
    readonly kind: AdapterErrorKind,
    message: string,
    readonly options: {
      /** HTTP status, when there was a response. */
      status?: number;
      /** For `validation`: message per field path ("customer.email"). */
      fieldErrors?: FieldErrors;
      /** A machine-readable reason from the backend ("contract-inactive", "domain-taken", "product-not-in-contract"). */
      code?: string;
      /** When the server said a retry may succeed (Retry-After), as epoch milliseconds. */
      retryAt?: number;
      /** The clock `retryAt` was counted from (default: the system clock). */
      clock?: Clock;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
  }

  get status(): number | undefined {
    return this.options.status;
  }
  get fieldErrors(): FieldErrors {
    return this.options.fieldErrors ?? {};
  }
  get code(): string | undefined {
    return this.options.code;
  }
  /** When the server said a retry may succeed (Retry-After), as epoch milliseconds; undefined when it did not say. */
  get retryAt(): number | undefined {
    return this.options.retryAt;
  }
  /**
   * Now, by the clock `retryAt` was counted from (the adapter's: a Retry-After is elapsed time, so
   * the wait is measured on the clock that stamped it).
   */
  now(): Date {
    return (this.options.clock ?? systemClock)();
  }
  /** Milliseconds left until `retryAt` (0 once it has passed); undefined when the server did not say. */
  get retryAfterMs(): number | undefined {
    return this.retryAfterMsAt(this.now());
  }
  /** Milliseconds left until `retryAt` at the instant `now`. */
  retryAfterMsAt(now: Date): number | undefined {
    return this.options.retryAt === undefined ? undefined : Math.max(0, this.options.retryAt - now.getTime());
  }
  /** Whether trying the same request again may succeed (after `retryAt`, when set). */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'server' || this.kind === 'bad-response' || this.kind === 'rate-limited';
  }
}

export function isAdapterError(e: unknown): e is AdapterError {
  return e instanceof AdapterError;
}

export function isAbort(e: unknown): boolean {
  return (e instanceof AdapterError && e.kind === 'aborted') || (e instanceof DOMException && e.name === 'AbortError');
}

/** Any thrown value as an AdapterError (a host adapter may throw plain errors). */
export function toAdapterError(e: unknown): AdapterError {
  if (e instanceof AdapterError) return e;
  if (e instanceof DOMException && e.name === 'AbortError') return new AdapterError('aborted', 'The request was cancelled.', { cause: e });
  if (e instanceof DOMException && e.name === 'TimeoutError') return new AdapterError('timeout', 'The server took too long to answer.', { cause: e });
  return new AdapterError('network', e instanceof Error ? e.message : 'The request failed.', { cause: e });
}

/** A new idempotency key: one per user submission, reused on every retry of it. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
