/**
 * Each widget walked by keyboard from first focus to completion, with a failed submit, a
 * backend failure and a locale switch on the way: where focus lands, what it is called, and
 * exactly what the status regions say, compared with the transcript on record.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../components/license-purchase/define.js';
import '../../components/order-form/define.js';
import '../../components/sale-wizard/define.js';
import '../../components/license-list/define.js';
import '../../components/sales-list/define.js';
import '../../components/service-plan-editor/define.js';
import '../../components/service-plan-list/define.js';
import '../../components/subscription-change/define.js';
import '../../components/subscription-list/define.js';
import type { LicenseList } from '../../components/license-list/license-list.js';
import type { LicensePurchase } from '../../components/license-purchase/license-purchase.js';
import type { OrderForm } from '../../components/order-form/order-form.js';
import type { SaleWizard } from '../../components/sale-wizard/sale-wizard.js';
import type { SalesList } from '../../components/sales-list/sales-list.js';
import type { ServicePlanEditor } from '../../components/service-plan-editor/service-plan-editor.js';
import type { ServicePlanList } from '../../components/service-plan-list/service-plan-list.js';
import type { SubscriptionChange } from '../../components/subscription-change/subscription-change.js';
import type { SubscriptionList } from '../../components/subscription-list/subscription-list.js';
import type { RouteName } from '../../src/adapter/demo/faults.js';
import type { DemoStore } from '../../src/adapter/demo/store.js';
import type { ChannelkitProvider } from '../../src/context/index.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { fillBasic, fillCloud, next, toQuantity } from '../components/flows.js';
import { control, deepActive, field, fill, mount, radio, root, tabTo } from '../components/helpers.js';
import { mountList, settled } from '../components/list-helpers.js';
import { type Heard, Walk } from './walk.js';

const { press, type } = Walk;

/** Dates move with the day the suite runs: recorded as <date>. */
const undated = (s: string) => s.replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/g, '<date>');

/** No sentence said twice in a row within a step, and nothing but prices said while typing. */
function checkNoRepeats(heard: Heard[]) {
  for (const h of heard) for (let i = 1; i < h.said.length; i++) expect(h.said[i], `"${h.step}" says the same twice`).not.to.equal(h.said[i - 1]);
}

/** Tab to Next, Enter; answers the condition "focus moved on (to the next step's heading, or the problems)". */
async function pressNext(el: Element): Promise<() => unknown> {
  const next = root(el).querySelector('[part=next-button]');
  await tabTo(() => next, 60);
  await press('Enter');
  return () => deepActive() !== next;
}

/**
 * The end every walk shares: the page switches to Spanish and back (nothing may be said or lost),
 * then `submit` (the widget's submit button, by its words in each language) meets a backend
 * failure on `route`, and Retry completes the flow (`done`: the success shows).
 */
async function switchFailRetry(walk: Walk, r: { el: HTMLElement; store: DemoStore; provider: ChannelkitProvider }, o: { submit: [string, string]; route: RouteName; what: string; done: () => unknown }) {
  const { el, store, provider } = r;
  const submit = () => root(el).querySelector('[part=submit-button]');
  const shows = (words: string) => () => submit()?.textContent?.includes(words);
  await walk.step('The page switches to Spanish', async () => (provider.locale = 'es'), { until: shows(o.submit[1]) });
  await walk.step('And back to English', async () => (provider.locale = 'en'), { until: shows(o.submit[0]) });
  store.setFault(o.route, { kind: 'server', times: 1 });
  await walk.step(`Tab to ${o.submit[0]}, Enter: the backend fails`, async () => {
    await tabTo(submit, 80);
    await press('Enter');
  }, { until: () => root(el).querySelector('#failure') && deepActive() !== submit() });
  await walk.step(`Tab to Retry, Enter: ${o.what}`, async () => {
    await tabTo(() => root(el).querySelector('#failure')?.shadowRoot?.querySelector('button'), 10);
    await press('Enter');
  }, { until: o.done, speaks: true });
}

/** The list shows a settled page (or its failure). */
const listIdle = (el: Element) => () => root(el).querySelector('.list-body[aria-busy=false]');

/**
 * How every list walk starts: the count said on load; a search typed key by key (one count, once
 * the list settles, never per key); the search cleared (every `row` again); the Status filter
 * set to Active with the arrow key.
 */
