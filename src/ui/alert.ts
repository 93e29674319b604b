import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { CkElement } from './ck-element.js';
import { buttonStyles, tokens } from './styles.js';

/**
 * A message box. It is not a live region: a box is not news because it is a box (a "no adapter"
 * note or a static warning read out on every load is noise). What must be heard when it happens,
 * a widget says once: it moves focus to the box (a failed submit) or says it through its status
 * regions (see Announcer). With `retry` it offers a retry button.
 *
 * `focus()` moves focus to the box itself (its heading and message are read, and Tab goes on to
 * Retry). Do not put a `tabindex` on the element: a shadow host with a negative tabindex takes
 * everything inside it out of the Tab order, so Retry could only be reached by a mouse.
 *
 * @summary Message with optional heading and retry.
 * @slot - The message.
 * @fires ck-retry - When the user presses the retry button.
 * @csspart alert - The box.
 * @csspart retry-button - The retry button.
 * @tagname ck-alert
 */
export class CkAlert extends CkElement {
  static override styles = [
    tokens,
    buttonStyles,
    css`
      :host {
        display: block;
      }
      .box {
        display: flex;
        /* The retry button goes under the message when both do not fit on a line (a phone). */
        flex-wrap: wrap;
        gap: calc(var(--_space) * 1.5);
        align-items: flex-start;
        padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
        border-radius: var(--_radius);
        border: 1px solid var(--_border-subtle);
        border-inline-start-width: 4px;
        background: var(--_info-bg);
        border-inline-start-color: var(--_primary);
      }
      .error {
        background: var(--_danger-bg);
        border-inline-start-color: var(--_danger);
      }
      .warning {
        background: var(--_warning-bg);
        border-inline-start-color: var(--_warning);
      }
      .success {
        background: var(--_success-bg);
        border-inline-start-color: var(--_success);
      }
      .body {
        flex: 1 1 14em;
        display: grid;
        gap: 4px;
      }
      strong {
        font-weight: 700;
      }
      .box:focus-visible {
        outline: 2px solid var(--_primary);
        outline-offset: 1px;
      }
    `,
  ];

  @property({ reflect: true }) variant: 'info' | 'success' | 'warning' | 'error' = 'info';
  @property() heading = '';
  /** Show a retry button. */
  @property({ type: Boolean }) retry = false;
  @property({ attribute: 'retry-label' }) retryLabel = '';

  /** Focuses the box (see the class comment), once it is rendered. */
  override focus(options?: FocusOptions): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.box');
    if (box) box.focus(options);
    else void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.box')?.focus(options));
  }

  protected override render() {
    return html`<div class="box ${this.variant}" part="alert" tabindex="-1">
      <div class="body">
        ${this.heading ? html`<strong>${this.heading}</strong>` : nothing}
        <div><slot></slot></div>
      </div>
      ${this.retry
        ? html`<button class="btn" part="retry-button" @click=${() => this.emit('ck-retry', {})}>${this.retryLabel || this.t('kit.retry')}</button>`
        : nothing}
    </div>`;
  }
}
