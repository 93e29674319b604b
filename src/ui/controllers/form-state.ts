import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldErrors } from '../../schemas/validate.js';
import { getAtPath, setAtPath } from '../draft-path.js';
import { focusFirstInvalid } from '../focus.js';

export { focusAfterRender } from '../focus.js';

/** What a form controller needs of its element. */
export interface FormHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
}

export interface FormStateOptions<D> {
  /** The draft's errors by path (all of them, or the current step's). */
  validate: (draft: D) => FieldErrors;
  /**
   * What else the errors depend on (the step shown, today, the locale, the catalog version): the
   * errors are computed once per draft and these, since a render asks for every field's error.
   */
  keys?: () => readonly unknown[];
  /** After every change of the draft by the user (keep it in storage, tell the host). */
  changed?: (draft: D) => void;
}

type ValueHandler = (e: CustomEvent<{ value: unknown }>) => void;

/** What a field binding and a step flow use of a form, whatever its draft's type. */
export interface FormBinding {
  submitted: boolean;
  submittedAt(path: string): boolean;
  serverErrors: FieldErrors;
  get(path: string): unknown;
  set(path: string, value: unknown): void;
  err(path: string): string;
  readonly shownErrors: FieldErrors;
  attempt(): Promise<boolean>;
  focusInvalid(): Promise<void>;
  focusField(path: string): void;
}

/**
 * The state of one form: its draft (replaced on every edit, never mutated), its errors (always
 * computed; a field shows its own once touched and changed, or after a submit attempt), the
 * backend's field errors (kept until the user edits that field), and the binding of fields
 * to paths of the draft. Being invalid and showing an error are two things: `submitted` says
 * when every error shows.
 */
export class FormState<D extends object> implements ReactiveController, FormBinding {
  private current: D;
  private shown = false;
  /** The fields on screen at the last submit attempt (null: all of them, e.g. a step shown with its errors). */
  private onScreenAtSubmit: Set<string> | null = null;
  private server: FieldErrors = {};
  private memo: { draft: D; keys: readonly unknown[]; errors: FieldErrors } | null = null;
  private readonly handlers = new Map<string, ValueHandler>();

  constructor(
    private readonly host: FormHost,
    initial: D,
    private readonly options: FormStateOptions<D>,
  ) {
    this.current = initial;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The draft as the user left it. */
  get draft(): D {
    return this.current;
  }

  /** Replaces the draft as the user's edit (the `changed` option hears of it). */
  set draft(draft: D) {
    this.current = draft;
    this.host.requestUpdate();
    this.options.changed?.(draft);
  }

  /** Starts over from `draft`: nothing submitted, no backend errors, nothing reported as an edit. */
  reset(draft: D): void {
    this.current = draft;
    this.shown = false;
    this.onScreenAtSubmit = null;
    this.server = {};
    this.host.requestUpdate();
  }

  /** Whether every error shows (after a submit attempt), not only those of touched fields. */
  get submitted(): boolean {
    return this.shown;
  }
  set submitted(value: boolean) {
    this.onScreenAtSubmit = null;
    if (value === this.shown) return;
    this.shown = value;
    this.host.requestUpdate();
  }

  /**
   * Whether the field at `path` shows its error as submitted: it was on screen when the user
   * last tried to submit. A field that appeared since (the user chose "Create a new organization"
   * after a failed Next) starts fresh: its error shows once it is touched, or on the next attempt.
   */
  submittedAt(path: string): boolean {
    return this.shown && (!this.onScreenAtSubmit || this.onScreenAtSubmit.has(path));
  }

  /** The draft's errors by path, computed once per draft and keys. */
  get errors(): FieldErrors {
    const keys = this.options.keys?.() ?? [];
    const m = this.memo;
    if (m && m.draft === this.current && m.keys.length === keys.length && m.keys.every((k, i) => Object.is(k, keys[i]))) return m.errors;
    const errors = this.options.validate(this.current);
    this.memo = { draft: this.current, keys, errors };
    return errors;
  }

  get valid(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  /** The message for the field at `path` ('' when none): the backend's first, then the rules'. */
  err(path: string): string {
    return this.server[path] ?? this.errors[path] ?? '';
  }

  /**
   * The errors the user is shown now (what an error summary lists): the rules' for the fields
   * submitted, and the backend's.
   */
  get shownErrors(): FieldErrors {
    const shown: FieldErrors = {};
    if (this.shown) for (const [path, message] of Object.entries(this.errors)) if (this.submittedAt(path)) shown[path] = message;
    return { ...shown, ...this.server };
  }

  /** The backend's field errors (a 422), by draft path, shown until the user edits each field. */
  get serverErrors(): FieldErrors {
    return this.server;
  }
  set serverErrors(errors: FieldErrors) {
    this.server = errors;
    this.host.requestUpdate();
  }

  /** Forgets the backend's errors at `path` and under it (all of them without a path). */
  clearServerErrors(path?: string): void {
    const all = Object.entries(this.server);
    const kept = path === undefined ? [] : all.filter(([k]) => k !== path && !k.startsWith(`${path}.`));
    if (kept.length < all.length) this.serverErrors = Object.fromEntries(kept);
  }

  /** The value at `path` of the draft. */
  get(path: string): unknown {
    return getAtPath(this.current, path);
  }

  /** Sets the value at `path` as the user's edit, dropping the backend's error there. */
  set(path: string, value: unknown): void {
    this.clearServerErrors(path);
    this.draft = setAtPath(this.current, path, value);
  }

  /** A `ck-input` listener that sets `path` (the same function for a path, so Lit keeps it bound). */
  on(path: string): ValueHandler {
    const h: ValueHandler = this.handlers.get(path) ?? ((e) => this.set(path, e.detail.value));
    this.handlers.set(path, h);
    return h;
  }

  /**
   * A submit attempt: true when the draft is valid; otherwise every error shows, and focus goes
   * to the error summary when the view has one, else to the first invalid field.
   */
  async attempt(): Promise<boolean> {
    await this.host.updateComplete; // what is on screen is what the user submitted
    const onScreen = new Set([...this.host.renderRoot.querySelectorAll('[data-path]')].map((e) => e.getAttribute('data-path')!));
    this.submitted = true;
    this.onScreenAtSubmit = onScreen.size ? onScreen : null;
    this.host.requestUpdate();
    if (this.valid) return true;
    await this.focusInvalid();
    return false;
  }

  /** Focuses the field bound to `path` (an error summary's link was chosen). */
  focusField(path: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`)?.focus();
  }

  /** After the next render: focus the error summary (`[part=error-summary]`), else the first invalid field. */
  async focusInvalid(): Promise<void> {
    await this.host.updateComplete;
    // Once more: the summary names each field from the fields on screen, which this render put there (a 422 sent to another step).
    this.host.requestUpdate();
    await this.host.updateComplete;
    const summary = this.host.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('[part~=error-summary]');
    await summary?.updateComplete; // named and filled before focus reads it
    if (summary && !summary.hidden) summary.focus();
    else await focusFirstInvalid(this.host.renderRoot);
  }
}
