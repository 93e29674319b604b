// The conformance suite against the server: over memory and over PGlite (with auth), and against a
// deliberately broken handler, to prove the suite can fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runConformance, type ConformanceReport } from '../../src/conformance/index.js';
import { todayFrom } from '../../src/core/clock.js';
import { createServer } from '../../src/server/app.js';
import type { Principal } from '../../src/server/principal.js';
import { DEMO_PRINCIPAL, DEMO_PRINCIPAL_WITHOUT_LTI } from '../../src/server/seed.js';
import { inProcess, memoryRepository, pgliteRepository, pinned } from './support.js';

function failures(report: ConformanceReport): string {
  return report.results
    .filter((r) => r.status === 'failed')
    .map((r) => `${r.name}: ${r.message}`)
    .join('\n');
}

test('the server on memory passes the suite (business day 2027-01-01 in Kiritimati, 2026-12-31 in UTC)', async () => {
  const clock = pinned('2026-12-31T11:30:00Z');
  const timeZone = 'Pacific/Kiritimati';
  const server = createServer({ repository: await memoryRepository(todayFrom(clock, timeZone)), defaultPrincipal: DEMO_PRINCIPAL, clock, timeZone });
  const report = await runConformance(inProcess(server));
  assert.equal(report.failed, 0, failures(report));
  assert.ok(report.passed >= 20, `only ${report.passed} checks passed`);
});

test('the server on PGlite with an auth hook passes every check, none skipped', async () => {
  const clerk: Principal = { ...DEMO_PRINCIPAL, permissions: DEMO_PRINCIPAL.permissions.filter((p) => p !== 'approve-sales') };
  const customer: Principal = { ...DEMO_PRINCIPAL, permissions: DEMO_PRINCIPAL.permissions.filter((p) => p !== 'see-cost') };
  const tokens: Record<string, Principal> = { 'Bearer northwind': DEMO_PRINCIPAL, 'Bearer blueyonder': DEMO_PRINCIPAL_WITHOUT_LTI, 'Bearer clerk': clerk, 'Bearer customer': customer };
  const repository = await pgliteRepository(todayFrom());
  const server = createServer({ repository, auth: (request) => tokens[request.headers.get('Authorization') ?? ''] ?? null });
  try {
    const report = await runConformance({
      ...inProcess(server, { Authorization: 'Bearer northwind' }),
      requireAuth: true,
      withoutLtiHeaders: { Authorization: 'Bearer blueyonder' },
      withoutApprovalHeaders: { Authorization: 'Bearer clerk' },
      withoutCostHeaders: { Authorization: 'Bearer customer' },
    });
    assert.equal(report.failed, 0, failures(report));
    assert.equal(report.skipped, 0, report.results.filter((r) => r.status === 'skipped').map((r) => `${r.name}: ${r.message}`).join('\n'));
  } finally {
    await repository.close();
  }
});

test('the suite fails against a handler that ignores idempotency keys', async () => {
  const server = createServer({ repository: await memoryRepository(todayFrom()), defaultPrincipal: DEMO_PRINCIPAL });
  const broken = (request: Request) => {
    const headers = new Headers(request.headers);
    if (headers.has('Idempotency-Key')) headers.set('Idempotency-Key', crypto.randomUUID());
    return server(new Request(request, { headers }));
  };
  const report = await runConformance(inProcess(broken));
  const failed = report.results.filter((r) => r.status === 'failed').map((r) => r.name);
  assert.deepEqual(
    failed.filter((n) => n.startsWith('Idempotency')),
    ['Idempotency: the same key and body replay the first response', 'Idempotency: the same key with another body is 422 idempotency-key-reused', 'Idempotency: parallel requests with one key make one record'],
  );
});

