// End-to-end on the real server: the built demo with "Runs on: Server" (?backend=server), its /api
// passed to `npm run server`'s script on PGlite in a fresh data folder. Registers a sale, buys
// licenses and places an order by mouse, restarts the server, and finds the records there: through
// the API (the new licenses count) and in the database itself. Run with `npm run test:e2e`.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { serve } from '../scripts/static-server.mjs';
import { orderSaas, saleFirstLine } from './order-steps.mjs';

const SHOTS = 'test-results/e2e';
// The page's and the server's clocks start at the same pinned instant, so "today" agrees.
const TODAY = /^\d{4}-\d{2}-\d{2}$/.test(process.env.CK_TODAY ?? '') ? process.env.CK_TODAY : '2027-03-10';
const NOW = `${TODAY}T10:00:00`;
mkdirSync(SHOTS, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'ck-e2e-data-'));
let api;
let server;
let site;
let browser;

/** Starts the server's script on a free port; resolves with its origin. */
async function startServer() {
  const child = spawn(process.execPath, ['scripts/server.mjs'], {
    env: { ...process.env, CHANNELKIT_DATA_DIR: dataDir, PORT: '0', CHANNELKIT_NOW: NOW, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  for await (const chunk of child.stdout) {
    out += chunk;
    const m = /channelkit server on (http:\/\/\S+)\/api/.exec(out);
    if (m) return { child, origin: m[1] };
  }
  throw new Error(`the server exited before listening: ${out}`);
}

async function stopServer() {
  server.child.kill('SIGTERM');
  if (server.child.exitCode === null) await once(server.child, 'exit');
}

before(async () => {
  server = await startServer();
  api = server.origin;
  site = await serve('demo-dist', {}, { api: () => api });
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
});
after(async () => {
  await browser?.close();
  await site?.close();
  if (server) await stopServer();
  rmSync(dataDir, { recursive: true, force: true });
});

it('registers a sale, buys licenses and places an order on the server; they are in its database after a restart', async () => {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
  await page.clock.install({ time: new Date(NOW) });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${site.url}/?backend=server`);
  await page.locator('order-form .cells').waitFor();
  assert.equal(await page.locator('#backend').inputValue(), 'server');
  const widget = (tag) => page.locator(tag);

  // A sale: Sales management → Register new sale → the wizard, in place.
  await page.locator('sales-list [part=register-button]').click();
  const sale = widget('sale-wizard');
  await saleFirstLine(sale);
  await sale.locator('[part=next-button]').click();
  await sale.locator('[data-path=billingMethodId] select').selectOption('bm-invoice-30');
  await sale.locator('[data-path=name] input').fill('Server cohort');
  await sale.locator('[part=next-button]').click();
  await sale.locator('[part=submit-button]').click();
  // Back on the list: the new sale first and marked, at the server's price.
  await page.locator('sales-list tr.marked').getByText(/\$1,320\.00/).first().waitFor();

  // Two phone licenses for an account with none yet.
  const licenses = widget('license-purchase');
  await page.locator('license-list [part=buy-button]').click();
  await licenses.locator('[data-path=contractId] input[type=radio][value="ctr-device-2025"]').check();
  await licenses.locator('[part=next-button]').click();
  await licenses.locator('[data-path=accountId] select').selectOption('acc-fabrikam');
  await licenses.locator('[part=save-account-button]').click();
  await licenses.getByText('Saved:').first().waitFor();
  await licenses.locator('[part=next-button]').click();
  await licenses.locator('[data-path=productId] input[type=radio][value="prd-phone"]').check();
  await licenses.locator('[part=next-button]').click();
  await licenses.locator('[data-path=quantity] input').fill('2');
  await licenses.locator('[part=next-button]').click();
  await licenses.locator('[part=submit-button]').click();
  // Back on the Active tab (the flow was opened in place); the two licenses are counted below, through the API and in the database.
  await licenses.waitFor({ state: 'detached' });

  // A SaaS order.
  const order = widget('order-form');
  await orderSaas(order, { name: 'Server Order Co', email: 'luis@example.com' });
  const orderId = /ORD-\d+/.exec(await order.locator('[part=success]').getByText(/ORD-\d+/).first().textContent())?.[0];
  assert.ok(orderId, 'an Order ID is shown');
  await page.screenshot({ path: `${SHOTS}/server-backend.png` });
  assert.deepEqual(errors, []);

  // Restart the server on the same data: the licenses are there through the API...
  await stopServer();
  server = await startServer();
  api = server.origin;
  const active = await (await fetch(`${api}/api/accounts/acc-fabrikam/licenses?productId=prd-phone&status=active`)).json();
  assert.equal(active.count, 2);
  // ...and every record is in the database itself.
  await stopServer();
  const db = await PGlite.create({ dataDir });
  const count = async (sql, params) => (await db.query(sql, params)).rows[0].n;
  assert.equal(await count("SELECT count(*)::int AS n FROM sales WHERE name = 'Server cohort' AND total = 132000"), 1);
  assert.equal(await count("SELECT count(*)::int AS n FROM purchases p JOIN licenses l ON l.purchase_id = p.id WHERE l.account_id = 'acc-fabrikam'"), 2);
  assert.equal(await count('SELECT count(*)::int AS n FROM orders WHERE id = $1 AND company_name = $2', [orderId, 'Server Order Co']), 1);
  await db.close();
  server = await startServer();
});
