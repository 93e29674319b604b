import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { CkField } from './field.js';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/**
 * A labelled native select: the most accessible list there is, on every device.
 *
 * @summary Select with label, hint and error.
 * @tagname ck-select-field
 */
export class CkSelectField extends CkField<string> {
  @property() override value = '';
  @property({ attribute: false }) options: readonly SelectOption[] = [];
  /** Text of the empty first option; defaults to "Choose…". Set `no-placeholder` to omit it. */
  @property() placeholder: string | undefined = undefined;
  @property({ type: Boolean, attribute: 'no-placeholder' }) noPlaceholder = false;

  protected override render() {
    return html`<div class="field">
      ${this.renderLabel()} ${this.renderHint()}
      <select
        id="control"
        part="control"
        .value=${live(this.value)}
        ?disabled=${this.disabled || this.readonly}
        aria-required=${this.required ? 'true' : 'false'}
        aria-invalid=${this.errorShown ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.describedBy() || undefined)}
        @change=${(e: Event) => this.userInput((e.target as HTMLSelectElement).value, true)}
        @blur=${this.onBlur}
      >
        ${this.noPlaceholder ? nothing : html`<option value="" ?selected=${this.value === ''}>${this.placeholder ?? this.t('kit.choose')}</option>`}
        ${this.options.map((o) => html`<option value=${o.value} ?disabled=${!!o.disabled} ?selected=${o.value === this.value}>${o.label}</option>`)}
      </select>
      ${this.renderMessages()}
    </div>`;
  }
}
