import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  checkDomain,
  customerDetailsSchema,
  nameKey,
  nameText,
  newContactSchema,
  newOrganizationSchema,
  orderInputSchema,
  planContextSchema,
  servicePlanSchema,
  servicePlanShape,
  type ServicePlan,
  validate,
} from '../../src/schemas/index.js';
import { availableLanguages, defineMessages, isolate, loadLanguage, missingMessages, registerMessages, translate } from '../../src/i18n/index.js';
import { sameDraft, setAtPath } from '../../src/ui/draft-path.js';
import { languageName } from '../../src/ui/language-name.js';

const plan = (over: Partial<ServicePlan> = {}): ServicePlan => ({
  id: null,
  productId: 'prod-backup',
  name: 'Backup',
  active: true,
  description: { en: 'Cloud backup' },
  billingType: 'csp-monthly',
  sku: 'BKP',
  periods: [{ id: 'p1', duration: { quantity: 1, unit: 'month' }, endless: false, trial: false, fees: { USD: 0, EUR: 0 } }],
  resources: [{ resourceId: 'r1', included: 0, minimum: 1, limit: 10, unlimited: false, fees: { recurring: { USD: 100, EUR: 90 } } }],
  ...over,
});
const errorsOf = (p: unknown, locale = 'en') => {
  const r = validate(servicePlanSchema({ currencies: ['USD', 'EUR'] }), p, locale);
  return r.ok ? {} : r.errors;
};

