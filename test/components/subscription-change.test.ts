import { setViewport } from '@web/test-runner-commands';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/context/define-provider.js';
import '../../components/subscription-change/define.js';
import type { SubscriptionChange } from '../../components/subscription-change/subscription-change.js';
import { AdapterError } from '../../src/adapter/errors.js';
import type { SubscriptionAdapter } from '../../src/adapter/types.js';
import type { ChannelkitProvider } from '../../src/context/index.js';
import { addMonths, dayOf } from '../../src/core/dates.js';
import { changeQuote } from '../../src/core/change-quote.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { changeDate, requestedChange, type Subscription, type SubscriptionChangeInput, type SubscriptionDetail, subscriptionTerms } from '../../src/schemas/subscription.js';
import { clockAt, TODAY } from '../support/clock.js';
import { subscriptionRecord } from '../support/subscriptions.js';
import { field, fill, pick, radio, root, said, shownError, text, withoutIsolates } from './helpers.js';

// A SaaS subscription of seats on CSP monthly, and an on-premise license subscription to renew,
// both dated from the pinned "today" so no test depends on the day it runs.
const anchor = addMonths(TODAY, -3);
const seats = (): Subscription => subscriptionRecord({ anchorDate: anchor, billingDay: dayOf(anchor), termEnd: addMonths(anchor, 12) });
const license = (): Subscription => ({
  ...seats(),
  id: 'SUB-LIC',
  source: 'license',
  sourceId: 'acc-contoso-hq',
  productName: 'Endpoint Security (on-premise)',
  planId: 'standard',
  planName: 'Standard',
  billingType: 'reservation',
  unit: 'licenses',
  quantity: 5,
  periodMaxQuantity: 5,
  unitPrice: 12000,
  renewalFee: 1000,
  periodMonths: 12,
  termMonths: 12,
  anchorDate: addMonths(TODAY, -9),
  billingDay: dayOf(addMonths(TODAY, -9)),
  termEnd: addMonths(addMonths(TODAY, -9), 12),
  autoRenew: false,
});
const PLANS = [
  { id: 'pro', name: 'Pro', unitPrice: 1000, periodFee: 0, renewalFee: 0, maxQuantity: 50 },
  { id: 'pro-plus', name: 'Pro Plus', unitPrice: 1500, periodFee: 0, renewalFee: 0, maxQuantity: null },
];

/** A backend that re-prices with the same core, refuses a stale total and keeps one change per key. */
class FakeBackend implements SubscriptionAdapter {
  records = new Map<string, Subscription>([
    ['SUB-SEATS', seats()],
    ['SUB-LIC', license()],
  ]);
  calls: { key: string; input: SubscriptionChangeInput }[] = [];
  /** Prices differ from the widget's by this much (a price change on the backend). */
  drift = 0;
  failNext: AdapterError | null = null;
  private readonly byKey = new Map<string, unknown>();
  constructor(private readonly today: string) {}
  detail(id: string): SubscriptionDetail {
    const s = this.records.get(id)!;
    return { subscription: s, plans: (s.source === 'license' ? [{ id: 'standard', name: 'Standard', unitPrice: 12000, periodFee: 0, renewalFee: 1000, maxQuantity: null }] : PLANS).map((p) => ({ ...p, unitPrice: p.unitPrice + this.drift })) };
  }
  async listSubscriptions() {
    return { items: [...this.records.values()], total: this.records.size, page: 1, pageSize: 25 };
  }
  async getSubscription(id: string) {
    return this.detail(id);
  }
  async changeSubscription(id: string, input: SubscriptionChangeInput, key: string) {
    this.calls.push({ key, input });
    if (this.byKey.has(key)) return this.byKey.get(key) as never;
    if (this.failNext) throw [this.failNext, (this.failNext = null)][0]!;
    const detail = this.detail(id);
    const s = detail.subscription;
    if (input.etag !== s.etag) throw new AdapterError('conflict', 'changed', { status: 409, code: 'conflict' });
    const q = changeQuote(subscriptionTerms(s, this.today), requestedChange(input, detail.plans, s.planId)!, changeDate(s, this.today));
    if (input.expected?.total?.minor !== q.total.minor) throw new AdapterError('conflict', 'The price or dates changed', { status: 409, code: 'quote-changed' });
    const plan = detail.plans.find((p) => p.id === q.after.planId)!;
    const after: Subscription =
      q.applies === 'now'
        ? { ...s, planId: plan.id, planName: plan.name, quantity: q.after.quantity, unitPrice: plan.unitPrice, etag: `${s.etag}+` }
        : input.kind === 'renew'
          ? { ...s, termEnd: q.after.termEnd, etag: `${s.etag}+` }
          : { ...s, etag: `${s.etag}+`, pendingChange: { effectiveDate: q.effectiveDate, planId: plan.id, planName: plan.name, quantity: q.after.quantity, unitPrice: plan.unitPrice, periodFee: 0 } };
    this.records.set(id, after);
    const result = { id: `CHG-${this.calls.length}`, subscription: after, applies: q.applies, effectiveDate: q.effectiveDate, dueNow: q.dueNow, creditBalance: q.creditBalance };
    this.byKey.set(key, result);
    return result;
  }
  async cancelPendingChange(id: string) {
    const s = { ...this.records.get(id)!, pendingChange: null, etag: 'e3' };
    this.records.set(id, s);
    return s;
  }
}

async function open(id = 'SUB-SEATS', edit: Partial<Subscription> = {}) {
  const backend = new FakeBackend(TODAY);
  backend.records.set(id, { ...backend.records.get(id)!, ...edit });
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
    expect(el.shadowRoot!.activeElement?.id).to.equal('done-heading');
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
  });

  it('says what is wrong next to the quantity: not a number, over the plan’s limit, no change at all', async () => {
    const { el, backend } = await open();
    await fill(el, 'quantity', '12.5');
    await confirm(el);
    expect(await shownError(el, 'quantity')).to.equal('Enter a whole number, 0 or more.');
    expect(root(el).querySelector('[part=error-summary]'), 'error summary').not.to.equal(null);
    await fill(el, 'quantity', '51');
    expect(await shownError(el, 'quantity')).to.equal('Enter 50 or fewer: the most this plan allows.');
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
