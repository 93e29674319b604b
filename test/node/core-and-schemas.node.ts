// Runs in Node (node:test), once per time zone, to prove the billing core and the schemas give the
// same answers outside the browser and whatever the zone. scripts/test.mjs bundles and runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, addMonths, chargeSchedule, daysBetween, formatDate, licenseQuote, nextBillingDate, saleCancellationDate, today } from '../../src/core/index.js';
import { checkDomain, newOrganizationSchema, servicePlanSchema, validate } from '../../src/schemas/index.js';
import { loadLanguage } from '../../src/i18n/index.js';

const zone = process.env.TZ ?? '(unset)';

test(`calendar dates in ${zone}`, () => {
  assert.equal(addDays('2024-01-10', 365), '2025-01-09');
  assert.equal(saleCancellationDate('2024-01-10'), '2025-01-09');
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
  assert.equal(nextBillingDate('2025-02-10', 31), '2025-02-28');
  // Across this zone's DST changes (US: 2025-03-09, 2025-11-02; EU: 2025-03-30, 2025-10-26).
  assert.equal(daysBetween('2025-03-08', '2025-03-10'), 2);
  assert.equal(daysBetween('2025-10-25', '2025-10-27'), 2);
  assert.equal(addDays('2025-03-09', 1), '2025-03-10');
  assert.equal(addDays('2025-11-02', 1), '2025-11-03');
  assert.equal(formatDate('2025-01-01', 'en'), 'Jan 1, 2025');
  assert.equal(today('Pacific/Kiritimati', new Date(Date.UTC(2025, 0, 1, 11, 30))), '2025-01-02');
});

test(`the worked example in ${zone}`, () => {
  const s = chargeSchedule({
    billingType: 'monthly-commitment',
    currency: 'USD',
    activationDate: '2025-03-11',
    billingDay: 1,
    term: { quantity: 1, unit: 'year' },
    lines: [{ resourceId: 'seats', quantity: 1, recurring: 3000 }],
  });
  assert.equal(s.charges.length, 13);
  assert.deepEqual(
    s.charges.map((c) => c.amount.minor),
    [2032, ...Array(11).fill(3000), 968],
  );
  assert.equal(s.total.minor, 36000);
  const q = licenseQuote({ today: '2025-06-15', currency: 'USD', unitPrice: 12000, termMonths: 12, quantity: 3, existing: { count: 10, endDate: '2025-06-30' } });
  assert.equal(q.endDate, '2025-06-30');
  assert.equal(q.unitPrice.minor, 493); // 12000 x 15/365 = 493.15
  assert.equal(q.total.minor, 1479);
});

test(`schemas validate in Node (${zone})`, async () => {
  // A server loads Spanish once before validating in it.
  await loadLanguage('es');
  const r = validate(newOrganizationSchema, { name: '', email: 'x', country: 'ES' }, 'es');
  assert.equal(r.ok, false);
  if (!r.ok) assert.deepEqual(r.errors, { name: 'Este campo es obligatorio.', email: 'Introduce un correo electrónico como nombre@ejemplo.com.' });
  const plan = validate(servicePlanSchema({ currencies: ['USD'] }), { id: null, productId: 'p', name: 'A', active: true, description: { en: 'x' }, billingType: 'csp-monthly', sku: 'S', periods: [], resources: [] });
  assert.equal(plan.ok, false);
  assert.deepEqual(checkDomain('bücher.de'), { ok: true, unicode: 'bücher.de', ascii: 'xn--bcher-kva.de' });
});
