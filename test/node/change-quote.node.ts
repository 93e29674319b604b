// changeQuote: the worked examples of docs/billing.md ("Changing a subscription"), month ends and
// leap days, 0- and 3-decimal currencies, and properties over every billing type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  BILLING_TYPE_IDS,
  CHANGE_RULES,
  ChangeRefusedError,
  changeQuote,
  daysBetween,
  type ChangeQuote,
  type SubscriptionTerms,
} from '../../src/core/index.js';
import { changeDate, type Subscription, subscriptionTerms } from '../../src/schemas/subscription.js';
import { SEATS_TERMS, subscriptionRecord } from '../support/subscriptions.js';

const seats = SEATS_TERMS;
const FEB_1 = '2027-02-01'; // 14 of the period's 31 days left: factor 0.451612903

const minor = (q: ChangeQuote) => ({
  lines: q.lines.map((l) => `${l.kind} ${l.quantity} ${l.amount.minor}${l.proration ? ` ${l.proration.days}/${l.proration.periodDays}` : ''}`),
  total: q.total.minor,
  dueNow: q.dueNow.minor,
  creditBalance: q.creditBalance.minor,
  applies: q.applies,
  effectiveDate: q.effectiveDate,
  next: q.nextCharge && `${q.nextCharge.date} ${q.nextCharge.amount.minor}`,
});

test('CSP monthly upgrade: credit for the unused days, the new plan for the same days, the difference due now', () => {
  const q = changeQuote(seats, { kind: 'change', plan: { id: 'pro-plus', unitPrice: 1500 } }, FEB_1);
  assert.deepEqual(minor(q), {
    lines: ['credit 10 -4516 14/31', 'charge 10 6774 14/31'],
    total: 2258,
    dueNow: 2258,
    creditBalance: 0,
    applies: 'now',
    effectiveDate: FEB_1,
    next: '2027-02-15 15000',
  });
  assert.equal(q.direction, 'increase');
  assert.equal(q.after.planId, 'pro-plus');
});

test('CSP monthly decrease applies now: the net credit goes to the balance, nothing is due', () => {
  const q = changeQuote(seats, { kind: 'change', quantity: 6 }, FEB_1);
  assert.deepEqual(minor(q), {
    lines: ['credit 10 -4516 14/31', 'charge 6 2710 14/31'],
    total: -1806,
    dueNow: 0,
    creditBalance: 1806,
    applies: 'now',
    effectiveDate: FEB_1,
    next: '2027-02-15 6000',
  });
});

test('commitment terms: an increase is prorated now, a decrease waits for the term end', () => {
  const sub = { ...seats, billingType: 'monthly-commitment' } as const;
  assert.equal(changeQuote(sub, { kind: 'change', quantity: 12 }, FEB_1).dueNow.minor, 903);
  const down = changeQuote(sub, { kind: 'change', quantity: 6 }, FEB_1);
  assert.deepEqual(minor(down), { lines: [], total: 0, dueNow: 0, creditBalance: 0, applies: 'term-end', effectiveDate: '2028-01-15', next: '2027-02-15 10000' });
  // In the term's last period, the next charge is the new term's, at the lower quantity.
  const last = changeQuote({ ...sub, periodStart: '2027-12-15', periodEnd: '2028-01-15' }, { kind: 'change', quantity: 6 }, '2027-12-20');
  assert.equal(last.nextCharge?.amount.minor, 6000);
  // A deactivated plan's subscription ends with its term even when it would renew by itself.
  assert.equal(changeQuote({ ...sub, renewable: false, periodStart: '2027-12-15', periodEnd: '2028-01-15' }, { kind: 'change', quantity: 12 }, '2027-12-20').nextCharge, null);
  // Without auto-renewal the subscription ends with the term: no next charge.
  assert.equal(changeQuote({ ...sub, autoRenew: false, periodStart: '2027-12-15', periodEnd: '2028-01-15' }, { kind: 'change', quantity: 6 }, '2027-12-20').nextCharge, null);
});

