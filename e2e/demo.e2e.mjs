// End-to-end: the built demo (npm run build:demo) served on 127.0.0.1, driven in the system
// Chromium as a user would, by mouse and by keyboard. Screenshots of each final state go to
// test-results/e2e/. Run with `npm run test:e2e`.
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../scripts/static-server.mjs';
import { demoBrowser, NOW, SHOTS } from './demo-browser.mjs';
import { fillSaas, orderSaas, saleFirstLine } from './order-steps.mjs';

// The page's clock starts at NOW and runs on, so timers and debouncing behave as usual.
const env = demoBrowser();
let page;
let errors;

beforeEach(async () => {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 1000 } });
  page = await context.newPage();
  await page.clock.install({ time: NOW });
  // This test's page only: an earlier test's page stays open and may still report (a service
  // worker update after its last scenario switch), which is not this test's error.
  const own = (errors = []);
  page.on('pageerror', (e) => own.push(String(e)));
  await page.goto(env.server.url + '/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('order-form .cells').waitFor();
});

/** What the user reads in a locator, through shadow roots and slots. */
const deepText = (locator) =>
  locator.evaluate((root) => {
    const parts = [];
    const walk = (n) => {
      if (n.nodeType === 3) return void parts.push(n.textContent);
      if (n.nodeType !== 1 && n.nodeType !== 11) return;
      if (n.hidden) return;
      parts.push(' ');
      if (n.shadowRoot) walk(n.shadowRoot);
      else if (n.localName === 'slot' && n.assignedNodes().length) n.assignedNodes().forEach(walk);
      else n.childNodes.forEach(walk);
      parts.push(' ');
    };
    walk(root);
    return parts.join('').replace(/\s+/g, ' ').trim();
  });
const shot = (name, locator = page) => locator.screenshot({ path: `${SHOTS}/${name}.png` });
const records = () => page.locator('#records').innerText();
const scenario = (value) => page.selectOption('#scenario', value);
const widget = (tag) => page.locator(tag);
/** Waits until `check` resolves true (polling, 5 s at most). */
async function until(check, timeout = 5000) {
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (await check()) return;
  throw new Error('timed out waiting');
}
/** Presses Tab until the focused element (through shadow roots) matches. */
async function tabTo(matches, max = 80) {
  // A step change or a new view moves the focus after its next paint (focusAfterRender): let it
  // land before the first Tab, as a user's next key would, or the Tab starts from where it was.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
  for (let i = 0; i < max; i++) {
    const hit = await page.evaluate((m) => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      const host = a?.getRootNode()?.host;
      return !!a && (a.matches(m) || (host && host.matches(m)));
    }, matches);
    if (hit) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not Tab to ${matches}`);
}

describe('under a strict Content-Security-Policy', () => {
  it('runs every widget with no violation', async () => {
    // msw's worker is a same-origin script, so 'self' covers it.
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; connect-src 'self'";
    const strict = await serve('demo-dist', { 'Content-Security-Policy': csp });
    const context = await env.browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const p = await context.newPage();
    await p.clock.install({ time: NOW });
    const violations = [];
    await p.exposeFunction('__cspViolation', (v) => violations.push(v));
    await p.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`)));
    const pageErrors = [];
    p.on('pageerror', (e) => pageErrors.push(String(e)));
    await p.goto(strict.url + '/');
    await p.locator('order-form .cells').waitFor();
    // A flow through each widget: search, add, preview, order.
    await p.locator('sales-list [part=register-button]').click();
    const w = p.locator('sale-wizard');
    await w.locator('[data-path=organizationId] input').fill('contoso');
    await w.locator('[data-path=organizationId] [role=option]').first().click();
    await w.locator('[part=next-button]').click();
    await p.locator('license-list [part=buy-button]').click();
    await p.locator('license-purchase [data-path=contractId]').waitFor();
    await p.locator('order-form [part=order-button]').first().click();
    await p.locator('order-form [data-path=packageId] select').selectOption('pkg-cloud-starter');
    await p.locator('order-form [part=submit-button]').click();
    await p.locator('service-plan-list [part=new-button]').click();
    await p.locator('service-plan-editor [data-path=billingType] select').selectOption('csp-monthly');
    await p.locator('service-plan-editor [part=submit-button]').click();
    await p.waitForTimeout(500);
    await context.close();
    await strict.close();
    assert.deepEqual(violations, []);
    assert.deepEqual(pageErrors, []);
  });
});

