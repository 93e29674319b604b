// The price models (docs/billing.md, "Price models"): the worked examples, the inclusive tier
// bounds, the rules a model must keep, and properties over random tiers and currencies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cheaperAbove, type PriceModel, type PriceModelTier, priceModelProblems, priceOf, saleLineQuote } from '../../src/core/index.js';

const TIERS: PriceModelTier[] = [
  { upTo: 10, unitPrice: 1000 },
  { upTo: 50, unitPrice: 800, flat: 2000 },
  { upTo: null, unitPrice: 600, flat: 5000 },
];
const cost = (m: PriceModel, q: number, currency = 'USD') => priceOf(currency, m, q).total.minor;

test('graduated: each unit at its tier, plus the flat amount of every tier reached', () => {
  const g: PriceModel = { model: 'graduated', tiers: TIERS };
  assert.deepEqual([0, 1, 10, 11, 50, 60].map((q) => cost(g, q)), [0, 1000, 10000, 12800, 44000, 55000]);
  assert.deepEqual(
    priceOf('USD', g, 60).parts.map((p) => `${p.from}-${p.to} ${p.quantity}×${p.unitPrice.minor}+${p.flat.minor}=${p.amount.minor}`),
    ['1-10 10×1000+0=10000', '11-50 40×800+2000=34000', '51-60 10×600+5000=11000'],
  );
});

test('volume: every unit at the tier the quantity falls in, plus that tier’s flat amount', () => {
  const v: PriceModel = { model: 'volume', tiers: TIERS };
  assert.deepEqual([0, 10, 11, 50, 51].map((q) => cost(v, q)), [0, 10000, 10800, 42000, 35600]);
  // The case: 21 users cost less than 20, and the editor is told so.
  const seats: PriceModel = { model: 'volume', tiers: [{ upTo: 20, unitPrice: 2500 }, { upTo: null, unitPrice: 2000 }] };
  assert.deepEqual([cost(seats, 20), cost(seats, 21)], [50000, 42000]);
  assert.deepEqual(cheaperAbove('USD', seats), [{ quantity: 21, cheaperThan: 20 }]);
  assert.deepEqual(cheaperAbove('USD', { model: 'graduated', tiers: seats.tiers }), []);
});

test('bounds are inclusive: unit 250 is in the "up to 250" tier, unit 251 in the next', () => {
  const tiers = [{ upTo: 250, unitPrice: 200 }, { upTo: null, unitPrice: 150 }];
  assert.deepEqual([cost({ model: 'graduated', tiers }, 250), cost({ model: 'graduated', tiers }, 251)], [50000, 50150]);
  assert.deepEqual([cost({ model: 'volume', tiers }, 250), cost({ model: 'volume', tiers }, 251)], [50000, 37650]);
});

test('package: a price per block, partial blocks rounded up; per unit: quantity × price', () => {
  const p: PriceModel = { model: 'package', blockSize: 10, blockPrice: 5000 };
  assert.deepEqual([0, 1, 10, 11, 25].map((q) => cost(p, q)), [0, 5000, 5000, 10000, 15000]);
  assert.equal(cost({ model: 'per-unit', unitPrice: 1999 }, 3), 5997);
  // Yen and dinars: minor units are the currency's own.
  assert.equal(cost({ model: 'graduated', tiers: TIERS }, 11, 'JPY'), 12800);
  assert.equal(cost({ model: 'graduated', tiers: TIERS }, 11, 'KWD'), 12800);
});

test('the rules, each problem on its row; the sale quote refuses tiers that break them', () => {
  assert.deepEqual(priceModelProblems({ model: 'graduated', tiers: [{ upTo: 10, unitPrice: 1 }, { upTo: 10, unitPrice: 1 }, { upTo: null, unitPrice: -1 }] }), [
    { path: 'tiers.1.upTo', code: 'not-ascending' },
    { path: 'tiers.2.unitPrice', code: 'negative' },
  ]);
  assert.deepEqual(priceModelProblems({ model: 'volume', tiers: [{ upTo: null, unitPrice: 1 }, { upTo: 5, unitPrice: 1.5 }] }), [
    { path: 'tiers.0.upTo', code: 'bounded-before-last' },
    { path: 'tiers.1.unitPrice', code: 'not-whole' },
    { path: 'tiers.1.upTo', code: 'last-bounded' },
  ]);
  assert.deepEqual(priceModelProblems({ model: 'package', blockSize: 0, blockPrice: 100 }), [{ path: 'blockSize', code: 'block-size' }]);
  assert.deepEqual(priceModelProblems({ model: 'volume', tiers: [] }), [{ path: 'tiers', code: 'no-tiers' }]);
  assert.throws(() => saleLineQuote({ currency: 'USD', unitPrice: 0, tiers: [{ upTo: 5, unitPrice: 100 }] }, 3), /tiers.0.upTo: last-bounded/);
  assert.throws(() => priceOf('USD', { model: 'per-unit', unitPrice: 100 }, -1), /quantity must be a whole number/);
});

