// Fees priced by tiers and packages in a charge schedule, and the Pay As You Go minimum commitment
// with its true-up line (issue 22; docs/billing.md "Price models in a charge schedule", whose figures
// these are).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { chargeSchedule, chargeTotals, type PriceModel, priceOf, type ScheduleInput, ScheduleInputError } from '../../src/core/index.js';

const TIERS = [
  { upTo: 10, unitPrice: 1000 },
  { upTo: 50, unitPrice: 800, flat: 2000 },
  { upTo: null, unitPrice: 600, flat: 5000 },
];
const monthly = (lines: ScheduleInput['lines'], extra: Partial<ScheduleInput> = {}): ScheduleInput => ({
  billingType: 'monthly-commitment',
  currency: 'USD',
  activationDate: '2026-03-01',
  billingDay: 1,
  term: { quantity: 1, unit: 'month' },
  lines,
  ...extra,
});
const text = (s: ReturnType<typeof chargeSchedule>) =>
  s.charges.map((c) => c.lines.map((l) => `${l.kind} ${l.part ? `${l.part.of} ${l.part.from}-${l.part.to} ` : ''}${l.quantity}×${l.unitPrice.minor}×${l.multiplier}=${l.amount.minor}`));

test('a graduated recurring fee: a line per tier and per flat amount, adding up to the model’s price', () => {
  const s = chargeSchedule(monthly([{ resourceId: 'seats', quantity: 62, included: 2, prices: { recurring: { model: 'graduated', tiers: TIERS } } }]));
  assert.deepEqual(text(s), [
    ['recurring tier 1-10 10×1000×1=10000', 'recurring tier 11-50 40×800×1=32000', 'recurring flat 11-50 1×2000×1=2000', 'recurring tier 51-60 10×600×1=6000', 'recurring flat 51-60 1×5000×1=5000'],
  ]);
  assert.equal(s.total.minor, 55000); // $550.00 for 60 users above the 2 included
});

test('volume, package and boundary quantities price as the model says; setup and renewal count every unit', () => {
  const volume = (q: number) => chargeSchedule(monthly([{ resourceId: 'seats', quantity: q, prices: { recurring: { model: 'volume', tiers: [{ upTo: 250, unitPrice: 200 }, { upTo: null, unitPrice: 150 }] } } }])).total.minor;
  assert.deepEqual([volume(250), volume(251)], [50000, 37650]);
  const s = chargeSchedule(monthly([{ resourceId: 'gb', quantity: 25, prices: { setup: { model: 'package', blockSize: 10, blockPrice: 5000 }, renewal: { model: 'package', blockSize: 10, blockPrice: 100 } } }], { terms: 2 }));
  assert.deepEqual(text(s), [['setup blocks 1-25 3×5000×1=15000'], ['renewal blocks 1-25 3×100×1=300']]);
});

test('a partial period prorates every part line of a tiered fee like a plain fee’s line', () => {
  const s = chargeSchedule(monthly([{ resourceId: 'seats', quantity: 12, prices: { recurring: { model: 'graduated', tiers: TIERS } } }], { activationDate: '2026-03-17', term: { quantity: 1, unit: 'month' } }));
  const first = s.charges[0]!;
  assert.deepEqual(first.proration, { days: 15, periodDays: 31 });
  assert.deepEqual(first.lines.map((l) => l.amount.minor), [4839, 774, 968]); // 10000, 1600, 2000 × 15/31 HALF_UP each
});

test('a fee priced by one open tier, or per unit, is the plain fee: the same charges for any schedule', () => {
  fc.assert(
    fc.property(
      fc.constantFrom('monthly-commitment', 'csp-annual', 'reservation', 'payg-internal', 'payg-external', 'pay-in-full' as const),
      fc.integer({ min: 0, max: 300 }),
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 1, max: 100_000 }),
      fc.constantFrom('graduated' as const, 'volume' as const, 'per-unit' as const),
      fc.integer({ min: 0, max: 27 }),
      (billingType, quantity, included, fee, model, day) => {
        const priced: PriceModel = model === 'per-unit' ? { model, unitPrice: fee } : { model, tiers: [{ upTo: null, unitPrice: fee }] };
        const base = { billingType, activationDate: `2026-01-${String(1 + day).padStart(2, '0')}`, term: { quantity: 3, unit: 'month' as const } };
        const plain = chargeTotals(monthly([{ resourceId: 'r', quantity, included, recurring: fee, setup: fee, overuse: fee }], base));
        const modelled = chargeTotals(monthly([{ resourceId: 'r', quantity, included, prices: { recurring: priced, setup: priced, overuse: priced } }], base));
        assert.deepEqual(modelled, plain);
      },
    ),
    { numRuns: 300 },
  );
});

