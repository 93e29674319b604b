// `npm run bench`: sizes, charge schedules in Node, and widget timings in headless Chromium.
// Prints a table and writes bench/results.json; every figure is the median of several runs with
// its spread (p10..p90). Not part of npm test: timings on shared machines are noisy.
// `npm run bench -- --node`: the charge schedules in Node only (no browser, nothing written).
// `npm run bench -- --runs=N`: N inputs of each kind (default 30) at 1x and at 4x CPU.
// `npm run bench -- --browser`: the browser half only (no sizes, no schedules).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { mockServiceWorker } from './msw-worker-plugin.mjs';
import { benchCore, fmt, printCore, stats } from './bench-core.mjs';
import { controlSizes, measureColdClick, measureControls, measureInputs, measurePlanHeap } from './bench-inputs.mjs';

const nodeOnly = process.argv.includes('--node');
const browserOnly = process.argv.includes('--browser');

const results = { date: new Date().toISOString(), machine: `${process.platform} ${process.arch}, Node ${process.version}` };

// 1. Sizes, from the size script (it measures dist/: run `npm run build` first).
if (!nodeOnly && !browserOnly) {
  // A row over its budget makes size.mjs exit 1 (that is CI's check): its figures are written all the same.
  const size = spawnSync('node', ['scripts/size.mjs'], { stdio: 'ignore' });
  if (size.status !== 0) console.warn('npm run size: a row is over its budget (or dist/ is older than the sources); its figures are reported as measured');
  results.size = JSON.parse(readFileSync('dist-size.json', 'utf8'));
}

// 2. chargeSchedule against the dinero.js version of the same schedule (scripts/bench-core.mjs).
if (!browserOnly) results.chargeSchedule = await benchCore();
if (nodeOnly) {
  printCore(results.chargeSchedule);
  process.exit(0);
}

// 3. Widgets in the browser: real input (Playwright), timed to the next paint by Event Timing.
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 30);
const server = await createServer({
  configFile: false, root: process.cwd(), logLevel: 'silent', plugins: [mockServiceWorker()], resolve: { conditions: ['browser'] },
  // No watcher and no HMR: an edit elsewhere in the checkout must not reload the page mid-run.
  server: { host: '127.0.0.1', port: 0, hmr: false, watch: null }, optimizeDeps: { entries: ['bench/index.html', 'bench/controls.html'] },
});
await server.listen();
const base = `http://127.0.0.1:${server.config.server.port ?? server.httpServer.address().port}/bench`;
const url = `${base}/index.html`;
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
page.on('pageerror', (e) => console.error('page error:', e));
await page.goto(url);
await page.waitForSelector('body[data-ready=true]', { state: 'attached', timeout: 60000 });
const cdp = await page.context().newCDPSession(page);
const first = await page.evaluate(() => window.bench.firstRender(8));
results.browser = { version: browser.version(), runs: RUNS };
results.firstRender = Object.fromEntries(Object.entries(first).map(([k, v]) => [k, stats(v)]));
results.planEditorHeap = await measurePlanHeap(page, cdp, 3);
for (const rate of [1, 4]) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const planMount = await page.evaluate(() => window.bench.mountPlan(5));
  results[`cpu${rate}x`] = {
    planEditorMount: { resources: 200, currencies: 5, tiers: 4, ...stats(planMount.ms), elements: stats(planMount.nodes) },
    ...(await measureInputs(page, RUNS)),
    orderChooseCloudCold: await measureColdClick(browser, url, rate, rate === 4 ? 10 : 5),
    orderChooseCloudColdPaused: await measureColdClick(browser, url, rate, rate === 4 ? 10 : 5, 1000),
  };
}
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
const search = await page.evaluate(() => window.bench.search(5));
const listSearch = await page.evaluate(() => window.bench.listSearch(5));
results.controls = { fields: 1000, cpuThrottling: 4, mount: await measureControls(browser, `${base}/controls.html`, 4, 5), size: await controlSizes() };
await browser.close();
await server.close();
results.salesListSearch = { serverRows: listSearch.rows, word: 'cohort', typingMsPerChar: 40, requests: stats(listSearch.requests), responseToRendered: stats(listSearch.renderMs) };
results.organizationSearch = { organizations: 10000, word: 'learning', typingMsPerChar: 40, requests: stats(search.requests), responseToRendered: stats(search.renderMs) };

writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mb = (st) => `${(st.median / 1048576).toFixed(1)} MB (p10 ${(st.p10 / 1048576).toFixed(1)} – p90 ${(st.p90 / 1048576).toFixed(1)}, n=${st.runs})`;
const row = (label, r) => console.log(`  ${label.padEnd(38)} ${fmt(r)}  [${r.measure}; shown and painted ${fmt(r.donePainted)}]`);
if (!browserOnly) {
  console.log('\nSize: what a host page pays (esbuild --minify, gzip -9; npm run size)');
  for (const e of results.size.entries) console.log(`  ${e.name.padEnd(28)} ${kb(e.gzip)}`);
  console.log(`  ${'lit alone'.padEnd(28)} ${kb(results.size.lit)}`);
  printCore(results.chargeSchedule);
}
console.log(`\nChromium ${results.browser.version}. First render with demo data (mount to loaded and painted, through msw)`);
for (const [k, v] of Object.entries(results.firstRender)) console.log(`  ${k.padEnd(22)} ${fmt(v)}`);
console.log(`\nPlan editor heap (200 resources x 5 currencies x 4 fees, after a full GC): ${mb(results.planEditorHeap.kept)} kept by the editor`);
for (const rate of [1, 4]) {
  const r = results[`cpu${rate}x`];
  console.log(`\nInput to next paint at ${rate}x CPU (Playwright's trusted input; Event Timing, or rAF + MessageChannel below 16 ms)`);
  console.log(`  ${'plan editor: mount to priced, painted'.padEnd(38)} ${fmt(r.planEditorMount)}; ${fmt(r.planEditorMount.elements, 'elements', 0)}`);
  row('plan editor: keystroke in a fee', r.planKeystroke);
  row('order-form: choose Cloud', r.orderChooseCloud);
  row('order-form: choose Cloud, cold page', r.orderChooseCloudCold);
  row('… the same, 1 s after the choice painted', r.orderChooseCloudColdPaused);
  for (const tag of ['sale-wizard', 'license-purchase']) for (const [step, v] of Object.entries(r[tag])) row(`${tag}: Next on ${step}`, v);
}
console.log(`\n1,000 text fields mounted to painted at 4x CPU`);
for (const [k, v] of Object.entries(results.controls.mount)) console.log(`  ${k.padEnd(24)} ${fmt(v)}`);
console.log('Form controls (text field, select, checkbox, radio group), esbuild --minify, gzip -9');
for (const [k, v] of Object.entries(results.controls.size)) console.log(`  ${k.padEnd(24)} ${kb(v.gzip)} (${kb(v.min)} minified)`);
console.log('\nOrganization search over 10,000 organizations, typing "learning" at 25 chars/s');
console.log(`  requests sent       ${fmt(results.organizationSearch.requests, '', 0)}`);
console.log(`  response → rendered ${fmt(results.organizationSearch.responseToRendered)}`);
console.log(`\nSales management over ${results.salesListSearch.serverRows.toLocaleString('en')} server-side sales, typing "cohort" at 25 chars/s`);
console.log(`  requests sent       ${fmt(results.salesListSearch.requests, '', 0)}`);
console.log(`  response → rendered ${fmt(results.salesListSearch.responseToRendered)}`);
console.log('\nWritten to bench/results.json');