describe('schemas', () => {
  it('accepts a valid service plan', () => {
    expect(errorsOf(plan())).to.deep.equal({});
  });

  it('checks every plan rule, each on its own field, all at once', () => {
    const errors = errorsOf(
      plan({
        name: ' ',
        sku: '',
        description: { en: '', es: 'Copia' },
        periods: [
          { id: 'a', duration: null, endless: true, trial: false, fees: {} },
          { id: 'b', duration: null, endless: true, trial: false, fees: {} },
          { id: 'c', duration: null, endless: true, trial: true, fees: { USD: 100 } },
          { id: 'd', duration: null, endless: false, trial: false, fees: {} },
        ],
        resources: [
          { resourceId: 'r1', included: 5, minimum: 2, limit: 1, unlimited: false, fees: {} },
          { resourceId: 'r2', included: 0, minimum: 0, limit: null, unlimited: false, fees: { setup: { USD: 1 } } },
        ],
      }),
    );
    expect(errors).to.deep.equal({
      name: 'This field is required.',
      sku: 'This field is required.',
      'description.en': 'Enter the description in English: it is used for every language without its own.',
      // Periods that are not trials need a fee in every vendor currency.
      'periods.0.fees.USD': 'Enter the plan period fee in USD.',
      'periods.0.fees.EUR': 'Enter the plan period fee in EUR.',
      'periods.1.endless': 'A service plan can have only one endless period.',
      'periods.1.fees.USD': 'Enter the plan period fee in USD.',
      'periods.1.fees.EUR': 'Enter the plan period fee in EUR.',
      'periods.2.endless': 'A trial period cannot be endless.',
      'periods.2.fees.USD': 'A trial period is free: its fees must be 0.',
      'periods.3.duration.quantity': 'Set a duration or turn on Endless.',
      'periods.3.fees.USD': 'Enter the plan period fee in USD.',
      'periods.3.fees.EUR': 'Enter the plan period fee in EUR.',
      'resources.0.minimum': 'Units minimum cannot be less than Units included.',
      'resources.0.limit': 'Units limit cannot be less than Units minimum. Turn on Unlimited for no limit.',
      'resources.0.fees': 'Select at least one type of fee.',
      'resources.1.limit': 'Enter a Units limit or turn on Unlimited.',
      'resources.1.fees.setup.EUR': 'Enter the Setup fee in EUR.',
    });
    expect(errorsOf(plan({ periods: [] })).periods).to.equal('A service plan needs at least one plan period.');
  });

  it('speaks Spanish once its catalog is loaded', async () => {
    expect(errorsOf(plan({ name: '' }), 'es').name).to.be.a('string');
    await loadLanguage('es');
    expect(errorsOf(plan({ name: '' }), 'es').name).to.equal('Este campo es obligatorio.');
    expect(errorsOf(plan({ periods: [] }), 'es-MX').periods).to.equal('Un plan de servicio necesita al menos un periodo.');
  });

  it('validates organizations and customer details with specific messages', () => {
    const r = validate(newOrganizationSchema, { name: 'Acme', email: 'not-an-email', country: 'spain', phone: 'call me' });
    expect(r.ok).to.equal(false);
    if (!r.ok) {
      expect(r.errors).to.deep.equal({
        email: 'Enter an email address like name@example.com.',
        country: 'Choose a country.',
        phone: 'Enter a phone number with digits, spaces, +, -, ( or ).',
      });
    }
    const ok = validate(customerDetailsSchema, { companyName: ' Acme ', contactName: 'Ana', email: 'ana@acme.io', country: 'ES' });
    expect(ok.ok && ok.value).to.deep.include({ companyName: 'Acme', phone: '', address: '' });
    const wrong = validate(customerDetailsSchema, { companyName: 7 });
    expect(!wrong.ok && wrong.errors.companyName).to.equal('This value is missing or has the wrong type.');
  });

  it('checks domains with care: bare names, no scheme or path, international names', () => {
    expect(checkDomain('example.com')).to.deep.equal({ ok: true, unicode: 'example.com', ascii: 'example.com' });
    expect(checkDomain(' Example.COM. ')).to.deep.include({ ok: true, ascii: 'example.com' });
    expect(checkDomain('bücher.de')).to.deep.equal({ ok: true, unicode: 'bücher.de', ascii: 'xn--bcher-kva.de' });
    expect(checkDomain('例え.テスト')).to.deep.include({ ok: true });
    expect(checkDomain('https://example.com')).to.deep.equal({ ok: false, code: 'domain.scheme' });
    expect(checkDomain('example.com/login')).to.deep.equal({ ok: false, code: 'domain.path' });
    expect(checkDomain('example.com:8080')).to.deep.equal({ ok: false, code: 'domain.path' });
    expect(checkDomain('admin@example.com')).to.deep.equal({ ok: false, code: 'domain.path' });
    expect(checkDomain('exa mple.com')).to.deep.equal({ ok: false, code: 'domain.spaces' });
    expect(checkDomain('localhost')).to.deep.equal({ ok: false, code: 'domain.noDot' });
    expect(checkDomain('-bad.com')).to.deep.equal({ ok: false, code: 'domain.label' });
    expect(checkDomain('under_score.com')).to.deep.equal({ ok: false, code: 'domain.label' });
    expect(checkDomain('example.c0m')).to.deep.equal({ ok: false, code: 'domain.tld' });
    expect(checkDomain(`${'a'.repeat(64)}.com`)).to.deep.equal({ ok: false, code: 'domain.label' });
    expect(checkDomain('')).to.deep.equal({ ok: false, code: 'domain.empty' });
  });

  it('puts domain errors on the domain field of an order', () => {
    const r = validate(orderInputSchema, {
      kind: 'cloud',
      currency: 'USD',
      paymentMethod: 'pre-paid',
      packageId: 'p',
      postponedBilling: false,
      dataCenterId: 'dc',
      domain: 'http://acme.com',
      adminUsername: '9admin',
      sendCredentialsToAuthor: true,
      customer: { companyName: 'Acme', contactName: 'Ana', email: 'ana@acme.io', country: 'ES' },
    });
    expect(!r.ok && r.errors).to.deep.equal({
      domain: 'Enter the domain without http:// or https://, e.g. example.com.',
      adminUsername: 'Use letters, digits, dots, hyphens or underscores, starting with a letter.',
    });
  });

  it('has every message in Spanish, and takes new locales', async () => {
    await loadLanguage('es');
    expect(availableLanguages()).to.include.members(['en', 'es']);
    expect(missingMessages('es')).to.deep.equal([]);
    registerMessages('de', { 'v.required': 'Dieses Feld ist erforderlich.' });
    expect(translate('de-AT', 'v.required')).to.equal('Dieses Feld ist erforderlich.');
    expect(translate('de', 'v.email')).to.equal('Enter an email address like name@example.com.');
    // Namespaced modules cannot overwrite each other's keys.
    const a = defineMessages({ title: 'A' }, { es: { title: 'A-es' } }, 'test-a');
    const b = defineMessages({ title: 'B' }, { es: { title: 'B-es' } }, 'test-b');
    expect([a('en', 'title'), b('en', 'title'), b('es', 'title')]).to.deep.equal(['A', 'B', 'B-es']);
  });
});

