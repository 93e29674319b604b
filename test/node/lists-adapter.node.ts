// The list methods of the adapter contract, in Node: RestListAdapter against the demo backend (the
// server over its in-memory repository, with the demo's fault injection), the fault rows of each
// new call (a clear message, a retry that works), stale searches aborted, and the checked adapter
// refusing a list answer of the wrong shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AdapterError, ListAdapter } from '../../src/adapter/index.js';
import { fails } from './adapter-failure.js';
import { RestListAdapter } from '../../src/adapter/rest-list-adapter.js';
import { checkedAdapter } from '../../src/adapter/checked-adapter.js';
import { demoResponse } from '../../src/adapter/demo/handlers.js';
import { DemoStore, type Fault, type RouteName } from '../../src/adapter/demo/store.js';
import { listResponses, type ListPage, type ListQueryInput, type SaleRow } from '../../src/schemas/lists.js';
import type { ListPage as UiListPage, ListQuery } from '../../src/ui/controllers/list-query.js';

const NOW = '2027-05-12T10:00:00Z';

function demo(options: { timeoutMs?: number } = {}) {
  const store = new DemoStore(() => new Date(NOW), 'UTC');
  const seen: string[] = [];
  const api = new RestListAdapter({
    baseUrl: 'http://demo.test/api',
    timeoutMs: options.timeoutMs,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      seen.push(`${request.method} ${new URL(request.url).pathname}${new URL(request.url).search}`);
      const response = await demoResponse(store, request, '/api');
      // What msw's HttpResponse.error() is to a page: a fetch that fails.
      if (response.type === 'error') throw new TypeError('Failed to fetch');
      return response;
    },
  });
  return { store, api, seen };
}

const signal = () => new AbortController().signal;

test('the list model is the one ListQueryController sends and shows', () => {
  // Type-level: the controller's query goes to the adapter as it is, and a page comes back as it shows it.
  const load = (adapter: ListAdapter) => (query: ListQuery, s: AbortSignal): Promise<UiListPage<SaleRow>> => adapter.listSales(query, s);
  const query: ListQueryInput = { search: '', filters: { status: 'approved' }, sort: { key: 'name', direction: 'asc' }, page: 1, pageSize: 25 } satisfies ListQuery;
  assert.equal(typeof load, 'function');
  assert.ok(query);
});

test('RestListAdapter lists, reads, approves and rejects sales through the REST contract', async () => {
  const { api, seen } = demo();
  const page = await api.listSales({ search: 'cohort', filters: { status: 'pending-approval', scope: '' }, sort: { key: 'createdAt', direction: 'desc' }, page: 1, pageSize: 5 }, signal());
  assert.equal(seen.at(-1), 'GET /api/sales?search=cohort&status=pending-approval&sort=createdAt&direction=desc&page=1&pageSize=5');
  assert.ok(page.total > 0 && page.items.length <= 5 && page.items.every((r) => r.status === 'pending-approval'));
  const [first, second] = page.items as [SaleRow, SaleRow];
  const detail = await api.getSale(first.id, signal());
  assert.equal(detail.id, first.id);
  const approved = await api.approveSale(first.id, 'OK', crypto.randomUUID(), signal());
  assert.deepEqual([approved.status, approved.statusHistory.at(-1)!.note], ['approved', 'OK']);
  assert.equal((await api.rejectSale(second.id, '', crypto.randomUUID(), signal())).status, 'rejected');
  const e = await fails(api.approveSale(first.id, '', crypto.randomUUID(), signal()));
  assert.deepEqual([e.kind, e.code], ['conflict', 'sale-not-pending']);
  const bad = await fails(api.listSales({ pageSize: 500 }, signal()));
  assert.equal(bad.kind, 'validation');
  assert.ok(bad.fieldErrors.pageSize);
});

test('RestListAdapter lists an account’s licenses and a product’s plans, and (de)activates a plan', async () => {
  const { api, seen } = demo();
  const licenses = await api.listLicenses('acc-contoso-hq', { filters: { status: 'expiring' } }, signal());
  assert.deepEqual(licenses.items.map((r) => [r.productId, r.quantity, r.expiresThisMonth]), [['prd-laptop', 10, true]]);
  const plans = await api.listPlans('prod-backup', { filters: { status: 'inactive' }, sort: { key: 'name', direction: 'asc' } }, signal());
  assert.equal(seen.at(-1), 'GET /api/plans?productId=prod-backup&status=inactive&sort=name&direction=asc');
  assert.deepEqual(plans.items.map((p) => p.name), ['Backup Basic 2023', 'Legacy G Suite Backup']);
  assert.equal((await api.listPlans(null, {}, signal())).total, 7);
  const on = await api.setPlanActive('plan-backup-gsuite', true, crypto.randomUUID(), signal());
  assert.equal(on.active, true);
  assert.equal((await api.listPlans('prod-backup', { filters: { status: 'inactive' } }, signal())).total, 1);
});

