import { css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { CkElement } from './ck-element.js';
import { buttonStyles, tokens } from './styles.js';

/** One problem in the summary: the field's path, its name as the user sees it, and the message. */
export interface ErrorSummaryEntry {
  path: string;
  label: string;
  message: string;
}

/** Detail of `ck-focus-field`: the user chose a problem in an error summary; focus its field. */
export interface CkFocusFieldDetail {
  path: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ck-focus-field': CustomEvent<CkFocusFieldDetail>;
  }
}

/**
 * The problems that stopped a submit, the GOV.UK way: a heading and one link per field, in the
 * order the fields appear. It is not a live region: a failed submit moves focus to it once
 * (FormState.attempt does), and it is read then; choosing a problem fires `ck-focus-field` and
 * the widget focuses that field. Renders nothing when there is no problem.
 *
 * @summary Error summary with a link to each invalid field.
 * @fires ck-focus-field - The user chose a problem; detail `{ path }`.
 * @csspart box - The summary box.
 * @tagname ck-error-summary
 */
export class CkErrorSummary extends CkElement {
  static override styles = [
    tokens,
    buttonStyles,
    css`
      :host {
        display: block;
      }
      :host(:focus-visible) {
        outline: 2px solid var(--_primary);
        outline-offset: 1px;
        box-shadow: var(--_focus);
        border-radius: var(--_radius);
      }
      .box {
        padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
        border: 1px solid var(--_border-subtle);
        border-inline-start: 4px solid var(--_danger);
        border-radius: var(--_radius);
        background: var(--_danger-bg);
      }
      h3 {
        margin: 0 0 var(--_space);
        font-size: 1em;
      }
      ul {
        margin: 0;
        padding-inline-start: 1.2em;
        display: grid;
        gap: 4px;
      }
      button {
        font: inherit;
        color: var(--_danger);
        background: none;
        border: 0;
        padding: 0;
        text-align: start;
        text-decoration: underline;
        cursor: pointer;
        overflow-wrap: anywhere;
      }
      button:focus-visible {
        outline: 2px solid var(--_primary);
        outline-offset: 1px;
        box-shadow: var(--_focus);
      }
    `,
  ];

  /** The heading; "There is a problem" in the kit's language when empty. */
  @property() heading = '';

  /** The problems, in the order their fields appear. */
  @property({ attribute: false }) entries: readonly ErrorSummaryEntry[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // Focus lands on the summary itself (read as a group named by its heading), not on its first link.
    if (!this.hasAttribute('tabindex')) this.tabIndex = -1;
    this.setAttribute('role', 'group');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.setAttribute('aria-label', this.heading || this.t('kit.errorSummary'));
    this.hidden = this.entries.length === 0;
  }

  protected override render() {
    if (!this.entries.length) return nothing;
    return html`<div class="box" part="box">
      <h3>${this.heading || this.t('kit.errorSummary')}</h3>
      <ul>
        ${this.entries.map(
          (e) => html`<li><button type="button" data-path=${e.path} @click=${() => this.emit('ck-focus-field', { path: e.path })}>${e.label ? `${e.label}: ` : ''}${e.message}</button></li>`,
        )}
      </ul>
    </div>`;
  }
}