// Issue 25 items 3 and 5, issue 13 item 10: names as the schemas store and compare them, keys
// from data read as own properties only, and the plan rules a backend gets too.
const org = { name: 'Lakeside', email: 'a@lakeside.edu', country: 'ES', city: '', phone: '', vatNumber: '' };

describe('names: normalised, invisible characters stripped, bidi controls refused', () => {
  it('stores names in NFC without invisible format characters', () => {
    const r = validate(newContactSchema, { firstName: 'Jose\u0301\u200B', lastName: '\u2060Ruiz\u00AD', email: 'jose@example.com', phone: '' });
    expect(r.ok && [r.value.firstName, r.value.lastName]).to.deep.equal(['Jos\u00E9', 'Ruiz']);
    // Joiners that scripts and emoji need stay.
    const persian = validate(newOrganizationSchema, { ...org, name: 'می\u200Cخواهم' });
    expect(persian.ok && persian.value.name).to.equal('می\u200Cخواهم');
  });

  it('a required name of only invisible characters is required', () => {
    const r = validate(newOrganizationSchema, { ...org, name: '\u200B\u2060\u200E\u200F\u00AD\uFEFF' });
    expect(r.ok ? {} : r.errors).to.deep.equal({ name: 'This field is required.' });
  });

  it('refuses bidi controls in names, SKUs and domains with a message that says why, in English and Spanish', async () => {
    const r = validate(newOrganizationSchema, { ...org, name: 'Lakeside\u202E 12' });
    expect(r.ok ? '' : r.errors.name).to.equal('Remove the invisible text-direction characters (such as U+202E).');
    await loadLanguage('es');
    const es = validate(newOrganizationSchema, { ...org, name: '\u2067Lakeside' }, 'es');
    expect(es.ok ? '' : es.errors.name).to.contain('dirección del texto');
    expect(errorsOf(plan({ sku: 'BKP\u200F' })).sku).to.contain('text-direction');
    expect(errorsOf(plan({ name: 'Backup\u202D' })).name).to.contain('text-direction');
    expect(checkDomain('exa\u202Emple.com')).to.deep.equal({ ok: false, code: 'v.bidi' });
  });

  it('compares names in one form: NFD, zero-width and case variants are the same name', () => {
    expect(nameKey('Cafe\u0301 Contoso')).to.equal(nameKey('CAF\u00C9\u200B Contoso'));
    expect(nameKey('Backup Pro')).to.not.equal(nameKey('Backup Pro 2'));
  });

  it('isolates string parameters of messages that could reorder the sentence, and only those', () => {
    registerMessages('en', { 'test.keys': '{name} has {count} — {constructor}' });
    expect(translate('en', 'test.keys', { name: 'Ana\u202E', count: 3 })).to.equal('\u2068Ana\u202E\u2069 has 3 — {constructor}');
    expect(translate('en', 'test.keys', { name: 'Ana', count: 3 })).to.equal('Ana has 3 — {constructor}');
    expect(isolate('Ana', 'ar')).to.equal('\u2068Ana\u2069');
    expect(isolate('محمد', 'en')).to.equal('\u2068محمد\u2069');
  });
});

