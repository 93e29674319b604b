import { expect } from '@open-wc/testing';
import { type BillingTypeId, chargeSchedule, type ScheduleInput, BILLING_TYPE_IDS, ScheduleInputError } from '../../src/core/index.js';

const year = { quantity: 1, unit: 'year' } as const;
const base = (billingType: BillingTypeId, over: Partial<ScheduleInput> = {}): ScheduleInput => ({
  billingType,
  currency: 'USD',
  activationDate: '2025-03-11',
  billingDay: 1,
  term: year,
  lines: [{ resourceId: 'seats', quantity: 1, recurring: 3000 }],
  ...over,
});
const summary = (input: ScheduleInput) => {
  const s = chargeSchedule(input);
  return { s, dates: s.charges.map((c) => c.date), amounts: s.charges.map((c) => c.amount.minor), total: s.total.minor };
};
const monthly = (from: string, count: number, day: string) => {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (let i = 0; i < count; i++) {
    out.push(`${y}-${String(m).padStart(2, '0')}-${day}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
};

describe('chargeSchedule: the worked examples', () => {
  it('monthly-commitment, $30/month, billing day 1, activation 2025-03-11: 13 charges, $360.00', () => {
    const { s, dates, amounts, total } = summary(base('monthly-commitment'));
    expect(s.charges).to.have.length(13);
    expect(dates).to.deep.equal(['2025-03-11', ...monthly('2025-04', 11, '01'), '2026-03-01']);
    expect(amounts).to.deep.equal([2032, ...Array(11).fill(3000), 968]);
    expect(s.charges[0]).to.include({ periodStart: '2025-03-11', periodEnd: '2025-04-01' });
    expect(s.charges[0]!.proration).to.deep.equal({ days: 21, periodDays: 31 });
    expect(s.charges[12]).to.include({ periodStart: '2026-03-01', periodEnd: '2026-03-11' });
    expect(s.charges[12]!.proration).to.deep.equal({ days: 10, periodDays: 31 });
    expect(total).to.equal(36000);
    expect(s.termEnd).to.equal('2026-03-11');
  });

  it('monthly-commitment-monthly-interval: 12 charges of $30.00 on the 11th', () => {
    const { dates, amounts, total } = summary(base('monthly-commitment-monthly-interval'));
    expect(dates).to.deep.equal(monthly('2025-03', 12, '11'));
    expect(amounts).to.deep.equal(Array(12).fill(3000));
    expect(total).to.equal(36000);
  });

  it('monthly-commitment starting on the billing day has 12 whole charges', () => {
    const { amounts } = summary(base('monthly-commitment', { activationDate: '2025-03-01' }));
    expect(amounts).to.deep.equal(Array(12).fill(3000));
  });

  it('csp-monthly and non-refund: monthly from the activation day, in advance', () => {
    for (const t of ['csp-monthly', 'non-refund'] as const) {
      const { dates, amounts } = summary(base(t));
      expect(dates).to.deep.equal(monthly('2025-03', 12, '11'));
      expect(amounts).to.deep.equal(Array(12).fill(3000));
    }
  });

  it('csp-annual: one yearly charge of 12 months in advance', () => {
    const { s, dates, amounts } = summary(base('csp-annual', { terms: 2 }));
    expect(dates).to.deep.equal(['2025-03-11', '2026-03-11']);
    expect(amounts).to.deep.equal([36000, 36000]);
    expect(s.charges[0]!.lines[0]!.unitPrice.minor).to.equal(36000);
  });

  it('reservation: the whole term at ordering, day-based terms prorated', () => {
    expect(summary(base('reservation')).amounts).to.deep.equal([36000]);
    // 45 days from 2025-03-11 = 1 month + 14 of the 30 days from 04-11 to 05-11.
    const { s, amounts } = summary(base('reservation', { term: { quantity: 45, unit: 'day' } }));
    expect(amounts).to.deep.equal([3000 + 1400]);
    expect(s.charges[0]!.lines[0]!.multiplier).to.equal('1.466666667');
    expect(s.termEnd).to.equal('2025-04-25');
  });

  it('non-recurring: one payment at activation', () => {
    const { s, dates, amounts } = summary(base('non-recurring', { lines: [{ resourceId: 'lic', quantity: 2, recurring: 3000, setup: 5000 }] }));
    expect(dates).to.deep.equal(['2025-03-11']);
    expect(amounts).to.deep.equal([2 * 5000 + 2 * 3000]);
    expect(s.charges[0]!.periodEnd).to.equal('2026-03-11');
  });

  it('license-based-monthly: first and last stretches charged as whole months', () => {
    const { dates, amounts, total } = summary(base('license-based-monthly'));
    expect(dates).to.deep.equal(['2025-03-11', ...monthly('2025-04', 11, '01'), '2026-03-01']);
    expect(amounts).to.deep.equal(Array(13).fill(3000));
    expect(total).to.equal(39000);
  });

  it('pay-in-full: free until the next billing day, then whole months', () => {
    const { s, amounts, total } = summary(base('pay-in-full'));
    expect(s.charges[0]).to.include({ kind: 'free', periodStart: '2025-03-11', periodEnd: '2025-04-01' });
    expect(amounts).to.deep.equal([0, ...Array(12).fill(3000)]);
    expect(total).to.equal(36000);
    // Setup is still charged on the first charge.
    const withSetup = chargeSchedule(base('pay-in-full', { lines: [{ resourceId: 'r', quantity: 1, recurring: 3000, setup: 999 }] }));
    expect(withSetup.charges[0]!.amount.minor).to.equal(999);
  });

  it('g-suite and eset-isp-monthly: billing-day aligned, prorated, in arrears', () => {
    for (const t of ['g-suite', 'eset-isp-monthly'] as const) {
      const { dates, amounts, total } = summary(base(t));
      expect(dates).to.deep.equal([...monthly('2025-04', 12, '01'), '2026-03-11']);
      expect(amounts).to.deep.equal([2032, ...Array(11).fill(3000), 968]);
      expect(total).to.equal(36000);
    }
  });

  it('payg-internal: average units x hours x unit fee per hour, in arrears', () => {
    const { s, amounts, total } = summary(base('payg-internal', { lines: [{ resourceId: 'vm', quantity: 3, recurring: 2 }] }));
    expect(s.charges[0]!.date).to.equal('2025-04-01');
    expect(amounts[0]).to.equal(3 * 24 * 21 * 2); // 21 days
    expect(s.charges[0]!.lines[0]).to.include({ kind: 'usage', multiplier: '504' });
    expect(total).to.equal(3 * 24 * 365 * 2);
    const used = chargeSchedule(base('payg-internal', { lines: [{ resourceId: 'vm', quantity: 3, usage: 1, included: 0, recurring: 2 }] }));
    expect(used.total.minor).to.equal(24 * 365 * 2);
  });

  it('payg-external: units per month x unit fee, partial months prorated, in arrears', () => {
    const { amounts, total } = summary(base('payg-external', { lines: [{ resourceId: 'gb', quantity: 1, usage: 40, recurring: 150 }] }));
    expect(amounts).to.deep.equal([4065, ...Array(11).fill(6000), 1935]);
    expect(total).to.equal(72000);
  });

  it('has a rule for every one of the thirteen billing types', () => {
    expect(BILLING_TYPE_IDS).to.have.length(13);
    for (const t of BILLING_TYPE_IDS) expect(chargeSchedule(base(t)).charges.length).to.be.greaterThan(0);
  });
});

describe('chargeSchedule: fees, trials, renewals, edges', () => {
  it('charges setup, overuse and renewal once, included units free, trial free', () => {
    const s = chargeSchedule({
      billingType: 'csp-monthly',
      currency: 'USD',
      activationDate: '2025-01-15',
      billingDay: 1,
      trial: { quantity: 14, unit: 'day' },
      term: { quantity: 2, unit: 'month' },
      terms: 2,
      lines: [{ resourceId: 'seats', quantity: 3, included: 1, recurring: 1000, setup: 500, overuse: 300, renewal: 100 }],
    });
    expect(s.charges.map((c) => [c.kind, c.date, c.amount.minor])).to.deep.equal([
      ['trial', '2025-01-15', 0],
      ['charge', '2025-01-29', 2000 + 1500 + 600],
      ['charge', '2025-02-28', 2000],
      ['charge', '2025-03-29', 2000 + 300],
      ['charge', '2025-04-29', 2000],
    ]);
    expect(s.termStart).to.equal('2025-01-29');
    expect(s.total.minor).to.equal(10400);
  });

  it('charges the plan period fee once per term', () => {
    const s = chargeSchedule(base('csp-monthly', { periodFee: 1200, terms: 2, term: { quantity: 1, unit: 'month' } }));
    expect(s.charges.map((c) => c.amount.minor)).to.deep.equal([4200, 4200]);
    expect(s.charges[0]!.lines[0]).to.include({ kind: 'period-fee', resourceId: null });
  });

  it('month-end billing day in a leap year', () => {
    const s = chargeSchedule(base('monthly-commitment', { activationDate: '2024-02-10', billingDay: 31, term: { quantity: 3, unit: 'month' } }));
    expect(s.charges.map((c) => [c.periodStart, c.periodEnd])).to.deep.equal([
      ['2024-02-10', '2024-02-29'],
      ['2024-02-29', '2024-03-31'],
      ['2024-03-31', '2024-04-30'],
      ['2024-04-30', '2024-05-10'],
    ]);
    expect(s.charges.map((c) => c.amount.minor)).to.deep.equal([1966, 3000, 3000, 968]);
  });

  it('works in zero- and three-decimal currencies', () => {
    const jpy = chargeSchedule(base('monthly-commitment', { currency: 'JPY' }));
    expect(jpy.charges.map((c) => c.amount.minor)).to.deep.equal([2032, ...Array(11).fill(3000), 968]);
    const kwd = chargeSchedule(base('monthly-commitment', { currency: 'KWD', lines: [{ resourceId: 's', quantity: 1, recurring: 30000 }] }));
    expect(kwd.charges.map((c) => c.amount.minor)).to.deep.equal([20323, ...Array(11).fill(30000), 9677]);
    expect(kwd.total.minor).to.equal(360000);
  });

  it('schedules an endless plan up to its horizon with no renewals', () => {
    const s = chargeSchedule(base('reservation', { term: { endless: true, horizon: { quantity: 3, unit: 'month' } }, lines: [{ resourceId: 's', quantity: 1, recurring: 3000, renewal: 50 }] }));
    expect(s.endless).to.equal(true);
    expect(s.charges.map((c) => c.amount.minor)).to.deep.equal([3000, 3000, 3000]);
    expect(s.termEnd).to.equal('2025-06-11');
  });

  it('rejects bad input with the field at fault', () => {
    const bad = (over: Partial<ScheduleInput>) => {
      try {
        chargeSchedule(base('csp-monthly', over));
      } catch (e) {
        expect(e).to.be.instanceOf(ScheduleInputError);
        return (e as ScheduleInputError).field;
      }
      return 'accepted';
    };
    expect(bad({ billingDay: 0 })).to.equal('billingDay');
    expect(bad({ activationDate: '2025-02-30' })).to.equal('activationDate');
    expect(bad({ term: { quantity: 0, unit: 'month' } })).to.equal('term.quantity');
    expect(bad({ lines: [{ resourceId: 'x', quantity: 1.5 }] })).to.equal('lines.0.quantity');
    expect(bad({ lines: [{ resourceId: 'x', quantity: 1, recurring: -1 }] })).to.equal('lines.0.recurring');
  });

  it('refuses a term, horizon or trial in a unit other than day, month or year, and other bad shapes', () => {
    const refused = (over: Partial<ScheduleInput> | Record<string, unknown>) => {
      try {
        chargeSchedule({ ...base('csp-monthly'), ...over } as ScheduleInput);
      } catch (e) {
        expect(e).to.be.instanceOf(ScheduleInputError);
        return [(e as ScheduleInputError).field, (e as Error).message];
      }
      return 'accepted';
    };
    expect(refused({ term: { quantity: 1, unit: 'week' } })).to.deep.equal(['term.unit', 'term.unit must be day, month or year, got "week"']);
    expect(refused({ term: { endless: true, horizon: { quantity: 3, unit: 'weeks' } } })![0]).to.equal('term.horizon.unit');
    expect(refused({ trial: { quantity: 14, unit: 'fortnight' } })![0]).to.equal('trial.unit');
    expect(refused({ term: null })![0]).to.equal('term');
    expect(refused({ term: { endless: false, horizon: { quantity: 3, unit: 'month' } } })![0]).to.equal('term.endless');
    expect(refused({ currency: 'usd' })![0]).to.equal('currency');
    expect(refused({ billingType: 'constructor' })![0]).to.equal('billingType');
    expect(refused({ lines: [{ quantity: 1 }] })![0]).to.equal('lines.0.resourceId');
    expect(refused({ lines: 'seats' })![0]).to.equal('lines');
  });

  it('refuses, with a clear error, a schedule that would end after 9999-12-31', () => {
    const err = (over: Partial<ScheduleInput>) => {
      try {
        chargeSchedule(base('csp-monthly', over));
      } catch (e) {
        return e as ScheduleInputError;
      }
      throw new Error('accepted');
    };
    const long = err({ term: { quantity: 100_000, unit: 'month' } });
    expect(long).to.be.instanceOf(RangeError);
    expect(long.field).to.equal('term');
    expect(long.message).to.equal('a term of 100000 month(s) from 2025-03-11 ends after 9999-12-31, the last date the billing core handles');
    expect(err({ activationDate: '9999-12-31' }).field).to.equal('term');
    expect(err({ activationDate: '9999-12-31', trial: { quantity: 1, unit: 'day' } }).field).to.equal('trial');
    expect(err({ term: { quantity: 1, unit: 'year' }, terms: 8000 }).message).to.match(/^8000 terms of 1 year\(s\) from 2025-03-11 ends after 9999-12-31/);
    expect(err({ term: { quantity: Number.MAX_SAFE_INTEGER, unit: 'year' } }).field).to.equal('term');
    // A term that fits but whose last billing period (needed for proration) would end past the calendar.
    const pastEnd = err({ activationDate: '9999-11-15', term: { quantity: 1, unit: 'month' }, billingType: 'monthly-commitment' });
    expect(pastEnd.field).to.equal('term');
    expect(pastEnd.message).to.equal('a term of 1 month(s) from 9999-11-15: a billing period of its last term ends after 9999-12-31, the last date the billing core handles');
    // The last term that fits is scheduled.
    const last = chargeSchedule(base('csp-annual', { activationDate: '9998-12-31' }));
    expect(last.termEnd).to.equal('9999-12-31');
  });
});

describe('chargeSchedule: renewals keep the anchor day', () => {
  const ends = (input: ScheduleInput) => chargeSchedule(input).charges.map((c) => c.periodEnd);
  const month = { quantity: 1, unit: 'month' } as const;

  it('three 1-month terms from Jan 31 end on each month\'s last day, like one 3-month term', () => {
    const renewed = base('csp-monthly', { activationDate: '2025-01-31', term: month, terms: 3 });
    expect(ends(renewed)).to.deep.equal(['2025-02-28', '2025-03-31', '2025-04-30']);
    expect(ends(base('csp-monthly', { activationDate: '2025-01-31', term: { quantity: 3, unit: 'month' } }))).to.deep.equal(ends(renewed));
    expect(chargeSchedule(renewed).charges.map((c) => c.amount.minor)).to.deep.equal([3000, 3000, 3000]);
  });

  it('keeps the anchor for every billing type aligned to the activation day and for whole-term charges', () => {
    for (const t of ['csp-monthly', 'non-refund', 'monthly-commitment-monthly-interval', 'reservation', 'non-recurring'] as const) {
      const s = chargeSchedule(base(t, { activationDate: '2024-01-31', term: month, terms: 4 }));
      expect(s.charges.map((c) => c.periodStart), t).to.deep.equal(['2024-01-31', '2024-02-29', '2024-03-31', '2024-04-30']);
      expect(s.termEnd).to.equal('2024-05-31');
      if (t !== 'non-recurring') expect(s.charges.map((c) => c.amount.minor), t).to.deep.equal([3000, 3000, 3000, 3000]);
    }
  });

  it('renews 2-month and yearly terms from the anchor (Feb 29 renews on Feb 28, then Feb 29 again), day terms day by day', () => {
    const twoMonths = chargeSchedule(base('csp-monthly', { activationDate: '2025-08-31', term: { quantity: 2, unit: 'month' }, terms: 2 }));
    expect(twoMonths.charges.map((c) => c.periodStart)).to.deep.equal(['2025-08-31', '2025-09-30', '2025-10-31', '2025-11-30']);
    const yearly = chargeSchedule(base('csp-annual', { activationDate: '2024-02-29', terms: 5 }));
    expect(yearly.charges.map((c) => c.date)).to.deep.equal(['2024-02-29', '2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']);
    expect(ends(base('reservation', { activationDate: '2025-01-31', term: { quantity: 30, unit: 'day' }, terms: 3 }))).to.deep.equal(['2025-03-02', '2025-04-01', '2025-05-01']);
  });

  it('anchors at the end of the trial', () => {
    const s = chargeSchedule(base('csp-monthly', { activationDate: '2025-01-01', trial: { quantity: 30, unit: 'day' }, term: month, terms: 3 }));
    expect(s.charges.map((c) => c.periodStart)).to.deep.equal(['2025-01-01', '2025-01-31', '2025-02-28', '2025-03-31']);
  });
});
