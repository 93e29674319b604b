/** Conformance checks of license purchases: the quoted price and co-terming, stock first, the refusals, the contract account. */
import { activeLicensesSchema, contractSchema, purchaseSchema, stockSchema } from '../schemas/license.js';
import type { Check } from './check.js';
import { check, expectBody, expectEqual, expectError, expectFieldError, Skip } from './expect.js';
import { activeCount, purchaseBody } from './fixtures.js';

export const LICENSE_CHECKS: Check[] = [
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
];
