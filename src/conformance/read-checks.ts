/** Conformance checks of the reads: seller, organizations, distributions, contracts, accounts, stock, order options and plans. */
import * as z from 'zod/mini';
import { stockSchema } from '../schemas/license.js';
import { planContextSchema, servicePlanShape } from '../schemas/plan.js';
import { organizationSchema } from '../schemas/sale.js';
import type { Check } from './check.js';
import { check, expectBody, expectEqual, expectError } from './expect.js';
import { activeCount } from './fixtures.js';

export const READ_CHECKS: Check[] = [
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
];
