import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { AdapterError, RestAdapter } from '../../src/adapter/index.js';
import { startDemoBackend } from '../../src/adapter/demo/browser.js';
import type { DemoStore } from '../../src/adapter/demo/store.js';
import type { SaleInput } from '../../src/schemas/index.js';
import { testClock, TODAY } from '../support/clock.js';
import { adapterErrorMessage } from '../../src/ui/adapter-error-message.js';

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
  activationDate: TODAY,
  billingMethodId: 'bm-invoice-30',
  name: 'Contoso spring cohort',
});

describe('RestAdapter over the msw demo backend', () => {
  before(async () => {
    ({ store } = await startDemoBackend());
    store.clock = testClock;
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
    const q = licenseQuote({ today: TODAY, currency: 'USD', unitPrice: 12000, termMonths: 12, quantity: 3, existing });
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
    const input = { accountId: 'acc-contoso-hq', productId: 'prd-laptop', quantity: 1, useStock: false, expected: { startDate: TODAY, endDate: TODAY, total: { currency: 'USD', minor: 0 } } };
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

/** A fetch that answers every call with `answer()` and records what it was asked. */
function fakeFetch(answer: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn: typeof fetch = async (input, init = {}) => {
    calls.push({ url: String(input), init });
    return answer(String(input), init);
  };
  return { fetch: fn, calls };
}

/** A 200 whose JSON body never ends: it yields 64 KiB chunks as long as they are read. */
function endlessBody() {
  const chunk = new TextEncoder().encode(`[${'"x",'.repeat(16383)}`.padEnd(65536, ' '));
  const seen = { chunks: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    async pull(c) {
      await new Promise((r) => setTimeout(r, 0));
      seen.chunks++;
      c.enqueue(chunk);
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { response: () => new Response(body, { headers: { 'Content-Type': 'application/json' } }), seen };
}

const pending = <T>() => new Promise<T>(() => {});

describe('RestAdapter limits', () => {
  it('caps the size of a response body and stops reading it', async () => {
    const endless = endlessBody();
    const api = new RestAdapter({ maxResponseBytes: 1_000_000, timeoutMs: 3000, fetch: async () => endless.response() });
    const e = await fails(api.listAccounts(signal()));
    expect(e.kind).to.equal('bad-response');
    expect(e.message).to.contain('1000000 bytes');
    expect(endless.seen.chunks).to.be.below(20);
    expect(endless.seen.cancelled).to.equal(true);
  });

  it('caps at 5 MiB by default and refuses a declared Content-Length over the cap unread', async () => {
    const endless = endlessBody();
    const e = await fails(new RestAdapter({ timeoutMs: 3000, fetch: async () => endless.response() }).listAccounts(signal()));
    expect(e.kind).to.equal('bad-response');
    expect(endless.seen.chunks).to.be.within(81, 84); // 5 MiB is 80 chunks: the 81st is over the cap
    const declared = await fails(
      new RestAdapter({ maxResponseBytes: 100, fetch: async () => new Response('[]', { headers: { 'Content-Type': 'application/json', 'Content-Length': '101' } }) }).listAccounts(signal()),
    );
    expect(declared.kind).to.equal('bad-response');
    expect(await new RestAdapter({ maxResponseBytes: 2, fetch: async () => Response.json([]) }).listAccounts(signal())).to.deep.equal([]);
    const bigError = await fails(new RestAdapter({ maxResponseBytes: 10, fetch: async () => Response.json({ error: { message: 'x'.repeat(100) } }, { status: 401 }) }).listAccounts(signal()));
    expect([bigError.kind, bigError.status]).to.deep.equal(['unauthorized', 401]);
  });

  it('reports a body the connection cut off as a network error, whatever the status', async () => {
    const cut = (status: number) => async () =>
      new Response(
        new ReadableStream({
          start(c) {
            c.enqueue(new TextEncoder().encode('[{"id":"a","name":'));
            c.error(new TypeError('connection reset'));
          },
        }),
        { status, headers: { 'Content-Type': 'application/json' } },
      );
    const ok = await fails(new RestAdapter({ fetch: cut(200) }).listAccounts(signal()));
    expect([ok.kind, ok.retryable]).to.deep.equal(['network', true]);
    expect((await fails(new RestAdapter({ fetch: cut(503) }).listAccounts(signal()))).kind).to.equal('server');
  });

  it('keeps the valid field errors of a 422 whose fields are partly malformed, or null', async () => {
    const answer = (fields: unknown) => async () => Response.json({ error: { message: 'Check the sale.', code: 'invalid', fields } }, { status: 422 });
    const partly = await fails(new RestAdapter({ fetch: answer({ name: 'Required.', 'lines.0.users': 42, email: 'Not an email.', contacts: null }) }).createSale(sale(), 'k', signal()));
    expect([partly.kind, partly.message, partly.code]).to.deep.equal(['validation', 'Check the sale.', 'invalid']);
    expect(partly.fieldErrors).to.deep.equal({ name: 'Required.', email: 'Not an email.' });
    const none = await fails(new RestAdapter({ fetch: answer(null) }).createSale(sale(), 'k', signal()));
    expect([none.kind, none.message, none.code, none.fieldErrors]).to.deep.equal(['validation', 'Check the sale.', 'invalid', {}]);
    const odd = await fails(new RestAdapter({ fetch: async () => Response.json({ error: { message: 7, code: 'invalid', fields: ['name'] } }, { status: 422 }) }).createSale(sale(), 'k', signal()));
    expect([odd.message, odd.code, odd.fieldErrors]).to.deep.equal(['Some values were not accepted.', 'invalid', {}]);
  });

  it('counts Retry-After on the clock it is given, and the wait and the message use that clock', async () => {
    const answer = async () => Response.json({ error: { message: 'Slow down.' } }, { status: 429, headers: { 'Retry-After': '120' } });
    const at = Date.UTC(2027, 2, 10, 10, 0, 0);
    const e = await fails(new RestAdapter({ fetch: answer, clock: () => new Date(at) }).listAccounts(signal()));
    expect(e.retryAt).to.equal(at + 120_000);
    // Measured on the clock that stamped it: pinned, the wait does not shrink by itself.
    expect(e.retryAfterMs).to.equal(120_000);
    expect(adapterErrorMessage(e, 'en')).to.contain('You can try again after');
    expect(e.retryAfterMsAt(new Date(at + 20_000))).to.equal(100_000);
    expect(e.retryAfterMsAt(new Date(at + 200_000))).to.equal(0);
    expect(adapterErrorMessage(e, 'en', new Date(at))).to.contain('You can try again after');
    expect(adapterErrorMessage(e, 'en', new Date(at + 200_000))).not.to.contain('try again after');
  });

  it('says when to retry after a 429 or 503 with Retry-After, in seconds or as an HTTP date', async () => {
    const answer = (status: number, headers: Record<string, string>) => async () => Response.json({ error: { message: 'Slow down.' } }, { status, headers });
    const before = Date.now();
    const seconds = await fails(new RestAdapter({ fetch: answer(429, { 'Retry-After': '120' }) }).listAccounts(signal()));
    expect([seconds.kind, seconds.retryable, seconds.status]).to.deep.equal(['rate-limited', true, 429]);
    expect(seconds.retryAt).to.be.within(before + 120_000, Date.now() + 120_000);
    expect(seconds.retryAfterMs).to.be.within(119_000, 120_000);
    // An HTTP date counts from the server's own Date header, so a skewed client clock does not matter.
    const dated = await fails(
      new RestAdapter({ fetch: answer(503, { 'Retry-After': 'Wed, 01 Jan 2020 00:01:30 GMT', Date: 'Wed, 01 Jan 2020 00:00:00 GMT' }) }).listAccounts(signal()),
    );
    expect([dated.kind, dated.retryable]).to.deep.equal(['server', true]);
    expect(dated.retryAfterMs).to.be.within(89_000, 90_000);
    const nonsense = await fails(new RestAdapter({ fetch: answer(429, { 'Retry-After': 'soon' }) }).listAccounts(signal()));
    expect([nonsense.kind, nonsense.retryAt, nonsense.retryAfterMs]).to.deep.equal(['rate-limited', undefined, undefined]);
  });

  it('reports a rejecting auth hook as an AdapterError and sends nothing', async () => {
    const f = fakeFetch(() => Response.json([]));
    const refresh = new Error('refresh token expired');
    const e = await fails(new RestAdapter({ fetch: f.fetch, headers: async () => Promise.reject(refresh) }).listAccounts(signal()));
    expect([e.kind, e.code, e.retryable, e.cause]).to.deep.equal(['unauthorized', 'auth-hook-failed', false, refresh]);
    const own = new AdapterError('network', 'The token service is down.');
    expect(await fails(new RestAdapter({ fetch: f.fetch, headers: () => Promise.reject(own) }).listAccounts(signal()))).to.equal(own);
    const thrown = await fails(
      new RestAdapter({
        fetch: f.fetch,
        headers: () => {
          throw new TypeError('no token');
        },
      }).listAccounts(signal()),
    );
    expect(thrown.kind).to.equal('unauthorized');
    expect(f.calls).to.have.length(0);
  });

  it('puts the auth hook under the timeout and the abort signal', async () => {
    const f = fakeFetch(() => Response.json([]));
    let hookSignal: AbortSignal | undefined;
    const hanging = new RestAdapter({
      fetch: f.fetch,
      timeoutMs: 150,
      headers: (s) => {
        hookSignal = s;
        return pending();
      },
    });
    const started = Date.now();
    expect((await fails(hanging.listAccounts(signal()))).kind).to.equal('timeout');
    expect(Date.now() - started).to.be.below(1000);
    expect(hookSignal?.aborted).to.equal(true);
    const c = new AbortController();
    const p = new RestAdapter({ fetch: f.fetch, headers: () => pending() }).listAccounts(c.signal);
    setTimeout(() => c.abort(), 30);
    const abortedAt = Date.now();
    expect((await fails(p)).kind).to.equal('aborted');
    expect(Date.now() - abortedAt).to.be.below(500);
    expect(f.calls).to.have.length(0);
  });
});

describe('RestAdapter transport', () => {
  let demo: Awaited<ReturnType<typeof startDemoBackend>>;
  before(async () => {
    demo = await startDemoBackend();
  });
  afterEach(() => demo.worker.resetHandlers());

  it('refuses currency codes that are not ISO 4217 in every response that carries one', async () => {
    const real = new RestAdapter();
    const [contracts, context, options] = await Promise.all([real.listContracts(signal()), real.getPlanContext('prod-backup', signal()), real.getOrderOptions(signal())]);
    const created = await real.createSale(sale(), 'k-currency', signal());
    const pkg = options.packages.find((p) => Object.keys(p.monthlyPrice).length)!;
    const with_ = (code: string) => ({
      contracts: [{ ...contracts[0]!, currency: code }],
      context: { ...context, currencies: [code] },
      options: { ...options, currencies: [code] },
      prices: { ...options, packages: [{ ...pkg, monthlyPrice: { ...pkg.monthlyPrice, [code]: 100 } }] },
      sale: { ...created, total: { ...created.total, currency: code } },
    });
    const calls = (code: string) => {
      const b = with_(code);
      const api = (body: unknown) => new RestAdapter({ fetch: async () => Response.json(body) });
      return [
        api(b.contracts).listContracts(signal()),
        api(b.context).getPlanContext('prod-backup', signal()),
        api(b.options).getOrderOptions(signal()),
        api(b.prices).getOrderOptions(signal()),
        api(b.sale).createSale(sale(), 'k', signal()),
      ];
    };
    await Promise.all(calls('CHF')); // the same answers with a real code are accepted
    for (const code of ['<img src=x onerror=alert(1)>', 'usd', 'US', 'EURO', 'U\u0130D', '']) {
      for (const call of calls(code)) expect((await fails(call)).kind, code).to.equal('bad-response');
    }
  });

  it('never follows a redirect: a third origin receives nothing and its answer is not data', async () => {
    const reached: Request[] = [];
    const forged = { id: 'forged', kind: 'cloud' };
    demo.worker.use(
      http.post('/api/orders', () => new Response(null, { status: 307, headers: { Location: 'https://third-party.example/api/orders' } })),
      http.get('/api/accounts', () => new Response(null, { status: 302, headers: { Location: '/api/elsewhere' } })),
      http.all('https://third-party.example/*', ({ request }) => {
        reached.push(request);
        return Response.json(forged);
      }),
      http.get('/api/elsewhere', ({ request }) => {
        reached.push(request);
        return Response.json([]);
      }),
    );
    const api = new RestAdapter({ headers: () => ({ 'X-Api-Key': 'secret' }) });
    const order = { kind: 'cloud', customer: { email: 'ana@contoso.com' } } as unknown as Parameters<RestAdapter['createOrder']>[0];
    const e = await fails(api.createOrder(order, 'o-1', signal()));
    expect([e.kind, e.code, e.retryable]).to.deep.equal(['unauthorized', 'redirected', false]);
    const same = await fails(api.listAccounts(signal()));
    expect([same.kind, same.code]).to.deep.equal(['unauthorized', 'redirected']);
    expect(reached).to.have.length(0);
  });

  it('refuses an answer that a host fetch got by following a redirect', async () => {
    const followed = Response.json([]);
    Object.defineProperty(followed, 'redirected', { value: true });
    const e = await fails(new RestAdapter({ fetch: async () => followed }).listAccounts(signal()));
    expect([e.kind, e.code]).to.deep.equal(['unauthorized', 'redirected']);
  });

  it('asks fetch not to follow redirects and sends same-origin credentials unless told otherwise', async () => {
    const f = fakeFetch(() => Response.json([]));
    await new RestAdapter({ fetch: f.fetch }).listAccounts(signal());
    await new RestAdapter({ fetch: f.fetch, credentials: 'include' }).listAccounts(signal());
    await new RestAdapter({ fetch: f.fetch, credentials: 'omit' }).listAccounts(signal());
    expect(f.calls.map((c) => [c.init.redirect, c.init.credentials])).to.deep.equal([
      ['manual', 'same-origin'],
      ['manual', 'include'],
      ['manual', 'omit'],
    ]);
  });

  it('reads a login page instead of JSON, and a 401, as "sign in again", not retryable', async () => {
    const html = await fails(
      new RestAdapter({ fetch: async () => new Response('<!doctype html><title>Sign in</title><form action="/login">', { headers: { 'Content-Type': 'text/html; charset=utf-8' } }) }).listAccounts(signal()),
    );
    expect([html.kind, html.code, html.retryable]).to.deep.equal(['unauthorized', 'not-json', false]);
    expect(html.message).to.contain('text/html');
    const unauthorized = await fails(new RestAdapter({ fetch: async () => new Response('Unauthorized', { status: 401 }) }).listAccounts(signal()));
    expect([unauthorized.kind, unauthorized.status, unauthorized.retryable]).to.deep.equal(['unauthorized', 401, false]);
    // A truncated JSON body is still a retryable bad-response.
    const truncated = await fails(new RestAdapter({ fetch: async () => new Response('[{"id":', { headers: { 'Content-Type': 'application/json' } }) }).listAccounts(signal()));
    expect([truncated.kind, truncated.retryable]).to.deep.equal(['bad-response', true]);
  });
});
