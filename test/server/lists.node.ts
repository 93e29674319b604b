// The list screens' backend (issue 11): the sales list (paging, sort, filters, search, scope),
// a sale's detail and its approval, an account's licenses and a product's plans, over memory and
// PGlite, which must answer every query with the same rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { todayFrom } from '../../src/core/clock.js';
import { addDays, addMonths, monthOf, yearOf } from '../../src/core/dates.js';
import { listPageSchema, listQueryParams, saleDetailSchema, saleRowSchema, licenseRowSchema, planRowSchema, type SaleRow, type LicenseRow, type PlanRow } from '../../src/schemas/lists.js';
import { servicePlanSchema } from '../../src/schemas/plan.js';
import type { Subscription } from '../../src/schemas/subscription.js';
import { createServer, type ServerOptions } from '../../src/server/app.js';
import type { Principal } from '../../src/server/principal.js';
import type { Repository } from '../../src/server/repository.js';
import { DEMO_PRINCIPAL, demoTenants } from '../../src/server/seed.js';
import { memoryRepository, pgliteRepository, pinned } from './support.js';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

function api(repository: Repository, options: Partial<ServerOptions> = {}) {
  const handler = createServer({ repository, defaultPrincipal: DEMO_PRINCIPAL, ...options });
  const call = async (path: string, init?: RequestInit) => {
    const r = await handler(new Request(`http://x/api${path}`, init));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read fields of many response shapes
    return { status: r.status, headers: r.headers, body: (await r.json()) as any };
  };
  const post = (path: string, body: unknown = {}, key: string = crypto.randomUUID(), headers: Record<string, string> = {}) =>
    call(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, ...headers }, body: JSON.stringify(body) });
  const page = async <T>(path: string, query: Parameters<typeof listQueryParams>[0]): Promise<Page<T>> => {
    const r = await call(`${path}?${listQueryParams(query)}`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body as Page<T>;
  };
  return { call, post, page, handler };
}

/** Every row of a list, page by page. */
async function allPages<T extends { id: string }>(page: (n: number) => Promise<Page<T>>): Promise<{ rows: T[]; total: number }> {
  const first = await page(1);
  const rows = [...first.items];
  for (let n = 2; (n - 1) * first.pageSize < first.total; n++) rows.push(...(await page(n)).items);
  return { rows, total: first.total };
}

const SALE_PAGE = listPageSchema(saleRowSchema);

