// Price lists per reseller tier (#23, point 2) on the server: GET /price-lists answers the seller's
// tier and its versions; the plans a subscription may move to are priced by the version in force on
// the day (its own plan keeps its price), a version starting next month takes over on its first day,
// and a change is charged at that price. Memory and PGlite, seeded for a day of their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, calendarDate, type CalendarDate, monthOf, yearOf } from '../../src/core/dates.js';
import { DEMO_PRINCIPAL_WITHOUT_LTI } from '../../src/server/seed.js';
import type { Repository } from '../../src/server/repository.js';
import { MemoryRepository, type MemoryState } from '../../src/server/memory-repository.js';
import { api, at } from './subscription-api.js';
import { memoryRepository, pgliteRepository } from './support.js';

const day: CalendarDate = '2027-03-15';
const close = (repo: Repository) => (repo as { close?: () => Promise<void> }).close?.();
const nextMonth = calendarDate(yearOf(addMonths(day, 1)), monthOf(addMonths(day, 1)), 1);
// Backup Reserved Plus: 1.6 × $48.00 = $76.80 a year; Gold pays 95 % of it until next month, then 90 %.
const PLUS = 'bkp-reserved-plus';

for (const kind of ['memory', 'PGlite'] as const) {
  const repository = () => (kind === 'memory' ? memoryRepository(day) : pgliteRepository(day, { seededOn: day }));

  test(`${kind}: the seller's tier and its price list versions; the version in force prices the plans a subscription moves to, and the change`, async () => {
    const repo = await repository();
    const call = api(repo, { clock: at(day), timeZone: 'UTC' });
    const lists = await call.call('/price-lists');
    assert.equal(lists.status, 200);
    assert.equal(lists.body.tier, 'gold');
    assert.deepEqual(lists.body.versions.map((v: { tier: string; effectiveFrom: string }) => [v.tier, v.effectiveFrom]), [['gold', '2026-12-01'], ['gold', nextMonth]]);
    assert.deepEqual([lists.body.versions[0].prices[PLUS].USD, lists.body.versions[1].prices[PLUS].USD], [7296, 6912]);

    const reserved = (await call.all({ search: 'Backup Reserved' })).find((s) => s.planId === 'bkp-reserved' && s.currency === 'USD')!;
    const d = await call.detail(reserved.id);
    assert.deepEqual(d.plans.map((p) => [p.id, p.unitPrice]), [['bkp-reserved', reserved.unitPrice], [PLUS, 7296]], 'its own plan at its price for the term; Plus at Gold’s price today');
    const r = await call.change(d, { kind: 'change', planId: PLUS }, day);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.subscription.unitPrice, 7296, 'charged at the price list’s price');

    // On the first of next month Gold's new version is in force.
    const later = api(repo, { clock: at(nextMonth), timeZone: 'UTC' });
    const next = lists.body.versions[1].prices as Record<string, Record<string, number>>;
    const others = (await later.all({ filters: { status: 'active' } })).filter((s) => s.id !== reserved.id && s.currency === 'USD' && !s.planId.endsWith('-plus'));
    let checked = 0;
    for (const s of others) {
      for (const p of (await later.detail(s.id)).plans.slice(1)) {
        if (next[p.id]?.USD === undefined) continue;
        assert.equal(p.unitPrice, next[p.id]!.USD, `${p.id} at Gold's version of ${nextMonth}`);
        checked++;
      }
    }
    assert.ok(checked > 0, 'some plan priced by the new version');
    await close(repo);
  });
}

test('a seller without a tier: no versions, and plans at their own price', async () => {
  const repo = await memoryRepository(day);
  const call = api(repo, { clock: at(day), timeZone: 'UTC', defaultPrincipal: DEMO_PRINCIPAL_WITHOUT_LTI });
  const lists = await call.call('/price-lists');
  assert.deepEqual([lists.status, lists.body], [200, { tier: null, versions: [] }]);
});

test('a memory state saved before price lists existed (the demo keeps one in the browser) loads, with none', async () => {
  const saved = (await memoryRepository(day)).snapshot() as unknown as Record<string, unknown>;
  delete saved.priceLists;
  const repo = new MemoryRepository(saved as unknown as MemoryState);
  assert.equal(await repo.isEmpty(), false);
  assert.deepEqual(await repo.priceLists(['seller-1'], 'gold'), []);
});