describe('keys from data are own properties only', () => {
  it('field errors at paths named like Object.prototype members each get their message', () => {
    const schema = z.object({ constructor: nameText(10), toString: nameText(10), valueOf: nameText(10) });
    const r = validate(schema, { constructor: '', toString: '', valueOf: 'x'.repeat(11) });
    expect(r.ok ? {} : r.errors).to.deep.equal({ constructor: 'This field is required.', toString: 'This field is required.', valueOf: 'Use at most 10 characters.' });
  });

  it('a draft path through a key named constructor or __proto__ sets an own property', () => {
    const draft = { quantities: {} as Record<string, string> };
    const a = setAtPath(draft, 'quantities.constructor', '5');
    expect(Object.hasOwn(a.quantities, 'constructor') && a.quantities.constructor).to.equal('5');
    const b = setAtPath(draft, 'quantities.__proto__', '7');
    expect(Object.hasOwn(b.quantities, '__proto__') && Object.getOwnPropertyDescriptor(b.quantities, '__proto__')!.value).to.equal('7');
    expect(Object.getPrototypeOf(b.quantities)).to.equal(Object.prototype);
  });

  it('a draft edited and edited back is the same draft; any value that differs (deep, in an array, a key added) is not', () => {
    const base = { name: 'Backup', resources: [{ id: 'r1', fees: { USD: '1.00', EUR: '' } }, { id: 'r2', fees: {} }], tags: ['a'] };
    expect(sameDraft(base, base)).to.equal(true);
    const typed = setAtPath(base, 'resources.0.fees.USD', '1.005');
    expect(typed.resources[1] === base.resources[1], 'unchanged parts shared').to.equal(true);
    expect(sameDraft(typed, base)).to.equal(false);
    expect(sameDraft(setAtPath(typed, 'resources.0.fees.USD', '1.00'), base), 'typed back').to.equal(true);
    expect(sameDraft(setAtPath(base, 'resources.1.fees.USD', ''), base), 'a key added').to.equal(false);
    expect(sameDraft(setAtPath(base, 'tags.1', 'b'), base), 'an array longer').to.equal(false);
    expect(sameDraft({ ...base, tags: {} }, base), 'an object for an array').to.equal(false);
    expect(sameDraft({ ...base, extra: undefined }, base), 'an undefined key is no key, as in JSON').to.equal(true);
    expect(sameDraft({ a: 1, b: 2 }, { b: 2, a: 1 }), 'key order does not matter').to.equal(true);
    expect(sameDraft({ a: '1' }, { a: 1 })).to.equal(false);
    expect(sameDraft(null, {})).to.equal(false);
  });

  it('language codes: Intl-refused codes are refused by the schemas, and any code is named or shown raw', () => {
    const ctx = (languages: string[]) => planContextSchema.safeParse({ product: { id: 'p', name: 'P' }, resources: [], currencies: ['USD'], languages, plans: [] }).success;
    expect(ctx(['en', 'pt-BR', 'es'])).to.equal(true);
    expect(ctx(['en', 'pt_BR'])).to.equal(false);
    expect(ctx(['en', ''])).to.equal(false);
    expect(ctx(['en', 'valueOf'])).to.equal(false);
    expect(servicePlanShape.safeParse(plan({ description: { en: 'x', pt_BR: 'y' } })).success).to.equal(false);
    expect(languageName('en', 'pt-BR')).to.equal('Brazilian Portuguese');
    expect(languageName('en', 'pt_BR')).to.equal('pt_BR');
    expect(languageName('en', '')).to.equal('');
    expect(languageName('en', 'qaa')).to.equal('qaa');
  });
});

describe('plan rules in the shared schema (a backend gets them too)', () => {
  it('a plan needs a period that is not a trial', () => {
    const trialOnly = plan({ periods: [{ id: 'p1', duration: { quantity: 14, unit: 'day' }, endless: false, trial: true, fees: { USD: 0, EUR: 0 } }] });
    expect(errorsOf(trialOnly)).to.deep.equal({ 'periods.0.trial': 'A service plan needs a period that is not a trial.' });
    const withPaid = plan({ periods: [...trialOnly.periods, { id: 'p2', duration: { quantity: 1, unit: 'month' }, endless: false, trial: false, fees: { USD: 100, EUR: 90 } }] });
    expect(errorsOf(withPaid)).to.deep.equal({});
  });

  it('every period that is not a trial has a fee in every vendor currency, each error on its currency', async () => {
    const missing = plan({ periods: [{ id: 'p1', duration: { quantity: 1, unit: 'month' }, endless: false, trial: false, fees: { USD: 0 } }] });
    expect(errorsOf(missing)).to.deep.equal({ 'periods.0.fees.EUR': 'Enter the plan period fee in EUR.' });
    await loadLanguage('es');
    expect(errorsOf(missing, 'es')).to.deep.equal({ 'periods.0.fees.EUR': 'Introduce la tarifa del periodo del plan en EUR.' });
    // A trial period's fees are 0 by rule and need no currency of their own.
    const trial = { id: 't', duration: { quantity: 14, unit: 'day' as const }, endless: false, trial: true, fees: {} };
    expect(errorsOf(plan({ periods: [trial, ...plan().periods] }))).to.deep.equal({});
  });
});
