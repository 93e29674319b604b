// A price negotiated for one subscription (#23, point 3) on the server, memory and PGlite: PUT
// /subscriptions/{id}/price-override sets it with its dates for a principal with see-cost and
// set-prices; the change quote (the detail's own plan and subscriptionTerms) and the next charge
// use it, the period's first day deciding; 422 with field paths for an end before the start or a
// negative price, 403 without the permissions, 409 for a stale etag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CalendarDate } from '../../src/core/dates.js';
import { subscriptionTerms, type SubscriptionDetail } from '../../src/schemas/subscription.js';
import type { Repository } from '../../src/server/repository.js';
import { DEMO_PRINCIPAL } from '../../src/server/seed.js';
import { api, at } from './subscription-api.js';
import { memoryRepository, pgliteRepository } from './support.js';

const day: CalendarDate = '2027-03-15';
const close = (repo: Repository) => (repo as { close?: () => Promise<void> }).close?.();
const without = (p: string) => ({ ...DEMO_PRINCIPAL, permissions: DEMO_PRINCIPAL.permissions.filter((x) => x !== p) });

/** A running CSP Monthly subscription (charged in advance, prorated, renewing by itself). */
async function monthly(call: ReturnType<typeof api>): Promise<SubscriptionDetail> {
  const s = (await call.all({ filters: { status: 'active' } })).find((x) => x.billingType === 'csp-monthly' && x.autoRenew && x.quantity > 1 && !x.pendingChange)!;
  return call.detail(s.id);
}
const put = (call: ReturnType<typeof api>, id: string, body: unknown) =>
  call.call(`/subscriptions/${id}/price-override`, { method: 'PUT', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify(body) });

for (const kind of ['memory', 'PGlite'] as const) {
  const repository = () => (kind === 'memory' ? memoryRepository(day) : pgliteRepository(day, { seededOn: day }));

  test(`${kind}: a negotiated price from this period prices the change and the next charge; the plan's own price is kept`, async () => {
    const repo = await repository();
    const call = api(repo, { clock: at(day), timeZone: 'UTC' });
    const d = await monthly(call);
    const s = d.subscription;
    const terms = subscriptionTerms(s, day);
    const price = s.unitPrice - 100;
    const set = await put(call, s.id, { etag: s.etag, priceOverride: { unitPrice: price, from: terms.periodStart, until: null } });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.deepEqual(set.body.priceOverride, { unitPrice: price, from: terms.periodStart, until: null });
    assert.equal(set.body.unitPrice, s.unitPrice, 'the plan’s own price is kept');
    const after = await call.detail(s.id);
    assert.equal(after.plans[0]!.unitPrice, price, 'its own plan offered at the negotiated price');
    const q = call.preview(after, { kind: 'change', quantity: s.quantity + 1 }, day);
    assert.deepEqual(q.lines.map((l) => l.unitPrice.minor), [price, price]);
    assert.equal(q.nextCharge?.amount.minor, price * (s.quantity + 1) + s.periodFee);
    const made = await call.change(after, { kind: 'change', quantity: s.quantity + 1 }, day);
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.equal(made.body.subscription.unitPrice, s.unitPrice, 'a change keeps the plan’s own price; the negotiated one stays resolved by date');
    assert.deepEqual(made.body.subscription.priceOverride, set.body.priceOverride);
    await close(repo);
  });

  test(`${kind}: a negotiated price from the next period leaves this one and prices the next charge; refusals`, async () => {
    const repo = await repository();
    const call = api(repo, { clock: at(day), timeZone: 'UTC' });
    const d = await monthly(call);
    const s = d.subscription;
    const { periodEnd } = subscriptionTerms(s, day);
    const price = s.unitPrice + 250;
    const bad = await put(call, s.id, { etag: s.etag, priceOverride: { unitPrice: -1, from: periodEnd, until: day } });
    assert.equal(bad.status, 422, JSON.stringify(bad.body));
    assert.deepEqual(Object.keys(bad.body.error.fields).sort(), ['priceOverride.unitPrice', 'priceOverride.until']);
    assert.match(bad.body.error.fields['priceOverride.until'], /end must be after the start/);
    assert.equal((await put(api(repo, { clock: at(day), timeZone: 'UTC', defaultPrincipal: without('set-prices') }), s.id, { etag: s.etag, priceOverride: null })).status, 403);
    assert.equal((await put(api(repo, { clock: at(day), timeZone: 'UTC', defaultPrincipal: without('see-cost') }), s.id, { etag: s.etag, priceOverride: null })).status, 403);
    const set = await put(call, s.id, { etag: s.etag, priceOverride: { unitPrice: price, from: periodEnd, until: null } });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.equal((await put(call, s.id, { etag: s.etag, priceOverride: null })).status, 409, 'a stale etag');
    const after = await call.detail(s.id);
    assert.equal(after.plans[0]!.unitPrice, s.unitPrice, 'this period keeps its price');
    const q = call.preview(after, { kind: 'change', quantity: s.quantity + 1 }, day);
    assert.deepEqual(q.lines.map((l) => l.unitPrice.minor), [s.unitPrice, s.unitPrice]);
    assert.equal(q.nextCharge?.amount.minor, price * (s.quantity + 1) + s.periodFee, 'the next period at the negotiated price');
    const removed = await put(call, s.id, { etag: set.body.etag, priceOverride: null });
    assert.deepEqual([removed.status, removed.body.priceOverride], [200, null]);
    await close(repo);
  });
}