// Random valid tiers: strictly increasing bounds, the last one open, prices and flats >= 0.
const tiers = fc
  .array(fc.record({ width: fc.integer({ min: 1, max: 300 }), unitPrice: fc.integer({ min: 0, max: 1_000_000 }), flat: fc.integer({ min: 0, max: 1_000_000 }) }), { minLength: 1, maxLength: 6 })
  .map((rows) => {
    let upTo = 0;
    return rows.map((r, i): PriceModelTier => {
      upTo += r.width;
      return { upTo: i === rows.length - 1 ? null : upTo, unitPrice: r.unitPrice, flat: r.flat };
    });
  });
const currency = fc.constantFrom('USD', 'JPY', 'KWD');
const quantity = fc.integer({ min: 0, max: 2000 });

test('property: graduated and package totals never decrease as the quantity grows', () => {
  fc.assert(
    fc.property(tiers, currency, quantity, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 100_000 }), (t, c, q, size, price) => {
      assert.ok(cost({ model: 'graduated', tiers: t }, q + 1, c) >= cost({ model: 'graduated', tiers: t }, q, c));
      assert.ok(cost({ model: 'package', blockSize: size, blockPrice: price }, q + 1, c) >= cost({ model: 'package', blockSize: size, blockPrice: price }, q, c));
    }),
    { numRuns: 2000 },
  );
});

test('property: a graduated total is the sum of its tiers’ parts, unit by unit, exactly', () => {
  fc.assert(
    fc.property(tiers, currency, quantity, (t, c, q) => {
      const b = priceOf(c, { model: 'graduated', tiers: t }, q);
      assert.equal(b.total.minor, b.parts.reduce((s, p) => s + p.amount.minor, 0));
      // Reference: price each unit by the tier whose inclusive bound holds it; add each reached tier's flat once.
      let ref = 0n;
      const reached = new Set<number>();
      for (let unit = 1; unit <= q; unit++) {
        const i = t.findIndex((x) => x.upTo === null || unit <= x.upTo);
        ref += BigInt(t[i]!.unitPrice);
        if (!reached.has(i)) ref += BigInt(t[i]!.flat ?? 0);
        reached.add(i);
      }
      assert.equal(BigInt(b.total.minor), ref);
      assert.equal(b.parts.reduce((s, p) => s + p.quantity, 0), q);
    }),
    { numRuns: 1000 },
  );
});

test('property: at each bound, the bound’s unit is priced by its own tier and the next unit by the next tier', () => {
  fc.assert(
    fc.property(tiers, currency, (t, c) => {
      const g: PriceModel = { model: 'graduated', tiers: t };
      t.forEach((tier, i) => {
        if (tier.upTo === null) return;
        const next = t[i + 1]!;
        assert.equal(cost(g, tier.upTo + 1, c) - cost(g, tier.upTo, c), next.unitPrice + (next.flat ?? 0));
        const vol = priceOf(c, { model: 'volume', tiers: t }, tier.upTo);
        assert.equal(vol.total.minor, tier.upTo * tier.unitPrice + (tier.flat ?? 0));
      });
    }),
    { numRuns: 1000 },
  );
});

test('a distribution whose tiers break the rules is refused by its schema, with the rule named', async () => {
  const { distributionSchema, validate } = await import('../../src/schemas/index.js');
  const d = { id: 'd1', name: 'IT PRO', validForSubscriptionPlan: true, currency: 'USD', unitPrice: 2500, keyLengthDays: 180 };
  assert.equal(validate(distributionSchema, { ...d, tiers: [{ upTo: 49, unitPrice: 2500 }, { upTo: null, unitPrice: 2200 }] }).ok, true);
  const bad = validate(distributionSchema, { ...d, tiers: [{ upTo: 49, unitPrice: 2500 }, { upTo: 20, unitPrice: 2200 }] });
  assert.deepEqual(bad.ok ? null : bad.errors, { tiers: 'Price tiers must go up with no gap or overlap, with no negative price, and only the last one open.' });
});