for (const kind of ['memory', 'PGlite'] as const) {
  const open = () => (kind === 'memory' ? memoryRepository(todayFrom()) : pgliteRepository(todayFrom()));

  test(`sales on ${kind}: pages add up to the total, in a stable order, and a page past the end is empty`, async () => {
    const repo = await open();
    try {
      const { page } = api(repo);
      for (const sort of [null, { key: 'status', direction: 'asc' }, { key: 'userCount', direction: 'desc' }] as const) {
        const { rows, total } = await allPages((n) => page<SaleRow>('/sales', { sort, page: n, pageSize: 37 }));
        assert.ok(total >= 300, `${total} sales`);
        assert.equal(rows.length, total);
        assert.equal(new Set(rows.map((r) => r.id)).size, total, 'no row on two pages');
        SALE_PAGE.parse({ items: rows.slice(0, 100), total, page: 1, pageSize: 100 });
      }
      const newest = await page<SaleRow>('/sales', { pageSize: 100 });
      assert.ok(newest.items.every((r, i, a) => i === 0 || a[i - 1]!.createdAt >= r.createdAt), 'newest first by default');
      const past = await page<SaleRow>('/sales', { page: 99, pageSize: 100 });
      assert.deepEqual(past.items, []);
      assert.equal(past.total, newest.total);
    } finally {
      await repo.close();
    }
  });

  test(`sales on ${kind}: status filter, case-insensitive search of name and organization, scope`, async () => {
    const repo = await open();
    try {
      const { page } = api(repo);
      const all = (await page<SaleRow>('/sales', {})).total;
      let sum = 0;
      for (const status of ['pending-approval', 'approved', 'rejected', 'cancelled']) {
        const p = await page<SaleRow>('/sales', { filters: { status }, pageSize: 100 });
        assert.ok(p.total > 0, `some ${status} sales`);
        assert.ok(p.items.every((r) => r.status === status));
        sum += p.total;
      }
      assert.equal(sum, all, 'the statuses partition the sales');
      const accented = await page<SaleRow>('/sales', { search: 'FORMACIÓN', pageSize: 100 });
      assert.ok(accented.total > 0 && accented.items.every((r) => r.name.startsWith('Formación')), 'a search ignores case, accents kept');
      const byOrg = await page<SaleRow>('/sales', { search: 'tailSPIN', pageSize: 100 });
      assert.ok(byOrg.total > 0 && byOrg.items.every((r) => r.organizationName === 'Tailspin Education'), 'a search matches the organization');
      assert.equal((await page<SaleRow>('/sales', { search: '100%_' })).total, 0, 'LIKE characters are text');
      const own = await page<SaleRow>('/sales', { filters: { scope: 'own' }, pageSize: 100 });
      const children = await page<SaleRow>('/sales', { filters: { scope: 'children' }, pageSize: 100 });
      assert.ok(own.items.every((r) => r.sellerOrganizationId === 'org-northwind'));
      assert.ok(children.items.every((r) => DEMO_PRINCIPAL.childOrganizationIds.includes(r.sellerOrganizationId)));
      assert.equal(new Set(children.items.map((r) => r.sellerOrganizationId)).size, 3, 'sales of three child organizations');
      assert.equal(own.total + children.total, all);
      // A child organization sees only its own sales.
      const iberia: Principal = { organizationId: 'org-northwind-iberia', childOrganizationIds: [], permissions: [] };
      const asIberia = api(repo, { auth: () => iberia });
      const theirs = await asIberia.page<SaleRow>('/sales', { pageSize: 100 });
      assert.equal(theirs.total, 60);
      assert.ok(theirs.items.every((r) => r.sellerOrganizationId === 'org-northwind-iberia'));
      assert.equal((await asIberia.call('/sales/sale-seed-nw-001')).status, 404, 'not its parent’s sales');
    } finally {
      await repo.close();
    }
  });

  test(`sales on ${kind}: every column sorts both ways, ties broken by id`, async () => {
    const repo = await open();
    try {
      const { page } = api(repo);
      for (const key of ['name', 'organization', 'distributions', 'userCount', 'total', 'status', 'activationDate', 'cancellationDate', 'createdAt']) {
        const asc = (await allPages((n) => page<SaleRow>('/sales', { sort: { key, direction: 'asc' }, page: n, pageSize: 100 }))).rows;
        const desc = (await allPages((n) => page<SaleRow>('/sales', { sort: { key, direction: 'desc' }, page: n, pageSize: 100 }))).rows;
        assert.equal(asc.length, desc.length);
        assert.notDeepEqual(asc.map((r) => r.id), desc.map((r) => r.id), `${key}: desc is another order`);
        const again = (await page<SaleRow>('/sales', { sort: { key, direction: 'asc' }, page: 2, pageSize: 100 })).items;
        assert.deepEqual(again.map((r) => r.id), asc.slice(100, 200).map((r) => r.id), `${key}: the same page twice`);
      }
      const byUsers = (await allPages((n) => page<SaleRow>('/sales', { sort: { key: 'userCount', direction: 'asc' }, page: n, pageSize: 100 }))).rows;
      byUsers.forEach((r, i) => {
        const prev = byUsers[i - 1];
        if (prev) assert.ok(prev.userCount < r.userCount || (prev.userCount === r.userCount && prev.id < r.id), `${prev.id} before ${r.id}`);
      });
    } finally {
      await repo.close();
    }
  });

  test(`lists on ${kind}: a query that cannot be read is 422 with a message per field`, async () => {
    const repo = await open();
    try {
      const { call } = api(repo);
      const bad = await call('/sales?pageSize=101&sort=colour&status=lost&page=0&utm=1');
      assert.equal(bad.status, 422);
      assert.equal(bad.body.error.code, 'invalid-query');
      assert.deepEqual(Object.keys(bad.body.error.fields).sort(), ['filters.status', 'page', 'pageSize', 'sort.key', 'utm']);
      assert.equal((await call('/sales?page=two')).status, 422);
      assert.equal((await call(`/sales?search=${'x'.repeat(201)}`)).status, 422);
      assert.equal((await call('/accounts/acc-contoso-hq/license-batches?status=soon')).status, 422);
      assert.equal((await call('/plans?billingType=monthly')).status, 422);
    } finally {
      await repo.close();
    }
  });

  test(`sales on ${kind}: approval by a principal with approve-sales, recorded in the history; 403 without; 409 once decided`, async () => {
    const repo = await open();
    try {
      const { page, post, call } = api(repo, { clock: pinned('2030-01-02T10:00:00Z') });
      const pending = (await page<SaleRow>('/sales', { filters: { status: 'pending-approval' }, pageSize: 3 })).items;
      const [a, b, c] = pending as [SaleRow, SaleRow, SaleRow];
      const clerk: Principal = { ...DEMO_PRINCIPAL, permissions: ['create-sales'] };
      const refused = await api(repo, { auth: () => clerk }).post(`/sales/${a.id}/approve`);
      assert.equal(refused.status, 403);
      assert.equal(refused.body.error.code, 'no-permission');
      assert.equal((await call(`/sales/${a.id}`)).body.status, 'pending-approval', 'a refused approval changes nothing');
      const key = crypto.randomUUID();
      const approved = await post(`/sales/${a.id}/approve`, { note: 'PO received.' }, key);
      assert.equal(approved.status, 200, JSON.stringify(approved.body));
      const detail = saleDetailSchema.parse(approved.body);
      assert.equal(detail.status, 'approved');
      assert.deepEqual(detail.statusHistory.at(-1), { status: 'approved', at: '2030-01-02T10:00:00.000Z', note: 'PO received.' });
      assert.equal(detail.statusHistory[0]!.status, 'pending-approval');
      const replay = await post(`/sales/${a.id}/approve`, { note: 'PO received.' }, key);
      assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
      const twice = await post(`/sales/${a.id}/approve`);
      assert.equal(twice.status, 409);
      assert.equal(twice.body.error.code, 'sale-not-pending');
      assert.equal((await post(`/sales/${a.id}/reject`)).status, 409);
      const rejected = await post(`/sales/${b.id}/reject`, { note: 'No PO.' });
      assert.equal(rejected.body.status, 'rejected');
      assert.deepEqual((await call(`/sales/${b.id}`)).body, rejected.body, 'the detail reads back what the change answered');
      assert.equal((await post(`/sales/${c.id}/approve`, { note: 5 })).status, 400, 'a note of the wrong type');
      assert.equal((await post('/sales/sale-nothing/approve')).status, 404);
      const listed = (await page<SaleRow>('/sales', { filters: { status: 'pending-approval' }, pageSize: 100 })).items.map((r) => r.id);
      assert.ok(!listed.includes(a.id) && !listed.includes(b.id) && listed.includes(c.id));
    } finally {
      await repo.close();
    }
  });

  test(`sales on ${kind}: a sale's detail has its distributions with key length and renewals, users, numbers and history`, async () => {
    const repo = await open();
    try {
      const { call, post } = api(repo);
      const today = todayFrom();
      const body = {
        organization: { kind: 'existing', id: 'org-contoso' },
        contacts: [],
        users: [{ firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.com' }],
        lines: [{ distributionId: 'dist-itpro-usd', users: 12 }],
        customerPo: 'PO-1',
        activationDate: today,
        orderNumber: 'SO-2',
        billingMethodId: 'bm-card',
        name: 'Detail check',
        comment: 'Call first.',
      };
      const created = await post('/sales', body);
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const detail = saleDetailSchema.parse((await call(`/sales/${created.body.id}`)).body);
      assert.equal(detail.userCount, 12);
      assert.deepEqual(detail.distributions, ['IT PRO / Practice Test']);
      assert.equal(detail.lines[0]!.keyLengthDays, 180);
      assert.deepEqual(detail.lines[0]!.keyRenewalDates, [addDays(today, 180), addDays(today, 360)]);
      assert.deepEqual(detail.users, body.users);
      assert.deepEqual([detail.customerPo, detail.orderNumber, detail.comment, detail.sellerOrganizationId], ['PO-1', 'SO-2', 'Call first.', 'org-northwind']);
      assert.deepEqual(detail.statusHistory.map((h) => h.status), ['pending-approval']);
      const { body: first } = await call('/sales?pageSize=1');
      assert.equal(first.items[0].id, created.body.id, 'a new sale is on top');
      assert.equal((await call('/sales/nope')).status, 404);
    } finally {
      await repo.close();
    }
  });
}

test('a new sale approves itself after the server’s delay, once, at the instant it was due', async () => {
  let now = new Date('2030-05-31T23:59:00Z');
  const repo = await memoryRepository('2030-05-31');
  const { post, call, page } = api(repo, { clock: () => now, timeZone: 'UTC', autoApproveSalesAfterMs: 90_000 });
  const created = await post('/sales', {
    organization: { kind: 'existing', id: 'org-contoso' },
    contacts: [],
    users: [],
    lines: [{ distributionId: 'dist-itpro-usd', users: 1 }],
    activationDate: '2030-06-01',
    billingMethodId: 'bm-card',
    name: 'Auto',
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  now = new Date('2030-06-01T00:00:29Z');
  assert.equal((await call(`/sales/${created.body.id}`)).body.status, 'pending-approval');
  now = new Date('2030-06-01T00:00:31Z');
  const listed = (await page<SaleRow>('/sales', { search: 'Auto', filters: { status: 'approved' } })).items;
  assert.deepEqual(listed.map((r) => r.id), [created.body.id]);
  const detail = (await call(`/sales/${created.body.id}`)).body;
  assert.deepEqual(detail.statusHistory.map((h: { status: string; at: string }) => [h.status, h.at]), [
    ['pending-approval', '2030-05-31T23:59:00.000Z'],
    ['approved', '2030-06-01T00:00:30.000Z'],
  ]);
  // Without the option a sale waits for the approval endpoint.
  const plain = api(repo, { clock: () => new Date('2031-01-01T00:00:00Z') });
  const other = await plain.post('/sales', { organization: { kind: 'existing', id: 'org-contoso' }, contacts: [], users: [], lines: [{ distributionId: 'dist-itpro-usd', users: 1 }], activationDate: '2031-01-01', billingMethodId: 'bm-card', name: 'Waits' });
  assert.equal((await api(repo, { clock: () => new Date('2032-01-01T00:00:00Z') }).call(`/sales/${other.body.id}`)).body.status, 'pending-approval');
});

test('an account’s licenses: rows by product and dates, states and this-month marks from the server’s clock, on any day', async () => {
  // Month ends, a leap day, the last week of a month and of a year, and mid-month.
  for (const day of ['2027-01-31', '2028-02-29', '2027-04-24', '2027-12-27', '2027-06-15', '2027-03-01']) {
    const repo = await memoryRepository(day);
    const { page } = api(repo, { clock: pinned(`${day}T12:00:00Z`), timeZone: 'UTC' });
    const hq = (await page<LicenseRow>('/accounts/acc-contoso-hq/license-batches', { pageSize: 100 })).items.map((r) => licenseRowSchema.parse(r));
    const laptops = hq.find((r) => r.productId === 'prd-laptop' && r.state !== 'expired')!;
    assert.equal(laptops.quantity, 10, day);
    assert.equal(laptops.productName, 'Managed Laptop — Device License');
    assert.equal(laptops.expiresThisMonth, yearOf(laptops.endDate) === yearOf(day) && monthOf(laptops.endDate) === monthOf(day), day);
    assert.equal(laptops.state, 'expiring', `${day}: the seed's licenses end within 30 days`);
    assert.equal(laptops.daysLeft > 0, true);
    const expired = hq.find((r) => r.state === 'expired')!;
    assert.deepEqual([expired.productId, expired.quantity, expired.daysLeft, expired.expiresThisMonth], ['prd-phone', 3, 0, false]);
    // Running licenses name their subscription (Renew and Add licenses change it); expired ones none.
    assert.equal(expired.subscriptionId, null);
    const sub = (await page<Subscription>('/subscriptions', { filters: { source: 'license' }, pageSize: 100 })).items.find((x) => x.id === laptops.subscriptionId);
    assert.deepEqual([sub?.planId, sub?.sourceId, sub?.quantity, sub?.termEnd], ['prd-laptop', 'acc-contoso-hq', 10, laptops.endDate], day);
    const wh = (await page<LicenseRow>('/accounts/acc-contoso-wh/license-batches', { pageSize: 100 })).items;
    const nextMonth = wh.find((r) => r.productId === 'prd-laptop')!;
    assert.equal(monthOf(nextMonth.endDate), monthOf(addMonths(day, 1)), `${day}: some end next month`);
    assert.equal(nextMonth.expiresThisMonth, false);
    // Filters: Active lists every license still running (expiring ones too), Expiring and Expired their own.
    const active = await page<LicenseRow>('/accounts/acc-contoso-wh/license-batches', { filters: { status: 'active' } });
    assert.ok(active.items.every((r) => r.state !== 'expired') && active.total === wh.filter((r) => r.state !== 'expired').length);
    const gone = await page<LicenseRow>('/accounts/acc-contoso-wh/license-batches', { filters: { status: 'expired' } });
    assert.deepEqual(gone.items.map((r) => [r.productId, r.quantity]), [['prd-tablet', 2]]);
    const soon = await page<LicenseRow>('/accounts/acc-contoso-hq/license-batches', { filters: { status: 'expiring' } });
    assert.deepEqual(soon.items.map((r) => r.productId), ['prd-laptop']);
    await repo.close();
  }
});

test('an account’s licenses: search, product filter, sort, paging; bought licenses join as their own row; unknown account 404', async () => {
  const repo = await memoryRepository(todayFrom(pinned('2027-03-15T12:00:00Z'), 'UTC'));
  const { page, post, call } = api(repo, { clock: pinned('2027-03-15T12:00:00Z'), timeZone: 'UTC' });
  const bought = await post('/license-purchases', { contractId: 'ctr-device-2025', accountId: 'acc-contoso-hq', productId: 'prd-tablet', quantity: 3, useStock: false, expected: { startDate: '2027-03-15', endDate: '2028-03-15', total: { currency: 'USD', minor: 25200 } } });
  assert.equal(bought.status, 201, JSON.stringify(bought.body));
  const rows = (await page<LicenseRow>('/accounts/acc-contoso-hq/license-batches', { sort: { key: 'product', direction: 'asc' } })).items;
  assert.deepEqual(rows.map((r) => [r.productId, r.quantity, r.state]), [
    ['prd-laptop', 10, 'expiring'],
    ['prd-phone', 3, 'expired'],
    ['prd-tablet', 3, 'active'],
  ]);
  assert.equal(rows[2]!.daysLeft, 366);
  const tablets = await page<LicenseRow>('/accounts/acc-contoso-hq/license-batches', { search: 'TABLET' });
  assert.deepEqual(tablets.items.map((r) => r.productId), ['prd-tablet']);
  assert.equal((await page<LicenseRow>('/accounts/acc-contoso-hq/license-batches', { filters: { productId: 'prd-phone' } })).total, 1);
  const byEnd = (await page<LicenseRow>('/accounts/acc-contoso-hq/license-batches', { sort: { key: 'daysLeft', direction: 'desc' }, pageSize: 2, page: 2 }));
  assert.deepEqual([byEnd.total, byEnd.items.map((r) => r.productId)], [3, ['prd-phone']]);
  assert.equal((await call('/accounts/acc-nobody/license-batches')).status, 404);
});

for (const kind of ['memory', 'PGlite'] as const) {
  test(`plans on ${kind}: listed by product with periods and resources, filtered, searched, (de)activated`, async () => {
    const repo = kind === 'memory' ? await memoryRepository(todayFrom()) : await pgliteRepository(todayFrom());
    try {
      const { page, call } = api(repo, { clock: pinned('2030-01-01T00:00:00Z') });
      const all = await page<PlanRow>('/plans', { filters: { productId: 'prod-backup' }, pageSize: 100 });
      assert.equal(all.total, 7);
      all.items.forEach((r) => planRowSchema.parse(r));
      assert.deepEqual(all.items.map((r) => r.name), [...all.items.map((r) => r.name)].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())), 'by name');
      const advanced = all.items.find((r) => r.id === 'plan-backup-advanced')!;
      assert.deepEqual(advanced.resources, ['Virtual machine', 'Priority support']);
      assert.deepEqual(advanced.periods.map((p) => p.trial), [true, false]);
      assert.equal((await page<PlanRow>('/plans', {})).total, 7, 'every product when none is named');
      const inactive = await page<PlanRow>('/plans', { filters: { status: 'inactive' } });
      assert.deepEqual(inactive.items.map((r) => r.id).sort(), ['plan-backup-basic-2023', 'plan-backup-gsuite']);
      assert.deepEqual((await page<PlanRow>('/plans', { search: 'bkp-adv' })).items.map((r) => r.id), ['plan-backup-advanced'], 'search by SKU');
      assert.deepEqual((await page<PlanRow>('/plans', { filters: { billingType: 'payg-internal' } })).items.map((r) => r.id), ['plan-backup-archive']);
      assert.equal((await page<PlanRow>('/plans', { sort: { key: 'active', direction: 'asc' }, pageSize: 4 })).items.every((r) => r.active), true, 'active first');
      assert.equal((await call('/plans?productId=prod-nothing')).status, 404);
      const put = (id: string, active: unknown, principal?: Principal) =>
        (principal ? api(repo, { auth: () => principal }) : api(repo, { clock: pinned('2030-01-01T00:00:00Z') })).call(`/plans/${id}/active`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
          body: JSON.stringify({ active }),
        });
      const before = (await call('/plans/plan-backup-annual')).body;
      const off = await put('plan-backup-annual', false);
      assert.equal(off.status, 200);
      assert.equal(off.body.active, false);
      assert.notEqual(off.body.etag, before.etag, 'a new etag, as any save');
      const { etag: _e, updatedAt: _u, ...after } = off.body;
      const { etag: _e0, updatedAt: _u0, ...was } = before;
      assert.deepEqual({ ...after, active: true }, was, 'only active changed');
      assert.equal((await page<PlanRow>('/plans', { filters: { status: 'inactive' } })).total, 3);
      assert.equal((await put('plan-backup-annual', true)).body.active, true);
      assert.equal((await put('plan-backup-annual', 'no')).status, 400);
      assert.equal((await put('plan-nothing', true)).status, 404);
      assert.equal((await put('plan-backup-annual', false, { ...DEMO_PRINCIPAL, permissions: ['create-sales'] })).status, 403);
    } finally {
      await repo.close();
    }
  });
}

test('the seed: valid plans, hundreds of sales in every status across the seller and three children, relative to today', () => {
  for (const today of ['2027-02-28', '2028-12-31']) {
    const tenants = demoTenants(today);
    const plans = tenants.flatMap((t) => t.plans ?? []);
    const catalog = tenants.flatMap((t) => t.planCatalogs ?? [])[0]!;
    for (const p of plans) {
      const r = servicePlanSchema({ currencies: catalog.currencies }).safeParse(p);
      assert.ok(r.success, `${p.id}: ${JSON.stringify(r.error?.issues)}`);
    }
    const sales = tenants.flatMap((t) => (t.sales ?? []).map((s) => ({ ...s, seller: t.sellerId })));
    assert.equal(sales.length, 300);
    assert.equal(new Set(sales.map((s) => s.id)).size, 300);
    assert.equal(new Set(sales.map((s) => s.seller)).size, 4);
    assert.deepEqual([...new Set(sales.map((s) => s.status))].sort(), ['approved', 'cancelled', 'pending-approval', 'rejected']);
    // Before "now" whatever the business time zone: today starts at 10:00 UTC the day before in UTC+14.
    const earliestNow = `${addDays(today, -1)}T10:00:00.000Z`;
    assert.ok(sales.every((s) => s.statusHistory.every((h) => h.at < earliestNow) && s.statusHistory.at(-1)!.status === s.status && s.statusHistory[0]!.at === s.createdAt));
  }
});

test('memory and PGlite answer every sales query with the same rows in the same order', async () => {
  const today = todayFrom();
  const [memory, sql] = [await memoryRepository(today), await pgliteRepository(today)];
  try {
    const [a, b] = [api(memory), api(sql)];
    const queries: Parameters<typeof listQueryParams>[0][] = [
      {},
      { search: 'cohort', sort: { key: 'organization', direction: 'desc' }, pageSize: 100 },
      { filters: { status: 'cancelled', scope: 'children' }, sort: { key: 'name', direction: 'asc' }, pageSize: 100 },
      { sort: { key: 'total', direction: 'asc' }, page: 2, pageSize: 50 },
      { sort: { key: 'status', direction: 'desc' }, page: 3, pageSize: 40 },
      { search: '資格', sort: { key: 'distributions', direction: 'asc' } },
      { sort: { key: 'activationDate', direction: 'desc' }, filters: { scope: 'own' }, page: 4 },
    ];
    for (const q of queries) assert.deepEqual(await b.page('/sales', q), await a.page('/sales', q), JSON.stringify(q));
  } finally {
    await memory.close();
    await sql.close();
  }
});
