/** Conformance checks of sales: a sale priced by the core, each rule refused with its field path, stale quotes, the LTI service. */
import { saleSchema } from '../schemas/sale.js';
import type { Check } from './check.js';
import { Client } from './client.js';
import { check, expectBody, expectEqual, expectError, expectFieldError, Skip } from './expect.js';
import { saleBody } from './request-bodies.js';

export const SALE_CHECKS: Check[] = [
  [
    'POST /sales registers a sale, priced by the core',
    async ({ api, fx }) => {
      const body = await saleBody(fx);
      const sale = expectBody(await api.send('POST', '/sales', body), 201, saleSchema, 'POST /sales');
      expectEqual(sale.status, 'pending-approval', 'a new sale status');
      expectEqual(sale.activationDate, body.activationDate, 'activationDate');
      check(sale.cancellationDate > sale.activationDate, 'the cancellation date is after the activation date');
      const again = expectBody(await api.send('POST', '/sales', { ...body, expected: { total: sale.total } }), 201, saleSchema, 'POST /sales with the expected total');
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
];
