/**
 * Conformance checks of the list screens' paths: the sales list (paging totals, a stable sort by
 * every column, filters, search, scope), a sale's detail and its approval (403 without the
 * approve-sales permission, 409 once decided), an account's licenses (states from the backend's
 * own today), the plan list and (de)activation, and 422 for a query that cannot be read.
 */
import { daysBetween, monthOf, yearOf } from '../core/dates.js';
import { nameKey } from '../schemas/common.js';
import {
  compareText,
  EXPIRING_WITHIN_DAYS,
  LICENSE_STATES,
  listQueryParams,
  listResponses,
  SALE_SORTS,
  SALE_STATUSES,
  type ListQueryInput,
  type SaleRow,
} from '../schemas/lists.js';
import { planContextSchema, servicePlanShape } from '../schemas/plan.js';
import { saleSchema } from '../schemas/sale.js';
import type { Check } from './check.js';
import { Client } from './client.js';
import { check, expectBody, expectEqual, expectError, expectFieldError, fail, Skip } from './expect.js';
import { planBody, saleBody } from './request-bodies.js';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

async function salesPage(api: Client, query: ListQueryInput): Promise<Page<SaleRow>> {
  return expectBody(await api.get(`/sales?${listQueryParams(query)}`), 200, listResponses.listSales, `GET /sales?${listQueryParams(query)}`);
}

/** Every row of the sales list for a query, page by page, checking that the pages add up. */
async function allSales(api: Client, query: ListQueryInput): Promise<SaleRow[]> {
  const first = await salesPage(api, { ...query, page: 1, pageSize: 100 });
  const rows = [...first.items];
  for (let page = 2; (page - 1) * 100 < first.total; page++) {
    const next = await salesPage(api, { ...query, page, pageSize: 100 });
    expectEqual(next.total, first.total, `the total of page ${page} of ${JSON.stringify(query)}`);
    rows.push(...next.items);
  }
  expectEqual(rows.length, first.total, `rows on every page of ${JSON.stringify(query)} against its total`);
  check(new Set(rows.map((r) => r.id)).size === rows.length, `a sale listed on two pages of ${JSON.stringify(query)}`);
  return rows;
}

/** The value a sales column sorts by (docs/server.md): text by its case-folded name key in code point order. */
const SORT_VALUE: Record<(typeof SALE_SORTS)[number], (r: SaleRow) => (string | number)[]> = {
  name: (r) => [nameKey(r.name)],
  organization: (r) => [nameKey(r.organizationName)],
  distributions: (r) => [nameKey(r.distributions.join(', '))],
  userCount: (r) => [r.userCount],
  total: (r) => [r.total.currency, r.total.minor],
  status: (r) => [SALE_STATUSES.indexOf(r.status)],
  activationDate: (r) => [r.activationDate],
  cancellationDate: (r) => [r.cancellationDate],
  createdAt: (r) => [Date.parse(r.createdAt)],
};

function compareParts(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x), String(y));
    if (c) return c;
  }
  return 0;
}

const newSale = async (api: Client, fx: Parameters<typeof saleBody>[0], name: string) =>
  expectBody(await api.send('POST', '/sales', await saleBody(fx, { name })), 201, saleSchema, 'POST /sales');

