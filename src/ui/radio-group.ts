import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { CkField } from './field.js';

export interface RadioOption {
  value: string;
  label: string;
  /** Shown under the label and read with it. */
  description?: string;
  disabled?: boolean;
}

/**
 * A group of native radio buttons in a fieldset, each option with an optional explanation.
 * Arrow keys move between options (native behaviour).
 *
 * @summary Single choice among a few explained options.
 * @tagname ck-radio-group
 * @csspart option - Each option's box.
 */
export class CkRadioGroup extends CkField<string> {
  static override styles = [
    ...CkField.styles,
    css`
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        min-width: 0;
        display: grid;
        gap: calc(var(--_space) / 2);
      }
      legend {
        padding: 0;
        margin-bottom: calc(var(--_space) / 2);
        font-weight: 600;
        font-size: 0.93em;
      }
      .options {
        display: grid;
        gap: var(--_space);
        grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      }
      .option {
        display: flex;
        gap: var(--_space);
        align-items: flex-start;
        padding: calc(var(--_space) * 1.5);
        border: 1px solid var(--_border-subtle);
        border-radius: var(--_radius);
        cursor: pointer;
        background: var(--_bg);
        font-weight: 400;
        font-size: 1em;
      }
      .option:has(input:checked) {
        border-color: var(--_primary);
        box-shadow: inset 0 0 0 1px var(--_primary);
      }
      .option:has(input:disabled) {
        opacity: 0.6;
        cursor: not-allowed;
      }
      input {
        width: 18px;
        height: 18px;
        min-height: 0;
        margin: 2px 0 0;
        padding: 0;
        flex: none;
        accent-color: var(--_primary);
      }
      .text {
        display: grid;
        gap: 2px;
        /* Labels and descriptions come from data: an unbroken one wraps inside the option
           instead of widening the group (a flex/grid item's minimum is its longest word). */
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .title {
        font-weight: 600;
      }
      /* Labels and descriptions are data: bidi controls in one cannot reach past it. */
      .title,
      .desc {
        unicode-bidi: isolate;
      }
      .desc {
        color: var(--_muted);
        font-size: 0.87em;
      }
    `,
  ];

  @property() override value = '';
  @property({ attribute: false }) options: readonly RadioOption[] = [];

  override focus(options?: FocusOptions): void {
    const radios = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input')];
    (radios.find((r) => r.checked) ?? radios.find((r) => !r.disabled))?.focus(options);
  }

  protected override render() {
    return html`<fieldset
      role="radiogroup"
      aria-required=${this.required ? 'true' : 'false'}
      aria-invalid=${this.errorShown ? 'true' : 'false'}
      aria-describedby=${ifDefined(this.describedBy() || undefined)}
    >
      <legend part="label">${this.label}${this.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}</legend>
      ${this.renderHint()}
      <div class="options" role="presentation">
        ${this.options.map(
          (o, i) => html`<label class="option" part="option">
            <input
              type="radio"
              name="choice"
              id=${i === 0 ? 'control' : `opt-${i}`}
              .value=${o.value}
              .checked=${live(o.value === this.value)}
              ?disabled=${o.disabled || this.disabled || this.readonly}
              aria-labelledby=${`title-${i}`}
              aria-describedby=${ifDefined([o.description ? `desc-${i}` : '', this.errorShown ? 'error' : ''].filter(Boolean).join(' ') || undefined)}
              aria-invalid=${this.errorShown ? 'true' : 'false'}
              @change=${() => this.userInput(o.value, true)}
              @blur=${this.onBlur}
            />
            <span class="text"><span class="title" id=${`title-${i}`}>${o.label}</span>${o.description ? html`<span class="desc" id=${`desc-${i}`}>${o.description}</span>` : nothing}</span>
          </label>`,
        )}
      </div>
      ${this.renderMessages()}
    </fieldset>`;
  }
}
