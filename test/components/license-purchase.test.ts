import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadLanguage } from '../../src/i18n/index.js';
import '../../components/license-purchase/define.js';
import type { LicensePurchase } from '../../components/license-purchase/license-purchase.js';
import { addDays, addMonths, formatDate, formatMoney, monthOf, prorate, money } from '../../src/core/index.js';
import { expiringLicensesEnd } from '../../src/adapter/demo/seed.js';
import { movableClock, TODAY } from '../support/clock.js';
import { next, toQuantity } from './flows.js';
import { control, deepActive, withoutIsolates, field, fill, mount, mouseClick, pick, radio, root, said, shownError, tabTo, text } from './helpers.js';

const heading = (el: LicensePurchase) => root(el).querySelector('ck-steps')!.shadowRoot!.querySelector('h2')!.textContent!.replace(/\s+/g, ' ').trim();
const loaded = (el: LicensePurchase) => waitUntil(() => root(el).querySelector('ck-steps, ck-alert'), 'loaded', { timeout: 4000 });
/** Where the demo account's 10 laptop licenses end, and how the preview says it. */
const expiring = () => expiringLicensesEnd(TODAY);
const expiringWhen = () => (monthOf(expiring()) === monthOf(TODAY) ? 'this month' : 'next month');

/** From the start to the preview of 3 new laptop licenses for the head office (co-termed). */
async function toPreview(el: LicensePurchase) {
  await toQuantity(el);
  await fill(el, 'quantity', '3');
  await next(el);
  await radio(el, 'stockChoice', 'new-purchase');
  await next(el);
  expect(heading(el)).to.contain('Preview and complete the purchase');
}

async function openFlow(locale = 'en') {
  const r = await mount<LicensePurchase>(html`<license-purchase open></license-purchase>`, 'license-purchase', locale);
  await loaded(r.el);
  return r;
}

