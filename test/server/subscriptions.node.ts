// Subscriptions (issue 12): the seed at awkward dates on any day, the list, a subscription's plans,
// changes priced by changeQuote (applied now or scheduled), their refusals, idempotency, cancelling
// a scheduled change, settling by the server's clock, and what orders and license purchases start,
// over memory and PGlite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BILLING_TYPE_IDS } from '../../src/core/billing-types.js';
import { CHANGE_RULES, changeQuote } from '../../src/core/change-quote.js';
import { todayFrom } from '../../src/core/clock.js';
import { addDays, addMonths, dayOf } from '../../src/core/dates.js';
import { changeDate, subscriptionTerms } from '../../src/schemas/subscription.js';
import type { MemoryRepository } from '../../src/server/memory-repository.js';
import { DEMO_PRINCIPAL, DEMO_PRINCIPAL_WITHOUT_LTI, demoTenants } from '../../src/server/seed.js';
import type { SqlRepository } from '../../src/server/sql/sql-repository.js';
import { api, at } from './subscription-api.js';
import { memoryRepository, pgliteRepository } from './support.js';

const without = <T extends object>(o: T, ...keys: (keyof T)[]) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k as keyof T)));

test('the seed: every billing type, awkward dates relative to the clock, a deactivated plan, license subscriptions to renew, on any day', async () => {
  for (const day of ['2027-01-31', '2028-02-29', '2027-02-27', '2027-12-31', '2027-06-15', '2028-03-01']) {
    const repo = await memoryRepository(day);
    const { all, detail } = api(repo, { clock: at(day), timeZone: 'UTC' });
    const subs = await all();
    assert.deepEqual([...new Set(subs.map((s) => s.billingType))].sort(), [...BILLING_TYPE_IDS].sort(), day);
    assert.ok(subs.every((s) => s.status === 'active' && s.termEnd > day), `${day}: every seeded subscription is running`);
    assert.ok(subs.some((s) => s.billingDay === 31 && dayOf(s.anchorDate) === 31), `${day}: an anchor on the 31st`);
    assert.ok(subs.some((s) => s.anchorDate.endsWith('-02-29')), `${day}: an anchor on Feb 29`);
    assert.ok(subs.some((s) => s.termEnd === addDays(day, 1)), `${day}: a term whose last day is today`);
    assert.ok(subs.some((s) => subscriptionTerms(s, day).periodEnd === addDays(day, 2)), `${day}: a period whose last day is tomorrow`);
    assert.ok(subs.some((s) => !s.renewable), `${day}: one on a deactivated plan`);
    assert.ok(subs.some((s) => s.pendingChange !== null), `${day}: a scheduled change`);
    const customers = new Map<string, number>();
    for (const s of subs.filter((x) => x.source === 'order')) customers.set(s.customerName, (customers.get(s.customerName) ?? 0) + 1);
    assert.ok([...customers.values()].filter((n) => n >= 2).length >= 3, `${day}: a few per customer`);
    const hq = subs.find((s) => s.source === 'license' && s.sourceId === 'acc-contoso-hq')!;
    assert.deepEqual([hq.quantity, hq.billingType, hq.unit, hq.autoRenew], [10, 'reservation', 'licenses', false]);
    assert.ok(hq.renewalFee > 0, 'the demo account’s licenses renew with a fee');
    const later = subs.find((s) => s.source === 'license' && s.termEnd >= addMonths(day, 3))!;
    assert.ok(later.renewalFee > 0 && later.renewable, `${day}: a license subscription to renew, months away`);
    // Every seeded subscription can be previewed on its own terms today.
    for (const s of subs) changeQuote(subscriptionTerms(s, day), { kind: 'change' }, changeDate(s, day));
    const saas = subs.find((s) => s.productName === 'SaaS' && s.billingType === 'payg-external')!;
    const plans = (await detail(saas.id)).plans;
    assert.equal(plans[0]!.id, saas.planId, 'its own plan first');
    assert.deepEqual(plans.map((p) => p.id).sort(), ['pkg-saas-enterprise', 'pkg-saas-pro', 'pkg-saas-team']);
    await repo.close();
  }
});

