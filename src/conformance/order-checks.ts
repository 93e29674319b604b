/** Conformance checks of Cloud and SaaS orders: placing them, a domain in use, each rule refused with its field path. */
import { orderSchema } from '../schemas/order.js';
import type { Check } from './check.js';
import { check, expectBody, expectEqual, expectError, expectFieldError } from './expect.js';
import { orderBody } from './request-bodies.js';

export const ORDER_CHECKS: Check[] = [
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
];
