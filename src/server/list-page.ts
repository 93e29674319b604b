/**
 * A page of rows held in memory, by the list model of src/schemas/lists.ts: search, filters, a
 * sort with a stable tiebreak (the row id), and the page. The memory repository pages sales with
 * it; the server pages an account's licenses and a seller's plans with it (a few rows each). The
 * SQL repository pages sales in SQL by the same order (sql/sql-sales.ts); the conformance suite
 * holds both to it.
 */
import type * as z from 'zod/mini';
import { nameKey } from '../schemas/common.js';
import { compareText, listQueryFromParams, type ListPage, type SortDirection } from '../schemas/lists.js';
import { issuesToFieldErrors, type FieldErrors } from '../schemas/validate.js';
import { invalid } from './refusal.js';

/** A sort key: text compares as compareText does, numbers numerically, arrays part by part. */
export type SortValue = string | number | readonly (string | number)[];

export interface ListSpec<R> {
  /** The texts a search matches (case-folded, part of any of them). */
  searchable: (row: R) => readonly string[];
  /** Whether a row passes filter `name` set to `value`. */
  filters: Readonly<Record<string, (row: R, value: string) => boolean>>;
  /** The sort value of each sort key. */
  sorts: Readonly<Record<string, (row: R) => SortValue>>;
  defaultSort: { key: string; direction: SortDirection };
  id: (row: R) => string;
}

function compareValues(a: SortValue, b: SortValue): number {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compareValues(a[i]!, b[i]!);
      if (c) return c;
    }
    return a.length - b.length;
  }
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1;
  return compareText(String(a), String(b));
}

export interface PageQuery {
  search: string;
  filters: Readonly<Record<string, string | undefined>>;
  sort: { key: string; direction: SortDirection } | null;
  page: number;
  pageSize: number;
}

/** The rows matching `query`, sorted, and the page it asks for (empty past the last page). */
export function matchingRows<R>(rows: readonly R[], query: Omit<PageQuery, 'page' | 'pageSize'>, spec: ListSpec<R>): R[] {
  const q = nameKey(query.search);
  const active = Object.entries(query.filters).filter((e): e is [string, string] => !!e[1]);
  const kept = rows.filter((r) => (!q || spec.searchable(r).some((t) => nameKey(t).includes(q))) && active.every(([name, value]) => spec.filters[name]!(r, value)));
  const sort = query.sort ?? spec.defaultSort;
  const value = spec.sorts[sort.key]!;
  const sign = sort.direction === 'asc' ? 1 : -1;
  return kept.sort((a, b) => sign * compareValues(value(a), value(b)) || compareText(spec.id(a), spec.id(b)));
}

export function pageOf<R>(rows: readonly R[], query: PageQuery, spec: ListSpec<R>): ListPage<R> {
  const all = matchingRows(rows, query, spec);
  const start = (query.page - 1) * query.pageSize;
  return { items: all.slice(start, start + query.pageSize), total: all.length, page: query.page, pageSize: query.pageSize };
}

/**
 * A list query from a request's URL parameters, checked by the list's schema: 422 with a message
 * per field (`sort.key`, `pageSize`, `filters.status`, or the name of an unknown parameter) when
 * it cannot be read.
 */
export function parseListQuery<T>(schema: z.ZodMiniType<T>, filterNames: readonly string[], url: string): T {
  const { input, unknown } = listQueryFromParams(new URL(url).searchParams, filterNames);
  const r = schema.safeParse(input);
  const fields: FieldErrors = r.success ? {} : issuesToFieldErrors(r.error.issues);
  for (const name of unknown) fields[name] = `Unknown list parameter: use search, sort, direction, page, pageSize${filterNames.length ? ` or ${filterNames.join(', ')}` : ''}.`;
  if (Object.keys(fields).length) throw invalid(fields, 'The list query was not accepted.', 'invalid-query');
  return (r as { data: T }).data;
}
