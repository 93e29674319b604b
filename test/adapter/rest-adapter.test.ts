import { expect } from '@open-wc/testing';
import { AdapterError, RestAdapter } from '../../src/adapter/index.js';
import { startDemoBackend } from '../../src/adapter/demo/browser.js';
import type { DemoStore } from '../../src/adapter/demo/store.js';
import type { SaleInput } from '../../src/schemas/index.js';
import { today } from '../../src/core/index.js';

let store: DemoStore;
const signal = () => new AbortController().signal;
const fails = async (p: Promise<unknown>): Promise<AdapterError> => {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(AdapterError);
    return e as AdapterError;
  }
  throw new Error('expected the call to fail');
};

const sale = (): SaleInput => ({
  organization: { kind: 'existing', id: 'org-contoso' },
  contacts: [],
  users: [],
  lines: [{ distributionId: 'dist-itpro-usd', users: 12 }],
  activationDate: today(),
  billingMethodId: 'bm-invoice-30',
  name: 'Contoso spring cohort',
});

describe('RestAdapter over the msw demo backend', () => {
  before(async () => {
    ({ store } = await startDemoBackend());
  });
  beforeEach(() => store.reset());

  it('loads and validates data', async () => {
    const api = new RestAdapter();
    const seller = await api.getSellerContext(signal());
    expect(seller.hasLtiService).to.equal(true);
    const orgs = await api.searchOrganizations('contoso', signal());
    expect(orgs.map((o) => o.name)).to.deep.equal(['Contoso Training Partners']);
    const ds = await api.listDistributions(signal());
    expect(ds.filter((d) => d.validForSubscriptionPlan).map((d) => d.name)).to.include('IT PRO / Practice Test');
    const ctx = await api.getPlanContext('prod-backup', signal());
    expect(ctx.currencies).to.deep.equal(['USD', 'EUR', 'JPY']);
  });

  it('creates a sale priced by the billing core', async () => {
    const created = await new RestAdapter().createSale(sale(), 'key-1', signal());
    expect(created.status).to.equal('pending-approval');
    expect(created.total).to.deep.equal({ currency: 'USD', minor: 12 * 2500 });
    expect(store.records.sales).to.have.length(1);
  });

  it('maps 422 to a validation error with field errors', async () => {
    const e = await fails(new RestAdapter().createSale({ ...sale(), name: '', lines: [] }, 'key-2', signal()));
    expect(e.kind).to.equal('validation');
    expect(e.status).to.equal(422);
    expect(e.fieldErrors).to.deep.equal({ lines: 'Add at least one.', name: 'This field is required.' });
  });

  it('maps an injected 422 with fields', async () => {
    store.setFault('create-sale', { kind: 'validation', fields: { 'lines.0.users': 'Too many users for this distribution.' } });
    const e = await fails(new RestAdapter().createSale(sale(), 'key-3', signal()));
    expect(e.fieldErrors['lines.0.users']).to.equal('Too many users for this distribution.');
  });

  it('maps 403, 404, 409 and 500', async () => {
    const api = new RestAdapter();
    store.scenario.sellerWithoutLti = true;
    const forbidden = await fails(api.createSale(sale(), 'key-4', signal()));
    expect(forbidden.kind).to.equal('forbidden');
    expect(forbidden.code).to.equal('lti-required');
    expect(forbidden.message).to.match(/LTI service/);
    expect((await fails(api.getPlan('nope', signal()))).kind).to.equal('not-found');
    store.setFault('contracts', { kind: 'conflict' });
    expect((await fails(api.listContracts(signal()))).kind).to.equal('conflict');
    store.setFault('contracts', { kind: 'server' });
    const server = await fails(api.listContracts(signal()));
    expect(server.kind).to.equal('server');
    expect(server.retryable).to.equal(true);
  });

  it('maps a network failure and a malformed response', async () => {
    const api = new RestAdapter();
    store.setFault('accounts', { kind: 'network', times: 1 });
    expect((await fails(api.listAccounts(signal()))).kind).to.equal('network');
    expect(await api.listAccounts(signal())).to.have.length(3);
    store.setFault('accounts', { kind: 'malformed', times: 1 });
    expect((await fails(api.listAccounts(signal()))).kind).to.equal('bad-response');
  });

  it('rejects a well-formed reply that breaks the schema as bad-response', async () => {
    const api = new RestAdapter({ fetch: async () => Response.json([{ id: 'a', name: 42 }]) });
    const e = await fails(api.listAccounts(signal()));
    expect(e.kind).to.equal('bad-response');
    expect(e.message).to.contain('0.name');
  });

  it('times out', async () => {
    store.setFault('seller', { kind: 'timeout' });
    const e = await fails(new RestAdapter({ timeoutMs: 200 }).getSellerContext(signal()));
    expect(e.kind).to.equal('timeout');
  });

  it('stops when the caller aborts', async () => {
    store.setFault('seller', { kind: 'latency', ms: 2000 });
    const c = new AbortController();
    const p = new RestAdapter().getSellerContext(c.signal);
    setTimeout(() => c.abort(), 50);
    expect((await fails(p)).kind).to.equal('aborted');
  });

  it('sends auth headers and the idempotency key; a retry with the same key creates one record', async () => {
    const seen: Headers[] = [];
    const api = new RestAdapter({
      headers: async () => ({ Authorization: 'Bearer t0ken' }),
      fetch: (input, init) => {
        seen.push(new Headers(init?.headers));
        return fetch(input, init);
      },
    });
    // The server creates the sale, then the connection drops before the answer arrives.
    store.setFault('create-sale', { kind: 'network', after: true, times: 1 });
    expect((await fails(api.createSale(sale(), 'same-key', signal()))).kind).to.equal('network');
    expect(store.records.sales).to.have.length(1);
    const retried = await api.createSale(sale(), 'same-key', signal());
    expect(store.records.sales).to.have.length(1);
    expect(retried.id).to.equal(store.records.sales[0]!.id);
    expect(seen.map((h) => h.get('Idempotency-Key'))).to.deep.equal(['same-key', 'same-key']);
    expect(seen[0]!.get('Authorization')).to.equal('Bearer t0ken');
  });

  it('buys co-termed licenses at the previewed price', async () => {
    const api = new RestAdapter();
    const existing = await api.getActiveLicenses('acc-contoso-hq', 'prd-laptop', signal());
    expect(existing.count).to.equal(10);
    const { licenseQuote } = await import('../../src/core/index.js');
    const q = licenseQuote({ today: today(), currency: 'USD', unitPrice: 12000, termMonths: 12, quantity: 3, existing });
    const p = await api.purchaseLicenses(
      { contractId: 'ctr-device-2025', accountId: 'acc-contoso-hq', productId: 'prd-laptop', quantity: 3, useStock: false, expected: { startDate: q.startDate, endDate: q.endDate, total: q.total } },
      'buy-1',
      signal(),
    );
    expect(p.licenses).to.have.length(3);
    expect(p.licenses.every((l) => l.endDate === existing.endDate)).to.equal(true);
    expect(p.total).to.deep.equal(q.total);
  });

  it('refuses licenses under an expired contract or without permission', async () => {
    const api = new RestAdapter();
    const input = { accountId: 'acc-contoso-hq', productId: 'prd-laptop', quantity: 1, useStock: false, expected: { startDate: today(), endDate: today(), total: { currency: 'USD', minor: 0 } } };
    const expired = await fails(api.purchaseLicenses({ ...input, contractId: 'ctr-legacy-2022' }, 'k-exp', signal()));
    expect([expired.kind, expired.code]).to.deep.equal(['conflict', 'contract-inactive']);
    const noPerm = await fails(api.purchaseLicenses({ ...input, contractId: 'ctr-kiosk', productId: 'prd-kiosk' }, 'k-perm', signal()));
    expect([noPerm.kind, noPerm.code]).to.deep.equal(['forbidden', 'no-permission']);
  });

  it('explains a taken domain on the domain field', async () => {
    const e = await fails(
      new RestAdapter().createOrder(
        {
          kind: 'cloud',
          currency: 'USD',
          paymentMethod: 'pre-paid',
          packageId: 'pkg-cloud-starter',
          postponedBilling: false,
          dataCenterId: 'dc-fra',
          domain: 'contoso.com',
          adminUsername: 'Admin',
          sendCredentialsToAuthor: true,
          customer: { companyName: 'Contoso', contactName: 'Ana Ruiz', email: 'ana@contoso.com', country: 'ES' },
        },
        'o-1',
        signal(),
      ),
    );
    expect([e.kind, e.code]).to.deep.equal(['conflict', 'domain-taken']);
    expect(e.fieldErrors.domain).to.match(/already used/);
  });
});
