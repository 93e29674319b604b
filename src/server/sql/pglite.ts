/**
 * PGlite (PostgreSQL compiled to WASM, in process) as a SqlDatabase: the embedded default of
 * `npm run server`, and the database of the tests. `dataDir` is a folder (Node), an
 * `idb://name` (browser), or omitted for memory.
 */
import { PGlite, type PGliteOptions, types } from '@electric-sql/pglite';
import { parseDate, parseInt8, type SqlDatabase, type SqlQueryable } from './database.js';

/** PGlite options that return int8 as a safe number and `date` as YYYY-MM-DD text. */
export const PGLITE_PARSERS: PGliteOptions['parsers'] = { [types.INT8]: parseInt8, [types.DATE]: parseDate };

export function pgliteDatabase(db: PGlite): SqlDatabase {
  const queryable = (q: Pick<PGlite, 'query'>): SqlQueryable => ({
    async query(text, params) {
      return (await q.query(text, params ? [...params] : undefined)).rows as never;
    },
  });
  return {
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    exec: async (sql) => {
      await db.exec(sql);
    },
    close: () => db.close(),
  };
}

/** Opens (creating it when new) a PGlite database with our type parsers. */
export async function openPglite(dataDir?: string, options: Omit<PGliteOptions, 'parsers' | 'dataDir'> = {}): Promise<{ pglite: PGlite; database: SqlDatabase }> {
  const pglite = await PGlite.create({ ...options, ...(dataDir ? { dataDir } : {}), parsers: PGLITE_PARSERS });
  return { pglite, database: pgliteDatabase(pglite) };
}