test('License-based and Pay in full charge the month at its highest quantity', () => {
  const sub = { ...seats, billingType: 'license-based-monthly' } as const;
  assert.deepEqual(minor(changeQuote(sub, { kind: 'change', quantity: 12 }, FEB_1)), {
    lines: ['credit 10 -10000', 'charge 12 12000'],
    total: 2000,
    dueNow: 2000,
    creditBalance: 0,
    applies: 'now',
    effectiveDate: FEB_1,
    next: '2027-02-15 12000',
  });
  // Back up to a quantity this month was already charged for: nothing more is due.
  assert.equal(changeQuote({ ...sub, quantity: 8, periodMaxQuantity: 10 }, { kind: 'change', quantity: 10 }, FEB_1).total.minor, 0);
  const down = changeQuote({ ...sub, billingType: 'pay-in-full' }, { kind: 'change', quantity: 8 }, FEB_1);
  assert.deepEqual(minor(down), { lines: [], total: 0, dueNow: 0, creditBalance: 0, applies: 'period-end', effectiveDate: '2027-02-15', next: '2027-02-15 8000' });
});

test('in arrears nothing is due now; the period charge counts the new value from today', () => {
  const gsuite = { ...seats, billingType: 'g-suite' } as const;
  const up = changeQuote(gsuite, { kind: 'change', quantity: 12 }, FEB_1);
  // 10 seats all month ($100.00) + 2 seats for 14/31 of it ($9.03).
  assert.deepEqual(minor(up), { lines: [], total: 0, dueNow: 0, creditBalance: 0, applies: 'now', effectiveDate: FEB_1, next: '2027-02-15 10903' });
  assert.equal(changeQuote(gsuite, { kind: 'change', quantity: 6 }, FEB_1).nextCharge?.amount.minor, 10000 - 1806);
  // A post-paid order (payg-external): the month's highest count of user accounts.
  const postPaid = { ...seats, billingType: 'payg-external' } as const;
  assert.equal(changeQuote(postPaid, { kind: 'change', quantity: 6 }, FEB_1).nextCharge?.amount.minor, 10000);
  assert.equal(changeQuote(postPaid, { kind: 'change', quantity: 14 }, FEB_1).nextCharge?.amount.minor, 14000);
});

test('a renewal charges the renewed term at the price in force on its first day: a negotiated price that ends with the term or starts with the next', () => {
  // 10 seats at $10.00 a month, a term to Jan 15, 2028, negotiated at $8.00 until the term's end.
  const record = subscriptionRecord({ anchorDate: '2027-01-15', billingDay: 15, termEnd: '2028-01-15', priceOverride: { unitPrice: 800, from: '2027-01-15', until: '2028-01-15' } });
  const midTerm = subscriptionTerms(record, '2027-06-20');
  assert.equal(midTerm.unitPrice, 800);
  assert.equal(midTerm.renewalUnitPrice, 1000);
  const q = changeQuote(midTerm, { kind: 'renew' }, '2027-06-20');
  assert.deepEqual(q.nextCharge, { date: '2027-07-15', amount: { currency: 'USD', minor: 8000 } }, 'the next period still at the negotiated price');
  assert.deepEqual(q.renewal!.firstCharge, { date: '2028-01-15', amount: { currency: 'USD', minor: 10000 } }, 'the renewed term at its own price');
  assert.equal(q.after.unitPrice.minor, 1000);
  // In the term's last period the next charge is the renewed term's first.
  const last = changeQuote(subscriptionTerms(record, '2027-12-20'), { kind: 'renew' }, '2027-12-20');
  assert.deepEqual(last.nextCharge, { date: '2028-01-15', amount: { currency: 'USD', minor: 10000 } });
  // Negotiated from the renewed term's first day: it is charged at $8.00, this term at its own price.
  const fromNext = subscriptionTerms({ ...record, priceOverride: { unitPrice: 800, from: '2028-01-15', until: null } }, '2027-12-20');
  assert.equal(fromNext.unitPrice, 1000);
  const r = changeQuote(fromNext, { kind: 'renew' }, '2027-12-20');
  assert.equal(r.renewal!.firstCharge.amount.minor, 8000);
  assert.equal(r.after.unitPrice.minor, 800);
  // Without a negotiated price nothing changes.
  const plain = changeQuote(subscriptionTerms(subscriptionRecord({ anchorDate: '2027-01-15', billingDay: 15, termEnd: '2028-01-15' }), '2027-06-20'), { kind: 'renew' }, '2027-06-20');
  assert.equal(plain.renewal!.firstCharge.amount.minor, 10000);
  assert.equal(plain.nextCharge!.amount.minor, 10000);
});

