// End-to-end (#22, point 5): in the built demo (npm run build:demo), a vendor opens a plan with a
// subscriber from the plan list, raises a price and saves: the plan is at version 2 while version 1
// keeps its subscriber; Review move shows the next charge before and after for that subscription,
// as the backend prices it. Driven in the system Chromium like e2e/demo.e2e.mjs.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { serve } from '../scripts/static-server.mjs';

const SHOTS = 'test-results/e2e';
const TODAY = /^\d{4}-\d{2}-\d{2}$/.test(process.env.CK_TODAY ?? '') ? process.env.CK_TODAY : '2027-03-10';
mkdirSync(SHOTS, { recursive: true });
let server;
let browser;

before(async () => {
  server = await serve('demo-dist');
  browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')) });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

it('a vendor saves version 2 of a plan with a subscriber; version 1 keeps it; Review move previews its next charge before and after', async () => {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
  await page.clock.install({ time: new Date(`${TODAY}T10:00:00`) });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + '/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const list = page.locator('service-plan-list');
  await list.locator('tbody tr[part=row]').first().waitFor();
  await list.locator('tbody tr[part=row] [part=row-button]', { hasText: 'Backup Advanced — Monthly' }).click();
  const editor = page.locator('service-plan-editor');
  const versions = editor.locator('[part=versions]');
  await versions.waitFor();
  assert.match(await versions.innerText(), /Version 1[\s\S]*Every subscription is on this version\./);
  // A dearer virtual machine: $25.00 → $27.50 a month.
  await editor.locator('[data-path="resources.0.fees.recurring.USD"] input').fill('27.50');
  await editor.locator('[part=submit-button]').click();
  await versions.getByText('Version 1: 1 subscription').waitFor();
  assert.match(await versions.innerText(), /Version 2/);
  assert.match(await versions.innerText(), /1 subscription is on older versions and keeps its prices until moved\./);
  await versions.getByRole('button', { name: 'Review move' }).click();
  const table = editor.locator('[part=version-move-table]');
  await table.waitFor();
  const preview = await page.evaluate(() => fetch('/api/plans/plan-backup-advanced/versions/1/move-preview').then((r) => r.json()));
  assert.equal(preview.subscriptions.length, 1);
  const row = preview.subscriptions[0];
  assert.ok(row.difference.minor > 0, 'the next charge grows');
  const cells = await table.locator('tbody tr > *').allInnerTexts();
  assert.match(cells[0], new RegExp(row.customerName));
  assert.equal(cells[3].trim(), `+${new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(row.difference.minor / 100)}`);
  await page.screenshot({ path: `${SHOTS}/plan-versions-move-review.png` });
  assert.deepEqual(errors, []);
});
