// Refund windows on the server (#23): a decrease refunds the seats still in their 168-hour windows
// now and schedules the rest, as the widget's preview says; a refund after the window is 422;
// two decreases at once cannot refund one batch twice; added seats get their window. Memory and PGlite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, type CalendarDate } from '../../src/core/dates.js';
import type { Repository } from '../../src/server/repository.js';
import { api, at } from './subscription-api.js';
import { memoryRepository, pgliteRepository, pinned } from './support.js';

const day: CalendarDate = '2027-03-15';
const noon = `${day}T12:00:00.000Z`;
const close = (repo: Repository) => (repo as { close?: () => Promise<void> }).close?.();

async function reserved(call: ReturnType<typeof api>) {
  const s = (await call.all({ search: 'Backup Reserved — 1 year' })).find((x) => x.billingType === 'reservation')!;
  return call.detail(s.id);
}

for (const kind of ['memory', 'PGlite'] as const) {
  const repository = () => (kind === 'memory' ? memoryRepository(day) : pgliteRepository(day, { seededOn: day }));

  test(`${kind}: the seed’s added seats carry their windows; a decrease within them is refunded now, the rest scheduled`, async () => {
    const repo = await repository();
    const call = api(repo, { clock: at(day), timeZone: 'UTC' });
    const d = await reserved(call);
    const s = d.subscription;
    assert.equal(s.refundWindowHours, 168);
    assert.deepEqual(
      s.batches?.map((b) => [b.quantity, b.addedAt, b.refundableUntil]),
      [
        [3, '2027-03-10T09:00:00.000Z', '2027-03-17T09:00:00.000Z'],
        [4, '2027-03-14T09:00:00.000Z', '2027-03-21T09:00:00.000Z'],
      ],
    );
    // Down by 5: the 4 added yesterday and 1 of the 3 added five days ago, refunded now.
    const q = call.preview(d, { kind: 'change', quantity: s.quantity - 5 }, day, noon);
    assert.deepEqual([q.applies, q.refund?.quantity, q.dueNow.minor > 0, q.creditBalance.minor > 0], ['now', 5, false, true]);
    const r = await call.change(d, { kind: 'change', quantity: s.quantity - 5 }, day, undefined, noon);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.deepEqual([r.body.applies, r.body.creditBalance.minor, r.body.subscription.quantity], ['now', q.creditBalance.minor, s.quantity - 5]);
    assert.deepEqual(r.body.subscription.batches.map((b: { id: string; quantity: number }) => [b.id, b.quantity]), [['bat-seed-1', 2]]);
    // Down by 5 more: 2 refunded now, 3 wait for the term's end.
    const d2 = await call.detail(s.id);
    const r2 = await call.change(d2, { kind: 'change', quantity: s.quantity - 10 }, day, undefined, noon);
    assert.equal(r2.status, 201, JSON.stringify(r2.body));
    assert.deepEqual([r2.body.applies, r2.body.subscription.quantity, r2.body.subscription.pendingChange.quantity, r2.body.subscription.batches], ['term-end', s.quantity - 7, s.quantity - 10, []]);
    await close(repo);
  });

  test(`${kind}: a refund previewed before its window closed is 422 refund-window-closed after it; two decreases at once refund once`, async () => {
    const repo = await repository();
    const before = api(repo, { clock: at(day), timeZone: 'UTC' });
    const d = await reserved(before);
    const s = d.subscription;
    // Previewed at noon on the 16th: 7 refundable. Sent at 09:00 on the 17th, when the batch of 3 closed.
    const q = before.preview(d, { kind: 'change', quantity: s.quantity - 7 }, addDays(day, 1), `${addDays(day, 1)}T12:00:00.000Z`);
    assert.equal(q.refund?.quantity, 7);
    const late = api(repo, { clock: pinned('2027-03-17T09:00:00.000Z'), timeZone: 'UTC' });
    const body = { kind: 'change', quantity: s.quantity - 7, etag: s.etag, quotedOn: '2027-03-17', expected: { total: q.total, endDate: q.after.termEnd }, refundQuantity: 7 };
    const refused = await late.post(`/subscriptions/${s.id}/changes`, body);
    assert.equal(refused.status, 422, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'refund-window-closed');
    assert.match(refused.body.error.fields.quantity, /Only 4 of the seats can still be refunded/);
    // Two decreases from the same version at once: one lands, the other is a conflict; the batch of 4 is refunded once.
    const now = late.preview(d, { kind: 'change', quantity: s.quantity - 4 }, '2027-03-17', '2027-03-17T09:00:00.000Z');
    const send = () => late.post(`/subscriptions/${s.id}/changes`, { ...body, quantity: s.quantity - 4, expected: { total: now.total, endDate: now.after.termEnd }, refundQuantity: 4 });
    const results = await Promise.all([send(), send()]);
    assert.deepEqual(results.map((x) => x.status).sort(), [201, 409], JSON.stringify(results.map((x) => x.body)));
    const after = (await late.detail(s.id)).subscription;
    assert.deepEqual([after.quantity, after.batches], [s.quantity - 4, []]);
    await close(repo);
  });

  test(`${kind}: seats added by a change get their own window, refundable strictly before it closes`, async () => {
    const repo = await repository();
    const call = api(repo, { clock: at(day), timeZone: 'UTC' });
    const d = await reserved(call);
    const r = await call.change(d, { kind: 'change', quantity: d.subscription.quantity + 2 }, day, undefined, noon);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const added = r.body.subscription.batches.at(-1);
    assert.deepEqual([added.quantity, added.addedAt, added.refundableUntil], [2, noon, '2027-03-22T12:00:00.000Z']);
    await close(repo);
  });
}
