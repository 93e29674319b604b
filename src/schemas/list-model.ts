/**
 * The list model every list shares: the query ListQueryController (src/ui/controllers/list-query.ts)
 * keeps, `{ search, filters, sort: { key, direction } | null, page (1-based), pageSize (<= 100) }`, a
 * page `{ items, total, page, pageSize }`, the query as URL parameters and back, and the order text
 * sorts in. Each list's rows and filters are in lists.ts.
 */
import * as z from 'zod/mini';
import { wholeNumber } from './common.js';

/** Largest page a list may ask for. */
export const MAX_PAGE_SIZE = 100;
/** Longest search text accepted. */
export const MAX_SEARCH_LENGTH = 200;
export const DEFAULT_LIST_PAGE_SIZE = 25;

export type SortDirection = 'asc' | 'desc';

/** A list query, as ListQueryController holds it (filters typed per list). */
export interface ListQueryOf<S extends string, F extends object> {
  search: string;
  filters: F;
  sort: { key: S; direction: SortDirection } | null;
  page: number;
  pageSize: number;
}

/** A query as a caller may give it: every part optional, filters as plain strings. */
export interface ListQueryInput {
  search?: string;
  filters?: Readonly<Record<string, string | undefined>>;
  sort?: { key: string; direction: SortDirection } | null;
  page?: number;
  pageSize?: number;
}

/** One page of a list. */
export interface ListPage<T> {
  items: T[];
  /** Rows matching the query on every page. */
  total: number;
  page: number;
  pageSize: number;
}

/** The query schema of a list: its sort keys and its filters (each optional). */
export function listQuerySchema<const S extends readonly [string, ...string[]], F extends Record<string, z.ZodMiniType<string>>>(sorts: S, filters: F) {
  const filterShape = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, z.optional(v)])) as { [K in keyof F]: z.ZodMiniOptional<F[K]> };
  return z.object({
    search: z._default(z.string().check(z.maxLength(MAX_SEARCH_LENGTH, 'v.tooLong')), ''),
    filters: z._default(z.strictObject(filterShape), () => ({}) as never),
    sort: z._default(z.nullable(z.object({ key: z.enum(sorts, 'v.choose'), direction: z.enum(['asc', 'desc'], 'v.choose') })), null),
    page: z._default(z.int('v.wholeNumber').check(z.gte(1, 'v.min')), 1),
    pageSize: z._default(z.int('v.wholeNumber').check(z.gte(1, 'v.min'), z.lte(MAX_PAGE_SIZE, 'v.max')), DEFAULT_LIST_PAGE_SIZE),
  });
}

/** The schema of one page of `row`s. */
export function listPageSchema<T extends z.ZodMiniType>(row: T) {
  return z.object({ items: z.array(row), total: wholeNumber(0), page: wholeNumber(1), pageSize: wholeNumber(1).check(z.lte(MAX_PAGE_SIZE)) });
}

/** Names of the URL parameters that are not filters. */
const QUERY_PARAMS = ['search', 'sort', 'direction', 'page', 'pageSize'] as const;

/** A query as URL parameters (empty parts left out), in a fixed order. */
export function listQueryParams(query: ListQueryInput): URLSearchParams {
  const p = new URLSearchParams();
  if (query.search) p.set('search', query.search);
  for (const [name, value] of Object.entries(query.filters ?? {}).sort(([a], [b]) => compareText(a, b))) if (value) p.set(name, value);
  if (query.sort) {
    p.set('sort', query.sort.key);
    p.set('direction', query.sort.direction);
  }
  if (query.page !== undefined) p.set('page', String(query.page));
  if (query.pageSize !== undefined) p.set('pageSize', String(query.pageSize));
  return p;
}

/**
 * URL parameters back to a query, for the list's schema to check. Parameters that are neither a
 * query part nor one of `filterNames` are returned in `unknown`; a number that is not one stays
 * text, so the schema refuses it.
 */
export function listQueryFromParams(params: URLSearchParams, filterNames: readonly string[]): { input: Record<string, unknown>; unknown: string[] } {
  const number = (v: string | null) => (v === null ? undefined : /^\d{1,9}$/.test(v) ? Number(v) : v);
  const filters: Record<string, string> = {};
  const unknown: string[] = [];
  for (const [name, value] of params) {
    if ((QUERY_PARAMS as readonly string[]).includes(name)) continue;
    if (filterNames.includes(name)) {
      if (value) filters[name] = value;
    } else unknown.push(name);
  }
  const key = params.get('sort');
  const input: Record<string, unknown> = {
    search: params.get('search') ?? undefined,
    filters,
    sort: key ? { key, direction: params.get('direction') ?? 'asc' } : undefined,
    page: number(params.get('page')),
    pageSize: number(params.get('pageSize')),
  };
  return { input, unknown };
}

/**
 * The order text sorts in, everywhere: by code point (PostgreSQL's COLLATE "C" over UTF-8), on
 * the case-folded name key, so every backend and the conformance suite agree on it.
 */
export function compareText(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