test('the list: search of customer, product, plan and source; filters; sorts; 422 for an unknown sort', async () => {
  const day = '2027-03-15';
  const { all, call } = api(await memoryRepository(day), { clock: at(day), timeZone: 'UTC' });
  const every = await all();
  assert.ok(every.length >= 20);
  assert.deepEqual(
    every.map((s) => s.termEnd),
    every.map((s) => s.termEnd).sort(),
    'the term ending first, first',
  );
  assert.ok((await all({ search: 'FABRIKAM' })).every((s) => s.customerName.includes('Fabrikam')));
  assert.deepEqual((await all({ search: 'ORD-090001' })).map((s) => s.sourceId), ['ORD-090001']);
  assert.ok((await all({ search: 'archive vault' })).every((s) => s.planName.startsWith('Archive Vault')));
  assert.ok((await all({ search: 'device services' })).every((s) => s.source === 'license'));
  const licenses = await all({ filters: { source: 'license' } });
  assert.ok(licenses.length >= 3 && licenses.every((s) => s.source === 'license'));
  assert.equal((await all({ filters: { status: 'ended' } })).length, 0);
  const byQuantity = await all({ sort: { key: 'quantity', direction: 'desc' } });
  assert.ok(byQuantity.every((s, i, a) => i === 0 || a[i - 1]!.quantity >= s.quantity));
  assert.equal((await call('/subscriptions?sort=price')).status, 422);
});

test('cost and list price only for a user allowed to see cost, over memory and PGlite; never in the answer to anyone else', async () => {
  const day = '2027-03-15';
  for (const repo of [await memoryRepository(day), await pgliteRepository(day)]) {
    const seller = api(repo, { clock: at(day), timeZone: 'UTC' });
    const id = (await seller.all({ search: 'Backup Standard — Monthly' }))[0]!.id;
    const d = await seller.detail(id);
    // The seed's channel: cost 70 % of the price, list price 110 %, for the plan and the plans it may move to.
    assert.deepEqual(d.economics?.[d.subscription.planId], { cost: { unitPrice: 350, periodFee: 0 }, list: { unitPrice: 550, periodFee: 0 } });
    assert.deepEqual(Object.keys(d.economics ?? {}), d.plans.map((p) => p.id));
    const noCost = { ...DEMO_PRINCIPAL, permissions: DEMO_PRINCIPAL.permissions.filter((p) => p !== 'see-cost') };
    const customer = api(repo, { clock: at(day), timeZone: 'UTC', auth: () => noCost });
    const r = await customer.call(`/subscriptions/${id}`);
    assert.equal(r.status, 200);
    assert.equal('economics' in r.body, false);
    assert.doesNotMatch(JSON.stringify(r.body), /cost/i);
    await (repo as { close?: () => Promise<void> }).close?.();
  }
});

test('a change previewed with changeQuote is made at that price, once per key; a new etag; the change recorded', async () => {
  const day = '2027-03-15';
  const repo = (await memoryRepository(day)) as MemoryRepository;
  const { all, detail, change, preview } = api(repo, { clock: at(day), timeZone: 'UTC' });
  const monthly = (await all()).find((s) => s.billingType === 'csp-monthly')!;
  const d = await detail(monthly.id);
  const q = preview(d, { kind: 'change', quantity: monthly.quantity + 3 }, day);
  assert.ok(q.dueNow.minor > 0, 'more seats cost something today');
  const key = crypto.randomUUID();
  const first = await change(d, { kind: 'change', quantity: monthly.quantity + 3 }, day, key);
  assert.equal(first.status, 201, JSON.stringify(first.body));
  assert.deepEqual([first.body.applies, first.body.dueNow, first.body.creditBalance, first.body.subscription.quantity], ['now', q.dueNow, q.creditBalance, monthly.quantity + 3]);
  assert.notEqual(first.body.subscription.etag, monthly.etag);
  const again = await change(d, { kind: 'change', quantity: monthly.quantity + 3 }, day, key);
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
  assert.deepEqual(again.body, first.body);
  assert.equal(repo.tables.subscriptionChanges.length, 1, 'one change recorded');
  assert.deepEqual((repo.tables.subscriptionChanges[0]!.row.quote as { total: unknown }).total, q.total);
  assert.equal((await detail(monthly.id)).subscription.quantity, monthly.quantity + 3);
  // A decrease on CSP monthly credits now: a negative total, a credit balance.
  const down = await change(await detail(monthly.id), { kind: 'change', quantity: 1 }, day);
  assert.equal(down.status, 201, JSON.stringify(down.body));
  assert.ok(down.body.creditBalance.minor > 0 && down.body.dueNow.minor === 0);
});

