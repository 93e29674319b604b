import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/context/define-provider.js';
import '../../components/subscription-change/define.js';
import type { SubscriptionChange } from '../../components/subscription-change/subscription-change.js';
import { AdapterError } from '../../src/adapter/errors.js';
import type { ChannelkitProvider } from '../../src/context/index.js';
import { addDays, addMonths } from '../../src/core/dates.js';
import { changeQuote } from '../../src/core/change-quote.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { type Subscription, subscriptionTerms } from '../../src/schemas/subscription.js';
import { clockAt, movableClock, TODAY } from '../support/clock.js';
import { FakeSubscriptionBackend as FakeBackend, license, seats } from './subscription-helpers.js';
import { deepActive, field, fill, pick, radio, root, said, shownError, text, withoutIsolates } from './helpers.js';

async function open(id = 'SUB-SEATS', edit: Partial<Subscription> = {}, setup: (b: FakeBackend) => void = () => {}) {
  const backend = new FakeBackend(TODAY);
  backend.records.set(id, { ...backend.records.get(id)!, ...edit });
  setup(backend);
  const provider = await fixture<ChannelkitProvider>(
    html`<channelkit-provider .adapter=${backend} .clock=${clockAt(TODAY)} locale="en"><subscription-change subscription-id=${id}></subscription-change></channelkit-provider>`,
  );
  const el = provider.querySelector<SubscriptionChange>('subscription-change')!;
  await waitUntil(() => root(el).querySelector('[part=current]'), 'loaded');
  return { el, backend, provider };
}
const preview = (el: SubscriptionChange) => withoutIsolates(text(root(el).querySelector('[part=preview]')!));
const confirm = async (el: SubscriptionChange) => {
  root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
  await el.updateComplete;
};

