import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { parseWholeNumber, ungroupWholeNumber } from '../core/whole-number.js';
import { tv } from '../i18n/validation-messages.js';
import { CkField } from './field.js';

/**
 * A labelled text input or textarea. The value is exactly what the user typed: the
 * control never rewrites it while the user types. With `readonly` the value is shown as
 * text under its label (no input, no tab stop).
 *
 * @summary Text input with label, hint, counter and error.
 * @tagname ck-text-field
 */
export class CkTextField extends CkField<string> {
  @property() override value = '';
  @property() type: 'text' | 'email' | 'tel' | 'search' | 'url' = 'text';
  @property() inputmode: string | undefined = undefined;
  @property() autocomplete: AutoFill | undefined = undefined;
  @property() placeholder: string | undefined = undefined;
  /**
   * Most characters allowed (UTF-16 code units, as the schemas count); with `counter` a live
   * count is shown. Text past it is kept as typed or pasted, never cut: the field says
   * "Use at most N characters." (the schemas' message) and is invalid until it is shortened.
   */
  @property({ type: Number }) maxlength: number | undefined = undefined;
  @property({ type: Boolean }) counter = false;
  @property({ type: Boolean }) multiline = false;
  @property({ type: Number }) rows = 3;

  /** How many characters the value has past `maxlength` (0 when within it). */
  protected get over(): number {
    return this.maxlength ? Math.max(0, this.value.length - this.maxlength) : 0;
  }

  protected override currentError(): string {
    return this.error || (this.over ? tv(this.loc, 'v.tooLong', { maximum: this.maxlength! }) : '');
  }

  /** The text the control shows (the value itself; a money field shows its amount in the locale). */
  protected controlText(): string {
    return this.value;
  }

  protected onInput(e: Event): void {
    this.userInput((e.target as HTMLInputElement).value);
  }

  protected renderControl() {
    const describedBy = this.describedBy(this.counter && this.maxlength ? ['counter'] : []);
    // One template for both: a textarea ignores type and inputmode, an input ignores rows.
    const tag = this.multiline ? literal`textarea` : literal`input`;
    return staticHtml`<${tag}
      id="control"
      part="control"
      type=${this.type}
      rows=${this.rows}
      .value=${live(this.controlText())}
      name=${ifDefined(this.name || undefined)}
      inputmode=${ifDefined(this.inputmode)}
      .autocomplete=${this.autocomplete ?? ''}
      placeholder=${ifDefined(this.placeholder)}
      ?disabled=${this.disabled}
      ?readonly=${this.readonly}
      aria-required=${this.required ? 'true' : 'false'}
      aria-invalid=${this.errorShown ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy || undefined)}
      @input=${this.onInput}
      @change=${this.commit}
      @blur=${this.onBlur}
      @keydown=${this.keyDown}
    ></${tag}>`;
  }

  private readonly keyDown = (e: KeyboardEvent): void => {
    this.onKeyDown(e);
    if (!this.multiline) this.onEnterKey(e);
  };

  protected onKeyDown(_e: KeyboardEvent): void {}

  /**
   * A read-only value is text, not an input: not a tab stop, read in place after its label (a
   * figure the widget computes, a status that cannot be changed here).
   */
  private renderReadOnly() {
    return html`<div class="field read-only">
      <span id="label" class="label" part="label">${this.label}</span>
      <span id="control" part="control value" class="value" aria-describedby=${ifDefined(this.describedBy() || undefined)}>${this.controlText()}</span>
      ${this.renderHint()} ${this.renderMessages()}
    </div>`;
  }

  protected override render() {
    if (this.readonly) return this.renderReadOnly();
    const left = this.maxlength ? this.maxlength - this.value.length : 0;
    const count = this.over ? this.t('kit.charactersOver', { count: this.over }) : this.t('kit.charactersLeft', { count: left });
    return html`<div class="field">
      ${this.renderLabel()} ${this.renderHint()} ${this.renderControl()}
      ${this.counter && this.maxlength ? html`<span id="counter" class=${this.over ? 'counter over' : 'counter'} part="counter">${count}</span>` : nothing}
      ${this.renderMessages()}
    </div>`;
  }
}

/**
 * A whole-number input: digits only on mobile keyboards; ArrowUp/ArrowDown step by one and
 * PageUp/PageDown by ten within `min`..`max`. The value stays text so nothing typed is lost; one
 * typed with the locale's thousands separators ("1,000") becomes its digits when the field is left.
 * @tagname ck-number-field
 */
export class CkNumberField extends CkTextField {
  @property({ type: Number }) min: number | undefined = undefined;
  @property({ type: Number }) max: number | undefined = undefined;

  constructor() {
    super();
    this.inputmode = 'numeric';
  }

  protected override onKeyDown(e: KeyboardEvent): void {
    const steps: Record<string, number> = { ArrowUp: 1, ArrowDown: -1, PageUp: 10, PageDown: -10 };
    const step = steps[e.key];
    if (step === undefined || this.readonly || this.disabled) return;
    e.preventDefault();
    const current = parseWholeNumber(this.value, { allowSign: true }) ?? (this.min ?? 0) - step;
    let next = current + step;
    if (this.min !== undefined) next = Math.max(this.min, next);
    if (this.max !== undefined) next = Math.min(this.max, next);
    this.userInput(String(next));
  }

  /** A number typed with the locale's thousands separators ("1,000") is kept as its digits when the field is left. */
  protected override commit(): void {
    const digits = ungroupWholeNumber(this.value, this.loc);
    if (digits !== null) {
      this.value = digits;
      this.emit('ck-input', { value: digits });
    }
    super.commit();
  }
}
