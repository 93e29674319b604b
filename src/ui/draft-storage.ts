import type { Clock } from '../core/clock.js';

/** What a widget keeps of an unfinished flow. */
export interface SavedDraft<D> {
  draft: D;
  /** The step the user was on (wizards). */
  step?: string | undefined;
  /** The submission in flight when it was saved: a reload sends it again under the same key. */
  submission?: PendingSubmission | undefined;
}

/** An idempotency key and the payload fingerprint it was made for. */
export interface PendingSubmission {
  key: string;
  fingerprint: string;
}

/** Why nothing was restored. */
export type DraftRestore<D> = { kind: 'restored'; saved: SavedDraft<D> } | { kind: 'none' } | { kind: 'dropped'; reason: 'invalid' | 'expired' | 'version' };

export interface DraftStorageOptions<D> {
  /** The storage key the host chose (`draft-key`); nothing is stored without one. */
  key: () => string | undefined;
  /** Bumped whenever the draft's shape changes: older drafts are dropped, not misread. */
  version: number;
  /** Checks a stored draft's shape and values: the draft, or null when it cannot be used. */
  check: (raw: unknown) => D | null;
  clock: () => Clock;
  /** How long a draft is kept (default 24 hours). */
  maxAgeMs?: number;
  /** Where drafts live (default: sessionStorage, so they end with the tab). */
  storage?: () => Storage;
}

const PREFIX = 'channelkit:';
/** What every stored draft's key starts with (`channelkit:<widget>:<draft-key>`). A name of its
 *  own for the host (the demo's Reset), so that the widgets' pages keep the prefix inlined. */
export const DRAFT_PREFIX = PREFIX;
const DAY = 24 * 60 * 60 * 1000;
const KEY_PATTERN = /^[\w-]{1,200}$/;
const FINGERPRINT_MAX = 1_000_000;

function own(o: object, k: string): unknown {
  return Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined;
}

/**
 * A widget's unfinished work in browser storage, for `draft-key`: versioned, checked with the
 * widget's schema on restore (a draft of the wrong shape is dropped with a message, never
 * rendered), expiring after a day, and carrying the idempotency key of a submission in flight,
 * so a reload after a lost response cannot create a second record. Storage that throws (full,
 * blocked, private mode) only means the draft is not kept.
 */
export class DraftStorage<D> {
  constructor(private readonly options: DraftStorageOptions<D>) {}

  private get storageKey(): string | null {
    const k = this.options.key();
    return k ? `${PREFIX}${k}` : null;
  }

  private storage(): Storage {
    return this.options.storage?.() ?? sessionStorage;
  }

  load(): DraftRestore<D> {
    const key = this.storageKey;
    if (!key) return { kind: 'none' };
    let text: string | null;
    try {
      text = this.storage().getItem(key);
    } catch {
      return { kind: 'none' };
    }
    if (text === null) return { kind: 'none' };
    const dropped = (reason: 'invalid' | 'expired' | 'version'): DraftRestore<D> => {
      this.clear();
      return { kind: 'dropped', reason };
    };
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return dropped('invalid');
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return dropped('invalid');
    if (own(raw, 'v') !== this.options.version) return dropped('version');
    const savedAt = own(raw, 'savedAt');
    const age = typeof savedAt === 'number' ? this.options.clock()().getTime() - savedAt : NaN;
    if (!(age >= 0 && age <= (this.options.maxAgeMs ?? DAY))) return dropped('expired');
    const draft = this.options.check(own(raw, 'draft'));
    if (draft === null) return dropped('invalid');
    const step = own(raw, 'step');
    const sub = own(raw, 'submission');
    let submission: PendingSubmission | undefined;
    if (typeof sub === 'object' && sub !== null) {
      const k = own(sub, 'key');
      const f = own(sub, 'fingerprint');
      if (typeof k === 'string' && KEY_PATTERN.test(k) && typeof f === 'string' && f.length <= FINGERPRINT_MAX) submission = { key: k, fingerprint: f };
    }
    return { kind: 'restored', saved: { draft, step: typeof step === 'string' ? step : undefined, submission } };
  }

  save(saved: SavedDraft<D>): void {
    const key = this.storageKey;
    if (!key) return;
    try {
      this.storage().setItem(key, JSON.stringify({ v: this.options.version, savedAt: this.options.clock()().getTime(), ...saved }));
    } catch {
      // Storage full or blocked: the widget still works, it just will not resume.
    }
  }

  clear(): void {
    const key = this.storageKey;
    if (!key) return;
    try {
      this.storage().removeItem(key);
    } catch {
      // Nothing to do: storage is unavailable.
    }
  }
}
