/**
 * The server on Node: opens the database (PostgreSQL when a URL is given, else PGlite in a data
 * folder), applies the migrations, seeds an empty database with the demo data, and serves the
 * fetch handler over HTTP with @hono/node-server. `npm run server` runs it (scripts/server.mjs).
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type Clock, systemClock, todayFrom } from '../core/clock.js';
import { createServer, type ServerOptions } from './app.js';
import type { Repository } from './repository.js';
import { DEMO_PRINCIPAL, demoTenants } from './seed.js';
import { migrate } from './sql/migrate.js';
import { openPglite } from './sql/pglite.js';
import { postgresDatabase } from './sql/postgres.js';
import { SqlRepository } from './sql/sql-repository.js';

export interface DatabaseChoice {
  /** postgres://… to use PostgreSQL; otherwise PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PGlite's data folder (created when missing). Default ".channelkit-data". */
  dataDir?: string;
}

/** Opens the chosen database and migrates it; an empty one is seeded with the demo data when `seed` says so. */
export async function openRepository(choice: DatabaseChoice & { seed?: boolean; clock?: Clock; timeZone?: string }): Promise<{ repository: Repository; kind: string; seeded: boolean }> {
  let repository: SqlRepository;
  let kind: string;
  if (choice.databaseUrl) {
    repository = new SqlRepository(postgresDatabase(choice.databaseUrl));
    kind = 'PostgreSQL';
  } else {
    const dataDir = choice.dataDir ?? '.channelkit-data';
    mkdirSync(dataDir, { recursive: true });
    repository = new SqlRepository((await openPglite(dataDir)).database);
    kind = `PGlite in ${dataDir}`;
  }
  await migrate(repository.database);
  const seeded = choice.seed !== false && (await repository.isEmpty());
  if (seeded) await repository.load(demoTenants(todayFrom(choice.clock ?? systemClock, choice.timeZone)));
  return { repository, kind, seeded };
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export interface NodeServerOptions extends DatabaseChoice, Omit<ServerOptions, 'repository'> {
  /** Default 127.0.0.1. Any other address needs an auth hook. */
  host?: string;
  /** Default 8787; 0 picks a free port. */
  port?: number;
}

export interface RunningServer {
  url: string;
  repository: Repository;
  close(): Promise<void>;
}

export async function startNodeServer(options: NodeServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  if (!options.auth && !LOOPBACK.has(host)) {
    throw new Error(`Without an auth hook the server acts as the demo seller for every request; it listens on loopback only, not ${host}.`);
  }
  const { repository } = await openRepository(options);
  const fetch = createServer({ defaultPrincipal: DEMO_PRINCIPAL, ...options, repository });
  const server = serve({ fetch, hostname: host, port: options.port ?? 8787 });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    repository,
    close: () =>
      new Promise<void>((resolve) => server.close(() => resolve())).then(() => repository.close()),
  };
}
