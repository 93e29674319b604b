// Plan versions (#22, point 5): the worked example of docs/billing.md ("Plan versions"), a
// subscription moved to a version's prices priced by changeQuote with versionPrices, and the rule
// that picks the version's unit (the first resource with a recurring fee, else with an overuse fee).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { changeQuote, type SubscriptionTerms } from '../../src/core/change-quote.js';
import { versionPrices } from '../../src/schemas/plan-version.js';
import type { ServicePlan } from '../../src/schemas/plan.js';

const plan = (resources: ServicePlan['resources'], periodFee = 0): Pick<ServicePlan, 'periods' | 'resources'> => ({
  periods: [
    { id: 't', duration: { quantity: 14, unit: 'day' }, endless: false, trial: true, fees: { USD: 0 } },
    { id: 'p', duration: { quantity: 1, unit: 'year' }, endless: false, trial: false, fees: { USD: periodFee } },
  ],
  resources,
});
const devices = (monthly: number): ServicePlan['resources'][number] => ({ resourceId: 'devices', included: 0, minimum: 1, limit: 500, unlimited: false, fees: { recurring: { USD: monthly } } });
const terms: SubscriptionTerms = { billingType: 'csp-annual', currency: 'USD', planId: 'annual', quantity: 12, unitPrice: 5400, periodFee: 0, renewalFee: 0, periodStart: '2027-02-01', periodEnd: '2028-02-01', termEnd: '2028-02-01', billingDay: 1, periodMonths: 12, termMonths: 12, autoRenew: true, renewable: true };
const move = (monthly: number) => changeQuote(terms, { kind: 'change', plan: { id: 'annual', ...versionPrices(plan([devices(monthly)]), 'USD', 12)! } }, '2027-08-01');

test('docs/billing.md, Plan versions: $4.50 → $4.80 a device, moved on 2027-08-01', () => {
  const doc = readFileSync('docs/billing.md', 'utf8');
  assert.match(doc, /## Plan versions/);
  const before = changeQuote(terms, { kind: 'change' }, '2027-08-01').nextCharge!;
  assert.deepEqual([before.date, before.amount.minor], ['2028-02-01', 64800]);
  const q = move(480);
  assert.equal(q.applies, 'now');
  assert.deepEqual(q.lines.map((l) => [l.kind, l.proration, l.amount.minor]), [['credit', { days: 184, periodDays: 365 }, -32666], ['charge', { days: 184, periodDays: 365 }, 34844]]);
  assert.equal(q.dueNow.minor, 2178);
  assert.deepEqual([q.nextCharge!.date, q.nextCharge!.amount.minor, q.nextCharge!.amount.minor - before.amount.minor], ['2028-02-01', 69120, 4320]);
  for (const figure of ['$648.00', '−$326.66', '$348.44', '$21.78', '$691.20', '+$43.20', '$576.00', "184 of the period's 365 days"]) assert.ok(doc.includes(figure), `docs/billing.md shows ${figure}`);
  // A lower version is a decrease: a CSP annual waits for the term's end, nothing due today.
  const lower = move(400);
  assert.deepEqual([lower.applies, lower.effectiveDate, lower.dueNow.minor, lower.nextCharge!.amount.minor], ['term-end', '2028-02-01', 0, 57600]);
});

test('versionPrices: the first resource with a recurring fee in the currency, a month × the period; else overuse; the paid period fee; null without a price', () => {
  const storage: ServicePlan['resources'][number] = { resourceId: 'storage', included: 0, minimum: 0, limit: null, unlimited: true, fees: { overuse: { USD: 2 } } };
  const renewing = { ...devices(450), fees: { recurring: { USD: 450 }, renewal: { USD: 1000 } } };
  assert.deepEqual(versionPrices(plan([storage, renewing], 900), 'USD', 12), { unitPrice: 5400, periodFee: 900, renewalFee: 1000 });
  assert.deepEqual(versionPrices(plan([storage]), 'USD', 1), { unitPrice: 2, periodFee: 0, renewalFee: 0 });
  assert.equal(versionPrices(plan([devices(450)]), 'EUR', 12), null);
});

test('versionPrices: a fee priced by tiers or packages gives no unit price, so its subscriptions are not moved at a wrong one', () => {
  const storage: ServicePlan['resources'][number] = { resourceId: 'storage', included: 0, minimum: 0, limit: null, unlimited: true, fees: { overuse: { USD: 2 } } };
  const tiered = { ...devices(450), fees: { recurring: {} }, pricing: { recurring: { model: 'graduated' as const, tiers: [{ upTo: 10, prices: { USD: 500 } }, { upTo: null, prices: { USD: 400 } }] } } };
  // Before: the tiered fee was skipped and the overuse fee of another resource taken as the unit price.
  assert.equal(versionPrices(plan([tiered, storage]), 'USD', 12), null);
  const packaged = { ...devices(450), pricing: { recurring: { model: 'package' as const, blockSize: 10 } } };
  assert.equal(versionPrices(plan([packaged]), 'USD', 12), null);
  const perUnit = { ...devices(450), pricing: { recurring: { model: 'per-unit' as const } } };
  assert.deepEqual(versionPrices(plan([perUnit]), 'USD', 12), { unitPrice: 5400, periodFee: 0, renewalFee: 0 });
});