test('refusals: a stale etag, a stale expected total (then accepted with the server’s quote), limits, no change, a plan not offered, another seller', async () => {
  const day = '2027-03-15';
  const { all, detail, change, post, call } = api(await memoryRepository(day), { clock: at(day), timeZone: 'UTC' });
  const annual = (await all()).find((s) => s.billingType === 'csp-annual' && s.renewable)!;
  const stale = await post(`/subscriptions/${annual.id}/changes`, { kind: 'change', quantity: annual.quantity + 1, etag: 'v-old', quotedOn: day });
  assert.deepEqual([stale.status, stale.body.error.code], [409, 'conflict']);
  const wrong = await post(`/subscriptions/${annual.id}/changes`, { kind: 'change', quantity: annual.quantity + 1, etag: annual.etag, quotedOn: day, expected: { total: { currency: 'USD', minor: 1 } } });
  assert.deepEqual([wrong.status, wrong.body.error.code], [409, 'quote-changed']);
  assert.equal(wrong.body.error.quote.quotedOn, day);
  const resent = await post(`/subscriptions/${annual.id}/changes`, { kind: 'change', quantity: annual.quantity + 1, etag: annual.etag, quotedOn: day, expected: wrong.body.error.quote });
  assert.equal(resent.status, 201, JSON.stringify(resent.body));
  const now = await detail(annual.id);
  const over = await change(now, { kind: 'change', quantity: 501 }, day);
  assert.deepEqual([over.status, Object.keys(over.body.error.fields)], [422, ['quantity']]);
  const same = await post(`/subscriptions/${annual.id}/changes`, { kind: 'change', quantity: now.subscription.quantity, etag: now.subscription.etag });
  assert.equal(same.status, 422);
  assert.match(same.body.error.fields.quantity, /Choose a different quantity or plan/);
  for (const planId of ['plan-backup-basic-2023', 'plan-backup-monthly', 'nope']) {
    const r = await post(`/subscriptions/${annual.id}/changes`, { kind: 'change', planId, etag: now.subscription.etag });
    assert.deepEqual([r.status, Object.keys(r.body.error.fields ?? {})], [422, ['planId']], planId);
  }
  assert.equal((await post(`/subscriptions/${annual.id}/changes`, { kind: 'change', quantity: 2 })).status, 400, 'no etag');
  const other = api(await memoryRepository(day), { clock: at(day), timeZone: 'UTC', defaultPrincipal: DEMO_PRINCIPAL_WITHOUT_LTI });
  assert.equal((await other.call(`/subscriptions/${annual.id}`)).status, 404);
  assert.equal((await other.post(`/subscriptions/${annual.id}/changes`, { kind: 'renew', etag: annual.etag })).status, 404);
  assert.equal((await call('/subscriptions/sub-nope')).body.error.code, 'subscription-not-found');
});