describe('the demo, end to end', () => {
  it('Sales management → Register new sale → the wizard → back to the list, the new sale on top and kept after a reload', async () => {
    const list = widget('sales-list');
    await list.locator('tbody tr[part=row]').first().waitFor();
    await list.locator('[part=register-button]').click();
    const w = widget('sale-wizard');
    await saleFirstLine(w);
    await w.locator('[part=next-button]').click();
    await w.locator('[data-path=billingMethodId] select').selectOption('bm-invoice-30');
    await w.locator('[data-path=name] input').fill('E2E cohort');
    await w.locator('[part=next-button]').click();
    await w.locator('[part=submit-button]').click();
    // Back on the list, without a reload: the new sale first, marked, Pending Approval, $1,320.00.
    const first = list.locator('tbody tr[part=row]').first();
    await list.locator('tr.marked').waitFor();
    assert.match(await deepText(first), /E2E cohort.*Contoso Training Partners.*IT PRO \/ Practice Test.*60.*\$1,320\.00.*Pending Approval/);
    await shot('sales-list-new-sale', list);
    assert.match(await records(), /Sale · E2E cohort/);
    // Its detail: key length and renewals, history.
    await first.locator('[part=row-button]').click();
    const detail = await deepText(list.locator('[part=detail]'));
    assert.match(detail, /Key length: 180 days/);
    assert.match(detail, /Status history Pending Approval/);
    await page.reload();
    await widget('sales-list').locator('tbody tr[part=row]').first().waitFor();
    assert.match(await deepText(widget('sales-list').locator('tbody tr[part=row]').first()), /E2E cohort.*Pending Approval/);
    assert.match(await records(), /Sale · E2E cohort.*Pending Approval/s);
    assert.deepEqual(errors, []);
  });

  it('the scenario panel approves the newest pending sale, and the list shows it Approved', async () => {
    const list = widget('sales-list');
    const firstName = () => deepText(list.locator('tbody tr[part=row] [part=row-button]').first());
    const statuses = () => list.locator('tbody tr[part=row] td[data-label=Status]').allInnerTexts();
    await list.locator('tbody tr[part=row]').first().waitFor();
    await list.locator('select[data-filter=status]').selectOption('pending-approval');
    await until(async () => (await statuses()).every((t) => t.trim() === 'Pending Approval'));
    const newest = await firstName();
    await page.locator('#approve-newest').click();
    await page.locator('#approve-status', { hasText: `Approved: ${newest}.` }).waitFor();
    await until(async () => (await firstName()) !== newest);
    await list.locator('select[data-filter=status]').selectOption('approved');
    await list.locator('[part=search]').fill(newest);
    await list.locator('[part=search]').press('Enter');
    await until(async () => (await firstName()) === newest);
    assert.ok((await statuses()).every((t) => t.trim() === 'Approved'));
    assert.deepEqual(errors, []);
  });

  it('Device licenses: the Active tab → Buy, with the keyboard alone → back, the new licenses listed co-termed and kept after a reload', async () => {
    const list = widget('license-list');
    const w = widget('license-purchase');
    const cells = async (row) => (await row.locator('td').allInnerTexts()).map((t) => t.trim());
    await list.locator('tbody tr[part=row]').first().waitFor();
    // As a keyboard user would: the page's own link to the area, then on from there.
    await tabTo('a[href="#licenses-title"]');
    await page.keyboard.press('Enter');
    await tabTo('[part=buy-button]');
    await page.keyboard.press('Enter');
    await w.locator('[data-path=contractId]').waitFor();
    await tabTo('[data-path=contractId] input, ck-radio-group');
    await page.keyboard.press('Space');
    await tabTo('[part=next-button]');
    await page.keyboard.press('Enter');
    await tabTo('[data-path=accountId] select, ck-select-field');
    await page.keyboard.type('Contoso Ltd — H');
    await tabTo('[part=save-account-button]');
    await page.keyboard.press('Enter');
    await w.getByText('Saved:').first().waitFor();
    await tabTo('[part=next-button]');
    await page.keyboard.press('Enter');
    await w.locator('[data-path=productId]').waitFor();
    await tabTo('[data-path=productId] input, ck-radio-group');
    await page.keyboard.press('Space'); // Managed Laptop
    await tabTo('[part=next-button]');
    await page.keyboard.press('Enter');
    await tabTo('[data-path=quantity] input, ck-number-field');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp'); // 3
    await tabTo('[part=next-button]');
    await page.keyboard.press('Enter');
    await tabTo('[data-path=stockChoice] input, ck-radio-group');
    await page.keyboard.press('ArrowDown'); // I want to make a new purchase
    await tabTo('[part=next-button]');
    await page.keyboard.press('Enter');
    assert.match(await deepText(w), /You’ll be adding 3 more licenses to the 10 existing ones set to expire (this|next) month\./);
    await tabTo('[part=submit-button]');
    await page.keyboard.press('Enter');
    // Back on the Active tab: the 3 new licenses, marked, end with the 10 existing ones.
    await list.locator('tr.marked').waitFor();
    const [marked, quantity, , end] = await cells(list.locator('tr.marked'));
    assert.match(marked, /\sNew$/, 'marked "New" in words');
    const product = marked.replace(/\s+New$/, '');
    assert.equal(quantity, '3');
    const all = await Promise.all((await list.locator('tbody tr[part=row]').all()).map(cells));
    assert.ok(all.some((r) => r[0] === product && r[1] === '10' && r[3] === end), 'co-termed with the existing licenses');
    await shot('license-list-new-licenses', list);
    assert.match(await records(), /^3 licenses$/m);
    await page.reload();
    await widget('license-list').locator('tbody tr[part=row]').first().waitFor();
    const kept = await Promise.all((await widget('license-list').locator('tbody tr[part=row]').all()).map(cells));
    assert.ok(kept.some((r) => r[0] === product && r[1] === '3' && r[3] === end), 'kept after a reload');
    assert.deepEqual(errors, []);
  });

  it('orders a SaaS subscription by mouse and shows its Order ID', async () => {
    const w = widget('order-form');
    await orderSaas(w, { name: 'Tailspin', email: 'luis@tailspin.es' });
    const text = await deepText(w.locator('[part=success]'));
    const id = /ORD-\d+/.exec(text)?.[0];
    assert.ok(id, 'an Order ID is shown');
    assert.match(text, /Check your email for the Order ID\./);
    await shot('order-form-success', w);
    assert.match(await records(), new RegExp(`Order · ${id}`));
  });

  it('Billing: plan list → New service plan → editor → save → Continue → the plan listed; Copy → the copy listed; kept after a reload', async () => {
    const list = widget('service-plan-list');
    const names = () => list.locator('tbody tr[part=row] [part=row-button]').allInnerTexts();
    await list.locator('tbody tr[part=row]').first().waitFor();
    await list.locator('[part=new-button]').click();
    const w = widget('service-plan-editor');
    await w.locator('[data-path=name] input').fill('E2E Backup');
    await w.locator('[data-path=sku] input').fill('E2E-1');
    await w.locator('[data-path=billingType] select').selectOption('csp-monthly');
    await w.locator('[data-path="description.en"] textarea').fill('Made by the end-to-end test.');
    await w.locator('[data-path=resourceToAdd] select').selectOption('res-users');
    await w.locator('[data-action=add-resource]').click();
    await w.locator('[data-path="resources.0.limit"] input').fill('50');
    for (const [c, v] of [['USD', '4.00'], ['EUR', '3.70'], ['JPY', '600']]) await w.locator(`[data-path="resources.0.fees.recurring.${c}"] input`).fill(v);
    await w.locator('[part=submit-button]').click();
    await list.locator('[part=saved-bar]', { hasText: 'The service plan was saved: E2E Backup.' }).waitFor();
    assert.match(await records(), /Plan · E2E Backup/);
    await list.locator('[part=continue-button]').click();
    await list.locator('tr.marked', { hasText: 'E2E Backup' }).waitFor();
    // Copy service plan: the seed's pop-up, "Copy of <name>", then the updated list.
    await list.locator('tr.marked [part=copy-button]').click();
    const name = list.locator('#copy-dialog ck-text-field input');
    assert.equal(await name.inputValue(), 'Copy of E2E Backup');
    await name.fill('E2E Backup (copy)');
    await list.locator('#copy-dialog [part=confirm-button]').click();
    await list.locator('tr.marked', { hasText: 'E2E Backup (copy)' }).waitFor();
    await shot('service-plan-list-copied', list);
    await page.reload();
    await widget('service-plan-list').locator('tbody tr[part=row]').first().waitFor();
    const kept = await names();
    assert.ok(kept.includes('E2E Backup') && kept.includes('E2E Backup (copy)'), 'both plans kept after a reload');
    assert.deepEqual(errors, []);
  });

  it('increases the user accounts of a SaaS subscription: its preview, then the record changed', async () => {
    const list = widget('subscription-list');
    await list.locator('input[part=search]').fill('SaaS Professional');
    await list.locator('input[part=search]').press('Enter');
    await list.locator('tbody tr').filter({ hasText: 'SaaS Professional' }).first().waitFor();
    await until(async () => (await list.locator('tbody tr').count()) === 1);
    await list.locator('[part=row-button]').click();
    const change = widget('subscription-change');
    await change.locator('[part=current]').waitFor();
    const quantity = change.locator('[data-path=quantity] input');
    const before = Number(await quantity.inputValue());
    await quantity.fill(String(before + 5));
    // Post-paid: charged in arrears for the month's highest count, so nothing is due today.
    const preview = change.locator('[part=preview]');
    await preview.getByText('Total due today').waitFor();
    assert.match(await deepText(preview), /Total due today \$0\.00 .*Next charge on .+ \$[\d,]+\.\d\d/);
    await shot('subscription-more-users', change);
    await change.locator('[part=submit-button]').click();
    // Back on the list, the row marked, with the new count.
    await until(async () => (await page.locator('subscription-change').count()) === 0);
    await list.locator('tr.marked').waitFor();
    assert.match(await deepText(list.locator('tr.marked')), new RegExp(`SaaS Professional ${before + 5} `));
    assert.deepEqual(errors, []);
  });

  it('a seller sees the refund windows, cost and margin of a seat decrease, part refunded, part scheduled; a customer’s view receives no cost', async () => {
    // Every answer of the API the page receives, as text (msw's service worker answers them).
    const bodies = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) r.text().then((t) => bodies.push(t), () => {});
    });
    const openReserved = async () => {
      await page.reload();
      const list = widget('subscription-list');
      // Searched once the list has loaded (a search typed into the loading screen is not the list's).
      await list.locator('tbody tr[part=row]').first().waitFor();
      await list.locator('input[part=search]').fill('SO-210402');
      await list.locator('input[part=search]').press('Enter');
      await until(async () => (await list.locator('tbody tr').count()) === 1 && (await deepText(list.locator('tbody tr'))).includes('Backup Reserved'));
      await list.locator('[part=row-button]').click();
      const change = widget('subscription-change');
      await change.locator('[part=current]').waitFor();
      return { list, change };
    };
    const { list, change } = await openReserved();
    const current = await deepText(change.locator('[part=current]'));
    // 19 seats; 3 added five days ago and 4 yesterday (the seed), each with its 168-hour window.
    assert.match(current, /Your cost .*Your margin .*\(30\.00% of the price\)/);
    assert.match(current, /Refund windows 3 seats added .*: refundable until .* 4 seats added .*: refundable until /);
    await change.locator('[data-path=quantity] input').fill('11');
    const preview = change.locator('[part=preview]');
    await preview.getByText('Refund for 7 seats still in their refund window').waitFor();
    const text = await deepText(preview);
    assert.match(text, /Credit to the account’s balance -?\$[\d,]+\.\d\d/);
    assert.match(text, /Removed today with a refund, still in their refund window: 7 seats\. Past their window, removed on .+ when the current term ends: 1 seat\./);
    assert.match(text, /Your margin now, every 12 months \$273\.60 \(30\.00%\) After the change, every 12 months \$158\.40 \(30\.00%\)/);
    await shot('subscription-refund-and-margin', change);
    await change.locator('[part=submit-button]').click();
    await until(async () => (await page.locator('subscription-change').count()) === 0);
    await list.locator('tr.marked').waitFor();
    assert.match(await deepText(list.locator('tr.marked')), /Backup Reserved — 1 year 12 /, 'the 7 refunded seats are gone now; the last one waits for the term end');
    assert.ok(bodies.some((b) => b.includes('"economics"')), 'the seller’s answers carry cost');
    bodies.length = 0;
    // The same screens for a customer: no cost shown, none in any answer.
    await scenario('customer');
    const customer = await openReserved();
    assert.doesNotMatch(await deepText(customer.change.locator('[part=current]')), /Your cost|margin/i);
    await customer.change.locator('[data-path=quantity] input').fill('14');
    await customer.change.locator('[part=preview]').getByText('Total due today').waitFor();
    assert.doesNotMatch(await deepText(customer.change.locator('[part=preview]')), /margin|cost/i);
    assert.ok(bodies.length > 0, 'the customer’s view read answers');
    assert.equal(bodies.filter((b) => /"economics"|"cost"/.test(b)).length, 0, 'no answer to the customer’s view carries cost');
    await scenario('normal');
    assert.deepEqual(errors, []);
  });

  it('a seller sees cost, price and margin on an order; in a customer’s view the same order shows none and no answer carries cost', async () => {
    // Every answer of the API the customer's view receives, as text (msw's service worker answers
    // them); marked when the answer arrives, as its text is read later.
    const bodies = [];
    let customerView = false;
    page.on('response', (r) => {
      const mine = customerView;
      if (mine && new URL(r.url()).pathname.startsWith('/api/')) r.text().then((t) => bodies.push(t), () => {});
    });
    const order = widget('order-form');
    const summary = order.locator('[part=price-summary]');
    await fillSaas(order, { name: 'Margin Works', email: 'luis@margin.example' }, 'pre-paid');
    await order.locator('[part=economics]').waitFor();
    // SaaS Professional, $149.00 a month pre-paid for 12 months; the demo seller pays 70 % of it.
    assert.match(await deepText(order.locator('[part=economics]')), /Your cost and margin Pre-paid, 12 months Your cost \$1,251\.60 Price \$1,788\.00 Your margin \$536\.40 \(30\.00%\) Total Your cost \$1,251\.60 Price \$1,788\.00 Your margin \$536\.40 \(30\.00%\)/);
    await order.locator('[data-path=paymentMethod] input[value=post-paid]').check();
    await order.locator('[data-path=users] input').fill('20');
    await until(async () => (await deepText(order.locator('[part=economics]'))).includes('Post-paid for 20 user accounts Your cost $49.00 Price $70.00 Your margin $21.00 (30.00%)'));
    await shot('order-cost-and-margin', summary);
    // The seller's answer carries the plans' cost (the page loaded it before this test listened).
    const options = await page.evaluate(() => fetch('/api/order-options').then((r) => r.json()));
    assert.ok(options.packages.every((p) => p.cost), 'the seller’s order options carry cost');
    // The same order in a customer's view: the price, nothing of cost on screen or in any answer.
    await scenario('customer');
    customerView = true;
    await page.reload();
    await order.locator('.cells').waitFor();
    await fillSaas(order, { name: 'Margin Works', email: 'luis@margin.example' }, 'pre-paid');
    await summary.getByText('$1,788.00').waitFor();
    assert.equal(await order.locator('[part=economics]').count(), 0);
    assert.doesNotMatch(await deepText(summary), /Your cost|margin/i);
    assert.ok(bodies.some((b) => b.includes('"packages"')), 'the customer’s view read the order options');
    assert.equal(bodies.filter((b) => /"economics"|"cost"/.test(b)).length, 0, 'no answer to the customer’s view carries cost');
    await scenario('normal');
    assert.deepEqual(errors, []);
  });

  it('renews an on-premise license from the order form: the new term, its renewal fee, then the later term end', async () => {
    const o = widget('order-form');
    await o.locator('[part=renew-button]').click();
    const list = widget('subscription-list');
    await until(async () => (await list.evaluate((el) => el.source)) === 'license');
    const laptop = list.locator('tbody tr').filter({ hasText: 'Managed Laptop' }).filter({ hasText: 'Head office' });
    await laptop.first().waitFor();
    const endBefore = await deepText(laptop.first().locator('td').nth(4));
    await laptop.first().locator('[part=row-button]').click();
    const change = widget('subscription-change');
    await change.locator('[part=current]').waitFor();
    await change.locator('[data-path=action] input[value=renew]').check();
    const preview = change.locator('[part=preview]');
    await preview.getByText('New term', { exact: true }).waitFor();
    const text = await deepText(preview);
    assert.match(text, /Total due today \$0\.00/);
    assert.match(text, /Includes a renewal fee of \$150\.00\./);
    await shot('subscription-renew', change);
    await change.locator('[part=submit-button]').click();
    await until(async () => (await page.locator('subscription-change').count()) === 0);
    await until(async () => (await deepText(list.locator('tbody'))).includes('Managed Laptop'));
    const row = list.locator('tbody tr').filter({ hasText: 'Managed Laptop' }).filter({ hasText: 'Head office' }).first();
    const endAfter = await deepText(row.locator('td').nth(4));
    assert.notEqual(endAfter, endBefore);
    assert.equal(Number(endAfter.match(/\d{4}/)[0]), Number(endBefore.match(/\d{4}/)[0]) + 1);
    assert.deepEqual(errors, []);
  });

  it('an unfinished order survives a reload; the customer’s view, another user, starts empty', async () => {
    const order = widget('order-form');
    const company = order.locator('[data-path="customer.companyName"] input');
    await order.locator('[part=order-button]').first().click();
    await company.fill('Reload Corp');
    await page.reload();
    await order.getByText('Your unfinished order was restored.').waitFor();
    assert.equal(await company.inputValue(), 'Reload Corp');
    // The customer's view is another user: its own drafts (the demo keys them per user, as a host would).
    await scenario('customer');
    await page.reload();
    await order.locator('.cells').waitFor();
    await scenario('normal');
    await page.reload();
    await order.getByText('Your unfinished order was restored.').waitFor();
    assert.equal(await company.inputValue(), 'Reload Corp');
    assert.deepEqual(errors, []);
  });

  it('switches locale and theme', async () => {
    // Something typed in a widget before the switch is still there after it.
    const saas = widget('order-form');
    await saas.locator('[part=order-button]').nth(1).click();
    await saas.locator('[data-path="customer.companyName"] input').fill('Kept Corp');
    await page.selectOption('#locale', 'es');
    await saas.getByText('Pedido SaaS').waitFor();
    assert.equal(await saas.locator('[data-path="customer.companyName"] input').inputValue(), 'Kept Corp');
    await widget('sales-list').getByText('Gestión de ventas').first().waitFor();
    // The shell follows the locale too: its headings, navigation, switches and side cards.
    assert.equal(await page.locator('#sales-title').innerText(), 'Área de partner · Gestión de ventas');
    assert.equal(await page.locator('nav.tabs a[href="#orders-title"]').innerText(), 'Pedidos');
    assert.equal(await page.locator('nav.tabs').getAttribute('aria-label'), 'Áreas del portal');
    assert.equal(await page.locator('#theme option[value=dark]').innerText(), 'Oscuro');
    assert.equal(await page.title(), 'Demo de channelkit · Portal de partners de Northwind');
    assert.equal(await page.locator('html').getAttribute('lang'), 'es');
    await page.selectOption('#theme', 'dark');
    const bg = await saas.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.panel')).backgroundColor);
    assert.equal(bg, 'rgb(15, 20, 25)');
    await page.selectOption('#theme', 'brand');
    const primary = await saas.evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('[part=submit-button]')).backgroundColor);
    assert.equal(primary, 'rgb(122, 46, 142)');
    assert.equal(await saas.locator('[data-path="customer.companyName"] input').inputValue(), 'Kept Corp');
    await shot('locale-es-brand');
    // A reload keeps the locale, and the shell is in it from the start.
    await page.reload();
    assert.equal(await page.locator('#sales-title').innerText(), 'Área de partner · Gestión de ventas');
  });

  it('each backend scenario shows its message with nothing lost', async () => {
    // Server errors: the order keeps every value and offers retry.
    await scenario('server');
    const o = widget('order-form');
    await o.locator('[part=order-button]').nth(1).click();
    await o.locator('[data-path=paymentMethod] input[value=pre-paid]').check();
    await o.locator('[data-path=packageId] select').selectOption('pkg-saas-team');
    await o.locator('[data-path="customer.companyName"] input').fill('Kept Corp');
    await o.locator('[data-path="customer.contactName"] input').fill('Kim');
    await o.locator('[data-path="customer.email"] input').fill('kim@kept.example');
    await o.locator('[data-path="customer.country"] select').selectOption('US');
    await o.locator('[part=submit-button]').click();
    await o.getByText('The server had a problem.').waitFor();
    assert.equal(await o.locator('[data-path="customer.companyName"] input').inputValue(), 'Kept Corp');
    // Validation errors from the server land on the field.
    await scenario('validation');
    await o.locator('[part=submit-button]').click();
    await o.getByText('This mailbox does not accept mail.').first().waitFor();
    // Back to normal: the retry goes through.
    await scenario('normal');
    await o.locator('[data-path="customer.email"] input').fill('kim@kept.example');
    await o.locator('[part=submit-button]').click();
    await o.locator('[part=success]').waitFor();
    // A slow network: the button says it is working, and the order still goes through once.
    await scenario('slow');
    await o.getByText('Create another order').click();
    await o.locator('[part=order-button]').nth(1).click();
    await o.locator('[data-path=paymentMethod] input[value=pre-paid]').check();
    await o.locator('[data-path=packageId] select').selectOption('pkg-saas-team');
    await o.locator('[data-path="customer.companyName"] input').fill('Patient Co');
    await o.locator('[data-path="customer.contactName"] input').fill('Pat');
    await o.locator('[data-path="customer.email"] input').fill('pat@patient.example');
    await o.locator('[data-path="customer.country"] select').selectOption('US');
    await o.locator('[part=submit-button]').click();
    await o.getByText('Ordering…').waitFor();
    await o.locator('[part=success]').waitFor({ timeout: 10000 });
    // A seller without the LTI service, and unusable contracts (seen after a reload).
    await scenario('no-lti');
    await page.reload();
    await widget('sales-list').locator('[part=register-button]').click();
    await widget('sale-wizard').getByText('Only organizations with the LTI service can register a sale').waitFor();
    await scenario('contracts');
    await page.reload();
    await widget('license-list').locator('[part=buy-button]').click();
    await widget('license-purchase').getByText('No contract can be used to buy licenses').waitFor();
    await shot('scenario-contracts', widget('license-purchase'));
    await scenario('normal');
  });
});