async function searchAndFilter(walk: Walk, el: HTMLElement & { updateComplete: Promise<unknown> }, word: string, row: string) {
  const idle = listIdle(el);
  await walk.step('The list loads', () => settled(el), { speaks: true });
  await walk.step(`Tab to Search, type "${word}"`, async () => {
    await tabTo(() => root(el).querySelector('[part=search]'), 20);
    await type(word);
  }, { until: idle, speaks: true });
  await walk.step(`Select all, Delete: every ${row} again`, async () => {
    await Walk.selectAll();
    await press('Delete');
  }, { until: idle, speaks: true });
  await walk.step('Tab to Status, Arrow Down: Active', async () => {
    await tabTo(() => root(el).querySelector('[part=filter]'), 10);
    await press('ArrowDown');
  }, { until: idle, speaks: true });
}

/** How every list walk ends: Retry after a backend failure (`what` then happens), then Spanish and back. */
async function retryAndSwitch(walk: Walk, el: HTMLElement, provider: ChannelkitProvider, what: string) {
  const failure = () => root(el).querySelector('#failure');
  await walk.step(`Tab to Retry, Enter: ${what}`, async () => {
    await tabTo(() => failure()?.shadowRoot?.querySelector('button'), 10);
    await press('Enter');
  }, { until: () => !failure() && listIdle(el)(), speaks: true });
  await walk.step('The page switches to Spanish', async () => (provider.locale = 'es'));
  await walk.step('And back to English', async () => (provider.locale = 'en'));
}

async function compare(walk: Walk, name: string) {
  const onRecord = await walk.finish(name);
  checkNoRepeats(walk.heard);
  expect(walk.insertedWithText, 'live regions inserted together with their text').to.deep.equal([]);
  expect(walk.heard, `the ${name} walk as heard (CK_RECORD_A11Y=1 records it; review the diff)`).to.deep.equal(onRecord);
}