test('a stale search is aborted: its call fails as aborted, the newer one answers', async () => {
  const { api, store } = demo();
  store.setFault('list-sales', { kind: 'latency', ms: 50, times: 1 });
  const stale = new AbortController();
  const first = api.listSales({ search: 'coh' }, stale.signal);
  stale.abort();
  const e = await fails(first);
  assert.equal(e.kind, 'aborted');
  assert.ok((await api.listSales({ search: 'cohort' }, signal())).total > 0);
});

/** The fault matrix of the new calls: each fault, what the adapter makes of it, and a retry that works. */
const CALLS: [RouteName, (api: RestListAdapter) => Promise<unknown>][] = [
  ['list-sales', (api) => api.listSales({}, signal())],
  ['get-sale', (api) => api.getSale('sale-seed-nw-001', signal())],
  ['approve-sale', (api) => api.approveSale('sale-seed-nw-002', '', 'fault-key-approve', signal())],
  ['reject-sale', (api) => api.rejectSale('sale-seed-nw-003', '', 'fault-key-reject', signal())],
  ['license-batches', (api) => api.listLicenses('acc-contoso-hq', {}, signal())],
  ['list-plans', (api) => api.listPlans('prod-backup', {}, signal())],
  ['set-plan-active', (api) => api.setPlanActive('plan-backup-monthly', false, 'fault-key-plan', signal())],
];
const FAULTS: [Fault, AdapterError['kind'], RegExp][] = [
  [{ kind: 'server' }, 'server', /server had a problem/],
  [{ kind: 'malformed' }, 'bad-response', /could not be read/],
  [{ kind: 'forbidden', message: 'You may not see these.' }, 'forbidden', /You may not see these/],
  [{ kind: 'network' }, 'network', /could not be reached/],
  [{ kind: 'timeout' }, 'timeout', /too long/],
];

for (const [route, call] of CALLS) {
  test(`fault matrix: ${route} fails with a clear message and works on retry`, async () => {
    const { api, store } = demo({ timeoutMs: 200 });
    // Approving and rejecting want pending sales: the seed's first ones are made so here.
    for (const id of ['sale-seed-nw-002', 'sale-seed-nw-003']) {
      const row = store.repository.tables.sales.find((r) => r.row.id === id)!.row;
      row.status = 'pending-approval';
      row.statusHistory = row.statusHistory.slice(0, 1);
    }
    for (const [fault, kind, message] of FAULTS) {
      store.setFault(route, { ...fault, times: 1 });
      // Node unrefs AbortSignal.timeout's timer: keep the loop alive while the call waits for it.
      const alive = setInterval(() => {}, 50);
      const e = await fails(call(api)).finally(() => clearInterval(alive));
      assert.equal(e.kind, kind, `${route} ${fault.kind}`);
      assert.match(e.message, message);
      assert.equal(e.retryable, kind !== 'forbidden', `${route} ${fault.kind}: retryable`);
    }
    // The same call (the same idempotency key) now goes through, and only once.
    const answer = await call(api);
    assert.ok(answer && typeof answer === 'object');
    if (route === 'approve-sale' || route === 'reject-sale') {
      const id = route === 'approve-sale' ? 'sale-seed-nw-002' : 'sale-seed-nw-003';
      const history = store.repository.tables.sales.find((r) => r.row.id === id)!.row.statusHistory;
      assert.deepEqual(history.map((h) => h.status), ['pending-approval', route === 'approve-sale' ? 'approved' : 'rejected'], 'decided once');
    }
  });
}

test('an approval lost on the way back (network error after it was made) is not made twice on retry', async () => {
  const { api, store } = demo();
  store.setFault('approve-sale', { kind: 'network', after: true, times: 1 });
  const row = store.repository.tables.sales.find((r) => r.row.status === 'pending-approval')!.row;
  await fails(api.approveSale(row.id, 'once', 'same-key', signal()));
  const again = await api.approveSale(row.id, 'once', 'same-key', signal());
  assert.equal(again.status, 'approved');
  assert.equal(again.statusHistory.filter((h) => h.status === 'approved').length, 1);
});

test('the checked adapter refuses a list answer of the wrong shape, and passes a good one', async () => {
  const good: ListPage<unknown> = { items: [], total: 0, page: 1, pageSize: 25 };
  let answer: unknown = { items: [{ id: 7, name: 'x' }], total: 'many', page: 1, pageSize: 25 };
  const host = { listSales: async () => answer, listPlans: async () => answer };
  const checked = checkedAdapter(host, listResponses);
  const e = await fails(checked.listSales());
  assert.equal(e.kind, 'bad-response');
  assert.match(e.message, /listSales: unexpected items\.0\.id/);
  answer = { ...good, pageSize: 1000 };
  assert.equal((await fails(checked.listPlans())).kind, 'bad-response', 'a page larger than the model allows');
  answer = good;
  assert.deepEqual(await checked.listSales(), good);
  // RestListAdapter checks its own answers with the same schemas.
  const rest = new RestListAdapter({ baseUrl: 'http://x/api', fetch: async () => Response.json({ items: [{ id: 's1' }], total: 1, page: 1, pageSize: 25 }) });
  assert.equal((await fails(rest.listSales({}, signal()))).kind, 'bad-response');
});
