// A throwaway PostgreSQL cluster for tests and benchmarks: initdb (as the postgres user when run
// as root: initdb refuses root) into a temporary folder, started on a free loopback port with its
// socket in that folder, checked with `pg_ctl status`, stopped with `-m fast` and removed.
// Returns null when no PostgreSQL server binaries are installed (Debian: apt-get install postgresql).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/** Runs a PostgreSQL binary, as the postgres user when we are root. */
function pgRun(bin, args) {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Starts a cluster; `{ databaseUrl, status, stop() }`, or null without PostgreSQL binaries. */
export async function startCluster() {
  const binDir = findBinDir();
  if (!binDir) return null;
  const dir = mkdtempSync(join(tmpdir(), 'ck-postgres-'));
  if (process.getuid?.() === 0) {
    const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  chmodSync(dir, 0o700);
  const port = await freePort();
  const ctl = join(binDir, 'pg_ctl');
  pgRun(join(binDir, 'initdb'), ['-D', dir, '--auth=trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale']);
  pgRun(ctl, ['-D', dir, '-o', `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir}`, '-l', join(dir, 'server.log'), '-w', 'start']);
  const status = pgRun(ctl, ['-D', dir, 'status']).split('\n')[0];
  let stopped = false;
  return {
    databaseUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    status,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        pgRun(ctl, ['-D', dir, '-m', 'fast', '-w', 'stop']);
      } catch (e) {
        console.error(`pg_ctl stop failed: ${e.message}`);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const NO_POSTGRES = 'no PostgreSQL server binaries found (install them: apt-get install postgresql, or set DATABASE_URL)';
