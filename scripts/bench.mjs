// `npm run bench`: sizes, charge schedules in Node, and widget timings in headless Chromium.
// Prints a table and writes bench/results.json; every figure is the median of several runs with
// its spread (p10..p90). Not part of npm test: timings on shared machines are noisy.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { mockServiceWorker } from './msw-worker-plugin.mjs';

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1)))];
  return { median: q(0.5), p10: q(0.1), p90: q(0.9), runs: s.length };
};
const fmt = (st, unit = 'ms', digits = 2) => `${st.median.toFixed(digits)} ${unit} (p10 ${st.p10.toFixed(digits)} – p90 ${st.p90.toFixed(digits)}, n=${st.runs})`;
const results = { date: new Date().toISOString(), machine: `${process.platform} ${process.arch}, Node ${process.version}` };

// 1. Sizes, from the size script (it measures dist/: run `npm run build` first).
execFileSync('node', ['scripts/size.mjs'], { stdio: 'ignore' });
results.size = JSON.parse(readFileSync('dist-size.json', 'utf8'));

// 2. chargeSchedule: 200 resources x 4 fee types over 36 months, against a naive decimal version.
const dir = mkdtempSync(join(tmpdir(), 'ck-bench-'));
await build({ entryPoints: ['src/core/index.ts'], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'core.mjs'), logLevel: 'silent' });
const core = await import(pathToFileURL(join(dir, 'core.mjs')).href);
const lines = Array.from({ length: 200 }, (_, i) => ({ resourceId: `r${i}`, quantity: 5 + (i % 7), included: i % 3, recurring: 1234 + i, setup: 500, renewal: 250, overuse: 99 }));
const input = { billingType: 'monthly-commitment', currency: 'USD', activationDate: '2025-03-11', billingDay: 1, term: { quantity: 36, unit: 'month' }, lines };

/** A naive decimal schedule: the same rule on decimal strings via a tiny arbitrary-precision class. */
class Dec {
  constructor(units, scale = 18) {
    this.u = units;
    this.s = scale;
  }
  static of(n) {
    return new Dec(BigInt(Math.round(n * 1e6)) * 10n ** 12n);
  }
  mul(o) {
    return new Dec((this.u * o.u) / 10n ** 18n);
  }
  div(o) {
    return new Dec((this.u * 10n ** 18n) / o.u);
  }
  add(o) {
    return new Dec(this.u + o.u);
  }
  round2() {
    const c = 10n ** 16n;
    return Number((this.u + c / 2n) / c);
  }
}
function naiveSchedule(inp) {
  const out = [];
  let total = 0;
  const start = new Date(Date.UTC(2025, 2, 11));
  const days = (a, b) => Math.round((b - a) / 864e5);
  const bd = (y, m) => new Date(Date.UTC(y, m, Math.min(inp.billingDay, new Date(Date.UTC(y, m + 1, 0)).getUTCDate())));
  const end = new Date(Date.UTC(2028, 2, 11));
  let s = start;
  while (s < end) {
    const prev = s.getUTCDate() >= inp.billingDay ? bd(s.getUTCFullYear(), s.getUTCMonth()) : bd(s.getUTCFullYear(), s.getUTCMonth() - 1);
    const next = bd(prev.getUTCFullYear(), prev.getUTCMonth() + 1);
    const e = next < end ? next : end;
    const f = Dec.of(days(s, e)).div(Dec.of(days(prev, next)));
    let amount = 0;
    for (const l of inp.lines) amount += Dec.of(l.recurring).mul(Dec.of(Math.max(0, l.quantity - l.included))).mul(f).round2() / 100;
    out.push(amount);
    total += amount;
    s = e;
  }
  return { out, total };
}
const time = (fn, runs) => {
  for (let i = 0; i < 5; i++) fn();
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return stats(xs);
};
const sched = time(() => core.chargeSchedule(input), 40);
const naive = time(() => naiveSchedule(input), 40);
const charges = core.chargeSchedule(input).charges.length;
results.chargeSchedule = { resources: 200, feeTypes: 4, months: 36, charges, core: sched, naiveDecimal: naive, ratio: naive.median / sched.median };

// 3. Widgets in the browser.
const server = await createServer({ configFile: false, root: process.cwd(), logLevel: 'silent', plugins: [mockServiceWorker()], resolve: { conditions: ['browser'] }, server: { host: '127.0.0.1', port: 0 } });
await server.listen();
const url = `http://127.0.0.1:${server.config.server.port ?? server.httpServer.address().port}/bench/index.html`;
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
page.on('pageerror', (e) => console.error('page error:', e));
await page.goto(url);
await page.waitForSelector('body[data-ready=true]', { state: 'attached', timeout: 60000 });
const first = await page.evaluate(() => window.bench.firstRender(8));
const keys = await page.evaluate(() => window.bench.keystroke(25));
const saleKeys = await page.evaluate(() => window.bench.saleKeystroke(25));
const search = await page.evaluate(() => window.bench.search(5));
await browser.close();
await server.close();
results.firstRender = Object.fromEntries(Object.entries(first).map(([k, v]) => [k, stats(v)]));
results.planEditorKeystroke = { resources: 200, currencies: 5, ...stats(keys) };
results.saleWizardKeystroke = { contacts: 100, users: 100, ...stats(saleKeys) };
results.organizationSearch = { organizations: 10000, word: 'learning', typingMsPerChar: 40, requests: stats(search.requests), responseToRendered: stats(search.renderMs) };

writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\nSize: what a host page pays (esbuild --minify, gzip -9; npm run size)');
for (const e of results.size.entries) console.log(`  ${e.name.padEnd(28)} ${kb(e.gzip)}`);
console.log(`  ${'lit alone'.padEnd(28)} ${kb(results.size.lit)}`);
console.log(`\nchargeSchedule, 200 resources x 4 fee types, 36 months (${charges} charges)`);
console.log(`  core           ${fmt(sched)}`);
console.log(`  naive decimal  ${fmt(naive)}`);
console.log(`  naive / core   ${results.chargeSchedule.ratio.toFixed(1)}x`);
console.log('\nFirst render with demo data (mount to loaded, through msw)');
for (const [k, v] of Object.entries(results.firstRender)) console.log(`  ${k.padEnd(22)} ${fmt(v)}`);
console.log('\nPlan editor, 200 resources x 5 currencies: keystroke to re-priced preview painted');
console.log(`  ${fmt(results.planEditorKeystroke)}`);
console.log('\nSale wizard, 100 contacts and 100 users: keystroke in a contact to painted');
console.log(`  ${fmt(results.saleWizardKeystroke)}`);
console.log('\nOrganization search over 10,000 organizations, typing "learning" at 25 chars/s');
console.log(`  requests sent       ${fmt(results.organizationSearch.requests, '', 0)}`);
console.log(`  response → rendered ${fmt(results.organizationSearch.responseToRendered)}`);
console.log('\nWritten to bench/results.json');
