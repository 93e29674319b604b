/**
 * channelkit/conformance: the contract the widgets rely on, checked against any backend by URL.
 * Every endpoint's happy path, every seed rule's refusal, field paths of 422s, stale quotes,
 * idempotency (replay, reuse with another body, parallel duplicates), malformed and oversized
 * bodies, and auth when configured. Runs anywhere fetch does; the CLI is cli.ts.
 */
import * as z from 'zod/mini';
import { activeLicensesSchema, contractSchema, purchaseSchema, stockSchema } from '../schemas/license.js';
import { orderSchema } from '../schemas/order.js';
import { planContextSchema, servicePlanShape } from '../schemas/plan.js';
import { organizationSchema, saleSchema } from '../schemas/sale.js';
import { Client, type ConformanceTarget } from './client.js';
import { check, ConformanceFailure, expectBody, expectEqual, expectError, expectFieldError, expectStatus, Skip } from './expect.js';
import { Fixtures, purchaseBody } from './fixtures.js';

export interface ConformanceOptions extends ConformanceTarget {
  /** The backend requires auth: requests without `headers` must get 401. */
  requireAuth?: boolean;
  /** Headers of a principal whose seller lacks the LTI service (checks the lti-required refusal). */
  withoutLtiHeaders?: Record<string, string>;
  /** The product whose service plans are checked. Default "prod-backup" (the seed's). */
  planProductId?: string;
  /** Size of the body that must be refused with 413. Default 4 MiB. */
  oversizedBytes?: number;
  /** Requests sent at once with one Idempotency-Key. Default 50. */
  parallel?: number;
  /** Run only checks whose name contains this. */
  only?: string;
  /** Called after each check. */
  onResult?: (result: CheckResult) => void;
}

export interface CheckResult {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  message?: string;
  ms: number;
}

export interface ConformanceReport {
  results: CheckResult[];
  passed: number;
  failed: number;
  skipped: number;
}

interface Env {
  api: Client;
  fx: Fixtures;
  options: ConformanceOptions;
}

type Check = [name: string, run: (env: Env) => Promise<void>];

// A string that breaks naive HTML, SQL and JSON handling, in NFC and with no format characters,
// so every schema passes it through unchanged.
const HOSTILE = `Robert'); DROP TABLE sales;-- <script>alert("x")</script> &amp; \\ "q" 𝔘𝔫𝔦 مرحبا 日本語 %s \${x}`;

const saleSchemaOut = saleSchema;

async function saleBody(fx: Fixtures, extra: Record<string, unknown> = {}) {
  const [seller, orgs, today] = await Promise.all([fx.seller(), fx.organizations(), fx.today()]);
  const d = await fx.validDistribution();
  const org = orgs.find((o) => o.id !== seller.organization.id) ?? orgs[0];
  if (!org || !seller.billingMethods[0]) throw new Skip('the data has no organization or billing method for a sale');
  return {
    organization: { kind: 'existing', id: org.id },
    contacts: [],
    users: [],
    lines: [{ distributionId: d.id, users: d.minUsers ?? 1 }],
    customerPo: '',
    activationDate: today,
    orderNumber: '',
    billingMethodId: seller.billingMethods[0].id,
    name: 'Conformance sale',
    comment: '',
    ...extra,
  };
}

async function orderBody(fx: Fixtures, kind: 'cloud' | 'saas', extra: Record<string, unknown> = {}) {
  const options = await fx.orderOptions();
  const pkg = options.packages.find((p) => p.kind === kind);
  const currency = pkg && Object.keys(pkg.monthlyPrice)[0];
  if (!pkg || !currency) throw new Skip(`the data has no ${kind} package`);
  const common = {
    kind,
    currency,
    paymentMethod: 'pre-paid',
    packageId: pkg.id,
    postponedBilling: false,
    customer: { companyName: 'Conformance Ltd', contactName: 'Ada Lovelace', email: 'ada@example.com', phone: '', country: 'GB', address: '', vatNumber: '' },
  };
  if (kind === 'saas') return { ...common, ...extra };
  const dc = options.dataCenters[0];
  if (!dc) throw new Skip('the data has no data center');
  return { ...common, dataCenterId: dc.id, domain: `ck-${crypto.randomUUID().slice(0, 12)}.example`, adminUsername: 'admin', sendCredentialsToAuthor: true, sendCredentialsToCustomer: true, ...extra };
}

