/**
 * What the SQL repository needs from a database driver: parameterized queries, transactions and
 * running a migration script. pglite.ts and postgres.ts adapt PGlite and node-postgres to it.
 * Both return int8 as a JavaScript number (checked to be safe), `date` as its YYYY-MM-DD text.
 */
import { toSafeNumber } from '../../core/decimal.js';

export type Row = Record<string, unknown>;

export interface SqlQueryable {
  /** One statement with $1, $2… parameters; returns its rows. */
  query<R extends Row = Row>(text: string, params?: readonly unknown[]): Promise<R[]>;
}

export interface SqlDatabase extends SqlQueryable {
  /** Runs `work` in one transaction: COMMIT when it resolves, ROLLBACK when it throws. */
  transaction<T>(work: (q: SqlQueryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** PostgreSQL type ids the drivers parse our way. */
export const PG_TYPES = { INT8: 20, DATE: 1082 } as const;

/** int8 text to a number, refusing one past Number.MAX_SAFE_INTEGER instead of rounding it. */
export const parseInt8 = (text: string): number => toSafeNumber(BigInt(text));

/** A `date` stays the calendar date it is: no Date, no time zone. */
export const parseDate = (text: string): string => text;
