/**
 * channelkit/server/sql: the repository over SQL and its migrations, for any driver adapted to
 * SqlDatabase. The drivers are their own entries: channelkit/server/pglite (embedded, also in
 * browsers) and channelkit/server/postgres (node-postgres).
 */
export { PG_TYPES, parseDate, parseInt8, type Row, type SqlDatabase, type SqlQueryable } from './database.js';
export { migrate } from './migrate.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export { SqlRepository } from './sql-repository.js';
