// The conformance suite against the server on a real PostgreSQL, over HTTP, with two server
// instances (two connection pools) sharing the database: creates alternate between them.
// Starts a throwaway cluster (initdb as the postgres user when run as root, a socket dir and a
// loopback port), and stops it at the end. Skipped, with a message, when no PostgreSQL server
// binaries are installed (Debian: apt-get install postgresql). DATABASE_URL=… uses that database
// instead of starting one.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTs } from './server-bundle.mjs';

function findBinDir() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions[0]) return join(root, versions[0], 'bin');
  const r = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const dir = r.status === 0 ? r.stdout.trim() : '';
  return dir && existsSync(join(dir, 'initdb')) ? dir : null;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Runs a PostgreSQL binary, as the postgres user when we are root (initdb refuses root). */
function pgRun(bin, args, options = {}) {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

let databaseUrl = process.env.DATABASE_URL;
let cluster = null;
if (!databaseUrl) {
  const binDir = findBinDir();
  if (!binDir) {
    console.log('PostgreSQL conformance skipped: no PostgreSQL server binaries found (install them: apt-get install postgresql, or set DATABASE_URL).');
    process.exit(0);
  }
  const dir = mkdtempSync(join(tmpdir(), 'ck-postgres-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const port = await freePort();
  cluster = { binDir, dir, port };
  pgRun(join(binDir, 'initdb'), ['-D', dir, '--auth=trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale']);
  pgRun(join(binDir, 'pg_ctl'), ['-D', dir, '-o', `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir}`, '-l', join(dir, 'server.log'), '-w', 'start']);
  console.log(pgRun(join(binDir, 'pg_ctl'), ['-D', dir, 'status']).split('\n')[0]);
  databaseUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
}

function stopCluster() {
  if (!cluster) return;
  try {
    pgRun(join(cluster.binDir, 'pg_ctl'), ['-D', cluster.dir, '-m', 'fast', '-w', 'stop']);
  } catch (e) {
    console.error(`pg_ctl stop failed: ${e.message}`);
  }
  rmSync(cluster.dir, { recursive: true, force: true });
  cluster = null;
}

let code = 1;
try {
  const { startNodeServer } = await importTs('src/server/node.ts');
  const { runConformance } = await importTs('src/conformance/index.ts');
  const a = await startNodeServer({ databaseUrl, port: 0 });
  const b = await startNodeServer({ databaseUrl, port: 0 });
  try {
    let turn = 0;
    // Creates alternate between the two servers; reads go to the first.
    const twoServers = (input, init) => {
      const url = String(input);
      const other = init?.method && init.method !== 'GET' && turn++ % 2 === 1;
      return fetch(other ? url.replace(a.url, b.url) : url, init);
    };
    const report = await runConformance({
      baseUrl: `${a.url}/api`,
      fetch: twoServers,
      onResult: (r) => console.log(`${r.status === 'passed' ? 'ok  ' : r.status === 'skipped' ? 'skip' : 'FAIL'} ${r.name} (${r.ms} ms)${r.message ? `\n       ${r.message}` : ''}`),
    });
    console.log(`\nPostgreSQL (${databaseUrl.replace(/\/\/[^@]*@/, '//')}), two servers: ${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped`);
    code = report.failed ? 1 : 0;
  } finally {
    await a.close();
    await b.close();
  }
} finally {
  stopCluster();
}
process.exit(code);
