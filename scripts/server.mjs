// `npm run server`: channelkit/server on http://127.0.0.1:8787 (PORT to change). Data in PGlite
// under .channelkit-data (CHANNELKIT_DATA_DIR to change), created, migrated and seeded with the
// demo data on first run; with DATABASE_URL=postgres://… it uses that PostgreSQL instead.
import { importTs } from './server-bundle.mjs';

// CHANNELKIT_NOW=2027-03-10T10:00:00Z starts the server's clock at that instant, running on from
// there: a demo or test of another day (a new database is seeded for that day).
const offset = process.env.CHANNELKIT_NOW ? Date.parse(process.env.CHANNELKIT_NOW) - Date.now() : 0;
if (Number.isNaN(offset)) throw new Error(`CHANNELKIT_NOW is not a date: ${process.env.CHANNELKIT_NOW}`);

const { startNodeServer } = await importTs('src/server/node.ts');
const server = await startNodeServer({
  clock: offset ? () => new Date(Date.now() + offset) : undefined,
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.CHANNELKIT_DATA_DIR || '.channelkit-data',
  port: process.env.PORT ? Number(process.env.PORT) : 8787,
  timeZone: process.env.CHANNELKIT_TIME_ZONE || undefined,
});
console.log(`channelkit server on ${server.url}/api (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}); Ctrl+C stops it`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
