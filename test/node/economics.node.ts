// Channel economics (docs/billing.md, "Channel economics"): margin and markup, prices from a
// markup in 0-, 2- and 3-decimal currencies, price precedence, refund windows; with properties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  lineEconomics,
  money,
  parsePercent,
  periodEconomics,
  percentString,
  planDecrease,
  priceFromMarkup,
  type PriceListVersion,
  refundableUntil,
  resolvePrice,
  totalEconomics,
} from '../../src/core/index.js';

test('a line: cost, list and price × quantity; margin, margin % and markup % to two decimals', () => {
  const e = lineEconomics({ currency: 'USD', quantity: 10, unitCost: 800, unitListPrice: 1200, unitPrice: 1100 });
  assert.deepEqual([e.cost.minor, e.list.minor, e.price.minor, e.margin.minor], [8000, 12000, 11000, 3000]);
  assert.deepEqual([e.marginPercent, e.markupPercent, e.belowCost], ['27.27', '37.50', false]);
  const below = lineEconomics({ currency: 'USD', quantity: 10, unitCost: 800, unitListPrice: 1200, unitPrice: 750 });
  assert.deepEqual([below.margin.minor, below.marginPercent, below.markupPercent, below.belowCost], [-500, '-6.67', '-6.25', true]);
  const free = lineEconomics({ currency: 'USD', quantity: 3, unitCost: 0, unitListPrice: 0, unitPrice: 0 });
  assert.deepEqual([free.marginPercent, free.markupPercent], [null, null]);
});

test('a period of a subscription: units at the unit price plus the plan’s own fee, against cost and list shaped alike', () => {
  const e = periodEconomics('EUR', 12, { unitPrice: 1000, periodFee: 5000 }, { cost: { unitPrice: 700, periodFee: 4000 }, list: { unitPrice: 1100, periodFee: 5000 } });
  // cost 12 × 7.00 + 40.00 = 124.00; price 12 × 10.00 + 50.00 = 170.00; margin 46.00, 27.06 % of the price
  assert.deepEqual([e.cost.minor, e.list.minor, e.price.minor, e.margin.minor, e.marginPercent, e.belowCost], [12400, 18200, 17000, 4600, '27.06', false]);
  const none = periodEconomics('JPY', 0, { unitPrice: 100, periodFee: 0 }, { cost: { unitPrice: 80, periodFee: 0 }, list: { unitPrice: 120, periodFee: 0 } });
  assert.deepEqual([none.price.minor, none.marginPercent], [0, null]);
});

test('a markup sets the price, HALF_UP to the currency’s minor unit', () => {
  const m = parsePercent('12.5')!;
  assert.equal(m, 1250);
  assert.equal(priceFromMarkup(money('USD', 800), m).minor, 900); // $8.00 → $9.00
  assert.equal(priceFromMarkup(money('USD', 799), m).minor, 899); // $8.98875 → $8.99
  assert.equal(priceFromMarkup(money('JPY', 999), m).minor, 1124); // ¥1,123.875 → ¥1,124
  assert.equal(priceFromMarkup(money('KWD', 1234), m).minor, 1388); // 1.38825 KWD → 1.388
  assert.equal(priceFromMarkup(money('USD', 1000), parsePercent('-100')!).minor, 0);
  assert.deepEqual(['12', '12.50', ' 0.25 ', '-3', 'x', '1.234', ''].map(parsePercent), [1200, 1250, 25, -300, null, null, null]);
  assert.throws(() => priceFromMarkup(money('USD', 100), -10_001), /markup/);
  assert.equal(percentString(1, 3), '33.33');
  assert.equal(percentString(-2, 3), '-66.67');
});

test('price precedence: the override in force, else the tier’s price-list version in force, else the plan', () => {
  const versions: PriceListVersion[] = [
    { tier: 'gold', effectiveFrom: '2027-01-01', prices: { pro: { USD: 900 } } },
    { tier: 'gold', effectiveFrom: '2027-04-01', prices: { pro: { USD: 850 } } },
    { tier: 'silver', effectiveFrom: '2027-01-01', prices: { pro: { USD: 950 } } },
  ];
  const base = { planId: 'pro', currency: 'USD', tier: 'gold', planPrice: 1000 };
  assert.deepEqual(resolvePrice({ ...base, date: '2027-03-31' }, versions), { unitPrice: 900, source: 'price-list', version: { tier: 'gold', effectiveFrom: '2027-01-01' } });
  assert.equal(resolvePrice({ ...base, date: '2027-04-01' }, versions).unitPrice, 850);
  assert.deepEqual(resolvePrice({ ...base, date: '2026-12-31' }, versions), { unitPrice: 1000, source: 'plan' });
  assert.equal(resolvePrice({ ...base, currency: 'EUR', date: '2027-05-01' }, versions).source, 'plan');
  assert.equal(resolvePrice({ ...base, tier: null, date: '2027-05-01' }, versions).source, 'plan');
  const override = { unitPrice: 700, from: '2027-02-01', until: '2027-03-01' };
  assert.equal(resolvePrice({ ...base, date: '2027-02-28', override }, versions).source, 'override');
  assert.equal(resolvePrice({ ...base, date: '2027-03-01', override }, versions).unitPrice, 900);
});

