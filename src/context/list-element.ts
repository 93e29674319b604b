import { TaskStatus } from '@lit/task';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AnyAdapter } from '../adapter/types.js';
import { emptyQuery, type ListPage, type ListQuery, ListQueryController } from '../ui/controllers/list-query.js';
import { backButton, noMethodAlert, type RowMark } from '../ui/data-table.js';
import { noAdapterAlert } from '../ui/widget-views.js';
import { WidgetElement } from './widget-element.js';

/** The query parts a list's attributes set; filters come from the list's `filterNames` properties. */
const QUERY_PROPS = ['search', 'sort', 'sortDirection', 'page', 'pageSize'] as const;

/** Where focus is in a list: the element, the record (row id) and part it is on, and whether it is in the list screen. */
interface FocusSpot {
  el: Element;
  id: string | null;
  part: string | null;
  inList: boolean;
}

const rowIdOf = (el: Element) => el.closest('tr[data-id]')?.getAttribute('data-id') ?? null;

const sameQuery = (a: ListQuery, b: ListQuery) => {
  const key = (q: ListQuery) => JSON.stringify([q.search, Object.entries(q.filters).filter(([, v]) => v).sort(), q.sort, q.page, q.pageSize]);
  return key(a) === key(b);
};

/**
 * Base of the list elements (<sales-list>, <license-list>, <service-plan-list>): a WidgetElement
 * whose data is one ListQueryController (search once typing pauses, stale requests aborted,
 * filters, sort, server-side pages). Its query is set by attributes (`search`, `sort`,
 * `sort-direction`, `page`, `page-size`, and each list's filter attributes), and every change the
 * user makes fires `list-query-change` and is mirrored back on those properties, so a host can keep
 * the query in its URL and set it again. The result count is said once per settled page.
 *
 * Focus follows the record, never the row's place: when a render takes away the element that
 * had focus in the list screen or its failure (the table replaced by a load failure, the
 * failure by the list again on Retry, a deactivated plan leaving a filtered list) or gives its
 * row to another record, focus goes to the same record's same control, else the failure, else
 * the table (named by its caption), else the list's heading, instead of falling to the page. A
 * creation flow opened in place gives focus back to what opened it (a row's button, or Buy).
 */
export abstract class ListElement<A extends AnyAdapter, R> extends WidgetElement<A> {
  /** Search text the list starts with. */
  @property() search = '';
  /** The column key sorted by; empty: the backend's default order. */
  @property() sort = '';
  /** `asc` or `desc`, with `sort`. */
  @property({ attribute: 'sort-direction' }) sortDirection: 'asc' | 'desc' = 'asc';
  /** The page shown (1-based). */
  @property({ type: Number }) page = 1;
  /** Rows per page (at most 100). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;

  /** The list's creation flow (Register new sale, Buy) opens here, in place, instead of asking the host. */
  @property({ type: Boolean, attribute: 'create-in-place' }) createInPlace = false;

  /**
   * Keep what is typed into a creation flow opened in place in sessionStorage under this key (the
   * flow's own `draft-key`), so a reload loses nothing: opening the flow again resumes it. Include
   * the signed-in user in it. Unset: nothing is stored.
   */
  @property({ attribute: 'draft-key' }) draftKey: string | undefined = undefined;

  /**
   * Registers the tag of the creation flow before it opens in place (the list's define module sets
   * it to load that widget's define module on demand). A host that defines the tags itself
   * registers that widget too.
   */
  static creationFlow: (() => Promise<unknown>) | undefined = undefined;

  /** The creation flow is open in place. */
  @state() protected creating = false;

  /** The record just created or changed in place, marked in the list. */
  @state() protected marked: RowMark | null = null;
  /** Said before the next count (e.g. what was just created). */
  protected note = '';

  /** The names of the list's filters; each is a string property of the element, '' for none. */
  protected abstract readonly filterNames: readonly string[];
  /** The adapter method the list needs (for the message when the adapter lacks it). */
  protected abstract readonly method: string;
  /** Loads a page through `api`, or null when the adapter has no such method. */
  protected abstract fetchPage(api: A, query: ListQuery, signal: AbortSignal): Promise<ListPage<R>> | null;
  /** "42 sales", "No sales match": said when a page settles. */
  protected abstract countText(total: number): string;

