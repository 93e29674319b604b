/**
 * PostgreSQL through node-postgres (`pg`) as a SqlDatabase. One pool per process; a transaction
 * holds one client from BEGIN to COMMIT or ROLLBACK. Node only.
 */
import pg from 'pg';
import { parseDate, parseInt8, PG_TYPES, type SqlDatabase, type SqlQueryable } from './database.js';

/** Type parsers: int8 as a safe number, `date` as YYYY-MM-DD text (pg would make a local-midnight Date). */
const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === PG_TYPES.INT8) return parseInt8;
    if (oid === PG_TYPES.DATE) return parseDate;
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as pg.CustomTypesConfig;

export function postgresDatabase(connectionString: string, options: Omit<pg.PoolConfig, 'connectionString' | 'types'> = {}): SqlDatabase {
  const pool = new pg.Pool({ max: 10, ...options, connectionString, types: typeParsers });
  const queryable = (c: pg.Pool | pg.PoolClient): SqlQueryable => ({
    async query(text, params) {
      return (await c.query(text, params ? [...params] : undefined)).rows;
    },
  });
  return {
    ...queryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