test('refund windows: 168 hours, refundable strictly before the end; the newest seats go first, the rest waits for the renewal', () => {
  const batches = [
    { id: 'b1', quantity: 100, addedAt: '2027-03-01T09:00:00.000Z' },
    { id: 'b2', quantity: 50, addedAt: '2027-03-20T10:00:00.000Z' },
    { id: 'b3', quantity: 20, addedAt: '2027-03-22T15:30:00.000Z' },
  ];
  assert.equal(refundableUntil(batches[1]!.addedAt), '2027-03-27T10:00:00.000Z');
  const now = new Date('2027-03-24T12:00:00.000Z');
  assert.deepEqual(planDecrease(batches, 99, now), {
    refunded: [
      { batchId: 'b3', quantity: 20, refundableUntil: '2027-03-29T15:30:00.000Z' },
      { batchId: 'b2', quantity: 50, refundableUntil: '2027-03-27T10:00:00.000Z' },
    ],
    scheduled: 29,
  });
  // At the exact hour the window closes, b2 is no longer refundable; a millisecond before, it is.
  assert.deepEqual(planDecrease(batches, 60, new Date('2027-03-27T09:59:59.999Z')).scheduled, 0);
  assert.deepEqual(planDecrease(batches, 60, new Date('2027-03-27T10:00:00.000Z')), { refunded: [{ batchId: 'b3', quantity: 20, refundableUntil: '2027-03-29T15:30:00.000Z' }], scheduled: 40 });
  assert.throws(() => refundableUntil('yesterday'), /not an instant/);
});

const currency = fc.constantFrom('USD', 'JPY', 'KWD');
const line = fc.record({ quantity: fc.integer({ min: 0, max: 10_000 }), unitCost: fc.integer({ min: 0, max: 10_000_000 }), unitListPrice: fc.integer({ min: 0, max: 10_000_000 }), unitPrice: fc.integer({ min: 0, max: 10_000_000 }) });

test('property: over any set of lines, margin = price − cost to the minor unit, and totals are the lines’ sums', () => {
  fc.assert(
    fc.property(currency, fc.array(line, { maxLength: 20 }), (c, ls) => {
      const lines = ls.map((l) => lineEconomics({ currency: c, ...l }));
      const t = totalEconomics(c, lines);
      assert.equal(t.margin.minor, t.price.minor - t.cost.minor);
      assert.equal(t.margin.minor, lines.reduce((s, l) => s + l.margin.minor, 0));
      assert.equal(t.cost.minor, ls.reduce((s, l) => s + l.quantity * l.unitCost, 0));
      for (const l of lines) assert.equal(l.margin.minor, l.price.minor - l.cost.minor);
    }),
    { numRuns: 1000 },
  );
});

test('property: markup → price → markup returns the markup within half a minor unit of the price', () => {
  fc.assert(
    fc.property(currency, fc.integer({ min: 1, max: 100_000_000 }), fc.integer({ min: -10_000, max: 100_000 }), (c, cost, markup) => {
      const price = priceFromMarkup(money(c, cost), markup).minor;
      // (price − cost) / cost in hundredths of a percent, exactly: off by at most 0.5 minor unit of price.
      assert.ok(Math.abs((price - cost) * 10_000 - markup * cost) <= 5_000, `${cost} ${markup} ${price}`);
    }),
    { numRuns: 2000 },
  );
});

test('property: a decrease never refunds more than the refundable batches hold, and refunded + scheduled = the decrease', () => {
  const batch = fc.record({ quantity: fc.integer({ min: 0, max: 500 }), hoursAgo: fc.integer({ min: 0, max: 400 }) });
  fc.assert(
    fc.property(fc.array(batch, { maxLength: 8 }), fc.integer({ min: 0, max: 3000 }), (bs, by) => {
      const now = new Date('2027-06-15T12:00:00.000Z');
      const batches = bs.map((b, i) => ({ id: `b${i}`, quantity: b.quantity, addedAt: new Date(now.getTime() - b.hoursAgo * 3_600_000).toISOString() }));
      const plan = planDecrease(batches, by, now);
      const open = bs.filter((b) => b.hoursAgo < 168).reduce((s, b) => s + b.quantity, 0);
      const refunded = plan.refunded.reduce((s, r) => s + r.quantity, 0);
      assert.equal(refunded + plan.scheduled, by);
      assert.equal(refunded, Math.min(by, open));
      for (const r of plan.refunded) assert.ok(r.quantity <= batches.find((b) => b.id === r.batchId)!.quantity);
    }),
    { numRuns: 2000 },
  );
});