  readonly list: ListQueryController<R> = new ListQueryController<R>(this, { load: (q, signal) => this.load(q, signal) });
  private announced: ListPage<R> | null = null;
  /** Where focus was before this update (see keepFocus). */
  private focusBefore: FocusSpot | null = null;
  /** What opened the creation flow in place, to give focus back to. */
  private opener: FocusSpot | null = null;

  constructor() {
    super();
    this.track(this.list.task);
    this.addEventListener('list-query-change', (e) => e.target === this && this.mirror());
  }

  /** A list needs only its list method (the others, such as approving a sale, are offered when present). */
  protected override get neededMethods(): readonly string[] {
    return [this.method];
  }

  /** Lists say a missing list method in their own words (RestListAdapter has them all). */
  protected override missingMethodsAlert(methods: readonly string[]): TemplateResult {
    return noMethodAlert(this.loc, methods.join(', '));
  }

  /** Whether the adapter in effect has the list's method. */
  protected get canList(): boolean {
    return typeof (this.adapterInEffect as Record<string, unknown> | undefined)?.[this.method] === 'function';
  }

  private load(query: ListQuery, signal: AbortSignal): Promise<ListPage<R>> {
    const api = this.api;
    const request = api && this.fetchPage(api, query, signal);
    // No adapter yet (the provider's is on the way) or none with the method: nothing to ask, so the
    // task waits (the view says why) until a newer query, such as a new adapter's, aborts it.
    return request ?? new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
  }

  private filterValue(name: string): string {
    return String((this as unknown as Record<string, unknown>)[name] ?? '');
  }

  /** The query the attributes say. */
  private attributeQuery(): ListQuery {
    const filters = Object.fromEntries(this.filterNames.map((n) => [n, this.filterValue(n)]).filter(([, v]) => v));
    const sort = this.sort ? { key: this.sort, direction: this.sortDirection === 'desc' ? ('desc' as const) : ('asc' as const) } : null;
    return emptyQuery({ search: this.search, filters, sort, page: Math.max(1, this.page || 1), pageSize: this.pageSize || 25 });
  }

  /** The user changed the query: the properties follow, so setting them again later is a change. */
  private mirror(): void {
    const q = this.list.query;
    const self = this as unknown as Record<string, unknown>;
    for (const n of this.filterNames) self[n] = q.filters[n] ?? '';
    [this.search, this.sort, this.sortDirection, this.page, this.pageSize] = [q.search, q.sort?.key ?? '', q.sort?.direction ?? 'asc', q.page, q.pageSize];
  }

  /** Sets the query and says so (`list-query-change`), as a user's change does. */
  protected changeQuery(patch: Partial<ListQuery>): void {
    this.list.setQuery(patch);
    this.emit('list-query-change', { query: this.list.query });
  }

  /** Clears the search and the filters (the empty state's button). */
  protected readonly clearFilters = (): void => this.changeQuery({ search: '', filters: {}, page: 1 });