test('a renewal starts the new term on the term end, keeps the billing day, and puts the renewal fee on its first charge', () => {
  const license: SubscriptionTerms = {
    billingType: 'reservation',
    currency: 'USD',
    planId: 'eset-endpoint',
    quantity: 5,
    unitPrice: 12000,
    periodStart: '2026-03-31',
    periodEnd: '2027-03-31',
    termEnd: '2027-03-31',
    periodMonths: 12,
    termMonths: 12,
    renewalFee: 1000,
  };
  const q = changeQuote(license, { kind: 'renew' }, '2026-11-30');
  assert.deepEqual(q.renewal, {
    termStart: '2027-03-31',
    termEnd: '2028-03-31',
    fee: { currency: 'USD', minor: 5000 },
    firstCharge: { date: '2027-03-31', amount: { currency: 'USD', minor: 65000 } },
  });
  assert.equal(q.dueNow.minor, 0);
  assert.deepEqual(q.nextCharge, q.renewal!.firstCharge);
  // A Feb 29 term end renews to the next Feb's last day.
  assert.equal(changeQuote({ ...license, periodStart: '2027-02-28', periodEnd: '2028-02-29', termEnd: '2028-02-29' }, { kind: 'renew' }, '2028-02-28').renewal?.termEnd, '2029-02-28');
  // A monthly term on billing day 31 that ends on Feb 28 renews to Mar 31: the billing day is kept.
  const day31 = { ...license, billingType: 'csp-monthly', periodStart: '2027-01-31', periodEnd: '2027-02-28', termEnd: '2027-02-28', periodMonths: 1, termMonths: 1, billingDay: 31 } as const;
  assert.equal(changeQuote(day31, { kind: 'renew' }, '2027-02-10').renewal?.termEnd, '2027-03-31');
  // Renewing on the term's last day is still possible; on its end it is not.
  assert.equal(changeQuote(license, { kind: 'renew' }, '2027-03-30').applies, 'term-end');
  assert.throws(() => changeQuote(license, { kind: 'renew' }, '2027-03-31'), (e: unknown) => e instanceof ChangeRefusedError && e.code === 'ended');
  assert.throws(
    () => changeQuote({ ...license, renewable: false }, { kind: 'renew' }, '2026-11-30'),
    (e: unknown) => e instanceof ChangeRefusedError && e.code === 'plan-deactivated' && /deactivated/.test(e.message),
  );
});

test('month ends and leap days: a leap day in the period counts, the last day of a term is one day', () => {
  // A day-31 anchor in a leap February: 2028-02-29..2028-03-31 is 31 days.
  const leap = { ...seats, periodStart: '2028-02-29', periodEnd: '2028-03-31', termEnd: '2028-03-31', termMonths: 1 };
  const q = changeQuote(leap, { kind: 'change', quantity: 11 }, '2028-02-29');
  assert.deepEqual(minor(q).lines, ['credit 10 -10000 31/31', 'charge 11 11000 31/31']);
  const lastDay = changeQuote(leap, { kind: 'change', quantity: 11 }, '2028-03-30');
  assert.deepEqual(minor(lastDay).lines, ['credit 10 -323 1/31', 'charge 11 355 1/31']);
  assert.throws(() => changeQuote(leap, { kind: 'change', quantity: 11 }, '2028-02-28'), (e: unknown) => e instanceof ChangeRefusedError && e.code === 'not-in-period');
});

test('a pre-paid package: more user accounts within the plan cost nothing; a dearer package is prorated over the pre-paid period', () => {
  const prepaid: SubscriptionTerms = { ...seats, billingType: 'reservation', unitPrice: 0, periodFee: 120000, periodStart: '2027-01-15', periodEnd: '2028-01-15', termEnd: '2028-01-15', periodMonths: 12, termMonths: 12 };
  const users = changeQuote(prepaid, { kind: 'change', quantity: 25 }, FEB_1);
  assert.equal(users.direction, 'none');
  assert.equal(users.total.minor, 0);
  // 348 of 365 days left: 0.953424658.
  const up = changeQuote(prepaid, { kind: 'change', plan: { id: 'business', unitPrice: 0, periodFee: 240000 } }, FEB_1);
  assert.deepEqual(minor(up).lines, ['credit 10 -114411 348/365', 'charge 10 228822 348/365']);
  assert.equal(changeQuote(prepaid, { kind: 'change', plan: { id: 'basic', unitPrice: 0, periodFee: 60000 } }, FEB_1).applies, 'term-end');
});