function planBody(productId: string, currencies: readonly string[], extra: Record<string, unknown> = {}) {
  const fees = Object.fromEntries(currencies.map((c) => [c, 100]));
  return {
    id: null,
    productId,
    name: 'Conformance plan',
    active: true,
    description: { en: 'A plan made by the conformance suite.' },
    billingType: 'csp-monthly',
    sku: `CK-${crypto.randomUUID().slice(0, 8)}`,
    periods: [{ id: 'p1', duration: { quantity: 1, unit: 'month' }, endless: false, trial: false, fees }],
    resources: [],
    ...extra,
  };
}

async function activeCount(api: Client, accountId: string, productId: string): Promise<number> {
  const r = await api.get(`/accounts/${encodeURIComponent(accountId)}/licenses?productId=${encodeURIComponent(productId)}&status=active`);
  return expectBody(r, 200, activeLicensesSchema, 'GET active licenses').count;
}

const CHECKS: Check[] = [
  // ---- reads ------------------------------------------------------------------------------
  ['GET /seller answers the seller context', async ({ fx }) => void (await fx.seller())],
  [
    'GET /organizations searches by name',
    async ({ api, fx }) => {
      const all = await fx.organizations();
      check(all.length > 0, 'GET /organizations?q= returned no organization');
      const target = all[all.length - 1]!;
      const part = target.name.slice(1, 6).toLocaleUpperCase();
      const found = expectBody(await api.get(`/organizations?q=${encodeURIComponent(part)}`), 200, z.array(organizationSchema), 'GET /organizations?q=…');
      check(found.some((o) => o.id === target.id), `searching "${part}" did not find "${target.name}" (the search is by part of the name, in any case)`);
      const none = expectBody(await api.get(`/organizations?q=${crypto.randomUUID()}`), 200, z.array(organizationSchema), 'GET /organizations?q=<nothing>');
      expectEqual(none.length, 0, 'a search matching nothing');
    },
  ],
  [
    'GET /distributions lists valid and not valid ones',
    async ({ fx }) => {
      const all = await fx.distributions();
      check(all.some((d) => d.validForSubscriptionPlan), 'no distribution is valid for a subscription plan');
      check(all.some((d) => !d.validForSubscriptionPlan), 'no distribution is marked not valid for a subscription plan');
    },
  ],
  ['GET /contracts and /accounts answer lists', async ({ fx }) => void (await Promise.all([fx.contracts(), fx.accounts()]))],
  [
    'GET /contracts/{id}/products, /stock and active licenses',
    async ({ api, fx }) => {
      const { contract, product, accountId } = await fx.purchaseBase();
      check((await fx.products(contract.id)).length > 0, 'a usable contract has no products');
      const stock = expectBody(await api.get(`/contracts/${contract.id}/stock?productId=${product.id}`), 200, stockSchema, 'GET stock');
      expectEqual(stock.productId, product.id, 'the stock productId');
      await activeCount(api, accountId, product.id);
      expectError(await api.get(`/contracts/${crypto.randomUUID()}/products`), 404, 'products of an unknown contract');
    },
  ],
  ['GET /order-options answers currencies, data centers and packages', async ({ fx }) => void (await fx.orderOptions())],
  [
    'GET plan context and a plan; unknown ones are 404',
    async ({ api, fx }) => {
      const ctx = expectBody(await api.get(`/products/${fx.planProductId}/plan-context`), 200, planContextSchema, 'GET plan-context');
      const first = ctx.plans[0];
      if (first) expectBody(await api.get(`/plans/${encodeURIComponent(first.id)}`), 200, servicePlanShape, 'GET /plans/{id}');
      expectError(await api.get(`/plans/${crypto.randomUUID()}`), 404, 'an unknown plan');
      expectError(await api.get(`/products/${crypto.randomUUID()}/plan-context`), 404, 'an unknown product');
    },
  ],

  // ---- sales --------------------------------------------------------------------------------
  [
    'POST /sales registers a sale, priced by the core',
    async ({ api, fx }) => {
      const body = await saleBody(fx);
      const sale = expectBody(await api.send('POST', '/sales', body), 201, saleSchemaOut, 'POST /sales');
      expectEqual(sale.status, 'pending-approval', 'a new sale status');
      expectEqual(sale.activationDate, body.activationDate, 'activationDate');
      check(sale.cancellationDate > sale.activationDate, 'the cancellation date is after the activation date');
      const again = expectBody(await api.send('POST', '/sales', { ...body, expected: { total: sale.total } }), 201, saleSchemaOut, 'POST /sales with the expected total');
      check(again.id !== sale.id, 'two keys made one sale');
    },
  ],
  [
    'POST /sales refuses each rule with its field path',
    async ({ api, fx }) => {
      const dists = await fx.distributions();
      const invalid = dists.find((d) => !d.validForSubscriptionPlan);
      if (invalid) expectFieldError(await api.send('POST', '/sales', await saleBody(fx, { lines: [{ distributionId: invalid.id, users: 1 }] })), 'lines.0.distributionId', 'a distribution not valid for a subscription plan');
      const capped = dists.find((d) => d.validForSubscriptionPlan && d.maxUsers);
      if (capped) expectFieldError(await api.send('POST', '/sales', await saleBody(fx, { lines: [{ distributionId: capped.id, users: capped.maxUsers! + 1 }] })), 'lines.0.users', 'more users than the distribution allows');
      expectFieldError(await api.send('POST', '/sales', await saleBody(fx, { activationDate: '2000-01-03' })), 'activationDate', 'an activation date in the past');
      expectFieldError(await api.send('POST', '/sales', await saleBody(fx, { billingMethodId: `bm-${crypto.randomUUID()}` })), 'billingMethodId', 'an unknown billing method');
      expectFieldError(await api.send('POST', '/sales', await saleBody(fx, { organization: { kind: 'existing', id: crypto.randomUUID() } })), 'organization.id', 'an unknown organization');
      const newOrg = { kind: 'new', organization: { name: 'New Org', email: 'not-an-email', country: 'ES', city: '', phone: '', vatNumber: '' } };
      expectFieldError(await api.send('POST', '/sales', await saleBody(fx, { organization: newOrg })), 'organization.organization.email', 'a new organization with a bad email');
      expectFieldError(await api.send('POST', '/sales', await saleBody(fx, { lines: [{ distributionId: (await fx.validDistribution()).id, users: 0 }] })), 'lines.0.users', '0 users');
      const currencies = [...new Set(dists.filter((d) => d.validForSubscriptionPlan).map((d) => d.currency))];
      if (currencies.length > 1) {
        const mixed = currencies.slice(0, 2).map((c) => {
          const d = dists.find((x) => x.validForSubscriptionPlan && x.currency === c)!;
          return { distributionId: d.id, users: d.minUsers ?? 1 };
        });
        expectFieldError(await api.send('POST', '/sales', await saleBody(fx, { lines: mixed })), 'lines', 'lines in two currencies');
      }
    },
  ],
  [
    'POST /sales with a stale quote or another total is 409 quote-changed',
    async ({ api, fx }) => {
      const body = await saleBody(fx);
      const e = expectError(await api.send('POST', '/sales', { ...body, expected: { total: { currency: 'USD', minor: -1 } } }), 409, 'a sale with a wrong expected total', 'quote-changed');
      check(e.quote && typeof e.quote === 'object' && 'total' in e.quote, `a 409 quote-changed carries the backend's quote, got ${JSON.stringify(e)}`);
      expectError(await api.send('POST', '/sales', { ...body, activationDate: '2999-01-01', quotedOn: '2000-01-03' }), 409, 'a sale quoted on a stale date', 'quote-changed');
    },
  ],
  [
    'POST /sales is 403 lti-required for a seller without the LTI service',
    async ({ api, fx, options }) => {
      if (!options.withoutLtiHeaders) throw new Skip('no --without-lti-header given');
      const other = new Client({ ...api.target, headers: options.withoutLtiHeaders });
      const r = await other.send('POST', '/sales', await saleBody(fx));
      expectError(r, 403, 'a sale by a seller without the LTI service', 'lti-required');
    },
  ],

  // ---- licenses ----------------------------------------------------------------------------
  [
    'POST /license-purchases buys at the quoted price, co-termed with active licenses',
    async ({ api, fx }) => {
      const base = await fx.purchaseBase();
      const before = await activeCount(api, base.accountId, base.product.id);
      const active = expectBody(
        await api.get(`/accounts/${base.accountId}/licenses?productId=${base.product.id}&status=active`),
        200,
        activeLicensesSchema,
        'GET active licenses',
      );
      const quote = await fx.quoteFor(base);
      if (active.count > 0 && active.endDate && active.endDate > quote.quotedOn) expectEqual(quote.endDate, active.endDate, 'new licenses end with the active ones');
      const purchase = expectBody(await api.send('POST', '/license-purchases', purchaseBody(base, quote, false, { quotedOn: quote.quotedOn })), 201, purchaseSchema, 'POST /license-purchases');
      expectEqual(purchase.total, quote.total, 'the charged total');
      expectEqual(purchase.licenses.length, base.quantity, 'licenses created');
      check(purchase.licenses.every((l) => l.endDate === quote.endDate && l.startDate === quote.startDate), 'every license runs from the quoted start to the quoted end');
      expectEqual(await activeCount(api, base.accountId, base.product.id), before + base.quantity, 'active licenses after the purchase');
    },
  ],
  [
    'POST /license-purchases takes licenses from stock first',
    async ({ api, fx }) => {
      const base = await fx.purchaseBase();
      const contracts = await fx.contracts();
      for (const contract of contracts.filter((c) => c.status === 'active' && c.canCreateLicenses)) {
        for (const product of (await fx.products(contract.id)).filter((p) => contract.productIds.includes(p.id))) {
          const available = expectBody(await api.get(`/contracts/${contract.id}/stock?productId=${product.id}`), 200, stockSchema, 'GET stock').available;
          if (available < 1) continue;
          const b = { ...base, contract, product, quantity: Math.max(contract.minQuantity ?? 1, 1) };
          const quote = await fx.quoteFor(b, true);
          const p = expectBody(await api.send('POST', '/license-purchases', purchaseBody(b, quote, true)), 201, purchaseSchema, 'a purchase using stock');
          const fromStock = Math.min(available, b.quantity);
          expectEqual(p.licenses.filter((l) => l.fromStock).length, fromStock, 'licenses taken from stock');
          const after = expectBody(await api.get(`/contracts/${contract.id}/stock?productId=${product.id}`), 200, stockSchema, 'GET stock after').available;
          expectEqual(after, available - fromStock, 'stock after the purchase');
          return;
        }
      }
      throw new Skip('no usable contract has a product in stock');
    },
  ],
  [
    'POST /license-purchases refuses unusable contracts, other products, limits and accounts',
    async ({ api, fx }) => {
      const base = await fx.purchaseBase();
      const expected = { startDate: '2000-01-03', endDate: '2000-01-03', total: { currency: base.contract.currency, minor: 0 } };
      const buy = (b: typeof base, extra: Record<string, unknown> = {}) => api.send('POST', '/license-purchases', purchaseBody(b, expected, false, extra));
      for (const [kind, status, code] of [
        ['expired', 409, 'contract-inactive'],
        ['suspended', 409, 'contract-inactive'],
        ['no-permission', 403, 'no-permission'],
      ] as const) {
        const contract = await fx.contract(kind).catch((e) => (e instanceof Skip ? null : Promise.reject(e)));
        if (contract) expectError(await buy({ ...base, contract }), status, `a purchase under a ${kind} contract`, code);
      }
      expectError(await buy({ ...base, contract: { ...base.contract, id: crypto.randomUUID() } }), 404, 'a purchase under an unknown contract');
      expectError(await buy({ ...base, product: { ...base.product, id: crypto.randomUUID() } }), 409, 'a product not in the contract', 'product-not-in-contract');
      const limited = await fx.contract('limited').catch(() => null);
      if (limited) {
        const product = (await fx.products(limited.id)).find((p) => limited.productIds.includes(p.id))!;
        expectFieldError(await buy({ ...base, contract: limited, product, quantity: limited.maxQuantity! + 1 }), 'quantity', 'more licenses than the contract allows');
      }
      expectFieldError(await buy({ ...base, accountId: crypto.randomUUID() }), 'accountId', 'an unknown account');
      expectFieldError(await buy({ ...base, quantity: 0 }), 'quantity', '0 licenses');
      expectError(await buy(base, { quotedOn: '2000-01-03' }), 409, 'a purchase quoted on a stale date', 'quote-changed');
    },
  ],
  [
    'PUT /contracts/{id}/account saves the account; refuses unknown accounts and unusable contracts',
    async ({ api, fx }) => {
      const { contract, accountId } = await fx.purchaseBase();
      const saved = expectBody(await api.send('PUT', `/contracts/${contract.id}/account`, { accountId }), 200, contractSchema, 'PUT contract account');
      expectEqual(saved.accountId, accountId, 'the saved account');
      expectFieldError(await api.send('PUT', `/contracts/${contract.id}/account`, { accountId: crypto.randomUUID() }), 'accountId', 'an unknown account');
      const expired = await fx.contract('expired').catch(() => null);
      if (expired) expectError(await api.send('PUT', `/contracts/${expired.id}/account`, { accountId }), 409, 'an expired contract', 'contract-inactive');
    },
  ],

  // ---- orders ------------------------------------------------------------------------------
  [
    'POST /orders places Cloud and SaaS orders; a domain in use is 409 domain-taken',
    async ({ api, fx }) => {
      const cloud = (await orderBody(fx, 'cloud')) as Awaited<ReturnType<typeof orderBody>> & { domain: string };
      const order = expectBody(await api.send('POST', '/orders', cloud), 201, orderSchema, 'POST /orders (cloud)');
      expectEqual(order.domain, cloud.domain, 'the domain');
      expectEqual(order.credentialsSentTo, [cloud.customer.email], 'credentials go to the contact person');
      const e = expectError(await api.send('POST', '/orders', { ...(await orderBody(fx, 'cloud')), domain: cloud.domain }), 409, 'a second order for the same domain', 'domain-taken');
      check(e.fields?.domain, 'domain-taken names the domain field');
      const saas = expectBody(await api.send('POST', '/orders', await orderBody(fx, 'saas')), 201, orderSchema, 'POST /orders (saas)');
      expectEqual(saas.domain, null, 'a SaaS order has no domain');
      check(saas.id !== order.id, 'two orders share an id');
    },
  ],
  [
    'POST /orders refuses each rule with its field path',
    async ({ api, fx }) => {
      expectFieldError(await api.send('POST', '/orders', await orderBody(fx, 'cloud', { packageId: crypto.randomUUID() })), 'packageId', 'an unknown package');
      expectFieldError(await api.send('POST', '/orders', await orderBody(fx, 'cloud', { dataCenterId: crypto.randomUUID() })), 'dataCenterId', 'an unknown data center');
      expectFieldError(await api.send('POST', '/orders', await orderBody(fx, 'cloud', { domain: 'https://example.com/x' })), 'domain', 'a domain with a scheme');
      const base = await orderBody(fx, 'saas');
      expectFieldError(await api.send('POST', '/orders', { ...base, customer: { ...base.customer, email: 'nope' } }), 'customer.email', 'a bad customer email');
      expectError(await api.send('POST', '/orders', { ...base, quotedOn: '2000-01-03' }), 409, 'an order quoted on a stale date', 'quote-changed');
    },
  ],

  // ---- plans -------------------------------------------------------------------------------
  [
    'Plans: create, read back, save, copy',
    async ({ api, fx }) => {
      const ctx = expectBody(await api.get(`/products/${fx.planProductId}/plan-context`), 200, planContextSchema, 'GET plan-context');
      const body = planBody(ctx.product.id, ctx.currencies, { name: HOSTILE });
      const created = expectBody(await api.send('POST', `/products/${ctx.product.id}/plans`, body), 201, servicePlanShape, 'POST a plan');
      check(created.id, 'a created plan has an id');
      expectEqual(created.name, HOSTILE, 'a hostile plan name, stored and returned verbatim');
      const read = expectBody(await api.get(`/plans/${encodeURIComponent(created.id!)}`), 200, servicePlanShape, 'GET the new plan');
      expectEqual(read.name, HOSTILE, 'the plan name read back');
      expectEqual(read.periods, created.periods, 'the periods read back');
      const saved = expectBody(await api.send('PUT', `/plans/${encodeURIComponent(created.id!)}`, { ...read, name: 'Renamed' }), 200, servicePlanShape, 'PUT the plan');
      expectEqual(saved.name, 'Renamed', 'the saved name');
      // etag: every save gets a new one, and a save over a version the client did not load is a 409 conflict.
      check(saved.etag && saved.etag !== read.etag, 'a save returns a new etag');
      expectError(await api.send('PUT', `/plans/${encodeURIComponent(created.id!)}`, { ...read, name: 'Stale' }), 409, 'a save with the etag of an older version', 'conflict');
      const reread = expectBody(await api.get(`/plans/${encodeURIComponent(created.id!)}`), 200, servicePlanShape, 'GET the plan after a refused stale save');
      expectEqual(reread.name, 'Renamed', 'a refused stale save changes nothing');
      const copy = expectBody(await api.send('POST', `/plans/${encodeURIComponent(created.id!)}/copy`, { name: 'The copy' }), 201, servicePlanShape, 'copy the plan');
      check(copy.id !== created.id && copy.name === 'The copy', 'a copy has its own id and the new name');
      expectEqual(copy.periods, saved.periods, 'a copy keeps the periods');
      const listed = expectBody(await api.get(`/products/${ctx.product.id}/plan-context`), 200, planContextSchema, 'GET plan-context after');
      check(listed.plans.some((p) => p.id === copy.id), 'the copy is listed in the plan context');
    },
  ],
  [
    'Plans: each rule refused with its field path',
    async ({ api, fx }) => {
      const ctx = expectBody(await api.get(`/products/${fx.planProductId}/plan-context`), 200, planContextSchema, 'GET plan-context');
      const post = (extra: Record<string, unknown>) => api.send('POST', `/products/${ctx.product.id}/plans`, planBody(ctx.product.id, ctx.currencies, extra));
      const endless = { id: 'e', duration: null, endless: true, trial: false, fees: Object.fromEntries(ctx.currencies.map((c) => [c, 0])) };
      expectFieldError(await post({ periods: [endless, { ...endless, id: 'e2' }] }), 'periods.1.endless', 'two endless periods');
      expectFieldError(await post({ description: { en: '' } }), 'description.en', 'no English description');
      expectFieldError(await post({ periods: [] }), 'periods', 'no period');
      expectFieldError(await post({ name: '' }), 'name', 'an empty name');
      expectError(await api.send('PUT', `/plans/${crypto.randomUUID()}`, planBody(ctx.product.id, ctx.currencies)), 404, 'saving an unknown plan');
      const first = ctx.plans[0];
      if (first) expectFieldError(await api.send('POST', `/plans/${encodeURIComponent(first.id)}/copy`, { name: ' ' }), 'name', 'a copy without a name');
    },
  ],

  // ---- idempotency --------------------------------------------------------------------------
  [
    'Idempotency: the same key and body replay the first response',
    async ({ api, fx }) => {
      const body = await saleBody(fx, { name: HOSTILE, comment: HOSTILE });
      const key = crypto.randomUUID();
      const first = await api.send('POST', '/sales', body, key);
      const sale = expectBody(first, 201, saleSchemaOut, 'the first request');
      expectEqual(sale.name, HOSTILE, 'a hostile name, stored and returned verbatim');
      const second = await api.send('POST', '/sales', body, key);
      expectStatus(second, 201, 'the same request again');
      expectEqual(second.body, first.body, 'the replayed response');
    },
  ],
  [
    'Idempotency: the same key with another body is 422 idempotency-key-reused',
    async ({ api, fx }) => {
      const key = crypto.randomUUID();
      expectStatus(await api.send('POST', '/sales', await saleBody(fx), key), 201, 'the first request');
      expectError(await api.send('POST', '/sales', await saleBody(fx, { name: 'Another sale' }), key), 422, 'the same key with another body', 'idempotency-key-reused');
    },
  ],
  [
    'Idempotency: a create without a key is 400',
    async ({ api, fx }) => {
      expectError(await api.call('/sales', { method: 'POST', body: await saleBody(fx) }), 400, 'a sale without an Idempotency-Key');
    },
  ],
  [
    'Idempotency: parallel requests with one key make one record',
    async ({ api, fx, options }) => {
      const base = await fx.purchaseBase();
      const quote = await fx.quoteFor(base);
      const before = await activeCount(api, base.accountId, base.product.id);
      const key = crypto.randomUUID();
      const body = purchaseBody(base, quote);
      const n = options.parallel ?? 50;
      const replies = await Promise.all(Array.from({ length: n }, () => api.send('POST', '/license-purchases', body, key)));
      const bad = replies.find((r) => r.status !== 201);
      if (bad) expectStatus(bad, 201, `one of ${n} parallel requests with one key`);
      const ids = new Set(replies.map((r) => (r.body as { id?: string }).id));
      expectEqual(ids.size, 1, `distinct purchases from ${n} parallel requests with one key`);
      expectEqual(await activeCount(api, base.accountId, base.product.id), before + base.quantity, `active licenses after ${n} parallel requests with one key`);
    },
  ],

  // ---- bodies and auth ------------------------------------------------------------------------
  [
    'Malformed JSON and wrong types are 400 with a message',
    async ({ api, fx }) => {
      expectError(await api.call('/sales', { method: 'POST', raw: '{"name": "x", ', key: crypto.randomUUID() }), 400, 'malformed JSON');
      expectError(await api.call('/sales', { method: 'POST', raw: '[1, 2]', key: crypto.randomUUID() }), 400, 'a JSON array for a sale');
      const body = await saleBody(fx);
      expectError(await api.send('POST', '/sales', { ...body, lines: [{ distributionId: body.lines[0]!.distributionId, users: 'ten' }] }), 400, 'users as a string');
    },
  ],
  [
    'An oversized body is 413',
    async ({ api, options }) => {
      const size = options.oversizedBytes ?? 4 * 1024 * 1024;
      const raw = JSON.stringify({ name: 'x'.repeat(size) });
      const r = await api.call('/sales', { method: 'POST', raw, key: crypto.randomUUID() });
      expectStatus(r, 413, `a ${size}-byte body`);
    },
  ],
  [
    'Auth: requests without credentials are 401',
    async ({ api, fx, options }) => {
      if (!options.requireAuth) throw new Skip('the backend is not said to require auth (--require-auth)');
      expectError(await api.call('/seller', { anonymous: true }), 401, 'GET /seller without credentials');
      expectError(await api.call('/sales', { anonymous: true, method: 'POST', body: await saleBody(fx), key: crypto.randomUUID() }), 401, 'POST /sales without credentials');
    },
  ],
];

/** The names of every check, in order. */
export const CHECK_NAMES: readonly string[] = CHECKS.map(([name]) => name);

export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const api = new Client(options);
  const env: Env = { api, fx: new Fixtures(api, options.planProductId ?? 'prod-backup'), options };
  const results: CheckResult[] = [];
  for (const [name, run] of CHECKS) {
    if (options.only && !name.toLowerCase().includes(options.only.toLowerCase())) continue;
    const start = performance.now();
    let result: CheckResult;
    try {
      await run(env);
      result = { name, status: 'passed', ms: Math.round(performance.now() - start) };
    } catch (e) {
      const status = e instanceof Skip ? 'skipped' : 'failed';
      const message = e instanceof Skip || e instanceof ConformanceFailure ? e.message : `unexpected error: ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
      result = { name, status, message, ms: Math.round(performance.now() - start) };
    }
    results.push(result);
    options.onResult?.(result);
  }
  const count = (s: CheckResult['status']) => results.filter((r) => r.status === s).length;
  return { results, passed: count('passed'), failed: count('failed'), skipped: count('skipped') };
}