test('the suite fails against a handler that skips a seed rule and one without auth', async () => {
  const server = createServer({ repository: await memoryRepository(todayFrom()), defaultPrincipal: DEMO_PRINCIPAL });
  // Lets a sale through whatever its activation date, by moving the date into the future.
  const lenient = async (request: Request) => {
    if (request.method === 'POST' && new URL(request.url).pathname === '/api/sales') {
      const body = (await request.json()) as { activationDate?: string };
      if (body.activationDate === '2000-01-03') body.activationDate = '2999-01-01';
      return server(new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(body) }));
    }
    return server(request);
  };
  const report = await runConformance({ ...inProcess(lenient), only: 'POST /sales refuses' });
  assert.equal(report.failed, 1);
  assert.match(report.results[0]!.message ?? '', /activation date in the past/);
  const open = await runConformance({ ...inProcess(server), requireAuth: true, only: 'Auth' });
  assert.equal(open.failed, 1);
});

test('the subscription checks fail against a handler that charges a change whatever total was previewed', async () => {
  const server = createServer({ repository: await memoryRepository(todayFrom()), defaultPrincipal: DEMO_PRINCIPAL });
  // Drops the expected total of subscription changes, so a stale preview is charged anyway.
  const careless = async (request: Request) => {
    if (request.method === 'POST' && /\/subscriptions\/[^/]+\/changes$/.test(new URL(request.url).pathname)) {
      const { expected: _, ...body } = (await request.json()) as Record<string, unknown>;
      return server(new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify(body) }));
    }
    return server(request);
  };
  const report = await runConformance({ ...inProcess(careless), only: 'subscriptions/{id}/changes: a stale expected total' });
  assert.equal(report.failed, 1, JSON.stringify(report.results));
  assert.match(report.results[0]!.message ?? '', /stale expected total: expected 409, got 201/);
});

test('the cost checks fail against a handler that sends cost to a principal without see-cost', async () => {
  const customer: Principal = { ...DEMO_PRINCIPAL, permissions: DEMO_PRINCIPAL.permissions.filter((p) => p !== 'see-cost') };
  // Answers every request as the seller with see-cost, whoever asks.
  const server = createServer({ repository: await memoryRepository(todayFrom()), defaultPrincipal: DEMO_PRINCIPAL });
  const report = await runConformance({ ...inProcess(server), withoutCostHeaders: { Authorization: 'Bearer customer' }, only: 'Cost:' });
  assert.deepEqual(report.results.map((r) => r.status), ['failed', 'passed'], JSON.stringify(report.results));
  assert.match(report.results[0]!.message ?? '', /without see-cost sent cost: \$\.packages\[0\]\.cost/);
  // The same backend with auth passes both.
  const strict = createServer({ repository: await memoryRepository(todayFrom()), auth: (r) => (r.headers.get('Authorization') === 'Bearer customer' ? customer : DEMO_PRINCIPAL) });
  const ok = await runConformance({ ...inProcess(strict), withoutCostHeaders: { Authorization: 'Bearer customer' }, only: 'Cost:' });
  assert.deepEqual(ok.results.map((r) => r.status), ['passed', 'passed'], JSON.stringify(ok.results));
});

test('the plan version check fails against a handler whose move preview is not what changeQuote prices at the current version', async () => {
  const server = createServer({ repository: await memoryRepository(todayFrom()), defaultPrincipal: DEMO_PRINCIPAL });
  // Says a move changes nothing: each subscription's next charge after it is the one before.
  const rosy = async (request: Request) => {
    const r = await server(request);
    if (request.method !== 'GET' || !/\/versions\/[^/]+\/move-preview$/.test(new URL(request.url).pathname)) return r;
    const body = (await r.json()) as { subscriptions: { before: unknown; after: unknown }[] };
    for (const s of body.subscriptions) s.after = s.before;
    return Response.json(body, { status: r.status });
  };
  const report = await runConformance({ ...inProcess(rosy), only: 'Plan versions' });
  assert.equal(report.failed, 1, JSON.stringify(report.results));
  assert.match(report.results[0]!.message ?? '', /changeQuote at the current version's prices/);
});
