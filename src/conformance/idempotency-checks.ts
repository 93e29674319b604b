/** Conformance checks of idempotency: replay, a key reused with another body, a create without a key, parallel duplicates. */
import { saleSchema } from '../schemas/sale.js';
import type { Check } from './check.js';
import { expectBody, expectEqual, expectError, expectStatus } from './expect.js';
import { activeCount, purchaseBody } from './fixtures.js';
import { HOSTILE, saleBody } from './request-bodies.js';

export const IDEMPOTENCY_CHECKS: Check[] = [
  [
    'Idempotency: the same key and body replay the first response',
    async ({ api, fx }) => {
      const body = await saleBody(fx, { name: HOSTILE, comment: HOSTILE });
      const key = crypto.randomUUID();
      const first = await api.send('POST', '/sales', body, key);
      const sale = expectBody(first, 201, saleSchema, 'the first request');
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
];
