import { expect } from '@open-wc/testing';
import {
  checkDomain,
  customerDetailsSchema,
  newOrganizationSchema,
  orderInputSchema,
  servicePlanSchema,
  type ServicePlan,
  validate,
} from '../../src/schemas/index.js';
import { availableLanguages, defineMessages, loadLanguage, missingMessages, registerMessages, translate } from '../../src/i18n/index.js';

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
      'periods.1.endless': 'A service plan can have only one endless period.',
      'periods.2.endless': 'A trial period cannot be endless.',
      'periods.2.fees.USD': 'A trial period is free: its fees must be 0.',
      'periods.3.duration.quantity': 'Set a duration or turn on Endless.',
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
    const a = defineMessages({ title: 'A' }, { title: 'A-es' }, 'test-a');
    const b = defineMessages({ title: 'B' }, { title: 'B-es' }, 'test-b');
    expect([a('en', 'title'), b('en', 'title'), b('es', 'title')]).to.deep.equal(['A', 'B', 'B-es']);
  });
});
