// The demo backend is channelkit/server over the in-memory repository: its data views edit the
// repository in place, its scenarios are principals, and its snapshots are checked on restore.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DemoStore, routeOf } from '../../src/adapter/demo/store.js';
import { pinned } from './support.js';

const get = async (store: DemoStore, path: string) => {
  const r = await store.fetch(new Request(`http://demo/api${path}`));
  return { status: r.status, body: (await r.json()) as unknown };
};

test('edits through store.data reach the server’s rules', async () => {
  const store = new DemoStore(pinned('2027-04-30T10:00:00Z'), 'UTC');
  store.data.contracts.find((c) => c.id === 'ctr-device-2025')!.status = 'expired';
  const contracts = (await get(store, '/contracts')).body as { id: string; status: string }[];
  assert.equal(contracts.find((c) => c.id === 'ctr-device-2025')!.status, 'expired');
  store.data.contractProducts['ctr-device-2025'] = store.data.contractProducts['ctr-device-2025']!.filter((p) => p.id !== 'prd-phone');
  const products = (await get(store, '/contracts/ctr-device-2025/products')).body as { id: string }[];
  assert.deepEqual(products.map((p) => p.id), ['prd-laptop', 'prd-tablet']);
  store.data.stock['ctr-device-2025|prd-tablet'] = 7;
  assert.deepEqual((await get(store, '/contracts/ctr-device-2025/stock?productId=prd-tablet')).body, { productId: 'prd-tablet', available: 7 });
  store.data.organizations = [{ id: 'org-x', name: 'Only One', kind: 'reseller', parentId: 'org-northwind' }];
  assert.deepEqual(((await get(store, '/organizations?q=')).body as { id: string }[]).map((o) => o.id), ['org-x']);
});

test('scenarios act as another customer; reset restores the seed', async () => {
  const store = new DemoStore(pinned('2027-04-30T10:00:00Z'), 'UTC');
  store.scenario.contractsUnusable = true;
  assert.ok(((await get(store, '/contracts')).body as { canCreateLicenses: boolean }[]).every((c) => !c.canCreateLicenses));
  store.scenario = { sellerWithoutLti: true };
  assert.equal(((await get(store, '/seller')).body as { hasLtiService: boolean }).hasLtiService, false);
  store.reset();
  assert.equal(((await get(store, '/seller')).body as { hasLtiService: boolean }).hasLtiService, true);
});

test('a snapshot restores on the day it was seeded, not later, and an old format is refused', async () => {
  let now = new Date('2027-04-30T10:00:00Z');
  const store = new DemoStore(() => now, 'UTC');
  const r = await store.fetch(new Request('http://demo/api/plans/plan-backup-monthly/copy', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k' }, body: '{"name":"Mine"}' }));
  assert.equal(r.status, 201);
  assert.equal(store.records.plans.length, 1);
  const saved = JSON.parse(JSON.stringify(store.snapshot())) as unknown;
  store.reset();
  assert.equal(store.records.plans.length, 0);
  assert.equal(store.restore({ sales: [], orders: [], purchases: [], plans: [], accountsByContract: {} }), false);
  assert.equal(store.restore(saved), true);
  assert.deepEqual(store.records.plans.map((p) => p.name), ['Mine']);
  now = new Date('2027-05-01T10:00:00Z');
  assert.equal(store.restore(saved), false, 'seeded another day: its dates are stale');
});

test('routes are named for fault injection', () => {
  assert.equal(routeOf('POST', '/license-purchases'), 'purchase');
  assert.equal(routeOf('PUT', '/plans/p1'), 'save-plan');
  assert.equal(routeOf('GET', '/plans/p1'), 'get-plan');
  assert.equal(routeOf('GET', '/nowhere'), null);
});

test('the demo’s sales: seeded ones are not records until changed; a new sale approves itself after the store’s delay', async () => {
  let now = new Date('2027-04-30T10:00:00Z');
  const store = new DemoStore(() => now, 'UTC');
  assert.equal(store.records.sales.length, 0, 'the 300 seeded sales are not records');
  const post = (path: string, body: unknown) => store.fetch(new Request(`http://demo/api${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify(body) }));
  const pending = ((await get(store, '/sales?status=pending-approval&pageSize=1')).body as { items: { id: string }[] }).items[0]!;
  assert.equal((await post(`/sales/${pending.id}/approve`, {})).status, 200, 'the scenario panel’s approval');
  assert.deepEqual(store.records.sales.map((s) => [s.id, s.status]), [[pending.id, 'approved']]);
  store.autoApproveSalesAfterMs = 20_000;
  const r = await post('/sales', { organization: { kind: 'existing', id: 'org-contoso' }, contacts: [], users: [], lines: [{ distributionId: 'dist-itpro-usd', users: 3 }], activationDate: '2027-04-30', billingMethodId: 'bm-card', name: 'Demo delay' });
  const sale = (await r.json()) as { id: string; status: string };
  assert.equal(sale.status, 'pending-approval');
  now = new Date('2027-04-30T10:00:21Z');
  assert.equal(((await get(store, `/sales/${sale.id}`)).body as { status: string }).status, 'approved');
  assert.equal(routeOf('POST', `/sales/${sale.id}/approve`), 'approve-sale');
  assert.equal(routeOf('GET', '/sales'), 'list-sales');
});

test('the demo serves subscriptions: a change through msw’s routes is kept in the snapshot; the seed’s orders are not records', async () => {
  const store = new DemoStore(pinned('2027-04-30T10:00:00Z'), 'UTC');
  assert.deepEqual(store.records.orders, [], 'the orders behind the seeded subscriptions are seed, not records');
  const { items } = (await get(store, '/subscriptions?search=ORD-090001')).body as { items: { id: string; etag: string; quantity: number; billingType: string }[] };
  const sub = items[0]!;
  assert.equal(routeOf('POST', `/subscriptions/${sub.id}/changes`), 'change-subscription');
  assert.equal(routeOf('POST', `/subscriptions/${sub.id}/pending-change/cancel`), 'cancel-pending-change');
  // A post-paid order: more user accounts cost nothing today; the month's charge counts them.
  const r = await store.fetch(
    new Request(`http://demo/api/subscriptions/${sub.id}/changes`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k1' }, body: JSON.stringify({ kind: 'change', quantity: sub.quantity + 5, etag: sub.etag }) }),
  );
  assert.equal(r.status, 201, await r.clone().text());
  assert.equal(store.records.subscriptionChanges.length, 1);
  const restored = new DemoStore(pinned('2027-04-30T18:00:00Z'), 'UTC');
  assert.ok(restored.restore(JSON.parse(JSON.stringify(store.snapshot()))));
  const after = (await get(restored, `/subscriptions/${sub.id}`)).body as { subscription: { quantity: number } };
  assert.equal(after.subscription.quantity, sub.quantity + 5);
});