test('zero- and three-decimal currencies are prorated to their own minor unit', () => {
  const jpy = changeQuote({ ...seats, currency: 'JPY', unitPrice: 1000 }, { kind: 'change', quantity: 13 }, FEB_1);
  assert.deepEqual(minor(jpy).lines, ['credit 10 -4516 14/31', 'charge 13 5871 14/31']); // ¥4,516 and ¥5,871
  const kwd = changeQuote({ ...seats, currency: 'KWD', unitPrice: 30000 }, { kind: 'change', quantity: 11 }, FEB_1);
  assert.deepEqual(minor(kwd).lines, ['credit 10 -135484 14/31', 'charge 11 149032 14/31']); // 135.484 and 149.032 KWD
  assert.equal(kwd.dueNow.minor, 13548);
});

test('bad input is a RangeError naming it', () => {
  assert.throws(() => changeQuote(seats, { kind: 'change', quantity: -1 }, FEB_1), /quantity must be a whole number/);
  assert.throws(() => changeQuote(seats, { kind: 'change', quantity: 1.5 }, FEB_1), /quantity must be a whole number/);
  assert.throws(() => changeQuote(seats, { kind: 'change', quantity: 1 }, '2027-2-1'), /effective date must be a calendar date/);
  assert.throws(() => changeQuote({ ...seats, termEnd: '2027-02-01' }, { kind: 'change', quantity: 1 }, FEB_1), /term ends/);
});

// Properties over every billing type, 0-, 2- and 3-decimal currencies, and any day of a period.
const subscription = fc
  .record({
    billingType: fc.constantFrom(...BILLING_TYPE_IDS),
    currency: fc.constantFrom('USD', 'JPY', 'KWD'),
    start: fc.integer({ min: 0, max: 4000 }),
    periodMonths: fc.constantFrom(1, 3, 12),
    periodsLeft: fc.integer({ min: 0, max: 3 }),
    day: fc.integer({ min: 0, max: 400 }),
    quantity: fc.integer({ min: 0, max: 10_000 }),
    unitPrice: fc.integer({ min: 0, max: 10_000_000 }),
    periodFee: fc.integer({ min: 0, max: 100_000_000 }),
    periodMax: fc.integer({ min: 0, max: 10_000 }),
    autoRenew: fc.boolean(),
  })
  .map((r) => {
    const periodStart = addDays('2024-01-01', r.start);
    const periodEnd = addMonths(periodStart, r.periodMonths);
    const today = addDays(periodStart, r.day % daysBetween(periodStart, periodEnd));
    const sub: SubscriptionTerms = {
      billingType: r.billingType,
      currency: r.currency,
      planId: 'a',
      quantity: r.quantity,
      unitPrice: r.unitPrice,
      periodFee: r.periodFee,
      periodStart,
      periodEnd,
      termEnd: addMonths(periodEnd, r.periodMonths * r.periodsLeft),
      periodMonths: r.periodMonths,
      termMonths: r.periodMonths * (r.periodsLeft + 1),
      periodMaxQuantity: Math.max(r.quantity, r.periodMax),
      autoRenew: r.autoRenew,
    };
    return { sub, today };
  });
const target = fc.record({ quantity: fc.integer({ min: 0, max: 10_000 }), unitPrice: fc.integer({ min: 0, max: 10_000_000 }), periodFee: fc.integer({ min: 0, max: 100_000_000 }) });

