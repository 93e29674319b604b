import { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CkElement } from '../ck-element.js';

/** What a list asks its backend for: one model for every list (page + size, server-side). */
export interface ListQuery {
  /** Free text, as typed (the backend decides what it matches). */
  search: string;
  /** Filters by name (e.g. status: 'approved'); an empty value means no filter. */
  filters: Readonly<Record<string, string>>;
  /** The column sorted by and its direction, or null for the backend's default order. */
  sort: { key: string; direction: 'asc' | 'desc' } | null;
  /** 1-based page number. */
  page: number;
  pageSize: number;
}

/** One page of a list as the backend answers it. */
export interface ListPage<T> {
  items: readonly T[];
  /** Rows matching the query on every page. */
  total: number;
  page: number;
  pageSize: number;
}

/** Detail of `list-query-change`: the query a list now shows, for a host to keep in its URL. */
export interface ListQueryChangeDetail {
  query: ListQuery;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'list-query-change': CustomEvent<ListQueryChangeDetail>;
  }
}

export const DEFAULT_PAGE_SIZE = 25;

export function emptyQuery(overrides: Partial<ListQuery> = {}): ListQuery {
  return { search: '', filters: {}, sort: null, page: 1, pageSize: DEFAULT_PAGE_SIZE, ...overrides };
}

export interface ListQueryOptions<T> {
  /** Loads one page; passes `signal` on to the adapter (a newer query aborts an older one). */
  load: (query: ListQuery, signal: AbortSignal) => Promise<ListPage<T>>;
  /** The query to start from (from the host's attributes or URL). */
  initial?: Partial<ListQuery>;
  /** How long typing pauses before a search is sent (one request per pause). */
  debounceMs?: number;
}

type ListHost = ReactiveControllerHost & Pick<CkElement, 'emit'>;

/**
 * The state of a list screen: its query (search, filters, sort, page) and the page the backend
 * answered, loaded by a task that returns it. Typing a search sends one request per pause;
 * every change of the query aborts the request of the previous one; a change of search, filter
 * or sort goes back to page 1. Each change the user makes fires `list-query-change`.
 */
export class ListQueryController<T> implements ReactiveController {
  private current: ListQuery;
  private typing: ReturnType<typeof setTimeout> | undefined;
  readonly task: Task<[ListQuery], ListPage<T>>;

  constructor(
    private readonly host: ListHost,
    private readonly options: ListQueryOptions<T>,
  ) {
    this.current = emptyQuery(options.initial);
    host.addController(this);
    this.task = new Task(host, {
      args: () => [this.current] as [ListQuery],
      task: ([query], { signal }) => options.load(query, signal),
    });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.typing);
  }

  get query(): ListQuery {
    return this.current;
  }

  /** Sets the query without an event (the host set an attribute or restored its URL). */
  setQuery(query: Partial<ListQuery>): void {
    this.current = { ...this.current, ...query };
    this.host.requestUpdate();
  }

  /** The page shown (the last one answered while a newer one loads), or null before the first. */
  get page(): ListPage<T> | null {
    return this.task.value ?? null;
  }

  get pageCount(): number {
    const p = this.page;
    return p ? Math.max(1, Math.ceil(p.total / p.pageSize)) : 1;
  }

  /** The user typed in the search box: searched once typing pauses. */
  search(text: string): void {
    clearTimeout(this.typing);
    this.typing = setTimeout(() => {
      if (text !== this.current.search) this.change({ search: text, page: 1 });
    }, this.options.debounceMs ?? 300);
  }

  /** The search, now (Enter in the search box). */
  searchNow(text: string): void {
    clearTimeout(this.typing);
    if (text !== this.current.search) this.change({ search: text, page: 1 });
  }

  filter(name: string, value: string): void {
    if ((this.current.filters[name] ?? '') === value) return;
    const filters = { ...this.current.filters };
    if (value) filters[name] = value;
    else delete filters[name];
    this.change({ filters, page: 1 });
  }

  /** Sorts by `key`: ascending first, then descending, alternately. */
  sortBy(key: string): void {
    const s = this.current.sort;
    this.change({ sort: { key, direction: s?.key === key && s.direction === 'asc' ? 'desc' : 'asc' }, page: 1 });
  }

  goToPage(page: number): void {
    const target = Math.min(Math.max(1, Math.trunc(page)), this.pageCount);
    if (target !== this.current.page) this.change({ page: target });
  }

  /** Loads the same query again (a retry after a failure, or after a record was added). */
  reload(): Promise<void> {
    return this.task.run();
  }

  private change(patch: Partial<ListQuery>): void {
    this.current = { ...this.current, ...patch };
    this.host.requestUpdate();
    this.host.emit('list-query-change', { query: this.current });
  }
}