describe('<subscription-change>', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  it('shows the subscription, previews more seats with the core’s figures, and makes the change once', async () => {
    const { el, backend } = await open();
    expect(text(root(el).querySelector('[part=current]')!)).to.contain('Bücher GmbH').and.contain('Pro').and.contain('$10.00 per unit a month');
    expect(preview(el)).to.contain('Enter a quantity and choose a plan');
    await fill(el, 'quantity', '12');
    const s = seats();
    const expected = changeQuote(subscriptionTerms(s, TODAY), { kind: 'change', quantity: 12 }, TODAY);
    expect(preview(el)).to.contain(`Total due today $${(expected.dueNow.minor / 100).toFixed(2)}`);
    expect(preview(el)).to.contain('Credit for unused time on Pro').and.contain('Takes effect today.');
    await expect(el).to.be.accessible();
    const changed = oneEvent(el, 'subscription-changed');
    await confirm(el);
    await confirm(el); // a double click
    const { detail } = await changed;
    expect(detail.result.subscription.quantity).to.equal(12);
    expect(new Set(backend.calls.map((c) => c.key)).size, 'one idempotency key').to.equal(1);
    expect(backend.calls[0]!.input).to.deep.include({ kind: 'change', quantity: 12, planId: 'pro', etag: 'e1', quotedOn: TODAY });
    await waitUntil(() => root(el).querySelector('#done-heading'), 'done');
    expect(text(root(el).querySelector('#done-heading')!)).to.equal('Subscription changed: Pro, 12 seats');
    await waitUntil(() => said(el).includes('Subscription changed: Pro, 12 seats'), 'said');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'done-heading', 'focus on what happened, once painted', { timeout: 2000 });
    await expect(el).to.be.accessible();
  });

  it('a downgrade on a commitment is scheduled for the term end, and can be cancelled', async () => {
    const { el } = await open('SUB-SEATS', { billingType: 'monthly-commitment' });
    await fill(el, 'quantity', '6');
    expect(preview(el)).to.contain('when the current term ends').and.contain('Total due today $0.00');
    await confirm(el);
    await waitUntil(() => root(el).querySelector('#done-heading'));
    expect(text(root(el).querySelector('#done-heading')!)).to.match(/^Change scheduled for .+: Pro, 6 seats$/);
    root(el).querySelector<HTMLButtonElement>('[part=success] button')!.click();
    await waitUntil(() => root(el).querySelector('[part=current] ck-alert'), 'pending shown');
    expect(text(root(el).querySelector('[part=current] ck-alert')!)).to.contain('Pro, 6 seats');
    const cancelled = oneEvent(el, 'pending-change-cancelled');
    root(el).querySelector<HTMLButtonElement>('[part=current] ck-alert button')!.click();
    await cancelled;
    await waitUntil(() => said(el).includes('The scheduled change was cancelled'));
    await waitUntil(() => !root(el).querySelector('[part=current] ck-alert'), 'pending gone');
    // The button pressed went with the schedule: focus is on the subscription, not lost to the page
    // (found by a keyboard walk).
    await waitUntil(() => deepActive() === root(el).querySelector('#current-h'), 'focus on the current subscription', { timeout: 2000 });
  });

  it('shows the seats still in their refund window with their deadlines; a decrease refunds those now and schedules the rest', async () => {
    const added = clockAt(addDays(TODAY, -2))().toISOString();
    const old = clockAt(addDays(TODAY, -10))().toISOString();
    const hours = (iso: string, h: number) => new Date(Date.parse(iso) + h * 3_600_000).toISOString();
    const batches = [
      { id: 'b0', quantity: 3, addedAt: old, refundableUntil: hours(old, 168) },
      { id: 'b1', quantity: 2, addedAt: added, refundableUntil: hours(added, 168) },
    ];
    const { el, backend } = await open('SUB-SEATS', { billingType: 'monthly-commitment', batches, refundWindowHours: 168 });
    const windows = text(root(el).querySelector('[part=refund-windows]')!);
    const until = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(batches[1]!.refundableUntil));
    expect(windows).to.contain(`2 seats added`).and.contain(`refundable until ${until}`);
    expect(windows, 'a closed window is not listed').not.to.contain('3 seats');
    await fill(el, 'quantity', '7');
    expect(preview(el)).to.contain('Refund for 2 seats still in their refund window');
    expect(preview(el)).to.contain('Removed today with a refund, still in their refund window: 2 seats.').and.contain('when the current term ends: 1 seat.');
    expect(preview(el)).to.contain('Credit to the account’s balance');
    await expect(el).to.be.accessible();
    await confirm(el);
    await waitUntil(() => root(el).querySelector('#done-heading'), 'done');
    expect(backend.calls[0]!.input).to.deep.include({ quantity: 7, refundQuantity: 2 });
    expect(backend.records.get('SUB-SEATS')!.quantity, 'the refunded seats are gone now').to.equal(8);
  });

  it('a refund window that closes between the preview and Confirm: the backend’s 422 makes a new preview, focused, without the refund', async () => {
    const until = clockAt(TODAY, 10, 30)();
    const batches = [{ id: 'b1', quantity: 2, addedAt: new Date(until.getTime() - 168 * 3_600_000).toISOString(), refundableUntil: until.toISOString() }];
    const clock = movableClock(TODAY, 10, 0);
    const backend = new FakeBackend(TODAY);
    backend.records.set('SUB-SEATS', { ...backend.records.get('SUB-SEATS')!, billingType: 'monthly-commitment', batches, refundWindowHours: 168 });
    backend.now = clock;
    const provider = await fixture<ChannelkitProvider>(html`<channelkit-provider .adapter=${backend} .clock=${clock} locale="en"><subscription-change subscription-id="SUB-SEATS"></subscription-change></channelkit-provider>`);
    const el = provider.querySelector<SubscriptionChange>('subscription-change')!;
    await waitUntil(() => root(el).querySelector('[part=current]'), 'loaded');
    await fill(el, 'quantity', '9');
    expect(preview(el)).to.contain('Refund for 1 seat');
    clock.set(TODAY, 11, 0); // the window closed at 10:30
    await confirm(el);
    await waitUntil(() => root(el).querySelector('[data-testid=notice]'), 'notice');
    expect(text(root(el).querySelector('[data-testid=notice]')!)).to.contain('A refund window closed since the preview');
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('part') === 'preview', 'the focus on the new preview, which reads the notice first');
    expect(preview(el)).not.to.contain('Refund for');
    expect(preview(el)).to.contain('past their refund window');
    expect(root(el).querySelector('[part=refund-windows]'), 'no window open any more').to.equal(null);
    expect(field(el, 'quantity').value, 'the quantity typed is kept').to.equal('9');
    await confirm(el);
    await waitUntil(() => root(el).querySelector('#done-heading'), 'done');
    expect(backend.calls.at(-1)!.input.refundQuantity).to.equal(undefined);
  });

  it('for a seller allowed to see cost: the cost and margin now and the margin after the change; a price below cost is said', async () => {
    const shaped = (unitPrice: number) => ({ unitPrice, periodFee: 0 });
    const economics = { pro: { cost: shaped(700), list: shaped(1100) }, 'pro-plus': { cost: shaped(1600), list: shaped(1800) } };
    const { el, backend } = await open('SUB-SEATS', {}, (b) => (b.economics = economics));
    const current = text(root(el).querySelector('[part=current]')!);
    expect(current).to.contain('Your cost').and.contain('$70.00 a month');
    expect(current).to.contain('Your margin').and.contain('$30.00 a month (30.00% of the price)');
    await fill(el, 'quantity', '12');
    expect(text(root(el).querySelector('[part=preview] dl')!)).to.contain('Your margin now, a month $30.00 (30.00%) After the change, a month $36.00 (30.00%)');
    expect(root(el).querySelector('[data-testid=below-cost]')).to.equal(null);
    await pick(el, 'planId', 'pro-plus');
    await waitUntil(() => root(el).querySelector('[data-testid=below-cost]'), 'below cost said');
    expect(text(root(el).querySelector('[data-testid=below-cost]')!)).to.contain('below your cost').and.contain('-$12.00');
    await expect(el).to.be.accessible();
    // Confirm asks for the seller's confirmation first, next to its checkbox; nothing is sent.
    await confirm(el);
    await waitUntil(async () => (await shownError(el, 'belowCost')).includes('Confirm the price below your cost'), 'the confirmation asked for');
    expect(backend.calls.length, 'nothing sent').to.equal(0);
    await expect(el).to.be.accessible();
    field(el, 'belowCost').shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
    await el.updateComplete;
    await confirm(el);
    await waitUntil(() => root(el).querySelector('#done-heading'), 'done');
    expect(backend.calls[0]!.input).to.deep.include({ planId: 'pro-plus', quantity: 12 });
  });

  it('a negotiated price (seller allowed to see cost): saved with its dates, then the change and the next charge use it; below cost it asks for the confirmation', async () => {
    const shaped = (unitPrice: number) => ({ unitPrice, periodFee: 0 });
    const { el, backend } = await open('SUB-SEATS', {}, (b) => (b.economics = { pro: { cost: shaped(700), list: shaped(1100) } }));
    const section = () => root(el).querySelector('[part=negotiated-price]')!;
    expect(text(section())).to.contain('Negotiated price');
    const { periodStart } = subscriptionTerms(seats(), TODAY);
    await fill(el, 'priceOverride.unitPrice', '8.00');
    // The dates as the date field gives them (canonical), from the current period's first day, open.
    el.negotiated.form.set('priceOverride.from', periodStart);
    await el.updateComplete;
    section().querySelector<HTMLButtonElement>('[part=negotiated-save]')!.click();
    await waitUntil(() => backend.overrides.length === 1 && said(el).includes('The negotiated price was saved.'), 'saved');
    expect(backend.overrides[0]!.priceOverride).to.deep.equal({ unitPrice: 800, from: periodStart, until: null });
    await fill(el, 'quantity', '12');
    await waitUntil(() => text(root(el).querySelector('[data-testid=next-charge]')!).includes('$96.00'), 'the next charge at $8.00 a seat');
    // Below the seller's cost ($7.00): the confirmation first, nothing sent without it.
    await fill(el, 'priceOverride.unitPrice', '6.50');
    section().querySelector<HTMLButtonElement>('[part=negotiated-save]')!.click();
    await waitUntil(async () => (await shownError(el, 'confirmBelowCost')).includes('Confirm the price below your cost, or enter another price.'), 'the confirmation asked for');
    expect(backend.overrides.length).to.equal(1);
    await expect(el).to.be.accessible();
    field(el, 'confirmBelowCost').shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
    await el.updateComplete;
    section().querySelector<HTMLButtonElement>('[part=negotiated-save]')!.click();
    await waitUntil(() => backend.overrides.length === 2, 'saved below cost once confirmed');
    expect(backend.overrides[1]!.priceOverride?.unitPrice).to.equal(650);
  });

  it('a negotiated price: a failing backend says so next to it with Try again, which saves it; Enter in its fields saves it, not the change', async () => {
    const shaped = (unitPrice: number) => ({ unitPrice, periodFee: 0 });
    const { el, backend } = await open('SUB-SEATS', {}, (b) => (b.economics = { pro: { cost: shaped(700), list: shaped(1100) } }));
    const section = () => root(el).querySelector('[part=negotiated-price]')!;
    const real = backend.setPriceOverride.bind(backend);
    let failures = 1;
    backend.setPriceOverride = (id, input) => (failures-- > 0 ? Promise.reject(new AdapterError('server', 'Service unavailable', { status: 503 })) : real(id, input));
    await fill(el, 'quantity', '12');
    await fill(el, 'priceOverride.unitPrice', '8.00');
    el.negotiated.form.set('priceOverride.from', subscriptionTerms(seats(), TODAY).periodStart);
    await el.updateComplete;
    // Enter in the price field: the negotiated price is saved (and fails), the change is not made.
    field(el, 'priceOverride.unitPrice').shadowRoot!.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await waitUntil(() => section().querySelector('#failure'), 'the failure said in the section');
    expect(backend.calls).to.have.length(0);
    expect(text(section().querySelector('#failure')!)).to.contain('The negotiated price was not saved');
    expect(field(el, 'priceOverride.unitPrice').value).to.equal('8.00');
    await expect(el).to.be.accessible();
    section().querySelector('#failure')!.dispatchEvent(new CustomEvent('ck-retry', { bubbles: true, composed: true }));
    await waitUntil(() => backend.overrides.length === 1 && !section().querySelector('#failure'), 'saved on Try again');
    expect(backend.overrides[0]!.priceOverride?.unitPrice).to.equal(800);
    expect(backend.calls).to.have.length(0);
  });

  it('a negotiated price when the subscription changed elsewhere: the conflict is said, the subscription loads again with the typed price kept, and Save then saves it', async () => {
    const shaped = (unitPrice: number) => ({ unitPrice, periodFee: 0 });
    const { el, backend } = await open('SUB-SEATS', {}, (b) => (b.economics = { pro: { cost: shaped(700), list: shaped(1100) } }));
    const section = () => root(el).querySelector('[part=negotiated-price]')!;
    await fill(el, 'priceOverride.unitPrice', '8.00');
    el.negotiated.form.set('priceOverride.from', subscriptionTerms(seats(), TODAY).periodStart);
    await el.updateComplete;
    // Someone else changes the subscription meanwhile: its version moves on.
    backend.records.set('SUB-SEATS', { ...backend.records.get('SUB-SEATS')!, etag: 'e-elsewhere' });
    section().querySelector<HTMLButtonElement>('[part=negotiated-save]')!.click();
    await waitUntil(() => section().querySelector('#failure') && el.detail?.subscription.etag === 'e-elsewhere', 'the conflict said, the subscription loaded again');
    expect(text(section().querySelector('#failure')!)).to.contain('The negotiated price was not saved').and.contain('save the negotiated price again');
    expect(field(el, 'priceOverride.unitPrice').value, 'the typed price kept').to.equal('8.00');
    expect(backend.overrides).to.have.length(0);
    await expect(el).to.be.accessible();
    section().querySelector<HTMLButtonElement>('[part=negotiated-save]')!.click();
    await waitUntil(() => backend.overrides.length === 1, 'saved against the current version');
    expect(backend.overrides[0]!.priceOverride?.unitPrice).to.equal(800);
  });

  it('without cost in the backend’s answer, no cost or margin anywhere', async () => {
    const { el } = await open();
    await fill(el, 'quantity', '12');
    const all = text(root(el).querySelector('.panel')!);
    expect(root(el).querySelector('[part=negotiated-price]'), 'no negotiated price without cost').to.equal(null);
    expect(all).not.to.contain('Your cost');
    expect(all).not.to.contain('margin');
  });

  it('a change to a subscription with a scheduled change says first that it replaces it', async () => {
    const pendingChange = { effectiveDate: addMonths(TODAY, 2), planId: 'pro', planName: 'Pro', quantity: 6, unitPrice: 1000, periodFee: 0 };
    const { el } = await open('SUB-SEATS', { billingType: 'monthly-commitment', pendingChange });
    await fill(el, 'quantity', '12');
    expect(text(root(el).querySelector('[data-testid=replaces]')!)).to.contain('This change replaces the one scheduled for').and.contain('(Pro, 6 seats)');
    await expect(el).to.be.accessible();
  });

  it('on a phone the preview comes before Confirm; on a wide screen it sits beside the form', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      const { el } = await open();
      await fill(el, 'quantity', '12');
      const box = (sel: string) => root(el).querySelector(sel)!.getBoundingClientRect();
      expect(box('[part=preview]').bottom <= box('[part=submit-button]').top, 'the preview before Confirm at 375 px').to.equal(true);
    } finally {
      await setViewport({ width: 1280, height: 900 });
    }
    const { el } = await open();
    await fill(el, 'quantity', '12');
    const [preview, submit] = ['[part=preview]', '[part=submit-button]'].map((sel) => root(el).querySelector(sel)!.getBoundingClientRect());
    expect(preview!.left >= submit!.right, 'the preview beside the form at 1280 px').to.equal(true);
  });

  it('says what is wrong next to the quantity: not a number, over the plan’s limit, no change at all', async () => {
    const { el, backend } = await open();
    await fill(el, 'quantity', '12.5');
    await confirm(el);
    expect(await shownError(el, 'quantity')).to.equal('Enter a whole number, 1 or more.');
    expect(root(el).querySelector('[part=error-summary]'), 'error summary').not.to.equal(null);
    await fill(el, 'quantity', '51');
    expect(await shownError(el, 'quantity')).to.equal('Enter 50 or fewer: the most this plan allows.');
    // No price for a quantity the plan does not allow, nor for none at all (the backend keeps at least one).
    expect(preview(el)).to.contain('Enter a quantity and choose a plan');
    await fill(el, 'quantity', '0');
    expect(await shownError(el, 'quantity')).to.equal('Enter a whole number, 1 or more.');
    expect(preview(el)).to.contain('Enter a quantity and choose a plan');
    await fill(el, 'quantity', '10');
    await confirm(el);
    expect(await shownError(el, 'quantity')).to.equal('Choose a different plan or quantity.');
    await pick(el, 'planId', 'pro-plus');
    expect(await shownError(el, 'quantity')).to.equal('');
    expect(preview(el)).to.contain('Pro Plus for the rest of the period');
    expect(backend.calls).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('when the backend prices it differently, shows its preview and asks again; the second Confirm succeeds', async () => {
    const { el, backend } = await open();
    await fill(el, 'quantity', '12');
    const before = preview(el);
    backend.drift = 100; // the backend's price moved to $11.00
    await confirm(el);
    await waitUntil(() => root(el).querySelector('[data-testid=notice]'), 'notice');
    expect(preview(el)).to.contain('The price changed since the preview').and.not.equal(before);
    expect(field(el, 'quantity').value, 'what was typed is kept').to.equal('12');
    await confirm(el);
    await waitUntil(() => root(el).querySelector('#done-heading'), 'done after the second confirm');
    expect(backend.calls).to.have.length(2);
  });

  it('a failing backend says so with a retry that keeps the change; retry sends the same key', async () => {
    const { el, backend } = await open();
    await fill(el, 'quantity', '11');
    backend.failNext = new AdapterError('server', 'Service unavailable', { status: 503 });
    await confirm(el);
    await waitUntil(() => root(el).querySelector('#failure'), 'failure');
    expect(text(root(el).querySelector('#failure')!)).to.contain('The change was not made');
    root(el).querySelector('#failure')!.dispatchEvent(new CustomEvent('ck-retry', { bubbles: true, composed: true }));
    await waitUntil(() => root(el).querySelector('#done-heading'), 'done after retry');
    expect(backend.calls.map((c) => c.key)[0]).to.equal(backend.calls.map((c) => c.key)[1]);
  });

  it('Change or Renew chosen with the arrow keys: focus stays on the choice', async () => {
    // Found by a keyboard walk: every arrow key dropped focus to the page (the group was rebuilt).
    const { el } = await open('SUB-LIC');
    const group = field(el, 'action');
    group.shadowRoot!.querySelector<HTMLInputElement>('input[value=change]')!.focus();
    for (const choice of ['renew', 'change']) {
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => (group as HTMLElement & { value: string }).value === choice, choice);
      await el.updateComplete;
      expect(deepActive() === group.shadowRoot!.querySelector(`input[value=${choice}]`), `focus on ${choice}`).to.equal(true);
    }
  });

  it('renews an on-premise license: the new term keeps the billing day, the renewal fee is on its first charge', async () => {
    const { el } = await open('SUB-LIC');
    await radio(el, 'action', 'renew');
    const s = license();
    const newEnd = addMonths(s.termEnd, 12);
    expect(preview(el)).to.contain('Total due today $0.00').and.contain('Includes a renewal fee of $50.00.').and.contain('$650.00');
    expect(root(el).querySelector('[part=submit-button]')!.textContent).to.contain('Renew subscription');
    await confirm(el);
    await waitUntil(() => root(el).querySelector('#done-heading'));
    expect(text(root(el).querySelector('#done-heading')!)).to.contain('Subscription renewed until').and.contain(String(Number(newEnd.slice(0, 4))));
    await expect(el).to.be.accessible();
  });

  it('an adapter without getSubscription says so instead of an empty form', async () => {
    const provider = await fixture<ChannelkitProvider>(
      html`<channelkit-provider .adapter=${{}} .clock=${clockAt(TODAY)} locale="en"><subscription-change subscription-id="SUB-SEATS"></subscription-change></channelkit-provider>`,
    );
    const el = provider.querySelector<SubscriptionChange>('subscription-change')!;
    await waitUntil(() => root(el).querySelector('[part=no-method]'), 'said');
    expect(text(root(el).querySelector('[part=no-method]')!)).to.contain('getSubscription');
  });

  it('a deactivated plan cannot be renewed, and says so in Spanish too', async () => {
    const { el, backend } = await open('SUB-LIC', { renewable: false });
    await radio(el, 'action', 'renew');
    expect(preview(el)).to.contain('The plan was deactivated: this subscription cannot be renewed.');
    await loadLanguage('es');
    el.locale = 'es';
    await el.updateComplete;
    expect(preview(el)).to.contain('El plan se desactivó');
    await confirm(el);
    expect(await shownError(el, 'action')).to.equal('El plan se desactivó: esta suscripción no se puede renovar.');
    expect(backend.calls).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});