test('renewals: a deactivated plan is 409 plan-deactivated; licenses renew to the new term end, shown on the Active tab', async () => {
  const day = '2027-03-15';
  const { all, detail, change, call } = api(await memoryRepository(day), { clock: at(day), timeZone: 'UTC' });
  const subs = await all();
  const retired = subs.find((s) => !s.renewable)!;
  const refused = await call(`/subscriptions/${retired.id}/changes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({ kind: 'renew', etag: retired.etag }),
  });
  assert.deepEqual([refused.status, refused.body.error.code], [409, 'plan-deactivated']);
  const tablets = subs.find((s) => s.source === 'license' && s.planId === 'prd-tablet')!;
  const d = await detail(tablets.id);
  assert.deepEqual(d.plans.map((p) => p.id), ['prd-tablet', 'prd-laptop', 'prd-phone'], 'upgrade targets: the contract’s other products');
  const renewed = await change(d, { kind: 'renew' }, day);
  assert.equal(renewed.status, 201, JSON.stringify(renewed.body));
  const termEnd = addMonths(tablets.termEnd, 12);
  assert.deepEqual([renewed.body.applies, renewed.body.subscription.termEnd, renewed.body.dueNow.minor], ['term-end', termEnd, 0]);
  const batches = (await call(`/accounts/${tablets.sourceId}/license-batches?productId=prd-tablet&status=active`)).body.items;
  assert.deepEqual(batches.map((b: { endDate: string; quantity: number }) => [b.endDate, b.quantity]), [[termEnd, tablets.quantity]]);
  // Two more tablets now: prorated for the rest of the term, added as licenses ending with the others.
  const more = await change(await detail(tablets.id), { kind: 'change', quantity: tablets.quantity + 2 }, day);
  assert.equal(more.status, 201, JSON.stringify(more.body));
  assert.ok(more.body.dueNow.minor > 0);
  const after = (await call(`/accounts/${tablets.sourceId}/licenses?productId=prd-tablet`)).body;
  assert.deepEqual([after.count, after.endDate], [tablets.quantity + 2, termEnd]);
});

test('a scheduled decrease waits for the term end; cancelling it restores the subscription and its next charge exactly', async () => {
  const day = '2027-03-15';
  const { all, detail, change, post, preview } = api(await memoryRepository(day), { clock: at(day), timeZone: 'UTC' });
  // A commitment term with no seats in a refund window (those would be refunded now: refund-windows.node.ts).
  const reserved = (await all()).find((s) => CHANGE_RULES[s.billingType].decrease === 'term-end' && s.source === 'order' && !s.pendingChange && s.quantity > 2 && !s.batches?.length)!;
  const before = await detail(reserved.id);
  const nextBefore = preview(before, { kind: 'change', quantity: reserved.quantity + 1 }, day).nextCharge;
  const r = await change(before, { kind: 'change', quantity: reserved.quantity - 2 }, day);
  assert.equal(r.status, 201, JSON.stringify(r.body));
  assert.deepEqual([r.body.applies, r.body.effectiveDate, r.body.dueNow.minor, r.body.subscription.quantity], ['term-end', reserved.termEnd, 0, reserved.quantity]);
  assert.deepEqual(without(r.body.subscription.pendingChange, 'planName'), { effectiveDate: reserved.termEnd, planId: reserved.planId, quantity: reserved.quantity - 2, unitPrice: reserved.unitPrice, periodFee: reserved.periodFee });
  const cancelled = await post(`/subscriptions/${reserved.id}/pending-change/cancel`);
  assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
  assert.deepEqual(without(cancelled.body, 'etag'), without(before.subscription, 'etag'));
  const after = await detail(reserved.id);
  assert.deepEqual(preview(after, { kind: 'change', quantity: reserved.quantity + 1 }, day).nextCharge, nextBefore);
  assert.equal((await post(`/subscriptions/${reserved.id}/pending-change/cancel`)).body.error.code, 'no-pending-change');
});

test('settled by the server’s clock on read: a scheduled change applies on its day, terms renew or end, a period’s highest quantity resets', async () => {
  let now = '2027-03-15';
  const repo = await memoryRepository(now);
  const { all, detail, change, preview } = api(repo, { clock: () => new Date(`${now}T12:00:00Z`), timeZone: 'UTC' });
  const subs = await all();
  const renewing = subs.find((s) => s.termEnd === addDays(now, 1) && s.autoRenew)!;
  const saver = subs.find((s) => s.pendingChange)!;
  const laptops = subs.find((s) => s.source === 'license' && s.sourceId === 'acc-contoso-hq')!;
  // Post-paid (payg-external): fewer user accounts apply now, but this month is charged for its highest count.
  const postPaid = subs.find((s) => s.billingType === 'payg-external' && s.source === 'order')!;
  const down = await change(await detail(postPaid.id), { kind: 'change', quantity: postPaid.quantity - 5 }, now);
  assert.equal(down.status, 201, JSON.stringify(down.body));
  assert.deepEqual([down.body.subscription.quantity, down.body.subscription.periodMaxQuantity], [postPaid.quantity - 5, postPaid.quantity]);
  const periodEnd = subscriptionTerms(down.body.subscription, now).periodEnd;

  now = addDays(now, 1);
  const renewed = (await detail(renewing.id)).subscription;
  assert.deepEqual([renewed.status, renewed.termEnd], ['active', addMonths(renewing.termEnd, 12)]);
  assert.notEqual(renewed.etag, renewing.etag);

  now = periodEnd;
  const reset = (await detail(postPaid.id)).subscription;
  assert.deepEqual([reset.quantity, reset.periodMaxQuantity], [postPaid.quantity - 5, postPaid.quantity - 5]);

  now = saver.pendingChange!.effectiveDate > laptops.termEnd ? saver.pendingChange!.effectiveDate : laptops.termEnd;
  const applied = (await detail(saver.id)).subscription;
  assert.deepEqual([applied.quantity, applied.pendingChange, applied.status], [saver.pendingChange!.quantity, null, 'active']);
  const ended = (await detail(laptops.id)).subscription;
  assert.equal(ended.status, 'ended', 'licenses end unless renewed');
  assert.throws(() => preview({ subscription: ended, plans: [] }, { kind: 'renew' }, now), /ended/, 'an ended subscription has no quote');
});

for (const kind of ['memory', 'PGlite'] as const) {
  test(`orders and license purchases start subscriptions on ${kind}; a change lands in the database`, async () => {
    const repo = kind === 'memory' ? await memoryRepository(todayFrom()) : await pgliteRepository(todayFrom());
    const today = todayFrom();
    try {
      const { all, detail, change, post } = api(repo);
      const customer = { companyName: 'Ünïcode GmbH', contactName: 'Ana Ruiz', email: 'ana@example.com', phone: '', country: 'ES', address: '', vatNumber: '' };
      const order = await post('/orders', { kind: 'saas', currency: 'EUR', paymentMethod: 'pre-paid', packageId: 'pkg-saas-team', postponedBilling: true, customer });
      assert.equal(order.status, 201, JSON.stringify(order.body));
      const [sub] = await all({ search: order.body.id });
      assert.ok(sub, 'the order’s subscription is listed');
      assert.deepEqual(
        [sub.customerName, sub.billingType, sub.unit, sub.quantity, sub.maxQuantity, sub.unitPrice, sub.periodFee, sub.anchorDate, sub.billingDay, sub.periodMonths, sub.termMonths, sub.termEnd, sub.autoRenew],
        ['Ünïcode GmbH', 'reservation', 'user-accounts', 1, 10, 0, 2668 * 12, addMonths(today, 1), dayOf(addMonths(today, 1)), 12, 12, addMonths(addMonths(today, 1), 12), true],
      );
      // Before billing starts a change is priced from the first billed day.
      const upgrade = await change(await detail(sub.id), { kind: 'change', planId: 'pkg-saas-pro' }, today);
      assert.equal(upgrade.status, 201, JSON.stringify(upgrade.body));
      assert.equal(upgrade.body.subscription.planName, 'SaaS Professional');
      // Licenses co-termed with the account's active ones add to its subscription.
      const hq = (await all({ search: 'Contoso Ltd — Head office' }))[0]!;
      const buy = async (accountId: string, productId: string, quantity: number) => {
        const body = { contractId: 'ctr-device-2025', accountId, productId, quantity, useStock: false };
        const probe = await post('/license-purchases', { ...body, expected: { startDate: '2000-01-01', endDate: '2000-01-01', total: { currency: 'USD', minor: -1 } } });
        return post('/license-purchases', { ...body, expected: probe.body.error.quote });
      };
      const bought = await buy('acc-contoso-hq', 'prd-laptop', 2);
      assert.equal(bought.status, 201, JSON.stringify(bought.body));
      const grown = (await detail(hq.id)).subscription;
      assert.deepEqual([grown.quantity, grown.termEnd], [hq.quantity + 2, hq.termEnd]);
      const fresh = await buy('acc-fabrikam', 'prd-phone', 3);
      assert.equal(fresh.status, 201, JSON.stringify(fresh.body));
      assert.equal((await all({ search: 'Fabrikam Retail' }))[0]?.quantity, 3, 'a new subscription for a new account and product');
      if (kind === 'PGlite') {
        const db = (repo as SqlRepository).database;
        const [row] = await db.query('SELECT count(*)::int AS n, min(kind) AS kind FROM subscription_changes WHERE subscription_id = $1', [sub.id]);
        assert.deepEqual([row!.n, row!.kind], [1, 'change']);
        const [s] = await db.query('SELECT plan_id, seller_org_id FROM subscriptions WHERE id = $1', [sub.id]);
        assert.deepEqual([s!.plan_id, s!.seller_org_id], ['pkg-saas-pro', DEMO_PRINCIPAL.organizationId]);
      }
      assert.ok(demoTenants(today)[0]!.subscriptions!.length > 0);
    } finally {
      await repo.close();
    }
  });
}
