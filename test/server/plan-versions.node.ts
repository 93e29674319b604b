// Plan versions (#22, point 5) on the server, memory and PGlite: the demo's annual plan is at
// version 2 with its subscriber on version 1; a save of a plan with subscribers on its version
// makes the next version (the old one kept, read-only) and one without updates it in place; a
// move's preview is what the move charges (changeQuote per subscription), and a move is made once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CalendarDate } from '../../src/core/dates.js';
import { planVersionsSchema, versionMoveSchema } from '../../src/schemas/plan-version.js';
import { MemoryRepository } from '../../src/server/memory-repository.js';
import type { Repository } from '../../src/server/repository.js';
import type { SqlRepository } from '../../src/server/sql/sql-repository.js';
import { api, at } from './subscription-api.js';
import { memoryRepository, pgliteRepository } from './support.js';

const day: CalendarDate = '2027-03-15';
const close = (repo: Repository) => (repo as { close?: () => Promise<void> }).close?.();

for (const kind of ['memory', 'PGlite'] as const) {
  const repository = () => (kind === 'memory' ? memoryRepository(day) : pgliteRepository(day, { seededOn: day }));

  test(`${kind}: versions with their subscriptions; a save with subscribers makes the next version, one without saves in place`, async () => {
    const repo = await repository();
    const { call } = api(repo, { clock: at(day), timeZone: 'UTC' });
    const put = (plan: { id: string }, extra: object) => call(`/plans/${plan.id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify({ ...plan, ...extra }) });
    const versions = async (id: string) => planVersionsSchema.parse((await call(`/plans/${id}/versions`)).body);

    const annual = await versions('plan-backup-annual');
    assert.deepEqual(annual.versions.map((v) => [v.version, v.subscriptions, v.current]), [[1, 1, false], [2, 0, true]], 'the seed: the subscriber on version 1');
    // Version 2 has no subscribers: a save updates it in place.
    const plan = (await call('/plans/plan-backup-annual')).body;
    const inPlace = await put(plan, { name: 'Backup Standard — Annual (2)' });
    assert.equal(inPlace.status, 200, JSON.stringify(inPlace.body));
    assert.equal(inPlace.body.version, 2);
    assert.equal((await versions('plan-backup-annual')).versions.length, 2);

    // The advanced plan has its subscriber on version 1: a save makes version 2 and version 1 keeps it.
    const advanced = (await call('/plans/plan-backup-advanced')).body;
    assert.equal(advanced.version, 1);
    const fees = { recurring: { USD: 2750, EUR: 2530, JPY: 4125 } };
    const saved = await put(advanced, { resources: advanced.resources.map((r: { fees: object }, i: number) => (i === 0 ? { ...r, fees } : r)) });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body.version, 2);
    const after = await versions('plan-backup-advanced');
    assert.deepEqual(after.versions.map((v) => [v.version, v.subscriptions, v.current]), [[1, 1, false], [2, 0, true]]);
    // A new plan starts at version 1; a copy too.
    const copy = await call('/plans/plan-backup-advanced/copy', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: '{"name":"Advanced copy"}' });
    assert.equal(copy.body.version, 1);
    assert.equal((await call('/plans/nope/versions')).status, 404);
    await close(repo);
  });

  test(`${kind}: the move preview is what the move charges; the move is made once and the version keeps no subscribers`, async () => {
    const repo = await repository();
    const { call, post, detail } = api(repo, { clock: at(day), timeZone: 'UTC' });
    const preview = versionMoveSchema.parse((await call('/plans/plan-backup-annual/versions/1/move-preview')).body);
    assert.equal(preview.subscriptions.length, 1);
    const row = preview.subscriptions[0]!;
    const before = (await detail(row.subscriptionId)).subscription;
    assert.equal(before.planVersion, 1);
    // $4.50 → $4.80 a month per device, a year per period: 12 devices' next yearly charge grows by 12 × $3.60.
    assert.equal(before.unitPrice, 5400);
    assert.equal(row.difference.minor, 12 * 360);
    assert.equal(row.after!.amount.minor - row.before!.amount.minor, row.difference.minor);
    const key = crypto.randomUUID();
    const moved = await post('/plans/plan-backup-annual/versions/1/move', undefined, key);
    assert.equal(moved.status, 201, JSON.stringify(moved.body));
    assert.deepEqual(versionMoveSchema.parse(moved.body), preview, 'the move charges what the preview showed');
    const again = await post('/plans/plan-backup-annual/versions/1/move', undefined, key);
    assert.deepEqual([again.status, again.headers.get('Idempotent-Replayed')], [201, 'true']);
    const s = (await detail(row.subscriptionId)).subscription;
    assert.equal(s.planVersion, 2);
    assert.equal(row.applies === 'now' ? s.unitPrice : s.pendingChange?.unitPrice, 5760);
    const versions = planVersionsSchema.parse((await call('/plans/plan-backup-annual/versions')).body);
    assert.deepEqual(versions.versions.map((v) => v.subscriptions), [0, 1]);
    assert.equal((await call('/plans/plan-backup-annual/versions/2/move-preview')).status, 404, 'the current version has nothing to move to');
    assert.deepEqual(versionMoveSchema.parse((await call('/plans/plan-backup-annual/versions/1/move-preview')).body).subscriptions, []);
    await close(repo);
  });
  test(`${kind}: a package and a distribution that sell a service plan answer its current version; an order of the package is that version's subscriber`, async () => {
    const repo = await repository();
    if (repo instanceof MemoryRepository) {
      repo.tables.packages.find((p) => p.row.id === 'pkg-saas-pro')!.row.servicePlanId = 'plan-backup-annual';
      repo.tables.distributions.find((d) => d.row.id === 'dist-video')!.row.servicePlanId = 'plan-backup-annual';
    } else {
      await (repo as SqlRepository).database.query("UPDATE packages SET service_plan_id = 'plan-backup-annual' WHERE id = 'pkg-saas-pro'");
      await (repo as SqlRepository).database.query("UPDATE distributions SET service_plan_id = 'plan-backup-annual' WHERE id = 'dist-video'");
    }
    const { call, post, all } = api(repo, { clock: at(day), timeZone: 'UTC' });
    const pkg = (await call('/order-options')).body.packages.find((p: { id: string }) => p.id === 'pkg-saas-pro');
    assert.deepEqual([pkg.servicePlanId, pkg.planVersion], ['plan-backup-annual', 2]);
    const dist = (await call('/distributions')).body.find((d: { id: string }) => d.id === 'dist-video');
    assert.deepEqual([dist.servicePlanId, dist.planVersion], ['plan-backup-annual', 2]);
    const customer = { companyName: 'Versioned Ltd', contactName: 'Ana Ruiz', email: 'ana@example.com', phone: '', country: 'ES', address: '', vatNumber: '' };
    const order = await post('/orders', { kind: 'saas', currency: 'USD', paymentMethod: 'post-paid', packageId: 'pkg-saas-pro', postponedBilling: false, customer });
    assert.equal(order.status, 201, JSON.stringify(order.body));
    const [sub] = await all({ search: order.body.id });
    assert.equal(sub?.planVersion, 2, 'the order bought the current version');
    const versions = planVersionsSchema.parse((await call('/plans/plan-backup-annual/versions')).body);
    assert.deepEqual(versions.versions.map((v) => [v.version, v.subscriptions]), [[1, 1], [2, 1]], 'the order is version 2’s subscriber');
    await close(repo);
  });
}