export const LIST_CHECKS: Check[] = [
  [
    'Sales list: pages add up to the total, sorted by every column both ways with the id as tiebreak',
    async ({ api }) => {
      const all = await allSales(api, {});
      check(all.length > 0, 'GET /sales lists no sale (load the seed: channelkit-conformance --print-seed)');
      for (const key of SALE_SORTS) {
        for (const direction of ['asc', 'desc'] as const) {
          const rows = await allSales(api, { sort: { key, direction } });
          rows.forEach((r, i) => {
            const prev = rows[i - 1];
            if (!prev) return;
            const c = compareParts(SORT_VALUE[key](prev), SORT_VALUE[key](r)) * (direction === 'asc' ? 1 : -1);
            if (c > 0 || (c === 0 && compareText(prev.id, r.id) > 0)) fail(`sorted by ${key} ${direction}: "${prev.id}" is listed before "${r.id}"`);
          });
        }
      }
      const newest = await salesPage(api, { pageSize: 100 });
      check(newest.items.every((r, i, a) => i === 0 || Date.parse(a[i - 1]!.createdAt) >= Date.parse(r.createdAt)), 'the default order is the newest first');
      const past = await salesPage(api, { page: 1000, pageSize: 100 });
      expectEqual([past.items.length, past.total], [0, all.length], 'a page past the last: no rows, the same total');
    },
  ],
  [
    'Sales list: status filter, case-insensitive search of name and organization, scope',
    async ({ api, fx }) => {
      const total = (await salesPage(api, {})).total;
      let sum = 0;
      for (const status of SALE_STATUSES) {
        const rows = await allSales(api, { filters: { status } });
        check(rows.every((r) => r.status === status), `filtered by status ${status}, another status is listed`);
        sum += rows.length;
      }
      expectEqual(sum, total, 'the sales of each status against all the sales');
      const target = (await salesPage(api, { pageSize: 100 })).items.at(-1)!;
      for (const [text, of] of [
        [target.organizationName.slice(1, 6).toLocaleUpperCase(), (r: SaleRow) => r.organizationName],
        [target.name.slice(0, 5).toLocaleUpperCase(), (r: SaleRow) => r.name],
      ] as const) {
        const found = await allSales(api, { search: text });
        check(found.some((r) => r.id === target.id), `searching "${text}" did not find "${target.id}"`);
        check(found.every((r) => nameKey(r.name).includes(nameKey(text)) || nameKey(r.organizationName).includes(nameKey(text))), `searching "${text}" listed a sale whose name and organization do not hold it`);
        check(found.some((r) => nameKey(of(r)).includes(nameKey(text))), `searching "${text}" matched nothing by that field`);
      }
      expectEqual((await salesPage(api, { search: `${crypto.randomUUID()}%_` })).total, 0, 'a search matching nothing (with % and _)');
      const seller = (await fx.seller()).organization.id;
      const own = await allSales(api, { filters: { scope: 'own' } });
      const children = await allSales(api, { filters: { scope: 'children' } });
      check(own.every((r) => r.sellerOrganizationId === seller), 'scope=own lists a sale of another organization');
      check(children.every((r) => r.sellerOrganizationId !== seller), 'scope=children lists a sale of the seller’s own organization');
      expectEqual(own.length + children.length, (await salesPage(api, { filters: { scope: 'all' } })).total, 'own and child organizations’ sales against all');
      if (!children.length) throw new Skip('no child organization has sales (the seed has them)');
    },
  ],
  [
    'Lists: a query that cannot be read is 422 with a message per field',
    async ({ api, fx }) => {
      expectFieldError(await api.get('/sales?pageSize=101'), 'pageSize', 'a page of 101 sales');
      expectFieldError(await api.get('/sales?sort=colour'), 'sort.key', 'an unknown sort key');
      expectFieldError(await api.get('/sales?status=lost'), 'filters.status', 'an unknown status');
      expectFieldError(await api.get('/sales?page=0'), 'page', 'page 0');
      const account = (await fx.accounts())[0];
      if (account) expectFieldError(await api.get(`/accounts/${encodeURIComponent(account.id)}/license-batches?status=soon`), 'filters.status', 'an unknown license state');
      expectFieldError(await api.get('/plans?billingType=weekly'), 'filters.billingType', 'an unknown billing type');
    },
  ],
  [
    'Sales: a new sale is listed on top, its detail reads back, approval and rejection are recorded once',
    async ({ api, fx }) => {
      const name = `Conformance list ${crypto.randomUUID().slice(0, 8)}`;
      const sale = await newSale(api, fx, name);
      const top = (await salesPage(api, { pageSize: 1 })).items[0];
      check(top && Date.parse(top.createdAt) <= Date.parse(sale.createdAt), `the newest-first list starts with "${top?.id}" created ${top?.createdAt}, after the sale just made (${sale.createdAt})`);
      const found = await salesPage(api, { search: name });
      expectEqual(found.items.map((r) => [r.id, r.status]), [[sale.id, 'pending-approval']], `searching the new sale's name`);
      const detail = expectBody(await api.get(`/sales/${encodeURIComponent(sale.id)}`), 200, listResponses.getSale, 'GET /sales/{id}');
      expectEqual([detail.name, detail.total, detail.activationDate, detail.statusHistory.map((h) => h.status)], [sale.name, sale.total, sale.activationDate, ['pending-approval']], 'the detail of a new sale');
      check(detail.lines.every((l) => l.keyLengthDays > 0 && l.keyRenewalDates.every((d) => d > detail.activationDate && d < detail.cancellationDate)), 'key renewal dates fall within the sale');
      expectError(await api.get(`/sales/${crypto.randomUUID()}`), 404, 'an unknown sale');
      const approved = expectBody(await api.send('POST', `/sales/${encodeURIComponent(sale.id)}/approve`, { note: 'Conformance' }), 200, listResponses.approveSale, 'approve');
      expectEqual([approved.status, approved.statusHistory.map((h) => h.status), approved.statusHistory.at(-1)!.note], ['approved', ['pending-approval', 'approved'], 'Conformance'], 'an approved sale and its history');
      expectError(await api.send('POST', `/sales/${encodeURIComponent(sale.id)}/approve`, {}), 409, 'approving a sale twice', 'sale-not-pending');
      expectError(await api.send('POST', `/sales/${encodeURIComponent(sale.id)}/reject`, {}), 409, 'rejecting an approved sale', 'sale-not-pending');
      const other = await newSale(api, fx, `${name} b`);
      const rejected = expectBody(await api.send('POST', `/sales/${encodeURIComponent(other.id)}/reject`, {}), 200, listResponses.rejectSale, 'reject');
      expectEqual(rejected.status, 'rejected', 'a rejected sale');
      const listed = await salesPage(api, { search: name, filters: { status: 'approved' } });
      expectEqual(listed.items.map((r) => r.id), [sale.id], 'the approved sale under the Approved filter');
    },
  ],
  [
    'Sales: approving or rejecting without the approve-sales permission is 403',
    async ({ api, fx, options }) => {
      if (!options.withoutApprovalHeaders) throw new Skip('no --without-approval-header given');
      const sale = await newSale(api, fx, `Conformance unapproved ${crypto.randomUUID().slice(0, 8)}`);
      const clerk = new Client({ ...api.target, headers: options.withoutApprovalHeaders });
      expectError(await clerk.send('POST', `/sales/${encodeURIComponent(sale.id)}/approve`, {}), 403, 'approving without approve-sales');
      expectError(await clerk.send('POST', `/sales/${encodeURIComponent(sale.id)}/reject`, {}), 403, 'rejecting without approve-sales');
      const detail = expectBody(await api.get(`/sales/${encodeURIComponent(sale.id)}`), 200, listResponses.getSale, 'GET the sale after');
      expectEqual(detail.status, 'pending-approval', 'a refused approval changes nothing');
    },
  ],
  [
    'Licenses: an account’s rows, with days left, state and the this-month mark from the backend’s today',
    async ({ api, fx }) => {
      const today = await fx.today();
      let rows = 0;
      for (const account of await fx.accounts()) {
        const path = (status?: string) => `/accounts/${encodeURIComponent(account.id)}/license-batches?${listQueryParams({ filters: { status }, pageSize: 100 })}`;
        const all = expectBody(await api.get(path()), 200, listResponses.listLicenses, `GET licenses of ${account.id}`);
        for (const r of all.items) {
          const left = daysBetween(today, r.endDate);
          if (r.state === 'expired') expectEqual([r.daysLeft, r.expiresThisMonth], [0, false], `${account.id} ${r.id}: an expired row`);
          else {
            expectEqual(r.daysLeft, left, `${account.id} ${r.id}: days left from ${today}`);
            check(left > 0, `${account.id} ${r.id}: ends ${r.endDate}, not after today ${today}, yet ${r.state}`);
            expectEqual(r.state, left <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'active', `${account.id} ${r.id}: the state ${left} days before its end`);
            expectEqual(r.expiresThisMonth, yearOf(r.endDate) === yearOf(today) && monthOf(r.endDate) === monthOf(today), `${account.id} ${r.id}: ends this month`);
          }
        }
        const counts = Object.fromEntries(await Promise.all(LICENSE_STATES.map(async (s) => [s, expectBody(await api.get(path(s)), 200, listResponses.listLicenses, `licenses ${s}`).items] as const)));
        expectEqual(counts.active!.length + counts.expired!.length, all.total, `${account.id}: Active and Expired against all`);
        check(counts.expiring!.every((r) => r.state === 'expiring' && counts.active!.some((a) => a.id === r.id)), `${account.id}: an Expiring row not under Active`);
        rows += all.total;
      }
      if (!rows) throw new Skip('no account has licenses (the seed has them)');
      expectError(await api.get(`/accounts/${crypto.randomUUID()}/license-batches`), 404, 'licenses of an unknown account');
    },
  ],
  [
    'Plans: the list by product, filters, and activate / deactivate',
    async ({ api, fx }) => {
      const ctx = expectBody(await api.get(`/products/${fx.planProductId}/plan-context`), 200, planContextSchema, 'GET plan-context');
      const list = async (query: ListQueryInput) => expectBody(await api.get(`/plans?${listQueryParams({ ...query, filters: { productId: ctx.product.id, ...query.filters }, pageSize: 100 })}`), 200, listResponses.listPlans, 'GET /plans');
      const all = await list({});
      expectEqual(all.items.map((p) => p.id).sort(), ctx.plans.map((p) => p.id).sort(), 'the plan list against the plan context');
      const created = expectBody(await api.send('POST', `/products/${ctx.product.id}/plans`, planBody(ctx.product.id, ctx.currencies)), 201, servicePlanShape, 'POST a plan');
      const off = expectBody(await api.send('PUT', `/plans/${encodeURIComponent(created.id!)}/active`, { active: false }), 200, servicePlanShape, 'deactivate');
      check(!off.active && off.etag !== created.etag, 'a deactivated plan, with a new etag');
      const inactive = await list({ filters: { status: 'inactive' } });
      check(inactive.items.every((p) => !p.active) && inactive.items.some((p) => p.id === created.id), 'the deactivated plan under the inactive filter');
      check((await list({ filters: { status: 'active' } })).items.every((p) => p.active && p.id !== created.id), 'an inactive plan under the active filter');
      const on = expectBody(await api.send('PUT', `/plans/${encodeURIComponent(created.id!)}/active`, { active: true }), 200, servicePlanShape, 'activate');
      check(on.active, 'an activated plan');
      const sorted = (await list({ sort: { key: 'name', direction: 'asc' } })).items;
      check(sorted.every((p, i) => i === 0 || compareText(nameKey(sorted[i - 1]!.name), nameKey(p.name)) <= 0), 'plans sorted by name');
      expectError(await api.send('PUT', `/plans/${crypto.randomUUID()}/active`, { active: true }), 404, 'an unknown plan');
    },
  ],
];
