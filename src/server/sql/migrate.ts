/**
 * Applies the migrations a database lacks, in order, each in its own transaction together with
 * its row in schema_migrations. An advisory transaction lock makes processes that start at once
 * on one PostgreSQL apply each migration exactly once.
 */
import type { SqlDatabase } from './database.js';
import { type Migration, MIGRATIONS } from './migrations.js';

/** An arbitrary constant naming channelkit's migration lock. */
const MIGRATION_LOCK = 727_171_001;

export async function migrate(db: SqlDatabase, migrations: readonly Migration[] = MIGRATIONS): Promise<string[]> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const applied: string[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (q) => {
      await q.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      if ((await q.query('SELECT 1 FROM schema_migrations WHERE id = $1', [m.id])).length) return true;
      for (const statement of splitStatements(m.sql)) await q.query(statement);
      await q.query('INSERT INTO schema_migrations (id) VALUES ($1)', [m.id]);
      return false;
    });
    if (!done) applied.push(m.id);
  }
  return applied;
}

/** A script's statements (ours hold no semicolons inside strings or bodies). */
function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
