import { css } from 'lit';
import { buttonStyles, tokens } from '../../src/ui/styles.js';
import { widgetStyles } from '../../src/ui/widget-styles.js';

/**
 * The styles of <service-plan-editor>: layout and look only; themable through --ck-* properties and ::part.
 *
 * What keeps a keystroke cheap to lay out and paint (issue 21; the comments stay out of the css,
 * where they would cost every page their bytes):
 * - The resources list is a block, not a grid: a keystroke in one resource lays out the list
 *   again, and a grid of 200 cards re-ran its track sizing over every card (layout 11.5 -> 7.9 ms
 *   a keystroke at 4x CPU, with the next point).
 * - Each resource card and each fee's pricing in it is a stacking context (isolation: isolate):
 *   the browser replays the cached painting of every other card and fee instead of painting the
 *   open card again (paint 10.7 -> 5.7 ms at 4x). Unlike paint or layout containment, it clips
 *   nothing and leaves overflow visible to the layout tests.
 */
export const servicePlanEditorStyles = [
  tokens,
  buttonStyles,
  widgetStyles,
  css`
    .badge {
      font-size: 0.8em;
      font-weight: 700;
      padding: 2px 10px;
      border-radius: 999px;
      background: var(--_warning-bg);
      color: var(--_warning);
    }
    .badge.ok {
      background: var(--_success-bg);
      color: var(--_success);
    }
    .card {
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 2);
      margin: 0;
      display: grid;
      gap: calc(var(--_space) * 1.5);
      min-width: 0;
    }
    legend {
      font-weight: 600;
      padding: 0 4px;
    }
    .label {
      font-weight: 600;
      font-size: 0.93em;
      margin: 0;
    }
    .required {
      color: var(--_danger);
    }
    .money-grid {
      grid-template-columns: repeat(auto-fill, minmax(160px, 1fr));
    }
    /* A large plan's resources are compact rows (views/resources.ts), so every card is drawn:
       content-visibility would leave cards blank in screenshots and prints for little gain. */
    .resource.compact {
      gap: 4px;
    }
    .resource {
      isolation: isolate;
    }
    aside {
      contain: layout style;
    }
    .fee-pricing {
      display: grid;
      gap: var(--_space);
      isolation: isolate;
    }
    .curve {
      width: 100%;
      max-width: 480px;
      height: auto;
      color: var(--_primary);
    }
    .curve .price {
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
    }
    .curve .bound {
      stroke: var(--_border-subtle);
      stroke-dasharray: 3 3;
    }
    .curve .at {
      fill: currentColor;
    }
    .curve .axis {
      stroke: var(--_border);
    }
    .curve .tick {
      fill: var(--_muted);
      font-size: 10px;
    }
    .resources {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .resources > li + li {
      margin-top: calc(var(--_space) * 2);
    }
    /* A resource's name from the backend may be one long word: it wraps, never widening the card. */
    h4 {
      margin: 0;
      font-size: 1em;
      overflow-wrap: anywhere;
      min-width: 0;
    }
    .fee-types {
      border: 0;
      padding: 0;
      margin: 0;
      display: grid;
      gap: var(--_space);
      min-width: 0;
    }
    .types {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
      gap: var(--_space);
    }
    [role='tablist'] {
      display: flex;
      gap: 4px;
      border-bottom: 1px solid var(--_border-subtle);
      margin: var(--_space) 0;
      flex-wrap: wrap;
    }
    .tab {
      font: inherit;
      border: 0;
      background: none;
      color: var(--_muted);
      padding: 8px 12px;
      border-bottom: 3px solid transparent;
      cursor: pointer;
    }
    .tab[aria-selected='true'] {
      color: var(--_text);
      border-bottom-color: var(--_primary);
      font-weight: 600;
    }
    .tab.invalid {
      color: var(--_danger);
    }
    .tab:focus-visible {
      outline: 2px solid var(--_primary);
      outline-offset: -2px;
    }
    .desc {
      display: grid;
      gap: 4px;
    }
    .inline-error {
      color: var(--_danger);
      margin: 0;
      font-weight: 500;
    }
    .narrow {
      grid-template-columns: 1fr;
    }
    table {
      font-size: 0.88em;
    }
    th,
    td {
      padding: 6px 4px;
    }
    tfoot td {
      font-weight: 700;
      border: 0;
    }
    .scroll {
      max-height: 420px;
      overflow: auto;
    }
    table.stale > tbody {
      color: var(--_muted);
    }
    .summary ul {
      margin: 4px 0 0;
      padding-inline-start: 20px;
    }
    .summary button {
      font: inherit;
      color: inherit;
      background: none;
      border: 0;
      padding: 0;
      text-decoration: underline;
      cursor: pointer;
    }
  `,
];
