// What a Node backend gets from channelkit/core and channelkit/schemas (#15, point 8): every quote
// and schedule is plain JSON (no BigInt, no class instance), and validate() says when the locale
// it was asked for is not loaded instead of quietly answering in English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BILLING_TYPE_IDS, chargeSchedule, chargeTotals, licenseQuote, orderQuote, quotePackage, saleLineQuote, type ScheduleInput } from '../../src/core/index.js';
import { isLanguageLoaded, loadLanguage, newOrganizationSchema, validate } from '../../src/schemas/index.js';

/** Fails on anything JSON would drop, change or refuse: BigInt, undefined, functions, non-finite numbers, class instances. */
function assertPlain(value: unknown, path = 'result'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') return assert.ok(Number.isFinite(value), `${path} is a finite number`);
  assert.equal(typeof value, 'object', `${path} is ${typeof value}`);
  const proto = Object.getPrototypeOf(value);
  assert.ok(proto === Object.prototype || proto === Array.prototype, `${path} is a plain object or array`);
  for (const [k, v] of Object.entries(value as object)) assertPlain(v, `${path}.${k}`);
}

function assertJsonRoundTrip(name: string, value: unknown): void {
  assertPlain(value, name);
  assert.deepEqual(JSON.parse(JSON.stringify(value)), value, `${name} survives JSON.stringify`);
}

test('licenseQuote is plain JSON, its exact factor a decimal string', () => {
  const coTermed = licenseQuote({ today: '2025-06-30', currency: 'USD', unitPrice: 12000, termMonths: 12, quantity: 2, existing: { count: 4, endDate: '2028-06-30' } });
  assert.deepEqual(coTermed.factor, { days: 1096, periodDays: 366, decimal: '2.994535519' });
  assertJsonRoundTrip('licenseQuote (co-termed)', coTermed);
  const capped = licenseQuote({ today: '2025-06-15', currency: 'USD', unitPrice: 12000, termMonths: 12, quantity: 1, contractEndDate: '2025-07-06' });
  assert.equal(capped.factor?.decimal, '0.057534247'); // 21 / 365
  assertJsonRoundTrip('licenseQuote (capped)', capped);
  assertJsonRoundTrip('licenseQuote (full term)', licenseQuote({ today: '2025-06-15', currency: 'KWD', unitPrice: 12000, termMonths: 12, quantity: 1 }));
});

test('orderQuote, quotePackage and saleLineQuote are plain JSON', () => {
  const order = { currency: 'USD', monthlyPrice: 1000, perUserPrice: 300, prepaidMonths: 12, users: 5, orderDate: '2025-01-31', postponedBilling: true } as const;
  assertJsonRoundTrip('orderQuote (pre-paid)', orderQuote(order));
  assertJsonRoundTrip('orderQuote (post-paid)', orderQuote({ ...order, paymentMethod: 'post-paid' }));
  const pkg = { monthlyPrice: { USD: 1000, JPY: 1500 }, perUserPrice: { USD: 300 }, prepaidMonths: 12 };
  assertJsonRoundTrip('quotePackage', quotePackage(pkg, { currency: 'JPY', paymentMethod: 'pre-paid', postponedBilling: false }, '2025-02-28', 3));
  assertJsonRoundTrip('saleLineQuote', saleLineQuote({ currency: 'USD', unitPrice: 2500 }, 4));
  assertJsonRoundTrip('saleLineQuote (tiers)', saleLineQuote({ currency: 'USD', unitPrice: 0, tiers: [{ upTo: 10, unitPrice: 2500 }, { upTo: null, unitPrice: 2000 }] }, 12));
});

test('chargeSchedule and chargeTotals are plain JSON for every billing type', () => {
  for (const billingType of BILLING_TYPE_IDS) {
    const base = { billingType, currency: 'USD', activationDate: '2025-03-11', billingDay: 1, term: { quantity: 1, unit: 'year' } } as const;
    const everyFee = { ...base, lines: [{ resourceId: 'seats', quantity: 3, included: 1, recurring: 3000, setup: 500, renewal: 200, overuse: 100, usage: 7 }] };
    // A type that refuses a fee it does not take (tested elsewhere) is given a recurring fee alone.
    const input = accepts(everyFee) ? everyFee : { ...base, lines: [{ resourceId: 'seats', quantity: 3, recurring: 3000 }] };
    const schedule = chargeSchedule(input);
    assert.ok(schedule.charges.length > 0, billingType);
    assertJsonRoundTrip(`chargeSchedule (${billingType})`, schedule);
    assertJsonRoundTrip(`chargeTotals (${billingType})`, chargeTotals(input));
  }
});

function accepts(input: ScheduleInput): boolean {
  try {
    chargeSchedule(input);
    return true;
  } catch (e) {
    assert.ok(e instanceof RangeError, String(e));
    return false;
  }
}

test('channelkit/schemas: validate says when the locale is not loaded, and loadLanguage loads it', async () => {
  const bad = { name: '', email: 'x', country: 'ES' };
  assert.equal(isLanguageLoaded('es'), false);
  const before = validate(newOrganizationSchema, bad, 'es');
  assert.equal(before.ok, false);
  if (!before.ok) {
    assert.equal(before.localeNotLoaded, 'es');
    assert.equal(before.errors.name, 'This field is required.', 'in English until Spanish is loaded');
  }
  await loadLanguage('es');
  assert.equal(isLanguageLoaded('es-MX'), true);
  const after = validate(newOrganizationSchema, bad, 'es-MX');
  assert.deepEqual(after, { ok: false, errors: { name: 'Este campo es obligatorio.', email: 'Introduce un correo electrónico como nombre@ejemplo.com.' } });
  // English is always there; a language without messages is never loaded.
  const english = validate(newOrganizationSchema, bad, 'en-GB');
  assert.ok(!english.ok && english.localeNotLoaded === undefined);
  const german = validate(newOrganizationSchema, bad, 'de');
  assert.ok(!german.ok && german.localeNotLoaded === 'de' && german.errors.name === 'This field is required.');
  assert.deepEqual(validate(newOrganizationSchema, { name: 'Contoso', email: 'a@b.es', country: 'ES' }, 'de').ok, true);
});
