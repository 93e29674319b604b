// The server's own behaviour beyond the conformance suite: the business clock and quotedOn,
// tenancy, CORS, content types, unstorable text, replays, and the memory repository's rollbacks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { todayFrom } from '../../src/core/clock.js';
import { createServer, type ServerOptions } from '../../src/server/app.js';
import type { Principal } from '../../src/server/principal.js';
import { DEMO_PRINCIPAL } from '../../src/server/seed.js';
import { memoryRepository, pinned } from './support.js';

const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
  method,
  headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

async function server(options: Partial<ServerOptions> & { clock?: () => Date } = {}) {
  const clock = options.clock ?? pinned('2027-03-15T12:00:00Z');
  const repository = await memoryRepository(todayFrom(clock, options.timeZone ?? 'UTC'));
  const handler = createServer({ repository, defaultPrincipal: DEMO_PRINCIPAL, clock, timeZone: 'UTC', ...options });
  const call = async (path: string, init?: RequestInit) => {
    const r = await handler(new Request(`http://x/api${path}`, init));
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read fields of many response shapes
    return { status: r.status, headers: r.headers, body: (await r.json()) as Record<string, any> };
  };
  return { handler, call, repository };
}

const purchase = (extra: Record<string, unknown> = {}) => ({
  contractId: 'ctr-device-2025',
  accountId: 'acc-fabrikam',
  productId: 'prd-phone',
  quantity: 2,
  useStock: false,
  expected: { startDate: '2027-03-14', endDate: '2028-03-14', total: { currency: 'USD', minor: 12000 } },
  ...extra,
});

test('a purchase quoted yesterday is priced with yesterday; two days ago is 409 with today’s quote', async () => {
  // 00:01 on 2027-03-15 in UTC: the preview was made at 23:59 the day before.
  const { call } = await server({ clock: pinned('2027-03-15T00:01:00Z') });
  const yesterday = await call('/license-purchases', json('POST', purchase({ quotedOn: '2027-03-14' })));
  assert.equal(yesterday.status, 201, JSON.stringify(yesterday.body));
  assert.equal(yesterday.body.licenses[0].startDate, '2027-03-14');
  assert.deepEqual(yesterday.body.total, { currency: 'USD', minor: 12000 });
  // Another account, with no phone licenses to co-term with.
  const stale = await call('/license-purchases', json('POST', purchase({ accountId: 'acc-contoso-wh', quotedOn: '2027-03-13' })));
  assert.equal(stale.status, 409);
  assert.equal(stale.body.error.code, 'quote-changed');
  assert.deepEqual(stale.body.error.quote, { quotedOn: '2027-03-15', total: { currency: 'USD', minor: 12000 }, startDate: '2027-03-15', endDate: '2028-03-15' });
});

test('licenses co-term with the account’s active ones unless the buyer chooses a full term', async () => {
  const { call } = await server();
  const probe = { startDate: '2000-01-01', endDate: '2000-01-01', total: { currency: 'USD', minor: 0 } };
  const quote = async (extra: Record<string, unknown>) =>
    (await call('/license-purchases', json('POST', purchase({ accountId: 'acc-contoso-hq', productId: 'prd-laptop', expected: probe, ...extra })))).body.error.quote;
  const active = (await call('/accounts/acc-contoso-hq/licenses?productId=prd-laptop')).body;
  assert.equal((await quote({})).endDate, active.endDate);
  assert.equal((await quote({ coTerm: false })).endDate, '2028-03-15');
});

test('"today" is the business time zone’s: 23:30 UTC is already tomorrow in Kiritimati', async () => {
  const clock = pinned('2027-03-15T23:30:00Z');
  const { call } = await server({ clock, timeZone: 'Pacific/Kiritimati' });
  const quote = await call('/license-purchases', json('POST', purchase({ expected: { startDate: '2000-01-01', endDate: '2000-01-01', total: { currency: 'USD', minor: 0 } } })));
  assert.equal(quote.body.error.quote.quotedOn, '2027-03-16');
});

test('a refused create leaves nothing behind: stock taken by a stale purchase is restored', async () => {
  const { call } = await server();
  const stockBefore = (await call('/contracts/ctr-device-2025/stock?productId=prd-laptop')).body.available;
  const refused = await call('/license-purchases', json('POST', purchase({ productId: 'prd-laptop', useStock: true })));
  assert.equal(refused.status, 409);
  assert.equal((await call('/contracts/ctr-device-2025/stock?productId=prd-laptop')).body.available, stockBefore);
});

