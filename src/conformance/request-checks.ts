/** Conformance checks of bodies and auth: malformed JSON and wrong types, an oversized body, requests without credentials. */
import type { Check } from './check.js';
import { expectError, expectStatus, Skip } from './expect.js';
import { saleBody } from './request-bodies.js';

export const REQUEST_CHECKS: Check[] = [
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
