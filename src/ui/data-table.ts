/**
 * The views every list screen shares (sales, an account's licenses, service plans): the search
 * and filter bar, the table with its sort buttons, skeleton rows while the first page loads, the
 * empty and failed states, and the pager. Plain functions of the list's state (ListQueryController)
 * and the list's own words; each list element passes its columns and filters.
 *
 * The table is a real `<table>` (`<th scope=col>` with a sort button and `aria-sort`); under about
 * 760 px of container width, or wherever its columns do not fit (fit-table.ts), it becomes stacked
 * rows (data-table.styles.ts), each cell labelled with its column, so it never scrolls sideways. A row's primary cell is a button
 * (part `row-button`) that opens it: rows are reached with Tab and opened with Enter.
 */
import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { toAdapterError } from '../adapter/errors.js';
import type { ListPage, ListQuery } from './controllers/list-query.js';
import { stackWhenTooWide } from './fit-table.js';
import { lk } from './list-messages.js';
import { failureAlert } from './widget-views.js';

/** A column: its heading, the key it sorts by (when it sorts) and what its cell shows. */
export interface Column<R> {
  label: string;
  sort?: string;
  cell: (row: R) => unknown;
  /** Numbers: aligned to the end. */
  num?: boolean;
  /** The row's name: a button that opens the row when the list has `open`. */
  primary?: boolean;
}

/** A filter of the bar: a select of `options` (value, label); '' is All. */
export interface Filter {
  name: string;
  label: string;
  options: readonly (readonly [string, string])[];
}

/** The state of a list the views read: ListQueryController gives all of it. */
export interface ListState<R> {
  readonly query: ListQuery;
  readonly page: ListPage<R> | null;
  readonly pageCount: number;
  readonly task: { readonly status: number; readonly error: unknown };
  search(text: string): void;
  searchNow(text: string): void;
  filter(name: string, value: string): void;
  sortBy(key: string): void;
  goToPage(page: number): void;
  reload(): Promise<void>;
}

/** What one list screen shows, in its own words. */
export interface ListScreen<R> {
  loc: string;
  list: ListState<R>;
  /** The table's caption (e.g. "Sales"), read with the table. */
  caption: string;
  columns: readonly Column<R>[];
  filters: readonly Filter[];
  /** The empty state's sentence ("No sales match your search and filters."). */
  empty: string;
  /** Clears the search and every filter (one query, one event). */
  clear: () => void;
  rowId: (row: R) => string;
  /** Opens a row (its primary cell is then a button). */
  open?: (row: R) => void;
  /** Rows are grouped under a heading row by this (e.g. the product), in the order they come. */
  group?: (row: R) => string;
  /** The row marked as just created ("New") or just changed ("Updated"). */
  marked?: RowMark | null;
  /** Buttons on the right of the bar (Register new sale, Buy). */
  actions?: unknown;
}

/** The record a flow in place just created (`new`) or changed (`updated`), marked in the list. */
export interface RowMark {
  id: string;
  as: 'new' | 'updated';
}

const SKELETON_ROWS = 8;

/** The whole list screen: bar, then the table (or skeleton, empty or failure), then the pager. */
export function renderListScreen<R>(s: ListScreen<R>): TemplateResult {
  const { task, page } = s.list;
  let body: unknown;
  if (task.status === TaskStatus.ERROR) body = failureAlert(s.loc, toAdapterError(task.error), lk(s.loc, 'loadFailed'), () => void s.list.reload(), '');
  else if (!page) body = renderTable(s, null);
  else if (!page.items.length) body = renderEmpty(s);
  else body = renderTable(s, page.items);
  return html`<div class="list" part="list">
    ${renderBar(s)}
    <div class="list-body" aria-busy=${task.status === TaskStatus.PENDING ? 'true' : 'false'}>${body}</div>
    ${page && page.total > 0 && task.status !== TaskStatus.ERROR ? renderPager(s.loc, s.list, page) : nothing}
  </div>`;
}