describe('keyboard walks, as a screen reader hears them', function () {
  this.timeout(60000); // a walk is a minute of key presses and pauses on a slow machine, not a timing
  before(() => loadLanguage('es'));

  it('<order-form>: choose Cloud, a failed submit, the summary, a locale switch, a backend failure, completion', async () => {
    const r = await mount<OrderForm>(html`<order-form></order-form>`, 'order-form');
    const { el } = r;
    await waitUntil(() => root(el).querySelector('[part=order-button]'), 'offers', { timeout: 4000 });
    const walk = new Walk(el, (s) => undated(s).replace(/ORD-[\w-]+/g, 'ORD-…'));
    const button = (sel: string) => () => root(el).querySelector(sel);
    await walk.step('Tab to the Cloud offer', () => tabTo(button('[part=order-button]')));
    await walk.step('Enter: the Cloud order form opens', () => press('Enter'), { until: () => root(el).querySelector('form') });
    await walk.step('Tab to Order subscription, Enter with nothing filled', async () => {
      await tabTo(button('[part=submit-button]'), 60);
      await press('Enter');
    }, { until: () => root(el).querySelector('ck-error-summary:not([hidden])') });
    await walk.step('Tab to the first problem, Enter', () => press('Tab', 'Enter'));
    await walk.step('Space: choose it', () => press('Space'));
    await walk.step('Fill in the rest of the order', () => fillCloud(el), { price: true });
    await walk.step('In Domain, select all and type "bücher.de" key by key', async () => {
      await tabTo(() => control(el, 'domain'), 60);
      await Walk.selectAll();
      await type('bücher.de');
    });
    await switchFailRetry(walk, r, { submit: ['Order subscription', 'Pedir'], route: 'create-order', what: 'the order is placed', done: () => root(r.el).querySelector('[part=success]') });
    await compare(walk, 'order-form');
  });

  it('<sale-wizard>: a failed Next, the combobox kept on Tab, a line added, a locale switch, a backend failure, completion', async () => {
    const r = await mount<SaleWizard>(html`<sale-wizard></sale-wizard>`, 'sale-wizard');
    const { el } = r;
    await waitUntil(() => root(el).querySelector('[part=next-button]'), 'the wizard', { timeout: 4000 });
    const walk = new Walk(el, undated);
    await walk.step('Tab to Organization', () => tabTo(() => control(el, 'organizationId')));
    let moved: () => unknown = () => true;
    await walk.step('Tab to Next steps, Enter with nothing chosen', async () => (moved = await pressNext(el)), { until: () => moved() });
    await walk.step('Tab to the first problem, Enter', () => press('Tab', 'Enter'));
    await walk.step('Type "tailspin"', () => type('tailspin'), {
      until: () => field(el, 'organizationId').shadowRoot!.querySelector('[role=option]'),
    });
    await walk.step('Tab: the highlighted organization is kept', () => press('Tab'), { speaks: true });
    await walk.step('Tab to Next steps, Enter', async () => (moved = await pressNext(el)), { until: () => moved() });
    await walk.step('Choose a distribution and 2 users, Enter on Add distribution', async () => {
      await tabTo(() => control(el, 'pending.distributionId'), 60);
      await press('ArrowDown');
      await tabTo(() => control(el, 'pending.users'), 60);
      await press('ArrowUp');
      await tabTo(() => root(el).querySelector('[data-action=add-distribution]'), 60);
      await press('Enter');
    }, { price: true });
    await walk.step('Tab to Next steps, Enter', async () => (moved = await pressNext(el)), { until: () => moved() });
    await walk.step('Choose a billing method, type a sale name', async () => {
      await tabTo(() => control(el, 'billingMethodId'), 60);
      await press('ArrowDown');
      await tabTo(() => control(el, 'name'), 60);
      await type('Tailspin walk');
    });
    await walk.step('Tab to Next steps, Enter: the review', async () => (moved = await pressNext(el)), { until: () => moved() });
    await switchFailRetry(walk, r, { submit: ['Create new sale', 'Crear'], route: 'create-sale', what: 'the sale is registered', done: () => root(r.el).querySelector('[part=success]') });
    await compare(walk, 'sale-wizard');
  });

  it('<license-purchase>: a failed Next, the steps, a locale switch, a backend failure, completion', async () => {
    const r = await mount<LicensePurchase>(html`<license-purchase></license-purchase>`, 'license-purchase');
    const { el } = r;
    await waitUntil(() => root(el).querySelector('[part=start-button]'), 'the Buy button', { timeout: 4000 });
    const walk = new Walk(el, undated);
    const part = (p: string) => () => root(el).querySelector(`[part=${p}]`);
    let moved: () => unknown = () => true;
    await walk.step('Tab to Buy, Enter', async () => {
      await tabTo(part('start-button'));
      await press('Enter');
    }, { until: () => root(el).querySelector('ck-steps') });
    await walk.step('Tab to Next, Enter with no contract chosen', async () => (moved = await pressNext(el)), { until: () => moved() });
    await walk.step('Tab to the first problem, Enter', () => press('Tab', 'Enter'));
    await walk.step('Space: choose it', () => press('Space'));
    await walk.step('Tab to Next, Enter', async () => (moved = await pressNext(el)), { until: () => moved() });
    await walk.step('Choose the account, Enter on Save account', async () => {
      await tabTo(() => control(el, 'accountId'), 60);
      await type('Contoso Ltd — H');
      await tabTo(part('save-account-button'), 60);
      await press('Enter');
    }, { speaks: true, until: () => root(el).textContent?.includes('Saved:') || root(el).querySelector('[part=save-account-button]')?.getAttribute('aria-disabled') === 'false' });
    await walk.step('Tab to Next, Enter', async () => (moved = await pressNext(el)), { until: () => moved() && root(el).querySelector('[data-path=productId]') });
    await walk.step('Arrow Down: choose Managed Tablet', async () => {
      await tabTo(() => field(el, 'productId').shadowRoot!.querySelector('input'), 60);
      await press('ArrowDown');
    });
    await walk.step('Tab to Next, Enter', async () => (moved = await pressNext(el)), { until: () => moved() });
    await walk.step('Arrow Up in Quantity', async () => {
      await tabTo(() => control(el, 'quantity'), 60);
      await press('ArrowUp');
    }, { price: true });
    await walk.step('Tab to Next, Enter: the preview', async () => (moved = await pressNext(el)), { until: () => moved() && root(el).querySelector('[part=preview]') });
    await switchFailRetry(walk, r, { submit: ['Buy', 'Comprar'], route: 'purchase', what: 'the licenses are bought', done: () => root(r.el).querySelector('[part=success]') });
    await compare(walk, 'license-purchase');
  });

  it('<service-plan-editor>: Save with nothing filled, the summary, a locale switch, a backend failure, completion', async () => {
    const r = await mount<ServicePlanEditor>(html`<service-plan-editor product-id="prod-backup"></service-plan-editor>`, 'service-plan-editor');
    const { el } = r;
    await waitUntil(() => root(el).querySelector('[part=submit-button]'), 'the editor', { timeout: 4000 });
    const walk = new Walk(el, undated);
    const save = () => () => root(el).querySelector('[part=submit-button]');
    await walk.step('Tab to Name', () => tabTo(() => control(el, 'name')));
    await walk.step('Tab to Save, Enter with nothing filled', async () => {
      await tabTo(save(), 80);
      await press('Enter');
    }, { until: () => root(el).querySelector('ck-error-summary:not([hidden])') });
    await walk.step('Tab to the first problem, Enter', () => press('Tab', 'Enter'));
    await walk.step('Type "Backup Pro" key by key', () => type('Backup Pro'));
    await walk.step('Fill in the rest of the plan', () => fillBasic(el), { price: true });
    await switchFailRetry(walk, r, { submit: ['Save', 'Guardar'], route: 'save-plan', what: 'the plan is saved', done: () => root(r.el).querySelector('#done-heading') });
    await compare(walk, 'service-plan-editor');
  });

  it('<subscription-change>: Confirm with nothing changed, the summary, more user accounts with the preview said, a locale switch, a backend failure, completion', async () => {
    // A post-paid SaaS order (charged in arrears at the month's highest count): its preview does not depend on the day.
    const r = await mountList<SubscriptionChange>(html`<subscription-change subscription-id="sub-seed-001"></subscription-change>`, 'subscription-change');
    const { el } = r;
    await waitUntil(() => root(el).querySelector('[part=current]'), 'the subscription', { timeout: 4000 });
    const walk = new Walk(el, undated);
    const confirm = () => root(el).querySelector('[part=submit-button]');
    await walk.step('Tab to User accounts', () => tabTo(() => control(el, 'quantity')));
    await walk.step('Tab to Confirm change, Enter with nothing changed', async () => {
      await tabTo(confirm, 20);
      await press('Enter');
    }, { until: () => root(el).querySelector('ck-error-summary:not([hidden])') });
    await walk.step('Tab to the problem, Enter', () => press('Tab', 'Enter'));
    await walk.step('Select all, type "30": the preview is said', async () => {
      await Walk.selectAll();
      await type('30');
    }, { price: true });
    await switchFailRetry(walk, r, { submit: ['Confirm change', 'Confirmar el cambio'], route: 'change-subscription', what: 'the change is made', done: () => root(r.el).querySelector('#done-heading') });
    await compare(walk, 'subscription-change');
  });

  it('<sales-list>: the list loads, a search, a sale opened, the next page, a locale switch', async () => {
    const { el, provider } = await mountList<SalesList>(html`<sales-list></sales-list>`, 'sales-list');
    const walk = new Walk(el, undated);
    const busy = () => root(el).querySelector('.list-body[aria-busy=true]');
    await walk.step('The list loads', () => settled(el), { speaks: true });
    await walk.step('Tab to Search, type "contoso"', async () => {
      await tabTo(() => root(el).querySelector('[part=search]'), 20);
      await type('contoso');
    }, { until: () => !busy(), speaks: true }); // the count of the new page is said once it settles
    await walk.step('Tab to the first sale, Enter', async () => {
      await tabTo(() => root(el).querySelector('[part=row-button]'), 40);
      await press('Enter');
    }, { until: () => deepActive() !== root(el).querySelector('[part=row-button]') });
    await walk.step('The page switches to Spanish', async () => (provider.locale = 'es'));
    await walk.step('And back to English', async () => (provider.locale = 'en'));
    await compare(walk, 'sales-list');
  });

  it('<license-list>: the list loads, a search, a filter, Buy in place and Back, a purchase, a backend failure with Retry, a locale switch', async () => {
    const { el, store, provider } = await mountList<LicenseList>(html`<license-list account-id="acc-contoso-hq" create-in-place></license-list>`, 'license-list');
    const walk = new Walk(el, undated);
    const q = (selector: string) => () => root(el).querySelector(selector);
    const idle = listIdle(el);
    await searchAndFilter(walk, el, 'phone', 'line');
    await walk.step('Tab to Buy, Enter: the purchase opens in place', async () => {
      await tabTo(q('[part=buy-button]'), 10);
      await press('Enter');
    }, { until: q('license-purchase') });
    await walk.step('Enter on Back: the list again', () => press('Enter'), { until: () => !q('license-purchase')() && idle() });
    await walk.step('Enter on Buy again', () => press('Enter'), { until: () => q('license-purchase')()?.shadowRoot?.querySelector('ck-steps') });
    await walk.step('The purchase of 3 laptop licenses filled in, Tab to its Buy', async () => {
      const purchase = q('license-purchase')() as LicensePurchase;
      await toQuantity(purchase);
      await fill(purchase, 'quantity', '3');
      await next(purchase);
      await radio(purchase, 'stockChoice', 'new-purchase');
      await next(purchase);
      // The preview's Buy (the purchase's shadow root holds another submit button for its done screen).
      const buy = () => [...purchase.shadowRoot!.querySelectorAll<HTMLElement>('[part=submit-button]')].find((b) => b.textContent?.trim() === 'Buy');
      await tabTo(buy, 20);
    });
    await walk.step('Enter on Buy: back to the list with the new licenses', () => press('Enter'), { until: () => !q('license-purchase')() && idle() && q('tr.marked')(), speaks: true });
    store.setFault('license-batches', { kind: 'server', times: 1 });
    await walk.step('Tab to the Days left column, Enter: the backend fails', async () => {
      await tabTo(q('[data-sort=daysLeft]'), 20);
      await press('Enter');
    }, { until: q('#failure') }); // said by the focus moved to it, not a second time at once
    await retryAndSwitch(walk, el, provider, 'the sorted list');
    await compare(walk, 'license-list');
  });

  it('<service-plan-list>: the list loads, a search, a filter, a plan opened and Back, a deactivation confirmed, a backend failure with Retry, a locale switch', async () => {
    const { el, store, provider } = await mountList<ServicePlanList>(html`<service-plan-list product-id="prod-backup" create-in-place></service-plan-list>`, 'service-plan-list');
    const walk = new Walk(el, undated);
    const q = (selector: string) => () => root(el).querySelector(selector);
    const idle = listIdle(el);
    const dialogOpen = () => !!root(el).querySelector('#active-dialog')?.shadowRoot?.querySelector('dialog[open]');
    await searchAndFilter(walk, el, 'standard', 'plan');
    await walk.step('Tab to the first plan, Enter: its editor opens in place', async () => {
      await tabTo(q('[part=row-button]'), 20);
      await press('Enter');
    }, { until: q('service-plan-editor') });
    await walk.step('Enter on Back: the list again', () => press('Enter'), { until: () => !q('service-plan-editor')() && idle() });
    await walk.step('Tab to its Deactivate, Enter: the question', async () => {
      await tabTo(q('[part=active-button]'), 20);
      await press('Enter');
    }, { until: dialogOpen });
    await walk.step('Escape: nothing changes', () => press('Escape'), { until: () => !dialogOpen() });
    await walk.step('Enter again, Tab to Deactivate, Enter: deactivated', async () => {
      await press('Enter');
      await waitUntil(dialogOpen, 'the question', { timeout: 2000 });
      await press('Tab', 'Enter');
    }, { until: () => !dialogOpen() && idle(), speaks: true });
    store.setFault('set-plan-active', { kind: 'server', times: 1 });
    await walk.step('Tab to the next Deactivate, Enter, Tab, Enter: the backend fails', async () => {
      await tabTo(q('[part=active-button]'), 30);
      await press('Enter');
      await waitUntil(dialogOpen, 'the question', { timeout: 2000 });
      await press('Tab', 'Enter');
    }, { until: q('#failure'), speaks: true });
    await retryAndSwitch(walk, el, provider, 'deactivated');
    await compare(walk, 'service-plan-list');
  });

  it('<subscription-list>: the list loads, a search, a filter, a subscription opened in place and Back, a backend failure with Retry, a locale switch', async () => {
    const { el, store, provider } = await mountList<SubscriptionList>(html`<subscription-list create-in-place></subscription-list>`, 'subscription-list');
    const walk = new Walk(el, undated);
    const q = (selector: string) => () => root(el).querySelector(selector);
    const idle = listIdle(el);
    await searchAndFilter(walk, el, 'saas', 'subscription');
    store.setFault('list-subscriptions', { kind: 'server', times: 1 });
    await walk.step('Tab to the Term ends column, Enter: the backend fails', async () => {
      await tabTo(q('[data-sort=termEnd]'), 20);
      await press('Enter');
    }, { until: q('#failure') });
    await retryAndSwitch(walk, el, provider, 'the list sorted');
    await walk.step('Tab to the first subscription, Enter: its change opens in place', async () => {
      await tabTo(q('[part=row-button]'), 20);
      await press('Enter');
    }, { until: () => q('subscription-change')()?.shadowRoot?.querySelector('[part=current]') });
    await walk.step('Enter on Back: the list again, on the same row', () => press('Enter'), { until: () => !q('subscription-change')() && idle() });
    await compare(walk, 'subscription-list');
  });
});
