import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { CkField } from './field.js';

/**
 * A labelled native checkbox.
 *
 * @summary Checkbox with label, hint and error.
 * @tagname ck-checkbox
 */
export class CkCheckbox extends CkField<boolean> {
  static override styles = [
    ...CkField.styles,
    css`
      .row {
        display: flex;
        gap: var(--_space);
        align-items: flex-start;
      }
      input {
        width: 18px;
        height: 18px;
        min-height: 0;
        margin: 2px 0 0;
        padding: 0;
        accent-color: var(--_primary);
        flex: none;
      }
      label {
        font-weight: 500;
      }
    `,
  ];

  @property({ type: Boolean }) override value = false;

  protected override render() {
    return html`<div class="field">
      <div class="row">
        <input
          id="control"
          part="control"
          type="checkbox"
          .checked=${live(this.value)}
          ?disabled=${this.disabled || this.readonly}
          aria-invalid=${this.errorShown ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.describedBy() || undefined)}
          @change=${(e: Event) => this.userInput((e.target as HTMLInputElement).checked, true)}
          @blur=${this.onBlur}
        />
        ${this.renderLabel()}
      </div>
      ${this.renderHint()} ${this.renderMessages()}
    </div>`;
  }
}
