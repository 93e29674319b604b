import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CkField } from './field.js';

/**
 * An on/off switch (`role="switch"`): Space or Enter toggles it.
 *
 * @summary Switch with label and hint.
 * @csspart track - The switch track.
 * @tagname ck-toggle
 */
export class CkToggle extends CkField<boolean> {
  static override styles = [
    ...CkField.styles,
    css`
      .row {
        display: flex;
        align-items: center;
        gap: calc(var(--_space) * 1.5);
      }
      button {
        all: unset;
        box-sizing: border-box;
        flex: none;
        width: 44px;
        height: 24px;
        border-radius: 12px;
        background: var(--_border);
        position: relative;
        cursor: pointer;
        transition: background 0.15s;
      }
      button::after {
        content: '';
        position: absolute;
        top: 3px;
        left: 3px;
        width: 18px;
        height: 18px;
        border-radius: 50%;
        background: var(--_bg);
        transition: transform 0.15s;
      }
      button[aria-checked='true'] {
        background: var(--_primary);
      }
      button[aria-checked='true']::after {
        transform: translateX(20px);
      }
      button:disabled {
        opacity: 0.5;
        cursor: not-allowed;
      }
      button:focus-visible {
        outline: 2px solid var(--_primary);
        outline-offset: 2px;
      }
      label {
        cursor: pointer;
      }
      @media (prefers-reduced-motion: reduce) {
        button,
        button::after {
          transition: none;
        }
      }
    `,
  ];

  @property({ type: Boolean }) override value = false;

  private toggle(): void {
    if (this.disabled || this.readonly) return;
    this.userInput(!this.value, true);
  }

  protected override render() {
    return html`<div class="field">
      <div class="row">
        <button
          id="control"
          part="control track"
          role="switch"
          aria-checked=${this.value ? 'true' : 'false'}
          aria-labelledby="label"
          aria-describedby=${ifDefined(this.describedBy() || undefined)}
          aria-readonly=${this.readonly ? 'true' : 'false'}
          ?disabled=${this.disabled}
          @click=${this.toggle}
          @blur=${this.onBlur}
        ></button>
        <label id="label" part="label" @click=${this.toggle}>${this.label}${this.readonly ? html`<span class="sr-only"> (${this.t('kit.readOnly')})</span>` : nothing}</label>
      </div>
      ${this.renderHint()} ${this.renderMessages()}
    </div>`;
  }
}