test('property: no minor unit lost or created; due now and credit balance split the total', () => {
  fc.assert(
    fc.property(subscription, target, ({ sub, today }, t) => {
      const q = changeQuote(sub, { kind: 'change', quantity: t.quantity, plan: { id: 'b', unitPrice: t.unitPrice, periodFee: t.periodFee } }, today);
      assert.equal(q.total.minor, q.lines.reduce((s, l) => s + l.amount.minor, 0));
      assert.equal(q.dueNow.minor - q.creditBalance.minor, q.total.minor);
      assert.ok(q.dueNow.minor >= 0 && q.creditBalance.minor >= 0 && (q.dueNow.minor === 0 || q.creditBalance.minor === 0));
    }),
    { numRuns: 3000 },
  );
});

test('property: a credit never exceeds what was paid for the unused part of the period', () => {
  fc.assert(
    fc.property(subscription, target, ({ sub, today }, t) => {
      const q = changeQuote(sub, { kind: 'change', quantity: t.quantity, plan: { id: 'b', unitPrice: t.unitPrice, periodFee: t.periodFee } }, today);
      for (const l of q.lines.filter((x) => x.kind === 'credit')) {
        const paid = l.periodFee.minor + l.unitPrice.minor * l.quantity; // the whole period, at the period's highest quantity
        const credit = -l.amount.minor;
        assert.ok(credit <= paid, `credit ${credit} > paid ${paid}`);
        if (l.proration) {
          // Unused share of what was paid, within the rounding to the minor unit.
          const unused = (paid * l.proration.days) / l.proration.periodDays;
          assert.ok(credit <= unused + 0.5 + paid * 1e-9, `credit ${credit} > unused ${unused}`);
        }
      }
    }),
    { numRuns: 3000 },
  );
});

test('property: a change to the same plan and quantity costs zero and changes nothing', () => {
  fc.assert(
    fc.property(subscription, ({ sub, today }) => {
      const q = changeQuote(sub, { kind: 'change', quantity: sub.quantity }, today);
      assert.equal(q.direction, 'none');
      assert.equal(q.applies, 'now');
      assert.equal(q.lines.length, 0);
      assert.equal(q.total.minor, 0);
      if (CHANGE_RULES[sub.billingType].pricing === 'prorate' || CHANGE_RULES[sub.billingType].timing === 'advance')
        if (q.nextCharge && sub.periodEnd < sub.termEnd) assert.equal(q.nextCharge.amount.minor, (sub.periodFee ?? 0) + sub.quantity * sub.unitPrice);
    }),
    { numRuns: 2000 },
  );
});

test('property: upgrading then downgrading on the same day nets to zero where decreases credit now', () => {
  const immediate = BILLING_TYPE_IDS.filter((id) => CHANGE_RULES[id].decrease === 'now');
  fc.assert(
    fc.property(subscription, target, ({ sub: s, today }, t) => {
      const sub = { ...s, billingType: immediate[t.quantity % immediate.length]! };
      const up = changeQuote(sub, { kind: 'change', quantity: sub.quantity + 1 + t.quantity, plan: { id: 'b', unitPrice: sub.unitPrice + t.unitPrice, periodFee: (sub.periodFee ?? 0) + t.periodFee } }, today);
      const upgraded = { ...sub, planId: up.after.planId, quantity: up.after.quantity, unitPrice: up.after.unitPrice.minor, periodFee: up.after.periodFee.minor };
      const down = changeQuote(upgraded, { kind: 'change', quantity: sub.quantity, plan: { id: sub.planId, unitPrice: sub.unitPrice, periodFee: sub.periodFee ?? 0 } }, today);
      assert.equal(up.total.minor + down.total.minor, 0);
      assert.equal(down.applies, 'now');
    }),
    { numRuns: 2000 },
  );
});