describe('<license-purchase>', () => {
  it('shows a Buy button until started, then the flow with focus on the step heading', async () => {
    const { el } = await mount<LicensePurchase>(html`<license-purchase></license-purchase>`, 'license-purchase');
    const start = root(el).querySelector<HTMLButtonElement>('[part=start-button]')!;
    expect(start.textContent).to.equal('Buy');
    await el.start();
    await loaded(el);
    await aTimeout(10);
    expect(heading(el)).to.contain('Select the contract');
  });

  it('lists the contracts, only usable ones can be chosen, with the reason for the others', async () => {
    const { el } = await openFlow();
    const radios = [...field(el, 'contractId').shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    expect(radios.filter((r) => !r.disabled).map((r) => r.value)).to.deep.equal(['ctr-device-2025', 'ctr-emea-mobility']);
    const t = text(field(el, 'contractId'));
    expect(t).to.contain('Legacy Fleet Contract 2022 Not active: expired');
    expect(t).to.contain('Retail Kiosk Contract You do not have permission to create licenses under this contract.');
    expect(t).to.contain('Education Pilot Contract Not active: suspended');
    await next(el);
    expect(await shownError(el, 'contractId')).to.equal('Choose a contract.');
    await radio(el, 'contractId', 'ctr-emea-mobility');
    await waitUntil(() => text(root(el)).includes('Rugged Handheld'), 'contract products', { timeout: 3000 });
    const details = text(root(el).querySelector('[part=contract-details]')!);
    expect(details).to.contain('24-month licenses').and.contain('From 5 to 200 licenses per order');
    expect(details).to.contain('Rugged Handheld — Device License').and.contain('€210.00 per license');
    expect(details).not.to.contain('Managed Laptop');
    await expect(el).to.be.accessible();
  });

  it('explains the limitations when no contract can be used', async () => {
    const { el, store } = await openFlow();
    store.scenario.contractsUnusable = true;
    el.open = false;
    await el.updateComplete;
    el.open = true;
    await waitUntil(() => text(root(el)).includes('No contract can be used'), 'limitations', { timeout: 3000 });
    const t = text(root(el));
    expect(t).to.contain('Active contract: resellers must have an active contract to create licenses.');
    expect(t).to.contain('Permission restrictions: you must have the permission to create licenses under the desired active contract.');
    expect(t).to.contain('Products: the creation of new licenses is limited to the products added under the respective contract.');
    expect(root(el).querySelector('[part=next-button]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('saves the account through the adapter before going on', async () => {
    const { el, store } = await openFlow();
    await radio(el, 'contractId', 'ctr-device-2025');
    await next(el);
    await pick(el, 'accountId', 'acc-contoso-wh');
    await next(el);
    expect(await shownError(el, 'accountId')).to.equal('Save the account to continue.');
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part=save-account-button]')!.click());
    const saved = await oneEvent(el, 'account-saved');
    expect(saved.detail.contract).to.include({ id: 'ctr-device-2025', accountId: 'acc-contoso-wh' });
    expect(store.data.contracts.find((c) => c.id === 'ctr-device-2025')!.accountId).to.equal('acc-contoso-wh');
    await el.updateComplete;
    expect(text(root(el))).to.contain('Saved: purchases under this contract are tracked under Contoso Ltd — Warehouse.');
    await expect(el).to.be.accessible();
    await next(el);
    expect(heading(el)).to.contain('Select the product');
  });

  it('offers only the products added under the contract', async () => {
    const { el } = await openFlow();
    await radio(el, 'contractId', 'ctr-emea-mobility');
    await next(el);
    await pick(el, 'accountId', 'acc-fabrikam');
    root(el).querySelector<HTMLButtonElement>('[part=save-account-button]')!.click();
    await waitUntil(() => text(root(el)).includes('Saved:'), 'saved', { timeout: 3000 });
    await next(el);
    await waitUntil(() => root(el).querySelector('[data-path=productId]'));
    const values = [...field(el, 'productId').shadowRoot!.querySelectorAll<HTMLInputElement>('input')].map((i) => i.value);
    expect(values).to.deep.equal(['prd-rugged', 'prd-phone-eu']);
    await expect(el).to.be.accessible();
  });

  it('0 typed in the quantity, then one click on Next: the step stays, with the error summary (not two clicks)', async () => {
    // Found by a new-user walk: the first click only showed the field's error, which pushed Next
    // down under the pointer, so Next never got the click; the second showed the summary.
    const { el } = await openFlow();
    await toQuantity(el);
    const input = control(el, 'quantity') as HTMLInputElement;
    input.focus();
    input.select(); // what was there, replaced by what is typed
    await sendKeys({ type: '0' });
    expect(input.value).to.equal('0');
    await mouseClick(root(el).querySelector('[part=next-button]')!);
    await waitUntil(() => root(el).querySelector('[part=error-summary]'), 'the error summary, after one click', { timeout: 2000 });
    expect(heading(el)).to.contain('Enter the quantity and order note');
    expect(await shownError(el, 'quantity')).to.match(/^Enter a whole number from \d+ to \d+\.$/);
  });

  it('checks the quantity against the contract and the note length', async () => {
    const { el } = await openFlow();
    await toQuantity(el, 'ctr-emea-mobility', 'acc-fabrikam', 'prd-rugged');
    expect(heading(el)).to.contain('Enter the quantity and order note');
    for (const [q, error] of [
      ['3', 'Enter a whole number from 5 to 200.'],
      ['201', 'Enter a whole number from 5 to 200.'],
      ['7.5', 'Enter a whole number from 5 to 200.'],
      ['', 'Enter a whole number from 5 to 200.'],
      ['12', ''],
    ]) {
      await fill(el, 'quantity', q!);
      expect(await shownError(el, 'quantity'), q).to.equal(error);
    }
    await fill(el, 'note', 'x'.repeat(501));
    expect(await shownError(el, 'note')).to.equal('Use at most 500 characters.');
    await fill(el, 'note', 'Deliver to the Madrid warehouse, dock 4.');
    expect(text(field(el, 'note'))).to.contain('460 characters left');
    await expect(el).to.be.accessible();
  });

  it('co-terms with the 10 licenses expiring soon: same end date, prorated price, the sentence', async () => {
    const { el } = await openFlow();
    await toQuantity(el);
    await fill(el, 'quantity', '3');
    await next(el);
    expect(heading(el)).to.contain('Decide whether to use stock');
    await radio(el, 'stockChoice', 'new-purchase');
    await next(el);
    expect(heading(el)).to.contain('Preview and complete the purchase');
    const end = expiring();
    const unit = prorate(money('USD', 12000), TODAY, end, addMonths(end, -12), end);
    const t = text(root(el));
    expect(t).to.contain(`You’ll be adding 3 more licenses to the 10 existing ones set to expire ${expiringWhen()}.`);
    expect(t).to.contain(`End date ${formatDate(end, 'en', 'long')}`);
    expect(t).to.contain(`Start date ${formatDate(TODAY, 'en', 'long')}`);
    expect(t).to.contain(`Price per license ${formatMoney(unit, 'en')}`);
    expect(t).to.contain(`Total ${formatMoney(money('USD', unit.minor * 3), 'en')}`);
    expect(t).to.contain('Account Contoso Ltd — Head office');
    expect(t).to.contain('Contract conditions Net 30 payment terms.');
    await expect(el).to.be.accessible();
  });

  it('charges the preview made at 23:59 when Buy is pressed at 00:01: one price across midnight', async () => {
    const { el, store, provider } = await openFlow();
    const clock = movableClock(TODAY, 23, 59);
    provider.clock = clock;
    store.clock = clock;
    await toPreview(el);
    const previewed = text(root(el).querySelector('[part=preview]')!);
    const end = expiring();
    const unit = prorate(money('USD', 12000), TODAY, end, addMonths(end, -12), end);
    expect(previewed).to.contain(`Start date ${formatDate(TODAY, 'en', 'long')}`).and.contain(`Total ${formatMoney(money('USD', unit.minor * 3), 'en')}`);
    clock.set(addDays(TODAY, 1), 0, 1);
    await el.updateComplete;
    expect(text(root(el).querySelector('[part=preview]')!)).to.equal(previewed);
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click());
    const { detail } = await oneEvent(el, 'licenses-purchased');
    expect(detail.purchase.total).to.deep.equal(money('USD', unit.minor * 3));
    expect(detail.purchase.licenses[0].startDate).to.equal(TODAY);
    expect(store.records.purchases).to.have.length(1);
    await el.updateComplete;
    expect(said(el)).to.equal('3 licenses added to Contoso Ltd — Head office');
    await waitUntil(() => withoutIsolates(deepActive()?.textContent ?? '') === '3 licenses added to Contoso Ltd — Head office', 'focus on what happened', { timeout: 2000 });
  });

  it('a preview from before yesterday is re-priced by the backend: the new preview is shown and bought', async () => {
    const { el, store, provider } = await openFlow();
    const clock = movableClock(TODAY, 9, 0);
    provider.clock = clock;
    store.clock = clock;
    await toPreview(el);
    const later = addDays(TODAY, 2);
    clock.set(later, 9, 0);
    root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitUntil(() => text(root(el)).includes('The price or dates changed since the preview'), 'quote changed', { timeout: 3000 });
    expect(store.records.purchases).to.have.length(0);
    await waitUntil(() => text(root(el).querySelector('[part=preview]')!).includes(`Start date ${formatDate(later, 'en', 'long')}`), 're-previewed', { timeout: 3000 });
    await waitUntil(() => text(root(el)).includes('You’ll be adding 3 more licenses to the 10 existing ones'), 'co-termed again', { timeout: 3000 });
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click());
    const { detail } = await oneEvent(el, 'licenses-purchased');
    expect(detail.purchase.licenses[0].startDate).to.equal(later);
    expect(store.records.purchases).to.have.length(1);
  });

  it('without active licenses or stock: the contract term from today, and no stock step', async () => {
    const { el } = await openFlow();
    await toQuantity(el, 'ctr-device-2025', 'acc-contoso-hq', 'prd-phone');
    await fill(el, 'quantity', '2');
    await next(el);
    expect(heading(el)).to.contain('Preview and complete the purchase');
    // Always six steps ("of 6" never changes mid-flow); the stock step says it was passed over.
    expect(root(el).querySelector('ck-steps')!.steps).to.have.length(6);
    expect(root(el).querySelector('ck-steps')!.steps[4]).to.equal('Stock: none to use, so this is a new purchase');
    const t = text(root(el));
    expect(t).to.contain('The licenses run for the contract’s 12-month term from today.');
    expect(t).to.contain('There is no suitable stock for this product, so this is a new purchase.');
    expect(t).to.contain(`End date ${formatDate(addMonths(TODAY, 12), 'en', 'long')}`);
    expect(t).to.contain('Total $120.00');
  });

  it('uses the stock: those licenses cost nothing and leave the stock', async () => {
    const { el, store } = await openFlow();
    await toQuantity(el);
    await fill(el, 'quantity', '7');
    await next(el);
    expect(text(root(el))).to.contain('5 available in stock').and.contain('Take 5 of the 5 in stock');
    await expect(el).to.be.accessible();
    await radio(el, 'stockChoice', 'use-stock');
    await next(el);
    const end = expiring();
    const unit = prorate(money('USD', 12000), TODAY, end, addMonths(end, -12), end);
    expect(text(root(el))).to.contain('From stock 5').and.contain(`Total ${formatMoney(money('USD', unit.minor * 2), 'en')}`);
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click());
    const { detail } = await oneEvent(el, 'licenses-purchased');
    expect(detail.purchase.licenses.filter((l: { fromStock: boolean }) => l.fromStock)).to.have.length(5);
    expect(store.data.stock['ctr-device-2025|prd-laptop']).to.equal(0);
  });

  it('with stock covering the purchase, the rows add up (already paid for, 0 charged, total $0.00) and the note is in the preview', async () => {
    const { el } = await openFlow();
    await toQuantity(el);
    await fill(el, 'quantity', '3');
    await fill(el, 'note', 'Deliver to dock 4');
    expect(text(root(el).querySelector('ck-steps')!.shadowRoot!)).to.contain('of 6');
    await next(el);
    await radio(el, 'stockChoice', 'use-stock');
    await next(el);
    const t = text(root(el).querySelector('[part=preview]')!);
    expect(t).to.contain('From stock 3, already paid for').and.contain('New licenses charged 0 × ').and.contain('Total $0.00');
    expect(t).not.to.contain('Price per license');
    expect(t).to.contain('Order note Deliver to dock 4');
    expect(text(root(el).querySelector('ck-steps')!.shadowRoot!)).to.contain('Step 6 of 6');
  });

  it('lets the buyer choose a full term instead of ending with the existing licenses, and the backend charges that', async () => {
    const { el, store } = await openFlow();
    await toPreview(el);
    await radio(el, 'term', 'full');
    const end = addMonths(TODAY, 12);
    const t = text(root(el).querySelector('[part=preview]')!);
    expect(t).to.contain(`End date ${formatDate(end, 'en', 'long')}`).and.contain('Total $360.00');
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click());
    const { detail } = await oneEvent(el, 'licenses-purchased');
    expect(detail.purchase.licenses[0].endDate).to.equal(end);
    expect(detail.purchase.total).to.deep.equal(money('USD', 36000));
    expect(store.records.purchases).to.have.length(1);
  });

  it('never ends licenses past the contract: capped at its end date, priced for the days they run, and said so', async () => {
    const { el, store } = await openFlow();
    const contractEnd = addDays(TODAY, 3);
    store.data.contracts.find((c) => c.id === 'ctr-device-2025')!.endDate = contractEnd;
    await toPreview(el);
    await radio(el, 'term', 'full');
    const t = text(root(el));
    expect(t).to.contain(`The contract ends on ${formatDate(contractEnd, 'en', 'long')}, so the licenses end then`);
    expect(text(root(el).querySelector('[part=preview]')!)).to.contain(`End date ${formatDate(contractEnd, 'en', 'long')}`);
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click());
    const { detail } = await oneEvent(el, 'licenses-purchased');
    expect(detail.purchase.licenses[0].endDate).to.equal(contractEnd);
  });

  it('with draft-key a reload resumes the purchase at its step; Cancel asks before discarding, then forgets it', async () => {
    sessionStorage.clear();
    const { el, provider } = await mount<LicensePurchase>(html`<license-purchase open draft-key="p1"></license-purchase>`, 'license-purchase');
    await loaded(el);
    await toQuantity(el);
    await fill(el, 'quantity', '3');
    await fill(el, 'note', 'Dock 4');
    el.remove();
    const again = document.createElement('license-purchase') as LicensePurchase;
    again.draftKey = 'p1';
    provider.append(again);
    await loaded(again);
    expect(again.open).to.equal(true);
    expect(again.stepId).to.equal('quantity');
    expect(again.draft).to.include({ contractId: 'ctr-device-2025', productId: 'prd-laptop', quantity: '3', note: 'Dock 4' });
    expect(text(root(again))).to.contain('Your unfinished purchase was restored.');
    await next(again);
    expect(heading(again)).to.contain('Decide whether to use stock');
    // Cancel with typed data asks first; answering no keeps everything.
    const cancel = () => [...root(again).querySelectorAll<HTMLButtonElement>('.head button')].find((b) => b.textContent!.trim() === 'Cancel')!.click();
    const dialog = root(again).querySelector<HTMLElement & { open: boolean }>('#discard-dialog')!;
    cancel();
    await waitUntil(() => dialog.open, 'asked');
    expect(text(dialog)).to.contain('Discard what you entered?');
    await expect(again).to.be.accessible();
    [...dialog.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Cancel')!.click();
    await again.updateComplete;
    expect(again.open).to.equal(true);
    expect(again.draft.quantity).to.equal('3');
    cancel();
    await waitUntil(() => dialog.open, 'asked again');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    await waitUntil(() => !again.open, 'closed');
    expect(sessionStorage.getItem('channelkit:license-purchase:p1')).to.equal(null);
    sessionStorage.clear();
  });

  it('buys and lists the created licenses with their dates', async () => {
    const { el, store } = await openFlow();
    await toQuantity(el, 'ctr-device-2025', 'acc-contoso-hq', 'prd-tablet');
    await fill(el, 'quantity', '2');
    await next(el);
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click());
    const { detail } = await oneEvent(el, 'licenses-purchased');
    expect(detail.purchase.licenses).to.have.length(2);
    expect(store.records.purchases).to.have.length(1);
    await el.updateComplete;
    const rows = [...root(el).querySelectorAll('[part=success] tbody tr')].map((r) => text(r));
    expect(rows).to.have.length(2);
    // The head office has no tablets yet, so they run for the 12-month term.
    expect(rows[0]).to.contain(formatDate(addMonths(TODAY, 12), 'en', 'long'));
    await expect(el).to.be.accessible();
  });

  it('explains a lost permission or an inactive contract, keeps the choices, and offers another contract', async () => {
    const { el, store } = await openFlow();
    await toQuantity(el, 'ctr-device-2025', 'acc-contoso-hq', 'prd-phone');
    await next(el);
    store.data.contracts.find((c) => c.id === 'ctr-device-2025')!.status = 'expired';
    root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitUntil(() => root(el).querySelector('#failure'), 'failure', { timeout: 3000 });
    const t = text(root(el).querySelector('#failure')!);
    expect(t).to.contain('The contract “Device Services Agreement” is no longer active.').and.contain('Your choices were kept.');
    expect(el.draft).to.include({ contractId: 'ctr-device-2025', productId: 'prd-phone', quantity: '1' });
    expect(store.records.purchases).to.have.length(0);
    await expect(el).to.be.accessible();
    root(el).querySelector('#failure')!.querySelector<HTMLButtonElement>('button')!.click();
    await el.updateComplete;
    await waitUntil(() => text(field(el, 'contractId')).includes('Device Services Agreement Not active: expired'), 'refreshed', { timeout: 3000 });

    store.reset();
    const again = await openFlow();
    await toQuantity(again.el, 'ctr-device-2025', 'acc-contoso-hq', 'prd-phone');
    await next(again.el);
    again.store.setFault('purchase', { kind: 'forbidden', code: 'no-permission', message: 'You no longer have permission to create licenses under “Device Services Agreement”.', times: 1 });
    root(again.el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitUntil(() => root(again.el).querySelector('#failure'), 'failure', { timeout: 3000 });
    expect(text(root(again.el).querySelector('#failure')!)).to.contain('You no longer have permission');
  });

  it('sends the user back to pick another product when it left the contract', async () => {
    const { el, store } = await openFlow();
    await toQuantity(el, 'ctr-device-2025', 'acc-contoso-hq', 'prd-phone');
    await fill(el, 'quantity', '4');
    await next(el);
    const c = store.data.contracts.find((x) => x.id === 'ctr-device-2025')!;
    c.productIds = c.productIds.filter((p) => p !== 'prd-phone');
    store.data.contractProducts['ctr-device-2025'] = store.data.contractProducts['ctr-device-2025']!.filter((p) => p.id !== 'prd-phone');
    root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitUntil(() => heading(el).includes('Select the product'), 'back to product', { timeout: 3000 });
    await waitUntil(() => root(el).querySelector('[data-path=productId]'));
    expect(text(root(el))).to.contain('This product is no longer part of the contract. Choose another product.');
    const values = [...field(el, 'productId').shadowRoot!.querySelectorAll<HTMLInputElement>('input')].map((i) => i.value);
    expect(values).not.to.include('prd-phone');
    expect(el.draft.quantity).to.equal('4');
  });

  it('keeps everything on network and server errors and buys once on retry', async () => {
    const { el, store } = await openFlow();
    await toQuantity(el, 'ctr-device-2025', 'acc-contoso-hq', 'prd-phone');
    await fill(el, 'note', 'Invoice to cost centre 42');
    await next(el);
    store.setFault('purchase', { kind: 'server', times: 1 });
    root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitUntil(() => root(el).querySelector('#failure'), 'failure', { timeout: 3000 });
    expect(text(root(el).querySelector('#failure')!)).to.contain('The server had a problem.').and.contain('Nothing you entered was lost.');
    store.setFault('purchase', { kind: 'network', after: true, times: 1 });
    root(el).querySelector('#failure')!.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.click();
    // While the retry is in flight the alert is gone: wait for the new one, however long the send takes.
    await waitUntil(() => text(root(el).querySelector('#failure') ?? document.createElement('div')).includes('could not be reached'), 'network failure', { timeout: 5000 });
    expect(store.records.purchases).to.have.length(1);
    setTimeout(() => root(el).querySelector('#failure')!.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.click());
    const { detail } = await oneEvent(el, 'licenses-purchased');
    expect(store.records.purchases).to.have.length(1);
    expect(detail.purchase.id).to.equal(store.records.purchases[0]!.id);
  });

  it('a double click buys once', async () => {
    const { el, store } = await openFlow();
    await toQuantity(el, 'ctr-device-2025', 'acc-contoso-hq', 'prd-phone');
    await next(el);
    store.setFault('purchase', { kind: 'latency', ms: 300, times: 1 });
    const b = root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!;
    for (let i = 0; i < 10; i++) b.click();
    await waitUntil(() => root(el).querySelector('[part=success]'), 'success', { timeout: 4000 });
    expect(store.records.purchases).to.have.length(1);
  });

  it('back and forward keep every value', async () => {
    const { el } = await openFlow();
    await toQuantity(el);
    await fill(el, 'quantity', '9');
    await fill(el, 'note', 'Keep me');
    root(el).querySelector<HTMLButtonElement>('.nav .btn:not(.primary)')!.click();
    await el.updateComplete;
    expect(heading(el)).to.contain('Select the product');
    expect(field(el, 'productId').value).to.equal('prd-laptop');
    await next(el);
    expect(field(el, 'quantity').value).to.equal('9');
    expect(field(el, 'note').value).to.equal('Keep me');
  });

  it('can be completed with the keyboard alone', async () => {
    const { el, store } = await openFlow();
    const tab = async (n = 1) => {
      for (let i = 0; i < n; i++) await sendKeys({ press: 'Tab' });
    };
    await tabTo(() => field(el, 'contractId').shadowRoot!.querySelector('input'));
    await sendKeys({ press: 'Space' }); // Device Services Agreement
    await tab();
    await sendKeys({ press: 'Enter' }); // Next
    await aTimeout(20);
    await tab(); // account select
    await sendKeys({ type: 'Contoso Ltd — H' });
    await tab(); // Save account
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(root(el)).includes('Saved:'), 'saved', { timeout: 3000 });
    await tab(2); // Back, Next
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[data-path=productId]'));
    await tab(); // first product
    await sendKeys({ press: 'ArrowDown' }); // Managed Tablet
    await tab(2); // Back, Next
    await sendKeys({ press: 'Enter' });
    await aTimeout(50);
    await tab(); // quantity
    await sendKeys({ press: 'ArrowUp' });
    await tab(); // note
    await sendKeys({ type: 'Ship with chargers' });
    await tab(2); // Back, Next
    await sendKeys({ press: 'Enter' });
    await aTimeout(50);
    expect(heading(el)).to.contain('Preview');
    await tab(2); // Back, Buy
    expect(deepActive()?.getAttribute('part')).to.equal('submit-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part=success]'), 'success', { timeout: 4000 });
    expect(store.records.purchases[0]!.licenses).to.have.length(2);
    expect(store.records.purchases[0]!.licenses[0]).to.include({ productId: 'prd-tablet', accountId: 'acc-contoso-hq' });
  });

  it('speaks Spanish', async () => {
    const { el } = await openFlow('es');
    await loadLanguage('es');
    await el.updateComplete;
    expect(heading(el)).to.contain('Selecciona el contrato');
    expect(text(root(el))).to.contain('No tienes permiso para crear licencias con este contrato.');
  });
});