test('a seller sees its own and its child organizations’ records only', async () => {
  const iberia: Principal = { organizationId: 'org-northwind-iberia', childOrganizationIds: [], permissions: DEMO_PRINCIPAL.permissions };
  const { call } = await server({ auth: (r) => (r.headers.get('Authorization') === 'iberia' ? iberia : DEMO_PRINCIPAL) });
  const asIberia = { headers: { Authorization: 'iberia' } };
  const orgs = (await call('/organizations?q=', asIberia)).body as { id: string }[];
  assert.deepEqual(orgs.map((o) => o.id).sort(), ['org-lamna', 'org-tailspin']);
  assert.equal((await call('/plans/plan-backup-monthly', asIberia)).status, 404);
  assert.deepEqual((await call('/contracts', asIberia)).body, []);
  assert.equal((await call('/seller', asIberia)).status, 403);
  // The parent sees the child's resellers.
  const all = (await call('/organizations?q=tailspin')).body as { id: string }[];
  assert.deepEqual(all.map((o) => o.id), ['org-tailspin']);
});

test('without the create-licenses permission no contract allows creating licenses', async () => {
  const reader: Principal = { ...DEMO_PRINCIPAL, permissions: ['create-sales'] };
  const { call } = await server({ auth: () => reader });
  const contracts = (await call('/contracts')).body as { canCreateLicenses: boolean }[];
  assert.ok(contracts.length > 0 && contracts.every((c) => !c.canCreateLicenses));
  const r = await call('/license-purchases', json('POST', purchase()));
  assert.equal(r.status, 403);
  assert.equal(r.body.error.code, 'no-permission');
});

test('no CORS headers unless origins are configured', async () => {
  const plain = await server();
  const r = await plain.handler(new Request('http://x/api/seller', { headers: { Origin: 'https://evil.example' } }));
  assert.equal(r.headers.get('Access-Control-Allow-Origin'), null);
  const open = await server({ corsOrigins: ['https://portal.example'] });
  const ok = await open.handler(new Request('http://x/api/seller', { headers: { Origin: 'https://portal.example' } }));
  assert.equal(ok.headers.get('Access-Control-Allow-Origin'), 'https://portal.example');
  const other = await open.handler(new Request('http://x/api/seller', { headers: { Origin: 'https://evil.example' } }));
  assert.notEqual(other.headers.get('Access-Control-Allow-Origin'), 'https://evil.example');
});

test('creates need a JSON content type (a cross-site form post cannot create) and storable text', async () => {
  const { call } = await server();
  const form = await call('/orders', { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Idempotency-Key': 'k' }, body: '{}' });
  assert.equal(form.status, 415);
  const nul = await call('/plans/plan-backup-monthly/copy', json('POST', { name: 'a\u0000b' }));
  assert.equal(nul.status, 400);
  assert.equal(nul.body.error.code, 'unstorable-text');
  const lone = await call('/plans/plan-backup-monthly/copy', json('POST', '{"name": "a\\ud800b"}'));
  assert.equal(lone.status, 400);
  const longKey = await call('/plans/plan-backup-monthly/copy', json('POST', { name: 'x' }, { 'Idempotency-Key': 'k'.repeat(256) }));
  assert.equal(longKey.body.error.code, 'idempotency-key-invalid');
});

test('a replay says so, and a key is scoped to its seller', async () => {
  const other: Principal = { organizationId: 'org-blueyonder', childOrganizationIds: [], permissions: DEMO_PRINCIPAL.permissions };
  const { call } = await server({ auth: (r) => (r.headers.get('Authorization') === 'other' ? other : DEMO_PRINCIPAL) });
  const init = json('POST', { name: 'Copy' });
  const first = await call('/plans/plan-backup-monthly/copy', init);
  const again = await call('/plans/plan-backup-monthly/copy', init);
  assert.equal(first.headers.get('Idempotent-Replayed'), null);
  assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
  assert.deepEqual(again.body, first.body);
  // The same key from another seller is that seller's own request (here: a plan it cannot see).
  const elsewhere = await call('/plans/plan-backup-monthly/copy', { ...init, headers: { ...init.headers, Authorization: 'other' } });
  assert.equal(elsewhere.status, 404);
});

test('unknown paths and unexpected errors answer the contract’s error body', async () => {
  const errors: unknown[] = [];
  const { call } = await server({
    onError: (e) => errors.push(e),
    auth: () => {
      throw new Error('the auth service is down');
    },
  });
  const r = await call('/seller');
  assert.equal(r.status, 500);
  assert.equal(r.body.error.code, 'internal');
  assert.equal(errors.length, 1);
  const ok = await server();
  assert.equal((await ok.call('/nothing-here')).status, 404);
});

test('the handler, the repository interface and the memory repository bundle for a browser (no node: imports)', async () => {
  const { build } = await import('esbuild');
  const out = await build({ entryPoints: ['src/server/index.ts'], bundle: true, platform: 'browser', format: 'esm', write: false, minify: true, logLevel: 'silent', conditions: ['browser'] });
  const code = out.outputFiles[0]!.text;
  assert.doesNotMatch(code, /from\s*["']node:/);
  assert.ok(code.length > 10_000);
});
