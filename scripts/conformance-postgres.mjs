// The conformance suite against the server on a real PostgreSQL, over HTTP, with two server
// instances (two connection pools) sharing the database: creates alternate between them.
// Starts a throwaway cluster (initdb as the postgres user when run as root, a socket dir and a
// loopback port), and stops it at the end. Skipped, with a message, when no PostgreSQL server
// binaries are installed (Debian: apt-get install postgresql). DATABASE_URL=… uses that database
// instead of starting one.
import { importTs } from './server-bundle.mjs';
import { NO_POSTGRES, startCluster } from './postgres-cluster.mjs';

let databaseUrl = process.env.DATABASE_URL;
const cluster = databaseUrl ? null : await startCluster();
if (!databaseUrl && !cluster) {
  console.log(`PostgreSQL conformance skipped: ${NO_POSTGRES}.`);
  process.exit(0);
}
if (cluster) {
  console.log(cluster.status);
  databaseUrl = cluster.databaseUrl;
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
  cluster?.stop();
}
process.exit(code);
