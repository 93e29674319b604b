import { css, type CSSResult, unsafeCSS } from 'lit';
import { buttonStyles, tokens } from './styles.js';
import { widgetStyles } from './widget-styles.js';

/** The table as stacked rows, each cell labelled by its column, for the wrapper `scope` selects. */
function stackedRows(scope: string): CSSResult {
  const w = unsafeCSS(scope);
  return css`
    ${w} table,
    ${w} thead,
    ${w} tbody,
    ${w} tr,
    ${w} th,
    ${w} td,
    ${w} caption {
      display: block;
    }
    ${w} thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 4px calc(var(--_space) * 1.5);
      border-bottom: 1px solid var(--_border-subtle);
      padding-bottom: var(--_space);
    }
    ${w} thead th {
      border: 0;
      padding: 0;
    }
    ${w} thead th:not([aria-sort]) {
      display: none;
    }
    ${w} tbody tr {
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
      padding: var(--_space);
      margin-top: var(--_space);
    }
    ${w} tbody tr.group-row {
      border: 0;
      padding: 0;
    }
    ${w} td {
      display: grid;
      grid-template-columns: minmax(6em, 40%) minmax(0, 1fr);
      gap: var(--_space);
      border: 0;
      padding: 4px 0;
      height: auto;
      min-height: 2em;
      text-align: start;
    }
    ${w} td > * {
      justify-self: start;
    }
    /* "New" under the value it marks, not under the column's label. */
    ${w} td > .new {
      grid-column: 2;
    }
    ${w} td::before {
      content: attr(data-label);
      color: var(--_muted);
      font-size: 0.87em;
    }
    ${w} td.num {
      text-align: start;
    }
  `;
}

/**
 * The list screens' look (data-table.ts): bar, table, skeleton rows, empty state, pager. Under
 * 760 px of the widget's own width (a container query: the widget may sit in a narrow column of a
 * wide page) the table becomes stacked rows, each cell labelled by its column, so nothing scrolls
 * sideways at 320 px; wider, it does so wherever its columns do not fit (fit-table.ts).
 */
export const dataTableStyles = css`
  .list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
    /* A grid item: without this a wide table would widen the widget instead of scrolling in its box. */
    min-width: 0;
  }
  .list-bar {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5);
    align-items: flex-end;
    justify-content: space-between;
  }
  .list-filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5);
    align-items: flex-end;
    flex: 1 1 auto;
    min-width: 0;
  }
  .list-field {
    display: grid;
    gap: calc(var(--_space) / 2);
    font-size: 0.87em;
    font-weight: 600;
    flex: 0 1 auto;
    min-width: 0;
  }
  .list-field input,
  .list-field select {
    font: inherit;
    font-size: var(--_size);
    font-weight: 400;
    min-height: var(--_control-height);
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_bg);
    color: var(--_text);
    max-width: 100%;
    box-sizing: border-box;
  }
  .list-field input {
    width: 16em;
  }
  /* A solid ring, as every kit control has: the glow alone is under 3:1 against the page. */
  .list-field input:focus-visible,
  .list-field select:focus-visible,
  button.open:focus-visible,
  button.sort:focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 1px;
    box-shadow: var(--_focus);
    border-radius: 4px;
  }
  /* The new row, where it has no row button, takes the focus after a creation in place. */
  tr.marked:focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: -2px;
  }
  /* Focus lands on the list's heading after a creation in place: read out, not drawn as a box. */
  #list-heading:focus {
    outline: none;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    /* A host page in quirks mode does not pass its font and colour into tables. */
    color: inherit;
    font-size: inherit;
  }
  .list-body[aria-busy='true'] tbody:not(.skeleton) {
    opacity: 0.6;
  }
  td {
    height: 2.75em;
    box-sizing: border-box;
  }
  button.sort,
  button.open {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-align: start;
    display: inline-flex;
    gap: 4px;
    align-items: baseline;
  }
  button.sort {
    font-weight: 600;
  }
  /* The sorted column shows its direction; the others show that they sort on hover or focus only
     (Polaris and Stripe do the same), the arrow's space kept so the label does not move. */
  th[aria-sort='none'] button.sort span {
    opacity: 0;
  }
  th[aria-sort='none'] button.sort:hover span,
  th[aria-sort='none'] button.sort:focus-visible span {
    opacity: 0.7;
  }
  button.open {
    color: var(--_primary);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  /* A row's buttons: side by side, or under each other with a gap when the cell is narrow. */
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .btn.small {
    min-height: 32px;
    padding: 0 calc(var(--_space) * 1.5);
  }
  tr.marked td {
    background: var(--_success-bg);
  }
  .group-row th {
    color: var(--_text);
    font-size: 0.95em;
    background: var(--_surface);
  }
  .skel {
    display: block;
    height: 0.9em;
    border-radius: 4px;
    background: var(--_border-subtle);
    width: 70%;
  }
  .empty {
    border: 1px dashed var(--_border-subtle);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 3);
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .empty p {
    margin: 0;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .pager .spacer {
    flex: 1;
  }
  .badge {
    display: inline-block;
    font-size: 0.8em;
    font-weight: 600;
    padding: 1px 8px;
    border-radius: 999px;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .badge.warn {
    color: var(--_warning);
    background: var(--_warning-bg);
  }
  .badge.ok {
    color: var(--_success);
    background: var(--_success-bg);
  }
  .badge.off {
    color: var(--_danger);
    background: var(--_danger-bg);
  }
  .lines {
    margin: 0;
    padding-inline-start: 1.2em;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  dl.detail {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
  }
  dl.detail dt {
    color: var(--_muted);
  }
  dl.detail dd {
    margin: 0;
  }
  /* Under 760 px, a tablet held upright or a 1280 px window at 200 % zoom, the table is stacked rows (#14). */
  @container (max-width: 760px) {
    ${stackedRows('.table-wrap')}
    .list-field,
    .list-field input {
      width: 100%;
      flex: 1 1 100%;
    }
    dl.detail {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  /* Wider, wherever the columns need more width than there is (fit-table.ts measures it). */
  ${stackedRows('.table-wrap[data-stacked]')}
  .fit-probe {
    height: 0;
  }
`;

/** Everything a list element draws with: the kit's tokens, buttons, widget layout and the list look. */
export const listElementStyles = [tokens, buttonStyles, widgetStyles, dataTableStyles];
