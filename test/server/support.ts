// Shared by the server tests: a PGlite template (created, migrated and seeded once, then copied
// from its dump, as DESIGN.md advises), in-process fetch for a handler, and pinned clocks.
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { ConformanceTarget } from '../../src/conformance/client.js';
import { demoTenants } from '../../src/server/seed.js';
import { migrate } from '../../src/server/sql/migrate.js';
import { PGLITE_PARSERS, pgliteDatabase } from '../../src/server/sql/pglite.js';
import { SqlRepository } from '../../src/server/sql/sql-repository.js';
import { MemoryRepository } from '../../src/server/memory-repository.js';
import type { CalendarDate } from '../../src/core/dates.js';
import type { FetchHandler } from '../../src/server/app.js';

/** A dump of a migrated PGlite database seeded for `today`. */
export async function makeTemplate(today: CalendarDate): Promise<Blob> {
  const db = await PGlite.create({ parsers: PGLITE_PARSERS });
  const repo = new SqlRepository(pgliteDatabase(db));
  await migrate(repo.database);
  await repo.load(demoTenants(today));
  const dump = await db.dumpDataDir('none');
  await db.close();
  return dump;
}

let template: Promise<Blob> | null = null;
const dayTemplates = new Map<CalendarDate, Promise<Blob>>();

/**
 * A migrated PGlite database seeded with the demo data, copied from one template: the one
 * scripts/server-tests.mjs made for the whole run (CK_PGLITE_TEMPLATE, seeded for the day it runs),
 * else one per process. A test pinned to a day of its own passes `{ seededOn: day }`: a template
 * seeded for that day, made once per process.
 */
export async function pgliteRepository(today: CalendarDate, options: { seededOn?: CalendarDate } = {}): Promise<SqlRepository> {
  const { seededOn } = options;
  const file = process.env.CK_PGLITE_TEMPLATE;
  if (seededOn && !dayTemplates.has(seededOn)) dayTemplates.set(seededOn, makeTemplate(seededOn));
  const source = seededOn ? dayTemplates.get(seededOn)! : (template ??= file ? readFile(file).then((b) => new Blob([b])) : makeTemplate(today));
  const db = await PGlite.create({ loadDataDir: await source, parsers: PGLITE_PARSERS });
  return new SqlRepository(pgliteDatabase(db));
}

export async function memoryRepository(today: CalendarDate): Promise<MemoryRepository> {
  const repo = new MemoryRepository();
  await repo.load(demoTenants(today));
  return repo;
}

/** A conformance target that calls the handler in process. */
export function inProcess(handler: FetchHandler, headers?: Record<string, string>): ConformanceTarget {
  return { baseUrl: 'http://channelkit.test/api', headers, fetch: (input, init) => handler(new Request(input, init)) };
}

/** A clock stopped at `iso`. */
export const pinned = (iso: string) => () => new Date(iso);
export { todayFrom } from '../../src/core/clock.js';
