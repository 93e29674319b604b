// `npm run bench:server`: two server processes on one PostgreSQL (a throwaway cluster, or
// DATABASE_URL), loopback only. Sends creates concurrently, alternating between the processes:
// some with their own Idempotency-Key, some with keys shared by several requests at once. Checks
// that exactly one order exists per key (in the responses and in the database) and reports
// requests per second and p50/p99 latency. Bounded in count (BENCH_ORDERS, default 600) and time
// (60 s); figures go to docs/performance.md by hand.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import pg from 'pg';
import { NO_POSTGRES, startCluster } from './postgres-cluster.mjs';

const DISTINCT = Number(process.env.BENCH_ORDERS ?? 600);
const SHARED_KEYS = 20;
const COPIES = 10;
const CONCURRENCY = 32;
const TIME_LIMIT_MS = 60_000;

let databaseUrl = process.env.DATABASE_URL;
const cluster = databaseUrl ? null : await startCluster();
if (!databaseUrl && !cluster) {
  console.log(`bench:server skipped: ${NO_POSTGRES}.`);
  process.exit(0);
}
databaseUrl ??= cluster.databaseUrl;

/** Starts `npm run server`'s script on a free port and resolves with its API root. */
async function startServer(children) {
  const child = spawn(process.execPath, ['scripts/server.mjs'], { env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  let out = '';
  for await (const chunk of child.stdout) {
    out += chunk;
    const m = /channelkit server on (\S+\/api)/.exec(out);
    if (m) return m[1];
  }
  throw new Error(`the server exited before listening: ${out}`);
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

const children = [];
let code = 1;
try {
  const a = await startServer(children); // migrates and seeds; the second finds the data there
  const b = await startServer(children);
  const options = await (await fetch(`${a}/order-options`)).json();
  const pkg = options.packages.find((p) => p.kind === 'saas');
  const currency = Object.keys(pkg.monthlyPrice)[0];
  const body = (i) => ({
    kind: 'saas',
    currency,
    paymentMethod: 'pre-paid',
    packageId: pkg.id,
    postponedBilling: false,
    customer: { companyName: `Bench ${i}`, contactName: 'Bench', email: 'bench@example.com', phone: '', country: 'US', address: '', vatNumber: '' },
    expected: { total: { currency, minor: pkg.monthlyPrice[currency] } },
  });
  const run = Date.now().toString(36);
  const requests = [
    ...Array.from({ length: DISTINCT }, (_, i) => ({ key: `${run}-d${i}`, body: body(i) })),
    ...Array.from({ length: SHARED_KEYS * COPIES }, (_, i) => ({ key: `${run}-s${i % SHARED_KEYS}`, body: body(`s${i % SHARED_KEYS}`) })),
  ];
  // Shared keys interleaved with the rest, so their copies overlap in time.
  requests.sort((x, y) => (x.key < y.key ? -1 : 1) * (x.key.length % 2 ? 1 : -1));

  const latencies = [];
  const statuses = new Map();
  const ids = new Map();
  let next = 0;
  const started = performance.now();
  const deadline = started + TIME_LIMIT_MS;
  const worker = async () => {
    while (next < requests.length && performance.now() < deadline) {
      const i = next++;
      const r = requests[i];
      const t0 = performance.now();
      const response = await fetch(`${i % 2 ? b : a}/orders`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': r.key }, body: JSON.stringify(r.body) });
      const json = await response.json();
      latencies.push(performance.now() - t0);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status === 201) {
        const seen = ids.get(r.key);
        if (seen && seen !== json.id) throw new Error(`key ${r.key} answered two orders: ${seen} and ${json.id}`);
        ids.set(r.key, json.id);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = performance.now() - started;
  const sent = latencies.length;
  latencies.sort((x, y) => x - y);

  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const [{ count }] = (await db.query("SELECT count(*)::int AS count FROM orders WHERE company_name LIKE 'Bench %'")).rows;
  await db.end();

  const keys = new Set(requests.slice(0, sent).map((r) => r.key)).size;
  console.log(`${sent} requests (${DISTINCT} keys of their own, ${SHARED_KEYS} keys sent ${COPIES} times each), ${CONCURRENCY} at a time, two server processes on one PostgreSQL`);
  console.log(`statuses: ${[...statuses].map(([s, n]) => `${s} × ${n}`).join(', ')}`);
  console.log(`orders: ${count} in the database, ${new Set(ids.values()).size} in the responses, ${keys} keys sent`);
  console.log(`${(sent / (elapsed / 1000)).toFixed(0)} requests/s; latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`);
  code = statuses.size === 1 && statuses.has(201) && count === keys && ids.size === keys ? 0 : 1;
  if (code) console.error('FAILED: not exactly one order per key, or not every request succeeded');
} finally {
  for (const child of children) {
    child.kill('SIGTERM');
    if (child.exitCode === null) await once(child, 'exit');
  }
  cluster?.stop();
}
process.exit(code);
