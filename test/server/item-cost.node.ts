// Cost on the create flows' priced items (#23, point 3) on the server, memory and PGlite: order
// options, distributions and a contract's products carry the seller's cost for a principal with
// see-cost and no cost field at all for one without it; an order plan the seller's tier's price
// list prices is offered and charged at that price, and its subscription keeps it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CalendarDate } from '../../src/core/dates.js';
import { costPaths } from '../../src/conformance/cost-checks.js';
import type { Repository } from '../../src/server/repository.js';
import { DEMO_PRINCIPAL } from '../../src/server/seed.js';
import { api, at } from './subscription-api.js';
import { memoryRepository, pgliteRepository } from './support.js';

const day: CalendarDate = '2027-03-15';
const close = (repo: Repository) => (repo as { close?: () => Promise<void> }).close?.();
const customer = { ...DEMO_PRINCIPAL, permissions: DEMO_PRINCIPAL.permissions.filter((p) => p !== 'see-cost') };
const READS = ['/order-options', '/distributions', '/contracts/ctr-device-2025/products'];

for (const kind of ['memory', 'PGlite'] as const) {
  const repository = () => (kind === 'memory' ? memoryRepository(day) : pgliteRepository(day, { seededOn: day }));

  test(`${kind}: the priced answers carry the seller's cost with see-cost, and no cost field without it`, async () => {
    const repo = await repository();
    const seller = api(repo, { clock: at(day), timeZone: 'UTC' });
    const options = await seller.call('/order-options');
    const saas = options.body.packages.find((p: { kind: string }) => p.kind === 'saas');
    // 70 % of the price, HALF_UP, in every currency the plan is priced in.
    assert.deepEqual(Object.keys(saas.cost.monthlyPrice), Object.keys(saas.monthlyPrice));
    assert.equal(saas.cost.monthlyPrice.USD, Math.round(saas.monthlyPrice.USD * 0.7));
    const dists = (await seller.call('/distributions')).body;
    assert.ok(dists.every((d: { cost?: { unitPrice: number }; unitPrice: number }) => d.cost?.unitPrice === Math.round(d.unitPrice * 0.7)));
    const products = (await seller.call(READS[2]!)).body;
    assert.ok(products.length > 0 && products.every((p: { cost?: unknown }) => p.cost), 'each product has its cost');

    const embed = api(repo, { clock: at(day), timeZone: 'UTC', defaultPrincipal: customer });
    for (const path of READS) {
      const r = await embed.call(path);
      assert.equal(r.status, 200, path);
      assert.deepEqual(costPaths(r.body), [], `${path} without see-cost`);
    }
    assert.deepEqual((await embed.call('/order-options')).body.packages[0].monthlyPrice, options.body.packages[0].monthlyPrice, 'the same prices');
    await close(repo);
  });

  test(`${kind}: an order plan the tier's price list prices is offered, charged and subscribed at that price`, async () => {
    const repo = await repository();
    const seller = api(repo, { clock: at(day), timeZone: 'UTC' });
    const before = (await seller.call('/order-options')).body;
    const pkg = before.packages.find((p: { kind: string }) => p.kind === 'saas');
    const own = pkg.monthlyPrice.USD as number;
    await repo.load([{ sellerId: DEMO_PRINCIPAL.organizationId, priceLists: [{ tier: 'gold', effectiveFrom: '2027-03-01', prices: { [pkg.id]: { USD: own - 100 } } }] }]);
    const after = (await seller.call('/order-options')).body;
    const offered = after.packages.find((p: { id: string }) => p.id === pkg.id);
    assert.equal(offered.monthlyPrice.USD, own - 100, 'offered at the price list’s price');
    assert.equal(offered.monthlyPrice.EUR, pkg.monthlyPrice.EUR, 'a currency the list does not price keeps its own');
    const body = {
      kind: 'saas',
      currency: 'USD',
      paymentMethod: 'pre-paid',
      packageId: pkg.id,
      postponedBilling: false,
      customer: { companyName: 'Cost Ltd', contactName: 'Ada Lovelace', email: 'ada@example.com', phone: '', country: 'GB', address: '', vatNumber: '' },
      quotedOn: day,
      expected: { total: { currency: 'USD', minor: own - 100 }, firstChargeDate: day },
    };
    const stale = await seller.post('/orders', { ...body, expected: { ...body.expected, total: { currency: 'USD', minor: own } } });
    assert.equal(stale.status, 409, 'the plan’s own price is not what is charged');
    const made = await seller.post('/orders', body);
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.equal(made.body.monthlyPrice, own - 100);
    const sub = (await seller.all({ search: 'Cost Ltd' }))[0]!;
    assert.equal(sub.periodFee, (own - 100) * pkg.prepaidMonths, 'the subscription is billed at the charged price');
    await close(repo);
  });
}
