// `npm run bench`: sizes, charge schedules in Node, and widget timings in headless Chromium.
// Prints a table and writes bench/results.json; every figure is the median of several runs with
// its spread (p10..p90). Not part of npm test: timings on shared machines are noisy.
// `npm run bench -- --node`: the charge schedules in Node only (no browser, nothing written).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { mockServiceWorker } from './msw-worker-plugin.mjs';
import { benchCore, fmt, printCore, stats } from './bench-core.mjs';

const nodeOnly = process.argv.includes('--node');

const results = { date: new Date().toISOString(), machine: `${process.platform} ${process.arch}, Node ${process.version}` };

// 1. Sizes, from the size script (it measures dist/: run `npm run build` first).
if (!nodeOnly) {
  execFileSync('node', ['scripts/size.mjs'], { stdio: 'ignore' });
  results.size = JSON.parse(readFileSync('dist-size.json', 'utf8'));
}

// 2. chargeSchedule against the dinero.js version of the same schedule (scripts/bench-core.mjs).
results.chargeSchedule = await benchCore();
if (nodeOnly) {
  printCore(results.chargeSchedule);
  process.exit(0);
}

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
const planMount = await page.evaluate(() => window.bench.mountPlan(5));
// The same two at 4x CPU throttling (issue 21's budget: mount <= 1.5 s, keystroke median <= 50 ms).
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const planMount4x = await page.evaluate(() => window.bench.mountPlan(5));
const keys4x = await page.evaluate(() => window.bench.keystroke(25));
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
const saleKeys = await page.evaluate(() => window.bench.saleKeystroke(25));
const search = await page.evaluate(() => window.bench.search(5));
const listSearch = await page.evaluate(() => window.bench.listSearch(5));
await browser.close();
await server.close();
results.firstRender = Object.fromEntries(Object.entries(first).map(([k, v]) => [k, stats(v)]));
results.planEditorKeystroke = { resources: 200, currencies: 5, tiers: 4, ...stats(keys) };
results.planEditorMount = { resources: 200, currencies: 5, tiers: 4, ...stats(planMount.ms), nodes: stats(planMount.nodes) };
results.planEditorMount4x = { cpuThrottling: 4, ...stats(planMount4x.ms) };
results.planEditorKeystroke4x = { cpuThrottling: 4, ...stats(keys4x) };
results.saleWizardKeystroke = { contacts: 100, users: 100, ...stats(saleKeys) };
results.salesListSearch = { serverRows: listSearch.rows, word: 'cohort', typingMsPerChar: 40, requests: stats(listSearch.requests), responseToRendered: stats(listSearch.renderMs) };
results.organizationSearch = { organizations: 10000, word: 'learning', typingMsPerChar: 40, requests: stats(search.requests), responseToRendered: stats(search.renderMs) };

writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('\nSize: what a host page pays (esbuild --minify, gzip -9; npm run size)');
for (const e of results.size.entries) console.log(`  ${e.name.padEnd(28)} ${kb(e.gzip)}`);
console.log(`  ${'lit alone'.padEnd(28)} ${kb(results.size.lit)}`);
printCore(results.chargeSchedule);
console.log('\nFirst render with demo data (mount to loaded, through msw)');
for (const [k, v] of Object.entries(results.firstRender)) console.log(`  ${k.padEnd(22)} ${fmt(v)}`);
console.log('\nPlan editor, 200 resources x 5 currencies x 4 fees, recurring in 4 tiers: keystroke to re-priced preview painted');
console.log(`  ${fmt(results.planEditorKeystroke)}`);
console.log('Plan editor, the same plan: mount to priced preview painted, and elements made');
console.log(`  ${fmt(results.planEditorMount)}`);
console.log(`  elements            ${fmt(results.planEditorMount.nodes, '', 0)}`);
console.log(`  at 4x CPU: mount ${fmt(results.planEditorMount4x)}; keystroke ${fmt(results.planEditorKeystroke4x)}`);
console.log('\nSale wizard, 100 contacts and 100 users: keystroke in a contact to painted');
console.log(`  ${fmt(results.saleWizardKeystroke)}`);
console.log('\nOrganization search over 10,000 organizations, typing "learning" at 25 chars/s');
console.log(`  requests sent       ${fmt(results.organizationSearch.requests, '', 0)}`);
console.log(`  response → rendered ${fmt(results.organizationSearch.responseToRendered)}`);
console.log(`\nSales management over ${results.salesListSearch.serverRows.toLocaleString('en')} server-side sales, typing "cohort" at 25 chars/s`);
console.log(`  requests sent       ${fmt(results.salesListSearch.requests, '', 0)}`);
console.log(`  response → rendered ${fmt(results.salesListSearch.responseToRendered)}`);
console.log('\nWritten to bench/results.json');
