// The bench's comparison for `chargeSchedule` (issue 21): a straightforward implementation of the
// same charge schedule on dinero.js v2, for the billing type the bench uses (monthly-commitment:
// billing-day aligned, charged in advance, the first and last stretches prorated). Same rules as
// src/core/schedule.ts: setup once per unit and overuse once per unit above the included ones on
// the first charge, renewal once per unit on the first charge of each renewed term, the plan period
// fee once per term; recurring = price x max(0, quantity - included) x factor, the factor
// days / period days rounded HALF_UP to 9 decimals, the amount HALF_UP to the minor unit.
// Dates are JavaScript Dates in UTC. Written before the core was optimised and not changed since:
// scripts/bench-core.mjs checks that it equals the core charge by charge.
import { add, dinero, halfAwayFromZero, multiply, toSnapshot, transformScale } from 'dinero.js';
import * as currencies from 'dinero.js/currencies';

const DAY = 86_400_000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const parse = (s) => Date.parse(`${s}T00:00:00Z`);
const daysIn = (y, m) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
/** The billing date of month `m` (0-based, may be out of 0..11) of year `y`: its last day when the month is short. */
const billingDate = (y, m, day) => {
  const first = new Date(Date.UTC(y, m, 1));
  const yy = first.getUTCFullYear();
  const mm = first.getUTCMonth();
  return Date.UTC(yy, mm, Math.min(day, daysIn(yy, mm)));
};
const addMonths = (t, n) => {
  const d = new Date(t);
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const y = first.getUTCFullYear();
  const m = first.getUTCMonth();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), daysIn(y, m)));
};
const nextBilling = (t, day) => {
  const d = new Date(t);
  const same = billingDate(d.getUTCFullYear(), d.getUTCMonth(), day);
  return same > t ? same : billingDate(d.getUTCFullYear(), d.getUTCMonth() + 1, day);
};
const previousBilling = (t, day) => {
  const d = new Date(t);
  const same = billingDate(d.getUTCFullYear(), d.getUTCMonth(), day);
  return same <= t ? same : billingDate(d.getUTCFullYear(), d.getUTCMonth() - 1, day);
};

/** Charges of a monthly-commitment subscription with a month or year term, with dinero.js money. */
export function dineroSchedule(input) {
  if (input.billingType !== 'monthly-commitment') throw new Error('the dinero.js comparison schedules monthly-commitment only');
  const currency = currencies[input.currency];
  const money = (amount) => dinero({ amount, currency });
  const months = input.term.unit === 'year' ? 12 * input.term.quantity : input.term.quantity;
  const anchor = parse(input.activationDate);
  const terms = Math.max(1, input.terms ?? 1);
  const charges = [];
  let total = money(0);
  for (let t = 0; t < terms; t++) {
    const start = addMonths(anchor, t * months);
    const end = addMonths(anchor, (t + 1) * months);
    const once = [];
    if (input.periodFee) once.push({ resourceId: null, kind: 'period-fee', quantity: 1, amount: money(input.periodFee) });
    for (const l of input.lines) {
      const above = Math.max(0, l.quantity - (l.included ?? 0));
      if (t === 0) {
        if (l.setup) once.push({ resourceId: l.resourceId, kind: 'setup', quantity: l.quantity, amount: multiply(money(l.setup), l.quantity) });
        if (l.overuse && above > 0) once.push({ resourceId: l.resourceId, kind: 'overuse', quantity: above, amount: multiply(money(l.overuse), above) });
      } else if (l.renewal) {
        once.push({ resourceId: l.resourceId, kind: 'renewal', quantity: l.quantity, amount: multiply(money(l.renewal), l.quantity) });
      }
    }
    let s = start;
    let first = true;
    while (s < end) {
      const fullStart = previousBilling(s, input.billingDay);
      const fullEnd = nextBilling(s, input.billingDay);
      const e = fullEnd < end ? fullEnd : end;
      const whole = s === fullStart && e === fullEnd;
      const days = Math.round((e - s) / DAY);
      const periodDays = Math.round((fullEnd - fullStart) / DAY);
      const nanos = Math.floor((2 * days * 1e9 + periodDays) / (2 * periodDays));
      const lines = first ? [...once] : [];
      for (const l of input.lines) {
        const q = Math.max(0, l.quantity - (l.included ?? 0));
        if (!l.recurring || !q) continue;
        const base = multiply(money(l.recurring), q);
        const amount = whole ? base : transformScale(multiply(base, { amount: nanos, scale: 9 }), currency.exponent, halfAwayFromZero);
        lines.push({ resourceId: l.resourceId, kind: 'recurring', quantity: q, amount });
      }
      const amount = lines.reduce((sum, x) => add(sum, x.amount), money(0));
      total = add(total, amount);
      charges.push({
        date: iso(s),
        periodStart: iso(s),
        periodEnd: iso(e),
        proration: whole ? null : { days, periodDays },
        lines,
        amount,
      });
      s = e;
      first = false;
    }
  }
  return { charges, total };
}

/** Minor units of a dinero amount at the currency's own scale. */
export function minorUnits(d) {
  const { amount, scale, currency } = toSnapshot(d);
  if (scale !== currency.exponent) throw new Error(`unexpected scale ${scale}`);
  return amount;
}
