// End-to-end (#22): in the built demo (npm run build:demo), a vendor opens a plan with a
// subscriber from the plan list, prices its support by graduated tiers (the price curve drawn), raises
// a price and saves: the plan is at version 2 while version 1
// keeps its subscriber; Review move shows the next charge before and after for that subscription,
// as the backend prices it. Driven in the system Chromium like e2e/demo.e2e.mjs.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { demoBrowser, NOW, SHOTS } from './demo-browser.mjs';

const env = demoBrowser();

it('a vendor prices a resource by graduated tiers and sees the curve, saves version 2 of a plan with a subscriber; version 1 keeps it; Review move previews its next charge before and after', async () => {
  const page = await (await env.browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
  await page.clock.install({ time: NOW });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.server.url + '/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const list = page.locator('service-plan-list');
  await list.locator('tbody tr[part=row]').first().waitFor();
  await list.locator('tbody tr[part=row] [part=row-button]', { hasText: 'Backup Advanced — Monthly' }).click();
  const editor = page.locator('service-plan-editor');
  const versions = editor.locator('[part=versions]');
  await versions.waitFor();
  assert.match(await versions.innerText(), /Version 1[\s\S]*Every subscription is on this version\./);
  // Priority support priced by graduated tiers (#22): the tiers editor loads, the curve is drawn.
  const tiers = 'resources.1.pricing.recurring';
  await editor.locator(`[data-path="${tiers}.model"] select`).selectOption('graduated');
  for (const [c, first, rest] of [['USD', '99.00', '79.00'], ['EUR', '91.00', '73.00'], ['JPY', '14850', '11850']]) {
    await editor.locator(`[data-path="${tiers}.tiers.0.prices.${c}"] input`).fill(first);
    await editor.locator(`[data-path="${tiers}.tiers.1.prices.${c}"] input`).fill(rest);
  }
  const curve = editor.locator('[data-testid=price-curve]');
  await curve.waitFor();
  assert.equal(await curve.getAttribute('aria-label'), 'Price of 0 to 20 × plan in USD: $1,780.00 at 20. Tier bounds at 10.');
  // A dearer virtual machine: $25.00 → $27.50 a month (the unit its subscription pays).
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