  /** Opens the creation flow in place (loading its element first) and moves the focus to Back. */
  protected async openCreation(): Promise<void> {
    this.opener = this.focusSpot();
    await (this.constructor as typeof ListElement).creationFlow?.();
    this.creating = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part=back-button]')?.focus();
  }

  /** Leaves the creation flow (Back): the list again, the focus on what opened it (a row's button), else on `focus`. */
  protected async closeCreation(focus: string): Promise<void> {
    this.creating = false;
    await this.updateComplete;
    (this.sameSpot(this.opener) ?? this.renderRoot.querySelector<HTMLElement>(focus))?.focus();
    this.opener = null;
  }

  /** The element that has focus in this list's shadow root, and the record and part it is on. */
  private focusSpot(): FocusSpot | null {
    const el = this.shadowRoot?.activeElement;
    if (!el) return null;
    return { el, id: rowIdOf(el), part: el.getAttribute('part'), inList: !!el.closest('.list') || el.id === 'failure' };
  }

  /** The control of `spot`'s record and part as rendered now. */
  private sameSpot(spot: FocusSpot | null): HTMLElement | null {
    if (!spot?.id || !spot.part) return null;
    return this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(spot.id)}"] [part="${CSS.escape(spot.part)}"]`);
  }

  /** After a render: focus taken away from the list screen goes where the class comment says. */
  private keepFocus(): void {
    const was = this.focusBefore;
    this.focusBefore = null;
    this.focusingFailure = false;
    if (!was?.inList) return;
    const gone = !was.el.isConnected || (was.id !== null && rowIdOf(was.el) !== was.id);
    if (!gone) return;
    const q = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
    const target = this.sameSpot(was) ?? q('#failure') ?? q('[part=table]') ?? q('#list-heading');
    target?.focus();
    // A failure box just rendered takes focus after its own first render: it is on its way.
    this.focusingFailure = target?.id === 'failure';
  }

  /** This update moved focus to a failure box that is not rendered yet (see keepFocus). */
  private focusingFailure = false;
  protected override get focusOnFailure(): boolean {
    return this.focusingFailure || super.focusOnFailure;
  }

  /** The creation flow in place, under a Back button. */
  protected renderCreation(flow: TemplateResult, focus: string): TemplateResult {
    return html`<div class="stack">
      <div>${backButton(this.loc, () => void this.closeCreation(focus))}</div>
      ${flow}
    </div>`;
  }

  /**
   * The frame every list draws in: no adapter said, else a panel around `body`; none around a
   * creation flow open in place, which draws its own (Back above it), not a frame in a frame.
   */
  protected renderPanel(body: () => unknown): unknown {
    if (!this.api) return noAdapterAlert(this.loc, this.awaitingProvider);
    return this.creating ? body() : html`<div class="panel">${body()}</div>`;
  }

  /** A record was created (or, `as` updated, changed) in place: `note` is said with the count, and the list shows it on top (see showCreated). */
  protected created(id: string | null, note: string, as: RowMark['as'] = 'new'): Promise<void> {
    // The flow is closed now: the list says what happened, the flow does not say it too.
    for (const el of this.renderRoot.querySelectorAll('*')) if (el instanceof WidgetElement) el.announcer.handOver();
    this.creating = false;
    this.note = note;
    return this.showCreated(id, as);
  }

  /**
   * Back from a creation flow with `id` just created: the list in its default order (newest
   * first) from page 1, under the user's search and filters when the new record shows there, else
   * without them, so the new record is on top; it is marked when that page has arrived (not on the
   * previous page, which shows a changed record as it was), and the focus goes to its row.
   */
  protected async showCreated(id: string | null, as: RowMark['as'] = 'new'): Promise<void> {
    this.marked = null;
    const { search, filters } = this.list.query;
    const narrowed = search.trim() !== '' || Object.values(filters).some(Boolean);
    const everything = { search: '', filters: {}, sort: null, page: 1 };
    // Under the user's filters first, said only once it is the page kept (the note with its count).
    this.holdCount = !!id && narrowed;
    await this.showQuery(this.holdCount ? { sort: null, page: 1 } : everything);
    this.holdCount = false;
    if (id && narrowed && !this.rowOf(id)) await this.showQuery(everything);
    else this.requestUpdate();
    // Marked once the list answered: the page shown while it loads has the record as it was.
    this.marked = id ? { id, as } : null;
    await this.updateComplete;
    const row = id ? this.rowOf(id) : null;
    const q = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector);
    // Its row button, else the row itself (a row without one, like a license's, takes focus when marked).
    (row?.querySelector<HTMLElement>('[part=row-button]') ?? row ?? q('[part=row-button]') ?? q('#list-heading'))?.focus();
  }

  /** Changes the query and waits until its page is answered and drawn. */
  private async showQuery(patch: Partial<ListQuery>): Promise<void> {
    this.changeQuery(patch);
    await this.updateComplete; // the list task starts in this update
    await this.list.task.taskComplete.catch(() => undefined);
    await this.updateComplete;
  }

  /** A page that may not be the one kept (showCreated): its count is not said yet. */
  private holdCount = false;

  private rowOf(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"]`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.focusBefore = this.focusSpot();
    const has = (n: string) => (changed as Map<PropertyKey, unknown>).has(n);
    if ([...QUERY_PROPS, ...this.filterNames].some(has)) {
      const q = this.attributeQuery();
      if (!sameQuery(q, this.list.query)) this.list.setQuery(q);
    }
    // A new adapter (or the provider's arriving): ask it again.
    if (has('adapter') || has('contextAdapter')) this.list.setQuery({});
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Before the base says a failed load: focus moved to the failure reads it.
    this.keepFocus();
    super.updated(changed);
    const page = this.list.task.status === TaskStatus.COMPLETE ? this.list.page : null;
    if (page && page !== this.announced && !this.holdCount) {
      this.announced = page;
      this.announcer.say([this.note, this.countText(page.total)].filter(Boolean).join(' '));
      this.note = '';
    }
  }
}
