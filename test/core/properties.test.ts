import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  allocateMoney,
  BILLING_TYPE_IDS,
  calendarDate,
  chargeSchedule,
  daysInMonth,
  money,
  prorate,
  type ScheduleInput,
} from '../../src/core/index.js';
import { refProrate } from './checks/decimal-reference.js';

const dateArb = fc
  .record({ y: fc.integer({ min: 2020, max: 2032 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => calendarDate(y, m, Math.min(d, daysInMonth(y, m))));

const fee = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000_000 }));
const lineArb = fc.record({
  resourceId: fc.string({ minLength: 1, maxLength: 6 }),
  quantity: fc.integer({ min: 0, max: 5000 }),
  included: fc.integer({ min: 0, max: 10 }),
  recurring: fee,
  setup: fee,
  renewal: fee,
  overuse: fee,
  usage: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
});
const inputArb: fc.Arbitrary<ScheduleInput> = fc.record({
  billingType: fc.constantFrom(...BILLING_TYPE_IDS),
  currency: fc.constantFrom('USD', 'JPY', 'KWD', 'EUR'),
  activationDate: dateArb,
  billingDay: fc.integer({ min: 1, max: 31 }),
  term: fc.oneof(
    fc.record({ quantity: fc.integer({ min: 1, max: 400 }), unit: fc.constant('day' as const) }),
    fc.record({ quantity: fc.integer({ min: 1, max: 36 }), unit: fc.constant('month' as const) }),
    fc.record({ quantity: fc.integer({ min: 1, max: 3 }), unit: fc.constant('year' as const) }),
    fc.record({ endless: fc.constant(true as const), horizon: fc.record({ quantity: fc.integer({ min: 1, max: 24 }), unit: fc.constant('month' as const) }) }),
  ),
  trial: fc.option(fc.record({ quantity: fc.integer({ min: 1, max: 60 }), unit: fc.constantFrom('day' as const, 'month' as const) }), { nil: undefined }),
  periodFee: fee,
  terms: fc.integer({ min: 1, max: 3 }),
  lines: fc.array(lineArb, { maxLength: 4 }),
});

describe('billing core properties', () => {
  it('allocation never loses or creates a minor unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }), (minor, weights) => {
        fc.pre(weights.some((w) => w > 0));
        const parts = allocateMoney(money('USD', minor), weights);
        const sum = parts.reduce((s, p) => s + p.minor, 0);
        expect(sum).to.equal(minor);
        const totalW = weights.reduce((a, b) => a + b, 0);
        parts.forEach((p, i) => expect(Math.abs(p.minor - (minor * weights[i]!) / totalW)).to.be.below(1 + 1e-6));
      }),
      { numRuns: 300 },
    );
  });

  it('proration matches the decimal reference', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 400 }), (minor, periodDays, d) => {
        const days = Math.min(d, periodDays);
        const start = '2024-01-01';
        const plus = (n: number) => {
          const dt = new Date(Date.UTC(2024, 0, 1 + n));
          return dt.toISOString().slice(0, 10);
        };
        const got = prorate(money('USD', minor), start, plus(days), start, plus(periodDays)).minor;
        expect(got).to.equal(refProrate(minor, days, periodDays));
      }),
      { numRuns: 500 },
    );
  });

  it('renewals keep the anchor: n terms of q months end where one term of n x q months does', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 2, max: 6 }),
        fc.constantFrom('csp-monthly' as const, 'reservation' as const, 'monthly-commitment-monthly-interval' as const),
        (activationDate, q, n, billingType) => {
          const input = (term: ScheduleInput['term'], terms: number): ScheduleInput => ({
            billingType,
            currency: 'USD',
            activationDate,
            billingDay: 1,
            term,
            terms,
            lines: [{ resourceId: 'r', quantity: 1, recurring: 1000 }],
          });
          const renewed = chargeSchedule(input({ quantity: q, unit: 'month' }, n));
          const one = chargeSchedule(input({ quantity: n * q, unit: 'month' }, 1));
          expect(renewed.termEnd).to.equal(one.termEnd);
          if (billingType === 'reservation') {
            // Each renewal is charged whole months: no prorated day from a drifted term.
            expect(renewed.total.minor).to.equal(n * q * 1000);
            expect(one.total.minor).to.equal(n * q * 1000);
          } else {
            expect(renewed.charges.map((c) => [c.periodStart, c.periodEnd, c.amount.minor])).to.deep.equal(one.charges.map((c) => [c.periodStart, c.periodEnd, c.amount.minor]));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('schedules: total = sum of charges = sum of lines, contiguous, factors within [0, 1]', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const s = chargeSchedule(input);
        const chargeSum = s.charges.reduce((a, c) => a + c.amount.minor, 0);
        const lineSum = s.charges.flatMap((c) => c.lines).reduce((a, l) => a + l.amount.minor, 0);
        expect(s.total.minor).to.equal(chargeSum);
        expect(chargeSum).to.equal(lineSum);
        expect(s.charges[0]!.periodStart).to.equal(input.activationDate);
        for (let i = 1; i < s.charges.length; i++) expect(s.charges[i]!.periodStart).to.equal(s.charges[i - 1]!.periodEnd);
        expect(s.charges.at(-1)!.periodEnd).to.equal(s.termEnd);
        for (const c of s.charges) {
          expect(c.periodStart < c.periodEnd).to.equal(true);
          expect(c.amount.minor).to.satisfy(Number.isSafeInteger);
          if (c.proration) {
            expect(c.proration.days).to.be.within(0, c.proration.periodDays);
            for (const l of c.lines.filter((x) => x.kind === 'recurring' || (x.kind === 'usage' && input.billingType === 'payg-external'))) {
              const f = Number(l.multiplier);
              expect(f).to.be.within(0, 1);
              expect(l.amount.minor).to.equal(refProrate(l.unitPrice.minor * l.quantity, c.proration.days, c.proration.periodDays));
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
