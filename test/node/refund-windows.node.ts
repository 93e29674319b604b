// Refund windows in changeQuote (#23): a decrease on a commitment term refunds what is still in
// its 168-hour windows now (prorated) and schedules the rest for the term's end, in one quote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFactor, changeQuote, money, prorationFactor, refundableUntil, type SeatBatch, type SubscriptionTerms } from '../../src/core/index.js';
import { SEATS_TERMS } from '../support/subscriptions.js';

// Monthly commitment, 10 seats at $10.00 a month: 6 from the start of the term, 4 added on Jan 30 at 10:00 UTC.
const batches: SeatBatch[] = [
  { id: 'b1', quantity: 6, addedAt: '2027-01-15T09:00:00.000Z' },
  { id: 'b2', quantity: 4, addedAt: '2027-01-30T10:00:00.000Z' },
];
const FEB_1 = '2027-02-01'; // 14 of the period's 31 days left
const terms = (now: string): SubscriptionTerms => ({ ...SEATS_TERMS, billingType: 'monthly-commitment', refund: { batches, now } });

test('a decrease that fits in open windows is refunded now, prorated, from the newest batch', () => {
  const q = changeQuote(terms('2027-02-01T12:00:00.000Z'), { kind: 'change', quantity: 7 }, FEB_1);
  assert.equal(q.applies, 'now');
  assert.equal(q.effectiveDate, FEB_1);
  assert.deepEqual(q.refund, { quantity: 3, batches: [{ batchId: 'b2', quantity: 3, refundableUntil: '2027-02-06T10:00:00.000Z' }] });
  // 3 seats × $10.00 × 14/31 = $13.548… → $13.55 credited.
  assert.deepEqual(q.lines.map((l) => [l.kind, l.quantity, l.amount.minor, l.proration?.days]), [['credit', 3, -1355, 14]]);
  assert.deepEqual([q.total.minor, q.dueNow.minor, q.creditBalance.minor], [-1355, 0, 1355]);
  assert.equal(q.after.quantity, 7);
  assert.deepEqual(q.nextCharge, { date: '2027-02-15', amount: money('USD', 7000) });
});

test('past what the windows hold, the rest waits for the term end, in the same quote', () => {
  const q = changeQuote(terms('2027-02-01T12:00:00.000Z'), { kind: 'change', quantity: 3 }, FEB_1);
  assert.equal(q.applies, 'term-end');
  assert.equal(q.effectiveDate, '2028-01-15');
  assert.deepEqual(q.refund?.quantity, 4);
  assert.equal(q.total.minor, -1806); // 4 × $10.00 × 14/31 = $18.064…
  assert.equal(q.after.quantity, 3);
  // Until the term ends, the 6 seats left are charged.
  assert.deepEqual(q.nextCharge, { date: '2027-02-15', amount: money('USD', 6000) });
});

test('the window closes at the exact hour: refundable strictly before it', () => {
  const until = refundableUntil(batches[1]!.addedAt);
  assert.equal(until, '2027-02-06T10:00:00.000Z');
  const before = changeQuote(terms('2027-02-06T09:59:59.999Z'), { kind: 'change', quantity: 8 }, '2027-02-06');
  assert.equal(before.refund?.quantity, 2);
  const at = changeQuote(terms(until), { kind: 'change', quantity: 8 }, '2027-02-06');
  assert.equal(at.refund, undefined);
  assert.deepEqual([at.applies, at.total.minor, at.lines.length], ['term-end', 0, 0]);
});

test('a downgrade to another plan waits for the term end as a whole; an increase is not touched by windows', () => {
  const down = changeQuote(terms('2027-02-01T12:00:00.000Z'), { kind: 'change', plan: { id: 'basic', unitPrice: 500 } }, FEB_1);
  assert.deepEqual([down.applies, down.refund, down.total.minor], ['term-end', undefined, 0]);
  const up = changeQuote(terms('2027-02-01T12:00:00.000Z'), { kind: 'change', quantity: 12 }, FEB_1);
  assert.deepEqual([up.applies, up.refund, up.total.minor], ['now', undefined, 903]);
});

test('a product’s own window: 72 hours', () => {
  const t = { ...terms('2027-02-02T09:59:59.999Z'), refund: { batches, now: '2027-02-02T09:59:59.999Z', windowHours: 72 } };
  assert.equal(changeQuote(t, { kind: 'change', quantity: 9 }, '2027-02-02').refund?.quantity, 1);
  const closed = { ...t, refund: { ...t.refund, now: '2027-02-02T10:00:00.000Z' } };
  assert.deepEqual(changeQuote(closed, { kind: 'change', quantity: 9 }, '2027-02-02').refund, undefined);
});

test('property: a decrease never refunds more than the open batches hold, and the credit is that many units for the days left', () => {
  const batch = fc.record({ quantity: fc.integer({ min: 0, max: 40 }), hoursAgo: fc.integer({ min: 0, max: 400 }) });
  fc.assert(
    fc.property(fc.array(batch, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 5000 }), (raw, by, unitPrice) => {
      const now = Date.parse('2027-02-01T12:00:00.000Z');
      const bs: SeatBatch[] = raw.map((b, i) => ({ id: `b${i}`, quantity: b.quantity, addedAt: new Date(now - b.hoursAgo * 3_600_000).toISOString() }));
      const quantity = bs.reduce((n, b) => n + b.quantity, 0) + 1;
      const target = Math.max(0, quantity - by);
      const t = { ...terms(new Date(now).toISOString()), quantity, unitPrice, refund: { batches: bs, now: new Date(now).toISOString() } };
      if (target === quantity) return;
      const q = changeQuote(t, { kind: 'change', quantity: target }, FEB_1);
      const open = raw.reduce((n, b) => n + (b.hoursAgo < 168 ? b.quantity : 0), 0);
      const refunded = q.refund?.quantity ?? 0;
      assert.equal(refunded, Math.min(open, quantity - target));
      for (const b of q.refund?.batches ?? []) assert.ok(b.quantity <= bs.find((x) => x.id === b.batchId)!.quantity);
      const factor = prorationFactor(FEB_1, '2027-02-15', '2027-01-15', '2027-02-15');
      assert.equal(0 - q.total.minor, refunded ? applyFactor(money('USD', unitPrice * refunded), factor).minor : 0);
      assert.equal(q.applies, refunded === quantity - target ? 'now' : 'term-end');
    }),
  );
});