/** The search box, the filters and the list's actions. */
export function renderBar<R>(s: ListScreen<R>): TemplateResult {
  const { query } = s.list;
  const onInput = (e: Event) => s.list.search((e.target as HTMLInputElement).value);
  const onKey = (e: KeyboardEvent) => e.key === 'Enter' && s.list.searchNow((e.target as HTMLInputElement).value);
  return html`<div class="list-bar" part="list-bar">
    <div class="list-filters" role="search">
      <label class="list-field"
        ><span>${lk(s.loc, 'search')}</span><input type="search" part="search" autocomplete="off" .value=${live(query.search)} @input=${onInput} @keydown=${onKey}
      /></label>
      ${s.filters.map(
        (f) => html`<label class="list-field"
          ><span>${f.label}</span
          ><select part="filter" data-filter=${f.name} @change=${(e: Event) => s.list.filter(f.name, (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!query.filters[f.name]}>${lk(s.loc, 'all')}</option>
            ${f.options.map(([value, label]) => html`<option value=${value} ?selected=${query.filters[f.name] === value}>${label}</option>`)}
          </select></label
        >`,
      )}
    </div>
    ${s.actions ? html`<div class="actions">${s.actions}</div>` : nothing}
  </div>`;
}

function sortState(query: ListQuery, key: string | undefined): 'ascending' | 'descending' | 'none' | undefined {
  if (!key) return undefined;
  if (query.sort?.key !== key) return 'none';
  return query.sort.direction === 'asc' ? 'ascending' : 'descending';
}

function renderHead<R>(s: ListScreen<R>): TemplateResult {
  return html`<thead>
    <tr>
      ${s.columns.map((c) => {
        const state = sortState(s.list.query, c.sort);
        if (!c.sort) return html`<th scope="col" class=${c.num ? 'num' : ''}>${c.label}</th>`;
        const arrow = state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕';
        return html`<th scope="col" class=${c.num ? 'num' : ''} aria-sort=${state!}>
          <button type="button" class="sort" part="sort-button" data-sort=${c.sort} @click=${() => s.list.sortBy(c.sort!)}>${c.label}<span aria-hidden="true">${arrow}</span></button>
        </th>`;
      })}
    </tr>
  </thead>`;
}

/**
 * A row. The record just created or changed is marked in words as well as colour ("New" or "Updated" beside its primary
 * cell, else its first) and can take focus (tabindex -1): the list moves focus to its row button,
 * or to the row itself where it has none, and a screen reader reads the row with "New" in it.
 */
function renderRow<R>(s: ListScreen<R>, row: R): TemplateResult {
  const id = s.rowId(row);
  const marked = s.marked?.id === id;
  const markIn = marked ? (s.columns.find((c) => c.primary) ?? s.columns[0]) : undefined;
  // Focused, the row is named by the cell with the mark ("Managed Laptop New"); its other cells
  // are read as the user moves through them (a row has no name of its own in every browser).
  return html`<tr part="row" data-id=${id} class=${marked ? 'marked' : ''} tabindex=${ifDefined(marked ? -1 : undefined)} aria-labelledby=${ifDefined(marked ? 'new-row' : undefined)}>
    ${s.columns.map((c) => {
      const content = c.primary && s.open ? html`<button type="button" class="open" part="row-button" @click=${() => s.open!(row)}>${c.cell(row)}</button>` : c.cell(row);
      const mark = c === markIn ? html` <span class="badge ok new" part="new-mark">${lk(s.loc, s.marked!.as)}</span>` : nothing;
      return html`<td class=${c.num ? 'num' : ''} data-label=${c.label} id=${ifDefined(c === markIn ? 'new-row' : undefined)}>${content}${mark}</td>`;
    })}
  </tr>`;
}

/** Rows in the order they come, under a heading row per group when the list groups them. */
function renderBodies<R>(s: ListScreen<R>, rows: readonly R[]): unknown {
  if (!s.group) return html`<tbody>${rows.map((r) => renderRow(s, r))}</tbody>`;
  const groups = new Map<string, R[]>();
  for (const r of rows) {
    const g = s.group(r);
    groups.set(g, [...(groups.get(g) ?? []), r]);
  }
  return [...groups].map(
    ([name, members]) => html`<tbody part="group">
      <tr class="group-row"><th scope="rowgroup" colspan=${s.columns.length}>${name}</th></tr>
      ${members.map((r) => renderRow(s, r))}
    </tbody>`,
  );
}

/** The table, or (rows null) skeleton rows of the same height while the first page loads. */
export function renderTable<R>(s: ListScreen<R>, rows: readonly R[] | null): TemplateResult {
  const skeleton = html`<tbody class="skeleton">
    ${Array.from({ length: Math.min(s.list.query.pageSize, SKELETON_ROWS) }, () => html`<tr>${s.columns.map((c) => html`<td data-label=${c.label}><span class="skel"></span></td>`)}</tr>`)}
  </tbody>`;
  // Under 760 px, and wherever its columns need more width than there is, the table is stacked
  // rows (stackWhenTooWide): it never scrolls sideways in its box nor pushes the page wider.
  // tabindex -1: the list moves focus here when what had it goes (see ListElement).
  return html`<div class="table-wrap"><div class="fit-probe" ${stackWhenTooWide()}></div><table part="table" tabindex="-1">
    <caption class="sr-only">${s.caption}${rows ? nothing : html` · ${lk(s.loc, 'loading')}`}</caption>
    ${renderHead(s)} ${rows ? renderBodies(s, rows) : skeleton}
  </table></div>`;
}

/** Nothing matches: says so, with a way to clear the search and filters. */
export function renderEmpty<R>(s: ListScreen<R>): TemplateResult {
  const { query } = s.list;
  const filtered = !!query.search || Object.values(query.filters).some(Boolean);
  return html`<div class="empty" part="empty">
    <p>${s.empty}</p>
    ${filtered ? html`<button type="button" class="btn" part="clear-button" @click=${s.clear}>${lk(s.loc, 'clearFilters')}</button>` : nothing}
  </div>`;
}

/** Which rows these are of how many, and Previous / Next page. */
export function renderPager<R>(loc: string, list: ListState<R>, page: ListPage<R>): TemplateResult {
  const from = (page.page - 1) * page.pageSize + 1;
  const to = Math.min(page.total, from + page.items.length - 1);
  const count = list.pageCount;
  return html`<nav class="pager" part="pager" aria-label=${lk(loc, 'pages')}>
    <span class="note">${lk(loc, 'range', { from, to, total: page.total })}</span>
    <span class="spacer"></span>
    <button type="button" class="btn" part="page-button" data-page="previous" ?disabled=${page.page <= 1} @click=${() => list.goToPage(page.page - 1)}>${lk(loc, 'previous')}</button>
    <span>${lk(loc, 'pageOf', { page: page.page, count })}</span>
    <button type="button" class="btn" part="page-button" data-page="next" ?disabled=${page.page >= count} @click=${() => list.goToPage(page.page + 1)}>${lk(loc, 'next')}</button>
  </nav>`;
}

/** An adapter without the list's method: said plainly instead of an empty table. */
export function noMethodAlert(loc: string, method: string): TemplateResult {
  return html`<ck-alert variant="error" part="no-method">${lk(loc, 'noMethod', { method })}</ck-alert>`;
}

/** A "Back to the list" button. */
export function backButton(loc: string, back: () => void): TemplateResult {
  return html`<button type="button" class="btn link" part="back-button" @click=${back}>← ${lk(loc, 'back')}</button>`;
}
