// The SQL repositories: type parsers, migrations, tenancy in SQL, and records that survive a restart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayFrom } from '../../src/core/clock.js';
import { createServer } from '../../src/server/app.js';
import { openRepository } from '../../src/server/node.js';
import type { Principal } from '../../src/server/principal.js';
import { DEMO_PRINCIPAL } from '../../src/server/seed.js';
import { migrate } from '../../src/server/sql/migrate.js';
import { memoryRepository, pgliteRepository } from './support.js';

test('int8 arrives as a safe number or an error, a date as its calendar text', async () => {
  const repo = await pgliteRepository(todayFrom());
  try {
    const [r] = await repo.database.query('SELECT 42::int8 AS n, $1::date AS d', ['2028-02-29']);
    assert.deepEqual(r, { n: 42, d: '2028-02-29' });
    await assert.rejects(repo.database.query('SELECT 9007199254740993::int8 AS n'), RangeError);
    assert.deepEqual(await migrate(repo.database), [], 'a migrated database gets no migration twice');
  } finally {
    await repo.close();
  }
});

for (const kind of ['memory', 'PGlite'] as const) {
  test(`tenancy on ${kind}: a child seller sees its own rows only, not a plan its parent makes`, async () => {
    const repository = kind === 'memory' ? await memoryRepository(todayFrom()) : await pgliteRepository(todayFrom());
    const iberia: Principal = { organizationId: 'org-northwind-iberia', childOrganizationIds: [], permissions: DEMO_PRINCIPAL.permissions };
    const handler = createServer({ repository, auth: (r) => (r.headers.get('Authorization') === 'iberia' ? iberia : DEMO_PRINCIPAL) });
    const get = async (path: string, who?: string) => (await handler(new Request(`http://x/api${path}`, { headers: who ? { Authorization: who } : {} }))).json();
    try {
      assert.deepEqual(((await get('/organizations?q=', 'iberia')) as { id: string }[]).map((o) => o.id).sort(), ['org-lamna', 'org-tailspin']);
      assert.deepEqual(await get('/distributions', 'iberia'), []);
      assert.equal(((await get('/plans/plan-backup-annual', 'iberia')) as { error: { code: string } }).error.code, 'plan-not-found');
      // The parent copies a plan; the child still cannot see it, the parent can.
      const r = await handler(
        new Request('http://x/api/plans/plan-backup-annual/copy', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k1' }, body: '{"name":"Parent copy"}' }),
      );
      const copy = (await r.json()) as { id: string };
      assert.equal(r.status, 201);
      assert.equal(((await get(`/plans/${copy.id}`)) as { name: string }).name, 'Parent copy');
      assert.equal(((await get(`/plans/${copy.id}`, 'iberia')) as { error: { code: string } }).error.code, 'plan-not-found');
    } finally {
      await repository.close();
    }
  });
}

test('PGlite in a data folder: created, migrated and seeded once; records survive a restart', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ck-pglite-'));
  try {
    const first = await openRepository({ dataDir });
    assert.equal(first.seeded, true);
    const handler = createServer({ repository: first.repository, defaultPrincipal: DEMO_PRINCIPAL });
    const order = {
      kind: 'cloud',
      currency: 'EUR',
      paymentMethod: 'pre-paid',
      packageId: 'pkg-cloud-starter',
      postponedBilling: false,
      customer: { companyName: 'Restart GmbH', contactName: 'Ada', email: 'ada@example.com', phone: '', country: 'DE', address: '', vatNumber: '' },
      dataCenterId: 'dc-fra',
      domain: 'restart-check.example',
      adminUsername: 'admin',
      sendCredentialsToAuthor: false,
    };
    const post = (h: typeof handler, key: string) => h(new Request('http://x/api/orders', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key }, body: JSON.stringify(order) }));
    const created = await post(handler, 'order-1');
    assert.equal(created.status, 201);
    const body = await created.json();
    await first.repository.close();

    const second = await openRepository({ dataDir });
    assert.equal(second.seeded, false, 'a database with data is not seeded again');
    const again = createServer({ repository: second.repository, defaultPrincipal: DEMO_PRINCIPAL });
    const replay = await post(again, 'order-1');
    assert.deepEqual(await replay.json(), body, 'the order and its key survived the restart');
    assert.equal((await post(again, 'order-2')).status, 409, 'the domain is still taken');
    await second.repository.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