test('subscriptionTerms: the billing period a change date falls in, on the billing day, never past the term end', () => {
  const record = subscriptionRecord({ anchorDate: '2027-01-31', billingDay: 31, termEnd: '2028-01-31' });
  const period = (today: string, r: Partial<Subscription> = {}) => {
    const t = subscriptionTerms({ ...record, ...r }, today);
    return `${t.periodStart}..${t.periodEnd}`;
  };
  assert.equal(period('2027-01-31'), '2027-01-31..2027-02-28');
  assert.equal(period('2027-02-27'), '2027-01-31..2027-02-28');
  assert.equal(period('2027-02-28'), '2027-02-28..2027-03-31');
  assert.equal(period('2027-03-15'), '2027-02-28..2027-03-31');
  assert.equal(period('2028-01-30'), '2027-12-31..2028-01-31');
  // Before billing starts (postponed billing), the first period.
  assert.equal(period('2027-01-02'), '2027-01-31..2027-02-28');
  assert.equal(changeDate(record, '2027-01-02'), '2027-01-31');
  // Yearly periods in a 3-year term; a pre-paid 12-month period ends with its term.
  assert.equal(period('2029-06-01', { anchorDate: '2028-02-29', billingDay: 29, periodMonths: 12, termMonths: 36, termEnd: '2031-02-28' }), '2029-02-28..2030-02-28');
  assert.equal(period('2027-05-01', { periodMonths: 12, termMonths: 12 }), '2027-01-31..2028-01-31');
  // The preview and the backend price a record the same way.
  const q = changeQuote(subscriptionTerms(record, '2027-03-15'), { kind: 'change', quantity: 12 }, '2027-03-15');
  assert.equal(q.dueNow.minor, 1033); // 16 of 31 days left (0.516129032): −$51.61 + $61.94
});

test('a record whose term has ended is refused as ended, not as an empty period (subscriptionTerms clamps the period to the term end)', () => {
  const ended = subscriptionRecord({ anchorDate: '2026-03-31', billingDay: 31, termEnd: '2027-03-31' });
  for (const today of ['2027-03-31', '2027-04-15']) {
    for (const change of [{ kind: 'renew' }, { kind: 'change', quantity: 12 }] as const) {
      assert.throws(() => changeQuote(subscriptionTerms(ended, today), change, changeDate(ended, today)), (e: unknown) => e instanceof ChangeRefusedError && e.code === 'ended', `${today} ${change.kind}`);
    }
  }
});

// Plans priced by tiers (issue 22): a change is valued by the plan's price model.
const GRADUATED = { model: 'graduated' as const, tiers: [{ upTo: 10, unitPrice: 1000 }, { upTo: null, unitPrice: 800, flat: 2000 }] };

test('a plan priced by graduated tiers: 10 → 12 seats credits the tiers’ price of 10 and charges that of 12, prorated', () => {
  const q = changeQuote({ ...seats, prices: GRADUATED }, { kind: 'change', quantity: 12 }, FEB_1);
  // 10 seats: $100.00 a month; 12: $100.00 + 2 × $8.00 + the second tier's $20.00 = $136.00; 14/31 of each.
  assert.deepEqual(minor(q), { lines: ['credit 10 -4516 14/31', 'charge 12 6142 14/31'], total: 1626, dueNow: 1626, creditBalance: 0, applies: 'now', effectiveDate: FEB_1, next: '2027-02-15 13600' });
  // Moving to a plan priced per unit at $11.00: the new value is 12 × $11.00.
  const flat = changeQuote({ ...seats, prices: GRADUATED }, { kind: 'change', quantity: 12, plan: { id: 'flat', unitPrice: 1100 } }, FEB_1);
  assert.equal(flat.nextCharge?.amount.minor, 13200);
  assert.throws(() => changeQuote({ ...seats, prices: { model: 'volume', tiers: [{ upTo: 5, unitPrice: 1 }] } }, { kind: 'change', quantity: 12 }, FEB_1), /tiers\.0\.upTo/);
});

test('property: a plan priced by one open tier or per unit is the plain unit price, for any change', () => {
  fc.assert(
    fc.property(subscription, target, fc.constantFrom('graduated' as const, 'volume' as const, 'per-unit' as const), ({ sub, today }, t, model) => {
      const as = (unitPrice: number) => (model === 'per-unit' ? { model, unitPrice } : { model, tiers: [{ upTo: null, unitPrice }] });
      const change = (prices: boolean) => ({ kind: 'change' as const, quantity: t.quantity, plan: { id: 'b', unitPrice: t.unitPrice, periodFee: t.periodFee, ...(prices ? { prices: as(t.unitPrice) } : {}) } });
      const quote = (prices: boolean) => {
        try {
          return changeQuote(prices ? { ...sub, prices: as(sub.unitPrice) } : sub, change(prices), today);
        } catch (e) {
          return (e as Error).message;
        }
      };
      assert.deepEqual(quote(true), quote(false));
    }),
    { numRuns: 1000 },
  );
});
