import { ENTER_EVENT } from './enter-event.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CkElement } from './ck-element.js';
import { buttonStyles, controlStyles, tokens } from './styles.js';

/** Detail of `ck-input` and `ck-change` from every form-kit control. */
export interface CkValueDetail<T = string> {
  value: T;
}

/**
 * Runs `fn` now, or, while a pointer is pressed on the page, once the press has ended and its
 * click was handled. A press on a button is what blurs the field being left; the error the field
 * then shows pushes what is under it down, and the button would move from under the pointer
 * between press and release, so that the click never reached it (Next needed two clicks).
 */
function afterPress(fn: () => void): void {
  if (pressed) waiting.push(fn);
  else fn();
}
let pressed = false;
let waiting: (() => void)[] = [];
let watching = false;
/** Follows the page's presses from the first field on it (importing the module does nothing). */
function watchPresses(): void {
  if (watching) return;
  watching = true;
  const opts = { capture: true, passive: true };
  const release = () => {
    pressed = false;
    const run = waiting;
    waiting = [];
    // After the task that dispatches the click, so that the click lands first.
    if (run.length) setTimeout(() => run.forEach((f) => f()));
  };
  document.addEventListener('pointerdown', () => (pressed = true), opts);
  document.addEventListener('pointerup', release, opts);
  document.addEventListener('pointercancel', release, opts);
  // A release outside the window is not seen: leaving the window ends the press too.
  window.addEventListener('blur', release);
}

/**
 * Base of every form-kit control: label, hint, warning, error and the rule for showing it.
 *
 * Being invalid and showing an error are two things. `error` is the control's current
 * validity message, always computed by the widget. It is shown once the user changed the
 * control and left it, or after a submit attempt (`submitted`). While the user types in the
 * control, a shown error can only go away (the value became valid): it never appears or
 * changes per keystroke, only when the control is left or on a submit. The message is not a
 * live region (a failed submit's error summary and the field's `aria-describedby` say it).
 * `aria-invalid` follows what is shown; hint, warning and error are linked with
 * `aria-describedby`. The `invalid` attribute reflects validity so `focusFirstInvalid` can find
 * the first invalid control.
 *
 * @fires ck-input - On every user edit; detail `{ value }`.
 * @fires ck-change - When the user commits a value (blur, select, toggle); detail `{ value }`.
 * @csspart label - The label.
 * @csspart control - The input, select or button.
 * @csspart hint - The help text.
 * @csspart error - The error message.
 */
export class CkField<T = string> extends CkElement {
  static override styles = [tokens, controlStyles, buttonStyles];
  static override shadowRootOptions = { ...CkElement.shadowRootOptions, delegatesFocus: true };

  @property() label = '';
  @property() hint = '';
  /** A message that does not block (e.g. "cannot be changed once the sale is registered"). */
  @property() warning = '';
  /** Current validity message; empty when valid. Shown per the rule above. */
  @property() error = '';
  @property({ type: Boolean }) required = false;
  @property({ type: Boolean }) disabled = false;
  @property({ type: Boolean }) readonly = false;
  /** Set after a submit attempt: errors show whether or not the control was touched. */
  @property({ type: Boolean }) submitted = false;
  @property() name = '';

  @state() protected touched = false;
  @state() protected dirty = false;
  /** The message shown now (see the rule above). */
  @state() private shownError = '';
  /** The user is typing in the control: what is shown only clears until they leave it. */
  private typingIn = false;

  declare value: T;

  override connectedCallback(): void {
    super.connectedCallback();
    watchPresses();
  }

  /** Whether the error is currently shown (and so aria-invalid is true). */
  get errorShown(): boolean {
    return !!this.shownError;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const error = this.currentError();
    const due = error && (this.submitted || (this.touched && this.dirty)) ? error : '';
    if (!this.typingIn || !due || changed.has('submitted')) this.shownError = due;
  }

  /** The message the control stands by now: the widget's, else the control's own rule (a text over its length). */
  protected currentError(): string {
    return this.error;
  }

  override focus(options?: FocusOptions): void {
    (this.renderRoot.querySelector<HTMLElement>('#control') ?? this).focus(options);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.toggleAttribute('invalid', !!this.currentError());
  }

  /** Call from the control's input handler. */
  protected userInput(value: T, commit = false): void {
    this.dirty = true;
    // A keystroke keeps what is shown until the control is left; a choice (select, radio,
    // switch, checkbox) is complete, so its error shows at once.
    this.typingIn = !commit;
    this.value = value;
    this.emit('ck-input', { value });
    if (commit) this.commit();
  }

  protected commit(): void {
    this.emit('ck-change', { value: this.value });
  }

  /**
   * Enter in a single-line control asks the widget for its primary action (Next in a wizard,
   * the submit on a form's last step), as a native form's implicit submission would, which
   * cannot reach across shadow roots. The event does not leave the widget's shadow tree; the
   * widget's Submission guard makes any number of presses one record.
   */
  protected onEnterKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Enter' || e.isComposing || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    e.preventDefault();
    this.commit();
    this.dispatchEvent(new CustomEvent(ENTER_EVENT, { bubbles: true }));
  };

  protected onBlur(): void {
    afterPress(() => {
      this.typingIn = false;
      this.touched = true;
      this.requestUpdate();
    });
  }

  protected describedBy(extra: string[] = []): string {
    const ids = [...extra];
    if (this.hint) ids.push('hint');
    if (this.warning) ids.push('warning');
    if (this.errorShown) ids.push('error');
    return ids.join(' ');
  }

  protected renderLabel(forId = 'control', suffix: TemplateResult | typeof nothing = nothing): TemplateResult {
    return html`<label id="label" for=${forId} part="label"
      >${this.label}${this.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}${suffix}</label
    >`;
  }

  protected renderMessages(): TemplateResult {
    return html`${this.warning ? html`<p id="warning" class="warning" part="warning">${this.warning}</p>` : nothing}
      <p id="error" class="error" part="error" ?hidden=${!this.errorShown}>${this.shownError}</p>`;
  }

  protected renderHint(): TemplateResult | typeof nothing {
    return this.hint ? html`<p id="hint" class="hint" part="hint">${this.hint}</p>` : nothing;
  }
}