test('a whole period’s recurring lines add up to priceOf the units, for any valid tiers', () => {
  const tiers = fc.array(fc.record({ width: fc.integer({ min: 1, max: 20 }), unitPrice: fc.integer({ min: 0, max: 5000 }), flat: fc.integer({ min: 0, max: 9000 }) }), { minLength: 1, maxLength: 4 });
  fc.assert(
    fc.property(tiers, fc.constantFrom('graduated' as const, 'volume' as const), fc.integer({ min: 0, max: 120 }), (ts, model, quantity) => {
      let upTo = 0;
      const m: PriceModel = { model, tiers: ts.map((t, i) => ({ upTo: i === ts.length - 1 ? null : (upTo += t.width), unitPrice: t.unitPrice, flat: t.flat })) };
      const s = chargeSchedule(monthly([{ resourceId: 'r', quantity, prices: { recurring: m } }]));
      assert.equal(s.total.minor, priceOf('USD', m, quantity).total.minor);
    }),
    { numRuns: 300 },
  );
});

const payg = (usage: number, extra: Partial<ScheduleInput> = {}) =>
  chargeSchedule(monthly([{ resourceId: 'calls', quantity: 0, usage, recurring: 1000 }], { billingType: 'payg-external', minimumCommitment: 10000, ...extra }));

test('a minimum commitment: usage below it gets a true-up line for the difference, usage above it nothing', () => {
  const below = payg(8).charges[0]!;
  assert.deepEqual(below.lines.map((l) => `${l.kind} ${l.amount.minor}`), ['usage 8000', 'true-up 2000']); // $80 against $100: a $20 true-up
  assert.deepEqual(below.lines[1]!.commitment, { minimum: { currency: 'USD', minor: 10000 }, usage: { currency: 'USD', minor: 8000 } });
  assert.equal(below.amount.minor, 10000);
  assert.deepEqual(payg(12).charges[0]!.lines.map((l) => `${l.kind} ${l.amount.minor}`), ['usage 12000']);
  assert.deepEqual(payg(10).charges[0]!.lines.map((l) => l.kind), ['usage']); // exactly the minimum: no true-up
  assert.deepEqual(payg(0).charges[0]!.lines.map((l) => `${l.kind} ${l.amount.minor}`), ['true-up 10000']);
});

test('a partial period’s minimum is prorated like its usage; totals-only agrees', () => {
  const s = payg(8, { activationDate: '2026-03-17' });
  assert.deepEqual(s.charges[0]!.lines.map((l) => `${l.kind} ${l.amount.minor}`), ['usage 3871', 'true-up 968']); // 15/31 of $80 is $38.71, of $100 $48.39: $9.68 short
  const { charges, ...rest } = s;
  assert.deepEqual(chargeTotals(monthly([{ resourceId: 'calls', quantity: 0, usage: 8, recurring: 1000 }], { billingType: 'payg-external', minimumCommitment: 10000, activationDate: '2026-03-17' })), { ...rest, charges: charges.map(({ lines: _l, ...c }) => c) });
});

test('bad input names its field: a broken price model, a minimum commitment on a type that is not Pay As You Go', () => {
  const bad = () => chargeSchedule(monthly([{ resourceId: 'r', quantity: 1, prices: { recurring: { model: 'graduated', tiers: [{ upTo: 10, unitPrice: 1 }, { upTo: 5, unitPrice: 1 }, { upTo: null, unitPrice: 1 }] } } }]));
  assert.throws(bad, (e: unknown) => e instanceof ScheduleInputError && e.field === 'lines.0.prices.recurring.tiers.1.upTo');
  assert.throws(() => chargeSchedule(monthly([], { minimumCommitment: 100 })), (e: unknown) => e instanceof ScheduleInputError && e.field === 'minimumCommitment');
  assert.throws(() => chargeSchedule(monthly([{ resourceId: 'r', quantity: 1, prices: { setup: { model: 'tiered' } as unknown as PriceModel } }])), (e: unknown) => e instanceof ScheduleInputError && e.field === 'lines.0.prices.setup.model');
});
