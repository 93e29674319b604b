import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { CkField } from './field.js';

/**
 * Calendar date input. The value is a `YYYY-MM-DD` string, never a Date, so no time zone
 * can shift it. Uses the browser's date control (keyboard: type the parts, arrows step).
 *
 * @summary Date input whose value is a calendar date string.
 * @tagname ck-date-field
 */
export class CkDateField extends CkField<string> {
  @property() override value = '';
  /** Earliest allowed date, `YYYY-MM-DD`. */
  @property() min: string | undefined = undefined;
  @property() max: string | undefined = undefined;

  protected override render() {
    return html`<div class="field">
      ${this.renderLabel()} ${this.renderHint()}
      <input
        id="control"
        part="control"
        type="date"
        .value=${live(this.value)}
        min=${ifDefined(this.min)}
        max=${ifDefined(this.max)}
        ?disabled=${this.disabled}
        ?readonly=${this.readonly}
        aria-required=${this.required ? 'true' : 'false'}
        aria-invalid=${this.errorShown ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy() || undefined)}
        @input=${(e: Event) => this.userInput((e.target as HTMLInputElement).value)}
        @change=${this.commit}
        @blur=${this.onBlur}
        @keydown=${this.onEnterKey}
      />
      ${this.renderMessages()}
    </div>`;
  }
}
