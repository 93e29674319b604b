import { css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { CkElement } from './ck-element.js';
import { tokens } from './styles.js';

export interface SummaryItem {
  label: string;
  value: string | TemplateResult;
  /** Emphasised row (a total). */
  strong?: boolean;
}

/**
 * A description list of label/value pairs, for reviews and previews.
 *
 * @summary Label/value summary (a `dl`).
 * @csspart list - The `dl`.
 * @tagname ck-summary-list
 */
export class CkSummaryList extends CkElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      dl {
        margin: 0;
        display: grid;
        /* Labels take what they need up to 40%: values (data) keep room to read. */
        grid-template-columns: fit-content(40%) 1fr;
        border-top: 1px solid var(--_border-subtle);
      }
      dt,
      dd {
        margin: 0;
        padding: 10px 0;
        border-bottom: 1px solid var(--_border-subtle);
      }
      dt {
        color: var(--_muted);
        padding-inline-end: calc(var(--_space) * 3);
      }
      dd {
        overflow-wrap: anywhere;
        /* Values are data: bidi controls in one cannot reach past it (see isolate() for text). */
        unicode-bidi: isolate;
      }
      .strong {
        font-weight: 700;
        color: var(--_text);
      }
      /* Narrow: each label above its value, both the full width. */
      @container (max-width: 420px) {
        dl {
          grid-template-columns: 1fr;
        }
        dt {
          border-bottom: 0;
          padding-bottom: 2px;
        }
        dd {
          padding-top: 0;
        }
      }
    `,
  ];

  @property({ attribute: false }) items: readonly SummaryItem[] = [];

  protected override render() {
    return html`<dl part="list">
      ${this.items.map((i) => html`<dt class=${i.strong ? 'strong' : ''}>${i.label}</dt><dd class=${i.strong ? 'strong' : ''}>${i.value}</dd>`)}
    </dl>`;
  }
}
