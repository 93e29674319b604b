import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadLanguage } from '../../src/i18n/index.js';
import '../../components/order-form/define.js';
import type { OrderForm } from '../../components/order-form/order-form.js';
import type { OrderAdapter } from '../../src/adapter/types.js';
import { addDays, addMonths, formatDate } from '../../src/core/index.js';
import { TODAY } from '../support/clock.js';
import { fillCloud } from './flows.js';
import { check, deepActive, field, fill, mount, pick, radio, root, said, shownError, tabTo, text } from './helpers.js';

const ready = async (el: OrderForm) => {
  await waitUntil(() => root(el).querySelector('.cells, form, [part=success]'), 'order form did not load', { timeout: 4000 });
  await el.updateComplete;
};
const open = async (kind: 'cloud' | 'saas', locale = 'en') => {
  const r = await mount<OrderForm>(html`<order-form kind=${kind}></order-form>`, 'order-form', locale);
  await ready(r.el);
  return r;
};
const submitButton = (el: OrderForm) => root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!;
const summary = (el: OrderForm, id: string) => root(el).querySelector(`[data-testid=${id}]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<order-form>', () => {
  it('offers Cloud and SaaS, and explains that on-premise is only renewed or upgraded', async () => {
    const { el } = await mount<OrderForm>(html`<order-form></order-form>`, 'order-form');
    await ready(el);
    const t = text(root(el));
    expect(t).to.contain('Cloud').and.contain('SaaS');
    expect(t).to.contain('We do not sell on-premise orders at the moment, you can only renew or upgrade the current license.');
    await expect(el).to.be.accessible();
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part=renew-button]')!.click());
    const renew = await oneEvent(el, 'renew-requested');
    expect(renew.detail).to.deep.equal({});
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('[part=order-button]')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Order a Cloud subscription', 'Order a SaaS subscription']);
    setTimeout(() => buttons[0]!.click());
    expect((await oneEvent(el, 'order-kind-change')).detail).to.deep.equal({ kind: 'cloud' });
    // Focus moves to the form's heading once the form is painted.
    await waitUntil(() => deepActive()?.id === 'heading', 'focus on the heading', { timeout: 2000 });
    expect(root(el).querySelector('#heading')!.textContent).to.equal('Cloud order');
  });

  it('shows the Cloud fields with the seed defaults and explanations', async () => {
    const { el } = await open('cloud');
    const t = text(root(el));
    expect(t).to.contain('The customer is charged for the maximum quantity of user accounts registered during the past month.');
    expect(t).to.contain('The price is fixed until the end of the pre-paid period.');
    expect(t).to.contain('After one month, the customer has to either cancel or pay the subscription.');
    expect(t).to.contain('Domain information is very important, enter it carefully');
    const dcs = [...field(el, 'dataCenterId').shadowRoot!.querySelectorAll('option')].map((o) => o.textContent);
    expect(dcs).to.deep.equal(['Choose…', 'Frankfurt — Germany (EU)', 'Dublin — Ireland (EU)', 'Virginia — United States', 'Singapore — Singapore']);
    const plans = [...field(el, 'packageId').shadowRoot!.querySelectorAll('option')].map((o) => o.textContent);
    expect(plans).to.deep.equal(['Choose…', 'Cloud Starter — up to 25 user accounts', 'Cloud Business — up to 250 user accounts', 'Cloud Enterprise — unlimited user accounts']);
    expect(field(el, 'adminUsername').value).to.equal('Admin');
    expect(field(el, 'sendCredentialsToAuthor').value).to.equal(true);
    expect(text(field(el, 'sendCredentialsToAuthor'))).to.contain('Recommended');
    expect(field(el, 'postponedBilling').value).to.equal(false);
    expect(field(el, 'users').closest('form'), 'the user accounts estimate belongs to the order form').to.equal(root(el).querySelector('form'));
    await expect(el).to.be.accessible();
  });

  it('SaaS orders have currency, payment method, plans, postponed billing and customer details, no domain', async () => {
    const { el } = await open('saas');
    expect(root(el).querySelector('[data-path=domain]')).to.equal(null);
    expect(root(el).querySelector('[data-path=dataCenterId]')).to.equal(null);
    const plans = [...field(el, 'packageId').shadowRoot!.querySelectorAll('option')].map((o) => o.textContent);
    expect(plans.slice(1)).to.deep.equal(['SaaS Team — up to 10 user accounts', 'SaaS Professional — up to 100 user accounts', 'SaaS Enterprise — unlimited user accounts']);
    const currencies = [...field(el, 'currency').shadowRoot!.querySelectorAll('option')].map((o) => o.textContent);
    expect(currencies).to.deep.equal(['USD', 'EUR', 'GBP', 'JPY']);
  });

  it('a locale switch with the error summary shown names every field in the new language, as the field’s own label does', async () => {
    // Found by a new-user walk: after a switch the messages were Spanish and the names English
    // ("Company name: Este campo es obligatorio.").
    const { el, provider } = await open('saas');
    submitButton(el).click();
    await waitUntil(() => root(el).querySelector('[part=error-summary]:not([hidden])'), 'summary');
    const company = () => field<HTMLElement & { label: string }>(el, 'customer.companyName').label;
    for (const locale of ['de', 'es']) {
      const before = company();
      await loadLanguage(locale);
      provider.locale = locale;
      const summaryEl = root(el).querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('[part=error-summary]')!;
      await waitUntil(() => company() !== before, `the fields in ${locale}`);
      await el.updateComplete;
      await summaryEl.updateComplete;
      const links = [...summaryEl.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
      expect(links.length).to.be.greaterThan(3);
      for (const b of links) {
        const own = field<HTMLElement & { label: string }>(el, b.dataset.path!).label;
        expect(text(b), locale).to.match(new RegExp(`^${own.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
      }
    }
    expect(provider.locale).to.equal('es');
    expect(text(root(el).querySelector('[part=error-summary]')!.shadowRoot!.querySelector('button')!)).not.to.match(/^Payment method/);
  });

  it('on a failed submit shows every error and focuses the error summary once, whose links lead to each field', async () => {
    const { el, store } = await open('cloud');
    submitButton(el).click();
    await el.updateComplete;
    await aTimeout(20);
    expect(await shownError(el, 'paymentMethod')).to.equal('Choose an option.');
    expect(await shownError(el, 'customer.email')).to.equal('This field is required.');
    expect(await shownError(el, 'domain')).to.equal('Enter the customer’s domain name.');
    const errorSummary = root(el).querySelector<HTMLElement>('[part=error-summary]')!;
    expect(deepActive()).to.equal(errorSummary);
    expect([errorSummary.getAttribute('role'), errorSummary.getAttribute('aria-label'), errorSummary.getAttribute('aria-live')]).to.deep.equal(['group', 'There is a problem', null]);
    const links = [...errorSummary.shadowRoot!.querySelectorAll('button')].map((b) => text(b).trim());
    expect(links.slice(0, 3)).to.deep.equal(['Payment method: Choose an option.', 'Data location: Choose an option.', 'Plans: Choose an option.']);
    expect(links.at(-1)).to.equal('Domain: Enter the customer’s domain name.');
    expect(store.records.orders).to.have.length(0);
    await expect(el).to.be.accessible();
    errorSummary.shadowRoot!.querySelectorAll('button')[3]!.click(); // Company name
    await el.updateComplete;
    expect(deepActive()).to.equal(field(el, 'customer.companyName').shadowRoot!.querySelector('input'));
    await fill(el, 'customer.companyName', 'Acme');
    expect([...errorSummary.shadowRoot!.querySelectorAll('button')].map((b) => text(b).trim()), 'a fixed field leaves the summary').not.to.include('Company name: This field is required.');
    expect(deepActive(), 'and focus stays where the user is').to.equal(field(el, 'customer.companyName').shadowRoot!.querySelector('input'));
  });

  it('validates customer details and the domain with care', async () => {
    const { el } = await open('cloud');
    await fill(el, 'customer.email', 'ana@');
    expect(await shownError(el, 'customer.email')).to.equal('Enter an email address like name@example.com.');
    await fill(el, 'customer.phone', 'call me');
    expect(await shownError(el, 'customer.phone')).to.equal('Enter a phone number with digits, spaces, +, -, ( or ).');
    const cases: [string, string][] = [
      ['https://acme.com', 'Enter the domain without http:// or https://, e.g. example.com.'],
      ['acme.com/login', 'Enter only the domain, without a path, port or @, e.g. example.com.'],
      ['acme', 'Enter a full domain with its ending, e.g. example.com.'],
      ['acme corp.com', 'A domain name cannot contain spaces.'],
      ['-acme.com', 'Each part of the domain must be 1 to 63 letters, digits or hyphens, and cannot start or end with a hyphen.'],
      ['acme.com', ''],
      ['bücher.de', ''],
    ];
    for (const [value, error] of cases) {
      await fill(el, 'domain', value);
      expect(await shownError(el, 'domain'), value).to.equal(error);
    }
    expect(text(field(el, 'domain'))).to.contain('It will be registered as xn--bcher-kva.de.');
    await fill(el, 'adminUsername', '');
    expect(await shownError(el, 'adminUsername')).to.equal('This field is required.');
  });

  it('prices the plan live: worked examples in USD, EUR, GBP and JPY', async () => {
    const { el } = await open('cloud');
    expect(text(root(el).querySelector('[part=price-summary]')!)).to.contain('Choose a plan to see its price.');
    await pick(el, 'packageId', 'pkg-cloud-starter');
    // USD: $49.00 a month; pre-paid 12 months $588.00; post-paid 10 x $3.00.
    expect(summary(el, 'plan-price')).to.equal('$49.00 / month');
    expect(summary(el, 'prepaid')).to.equal('$588.00');
    expect(summary(el, 'postpaid')).to.equal('$30.00 / month');
    expect(summary(el, 'first-charge')).to.equal(formatDate(TODAY, 'en', 'long'));
    await pick(el, 'currency', 'EUR');
    expect(summary(el, 'plan-price')).to.equal('€45.08 / month');
    expect(summary(el, 'prepaid')).to.equal('€540.96');
    expect(summary(el, 'postpaid')).to.equal('€27.60 / month');
    await pick(el, 'currency', 'GBP');
    await fill(el, 'users', '25');
    expect(summary(el, 'plan-price')).to.equal('£38.71 / month');
    expect(summary(el, 'prepaid')).to.equal('£464.52');
    expect(summary(el, 'postpaid')).to.equal('£59.25 / month');
    await pick(el, 'currency', 'JPY');
    await pick(el, 'packageId', 'pkg-cloud-business');
    expect(summary(el, 'plan-price')).to.equal('¥29,850 / month');
    expect(summary(el, 'prepaid')).to.equal('¥358,200');
    expect(summary(el, 'postpaid')).to.equal('¥9,375 / month');
    await fill(el, 'users', '2.5');
    expect(await shownError(el, 'users')).to.equal('Enter a whole number of user accounts from 1 to 1,000,000.');
  });

  it('postponed billing moves the first charge a month later', async () => {
    const { el } = await open('saas');
    await pick(el, 'packageId', 'pkg-saas-team');
    await check(el, 'postponedBilling');
    const first = addMonths(TODAY, 1);
    expect(summary(el, 'first-charge')).to.equal(`${formatDate(first, 'en', 'long')}Free until ${formatDate(first, 'en', 'long')}`);
  });

  it('post-paid is charged in arrears: the first charge is a month in, for that month’s user accounts, and the backend agrees', async () => {
    const { el, store } = await open('cloud');
    await fillCloud(el);
    await radio(el, 'paymentMethod', 'post-paid');
    const first = addMonths(TODAY, 1);
    expect(summary(el, 'first-charge')).to.equal(formatDate(first, 'en', 'long'));
    expect(summary(el, 'first-charge-basis')).to.equal(`The most user accounts registered from ${formatDate(TODAY, 'en', 'long')} to ${formatDate(addDays(first, -1), 'en', 'long')} (post-paid, in arrears)`);
    await check(el, 'postponedBilling');
    const later = addMonths(TODAY, 2);
    expect(summary(el, 'first-charge')!.startsWith(formatDate(later, 'en', 'long'))).to.equal(true);
    await radio(el, 'paymentMethod', 'pre-paid');
    expect(summary(el, 'first-charge-basis')).to.equal(`12 months from ${formatDate(first, 'en', 'long')}, in advance (pre-paid)`);
    await radio(el, 'paymentMethod', 'post-paid');
    setTimeout(() => submitButton(el).click());
    const { detail } = await oneEvent(el, 'order-created');
    expect(detail.order.firstChargeDate).to.equal(later);
    expect(store.records.orders).to.have.length(1);
    await el.updateComplete;
    expect(said(el), 'the completion is said once, politely, as the heading says it').to.equal(text(root(el).querySelector('#done-heading')!).trim());
  });

  it('credentials: the customer’s contact person is a choice too, and the success says who gets them', async () => {
    const { el, store } = await open('cloud');
    await fillCloud(el);
    expect(field(el, 'sendCredentialsToCustomer').value).to.equal(true);
    await check(el, 'sendCredentialsToCustomer');
    setTimeout(() => submitButton(el).click());
    const { detail } = await oneEvent(el, 'order-created');
    expect(detail.order.credentialsSentTo).to.deep.equal([]);
    expect(detail.order.credentialsToAuthor).to.equal(true);
    await el.updateComplete;
    expect(text(root(el).querySelector('[part=success]')!)).to.contain('sent by email to you (the account manager)');
    expect(store.records.orders).to.have.length(1);
  });

  it('a SaaS order asks for the currency before the payment method, in the seed’s order', async () => {
    const { el } = await open('saas');
    const paths = [...root(el).querySelectorAll('[data-path]')].map((n) => n.getAttribute('data-path'));
    expect(paths.indexOf('currency')).to.be.greaterThan(-1);
    expect(paths.indexOf('currency')).to.be.lessThan(paths.indexOf('paymentMethod'));
    await expect(el).to.be.accessible();
  });

  it('with draft-key the order survives a reload, and a reload after a lost answer orders once', async () => {
    sessionStorage.clear();
    const { el, store, provider } = await mount<OrderForm>(html`<order-form kind="cloud" draft-key="o1"></order-form>`, 'order-form');
    await ready(el);
    await fillCloud(el);
    el.remove();
    const again = document.createElement('order-form') as OrderForm;
    again.draftKey = 'o1';
    provider.append(again);
    await ready(again);
    expect(again.kind).to.equal('cloud');
    expect(again.draft.customer.companyName).to.equal('Acme Widgets');
    expect(text(root(again))).to.contain('Your unfinished order was restored.');
    // The answer is lost after the order was created; the page reloads and the user orders again.
    store.setFault('create-order', { kind: 'network', after: true, times: 1 });
    submitButton(again).click();
    await waitUntil(() => root(again).querySelector('#failure'), 'failure', { timeout: 4000 });
    expect(store.records.orders).to.have.length(1);
    again.remove();
    const third = document.createElement('order-form') as OrderForm;
    third.draftKey = 'o1';
    provider.append(third);
    await ready(third);
    setTimeout(() => submitButton(third).click());
    await oneEvent(third, 'order-created');
    expect(store.records.orders).to.have.length(1);
    sessionStorage.clear();
  });

  it('Start over empties a restored order; an untouched reload says nothing', async () => {
    sessionStorage.clear();
    const { el, provider } = await mount<OrderForm>(html`<order-form kind="saas" draft-key="o2"></order-form>`, 'order-form');
    await ready(el);
    await fill(el, 'customer.companyName', 'Wingtip');
    el.remove();
    const again = document.createElement('order-form') as OrderForm;
    again.draftKey = 'o2';
    provider.append(again);
    await ready(again);
    [...root(again).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Start over')!.click();
    // Typed data: it asks first.
    const dialog = root(again).querySelector<HTMLElement & { open: boolean }>('#discard-dialog')!;
    await waitUntil(() => dialog.open, 'asked');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    await waitUntil(() => again.draft.customer.companyName === '', 'emptied');
    await again.updateComplete;
    expect(again.draft.customer.companyName).to.equal('');
    expect(text(root(again))).not.to.contain('Your unfinished order was restored.');
    again.remove();
    const third = document.createElement('order-form') as OrderForm;
    third.draftKey = 'o2';
    provider.append(third);
    await ready(third);
    expect(text(root(third))).not.to.contain('Your unfinished order was restored.');
    sessionStorage.clear();
  });

  it('a price changed on the backend since the summary: 409, the new price shown and said, and ordering again creates one order', async () => {
    const { el, store } = await open('cloud');
    await fillCloud(el);
    expect(summary(el, 'plan-price')).to.equal('$49.00 / month');
    store.data.packages.find((p) => p.id === 'pkg-cloud-starter')!.monthlyPrice.USD = 5900;
    submitButton(el).click();
    await waitUntil(() => summary(el, 'price-changed'), 'price changed', { timeout: 4000 });
    await waitUntil(() => summary(el, 'plan-price') === '$59.00 / month', 'new price', { timeout: 4000 });
    expect(summary(el, 'price-changed')).to.equal('The price changed since you looked. Check the new summary, then order again.');
    expect(store.records.orders).to.have.length(0);
    setTimeout(() => submitButton(el).click());
    const { detail } = await oneEvent(el, 'order-created');
    expect(detail.order.monthlyPrice).to.equal(5900);
    expect(store.records.orders).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('orders a Cloud subscription: credentials go by email to the contact and the author', async () => {
    const { el, store } = await open('cloud');
    await fillCloud(el);
    setTimeout(() => submitButton(el).click());
    const { detail } = await oneEvent(el, 'order-created');
    expect(detail.order).to.include({ kind: 'cloud', packageId: 'pkg-cloud-starter', domain: 'acme-widgets.com', companyName: 'Acme Widgets' });
    await el.updateComplete;
    const t = text(root(el));
    expect(t).to.contain(`Cloud subscription ordered: ${detail.order.id}`);
    await waitUntil(() => deepActive() === root(el).querySelector('#done-heading'), 'focus on what happened', { timeout: 2000 });
    expect(said(el)).to.equal(`Cloud subscription ordered: ${detail.order.id}`);
    expect(t).to.contain('The login and password are sent by email to ana@acme-widgets.com and you (the account manager).');
    expect(store.records.orders).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('a domain the backend answers in its ASCII form (xn--) is shown in Unicode on the done card', async () => {
    const { el, provider } = await open('cloud');
    const api = provider.adapter as OrderAdapter;
    const create = api.createOrder.bind(api);
    api.createOrder = async (...args) => ({ ...(await create(...args)), domain: 'xn--bcher-kva.de' });
    await fillCloud(el, 'bücher.de');
    setTimeout(() => submitButton(el).click());
    await oneEvent(el, 'order-created');
    await el.updateComplete;
    const t = text(root(el));
    expect(t).to.contain('bücher.de');
    expect(t).not.to.contain('xn--');
  });

  it('without "Send credentials to the cloud author" only the contact gets them', async () => {
    const { el, store } = await open('cloud');
    await fillCloud(el);
    await check(el, 'sendCredentialsToAuthor');
    setTimeout(() => submitButton(el).click());
    const { detail } = await oneEvent(el, 'order-created');
    expect(detail.order).to.include({ credentialsToAuthor: false });
    expect(store.records.orders[0]!.credentialsSentTo).to.deep.equal(['ana@acme-widgets.com']);
    await el.updateComplete;
    expect(text(root(el))).to.contain('The login and password are sent by email to ana@acme-widgets.com.');
  });

  it('orders a SaaS subscription and shows its Order ID', async () => {
    const { el, store } = await open('saas');
    await radio(el, 'paymentMethod', 'post-paid');
    await pick(el, 'currency', 'EUR');
    await pick(el, 'packageId', 'pkg-saas-pro');
    await fill(el, 'customer.companyName', 'Tailspin');
    await fill(el, 'customer.contactName', 'Luis Gil');
    await fill(el, 'customer.email', 'luis@tailspin.es');
    await pick(el, 'customer.country', 'ES');
    setTimeout(() => submitButton(el).click());
    const { detail } = await oneEvent(el, 'order-created');
    expect(detail.order.id).to.equal(store.records.orders[0]!.id);
    await el.updateComplete;
    expect(text(root(el))).to.contain(`Order ID ${detail.order.id}`).and.contain('Check your email for the Order ID.');
  });

  it('puts 422 messages next to their fields and explains a taken domain on the domain field', async () => {
    const { el, store } = await open('cloud');
    await fillCloud(el, 'contoso.com');
    submitButton(el).click();
    await waitUntil(async () => (await shownError(el, 'domain')) !== '', 'domain error', { timeout: 3000 });
    expect(await shownError(el, 'domain')).to.equal('This domain is already used by another customer.');
    const errorSummary = root(el).querySelector<HTMLElement>('[part=error-summary]')!;
    expect(deepActive(), 'a refused submit focuses the summary').to.equal(errorSummary);
    expect(text(errorSummary).replace(/\s+/g, ' ').trim()).to.equal('There is a problem Domain: This domain is already used by another customer.');
    errorSummary.shadowRoot!.querySelector('button')!.click();
    expect(deepActive()).to.equal(field(el, 'domain').shadowRoot!.querySelector('input'));
    // Editing the domain clears the server's message.
    await fill(el, 'domain', 'acme-new.com');
    expect(await shownError(el, 'domain')).to.equal('');
    store.setFault('create-order', { kind: 'validation', fields: { 'customer.email': 'This mailbox does not accept mail.' }, times: 1 });
    submitButton(el).click();
    await waitUntil(async () => (await shownError(el, 'customer.email')) !== '', 'email error', { timeout: 3000 });
    expect(await shownError(el, 'customer.email')).to.equal('This mailbox does not accept mail.');
    expect(store.records.orders).to.have.length(0);
  });

  it('keeps everything on a network failure and orders once on retry', async () => {
    const { el, store } = await open('cloud');
    await fillCloud(el);
    store.setFault('create-order', { kind: 'network', after: true, times: 1 });
    submitButton(el).click();
    await waitUntil(() => root(el).querySelector('#failure'), 'failure alert', { timeout: 3000 });
    const alert = root(el).querySelector('#failure')!;
    expect(text(alert)).to.contain('The server could not be reached.').and.contain('Nothing you entered was lost.');
    expect(field(el, 'customer.companyName').value).to.equal('Acme Widgets');
    expect(field(el, 'domain').value).to.equal('acme-widgets.com');
    // The order reached the server before the connection dropped: the retry reuses the key.
    expect(store.records.orders).to.have.length(1);
    setTimeout(() => alert.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.click());
    await oneEvent(el, 'order-created');
    expect(store.records.orders).to.have.length(1);
  });

  it('a double click (and Enter) orders once', async () => {
    const { el, store } = await open('cloud');
    await fillCloud(el);
    store.setFault('create-order', { kind: 'latency', ms: 300, times: 1 });
    const b = submitButton(el);
    for (let i = 0; i < 5; i++) b.click();
    b.focus();
    await sendKeys({ press: 'Enter' });
    expect(b.getAttribute('aria-disabled')).to.equal('true');
    await waitUntil(() => root(el).querySelector('[part=success]'), 'success', { timeout: 4000 });
    expect(store.records.orders).to.have.length(1);
  });

  it('can be completed with the keyboard alone', async () => {
    const { el, store } = await mount<OrderForm>(html`<order-form></order-form>`, 'order-form');
    await ready(el);
    const tab = async (n = 1) => {
      for (let i = 0; i < n; i++) await sendKeys({ press: 'Tab' });
    };
    const type = (t: string) => sendKeys({ type: t });
    await tabTo(() => root(el).querySelectorAll('[part=order-button]')[1]); // SaaS "Order"
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'heading', 'focus on the heading', { timeout: 2000 });
    await tab(3); // "Change order type", the currency (first in a SaaS order), then the first payment method
    await sendKeys({ press: 'Space' }); // Post-paid
    await sendKeys({ press: 'ArrowRight' }); // Pre-paid
    await tab(); // plans
    await sendKeys({ press: 'ArrowDown' }); // SaaS Team
    await tab(); // postponed billing
    await sendKeys({ press: 'Space' });
    await tab();
    await type('Wingtip Toys');
    await tab();
    await type('Rosa Diaz');
    await tab();
    await type('rosa@wingtip.mx');
    await tab(2); // phone, country
    await type('Mexico');
    await tab(4); // VAT, address, the summary's user accounts estimate, Order subscription (after the summary since #14)
    expect(deepActive()?.getAttribute('part')).to.equal('submit-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part=success]'), 'success', { timeout: 4000 });
    expect(store.records.orders).to.have.length(1);
    expect(store.records.orders[0]).to.include({ kind: 'saas', paymentMethod: 'pre-paid', packageId: 'pkg-saas-team', postponedBilling: true, companyName: 'Wingtip Toys' });
  });

  it('speaks Spanish', async () => {
    const { el } = await open('cloud', 'es');
    await loadLanguage('es');
    await el.updateComplete;
    const t = text(root(el));
    expect(t).to.contain('Pedido Cloud').and.contain('Forma de pago').and.contain('Ubicación de los datos').and.contain('Enviar las credenciales al autor de la nube');
    await pick(el, 'packageId', 'pkg-cloud-starter');
    expect(summary(el, 'plan-price')).to.equal('49,00 US$ / mes');
  });
});