describe('the list screens on a phone', () => {
  it('at 375 px the three lists are stacked rows: nothing scrolls sideways, a row opens by keyboard', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const tag of ['sales-list', 'license-list', 'service-plan-list']) {
      const list = widget(tag);
      await list.locator('tbody tr[part=row]').first().waitFor();
      await list.scrollIntoViewIfNeeded();
      const layout = await list.evaluate((el) => ({
        row: getComputedStyle(el.shadowRoot.querySelector('tbody tr[part=row]')).display,
        wide: el.shadowRoot.querySelector('.panel').scrollWidth - el.shadowRoot.querySelector('.panel').clientWidth,
      }));
      assert.equal(layout.row, 'block', `${tag}: stacked rows`);
      assert.ok(layout.wide <= 1, `${tag}: ${layout.wide} px wider than its panel`);
      await list.locator('tbody tr[part=row]').first().screenshot({ path: `${SHOTS}/${tag}-375-row.png` });
    }
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 375, 'the page does not scroll sideways');
    // At 320 px neither: the header's switches wrap and shrink (a select's longest option included).
    await page.setViewportSize({ width: 320, height: 800 });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, 'nothing scrolls sideways at 320 px');
    await page.setViewportSize({ width: 375, height: 800 });
    // A sale opened from its stacked row with the keyboard.
    await widget('sales-list').locator('[part=row-button]').first().focus();
    await page.keyboard.press('Enter');
    await widget('sales-list').locator('[part=detail]').waitFor();
    await shot('sales-list-375-detail', widget('sales-list'));
    assert.deepEqual(errors, []);
  });
});

describe('the demo with damaged storage', () => {
  it('starts with its defaults when stored settings and records are corrupt', async () => {
    await page.evaluate(() => {
      localStorage.setItem('channelkit-demo-settings', '{"locale":"xx","theme":1');
      localStorage.setItem('channelkit-demo-records', '[1, 2');
    });
    await page.reload();
    await page.locator('order-form .cells').waitFor();
    assert.equal(await page.locator('#locale').inputValue(), 'en');
    assert.deepEqual(errors, []);
    await page.evaluate(() => localStorage.setItem('channelkit-demo-settings', JSON.stringify({ locale: 'es', theme: '<img src=x>', scenario: 'nope' })));
    await page.reload();
    await page.locator('order-form .cells').waitFor();
    assert.equal(await page.locator('#locale').inputValue(), 'es');
    assert.notEqual(await page.locator('#theme').inputValue(), '<img src=x>');
    assert.deepEqual(errors, []);
  });
});
