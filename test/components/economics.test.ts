// Cost, price and margin in the three create widgets (#23, point 3): for a seller allowed to see
// cost (the demo seller; the backend adds each priced item's cost to its answers) the order form's
// summary, the license purchase's preview and the sale wizard's review show them per line and in
// the total; in the demo's customer view (no see-cost) the backend sends no cost and nothing of it
// shows.
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../components/license-purchase/define.js';
import '../../components/order-form/define.js';
import '../../components/sale-wizard/define.js';
import type { LicensePurchase } from '../../components/license-purchase/license-purchase.js';
import type { OrderForm } from '../../components/order-form/order-form.js';
import type { SaleWizard } from '../../components/sale-wizard/sale-wizard.js';
import { fillCloud, toQuantity, toReview, next } from './flows.js';
import { fill, mount, radio, root, text } from './helpers.js';

const CUSTOMER = { customerView: true };
const economics = (el: Element) => root(el).querySelector('[part=economics]');
const shown = (el: Element, id: string) => [...root(el).querySelectorAll(`[data-testid=${id}]`)].map((n) => text(n).replace(/\s+/g, ' ').trim());
const COST_WORDS = /your cost|margin/i;

async function cloudOrder(scenario = {}) {
  const { el } = await mount<OrderForm>(html`<order-form kind="cloud"></order-form>`, 'order-form', 'en', scenario);
  await waitUntil(() => root(el).querySelector('form'), 'order form', { timeout: 4000 });
  await fillCloud(el);
  await el.updateComplete;
  return el;
}

describe('<order-form> cost and margin', () => {
  it('with see-cost: the pre-paid period, then a month of the post-paid estimate, at cost, price and margin', async () => {
    const el = await cloudOrder();
    // Cloud Starter, $49.00 a month for 12 months; the seller pays 70 %.
    expect(shown(el, 'economics-line')).to.deep.equal(['Your cost $411.60 Price $588.00 Your margin $176.40 (30.00%)']);
    expect(shown(el, 'economics-total')).to.deep.equal(['Your cost $411.60 Price $588.00 Your margin $176.40 (30.00%)']);
    expect(text(economics(el)!)).to.contain('Pre-paid, 12 months');
    await radio(el, 'paymentMethod', 'post-paid');
    await fill(el, 'users', '10');
    await el.updateComplete;
    expect(shown(el, 'economics-line')).to.deep.equal(['Your cost $21.00 Price $30.00 Your margin $9.00 (30.00%)']);
    expect(text(economics(el)!)).to.contain('Post-paid for 10 user accounts');
    await expect(el).to.be.accessible();
  });

  it('in the customer view: no cost in the options and nothing of it shown', async () => {
    const el = await cloudOrder(CUSTOMER);
    expect(root(el).querySelector('[data-testid=prepaid]')).to.not.equal(null);
    expect(economics(el)).to.equal(null);
    expect(text(root(el))).to.not.match(COST_WORDS);
    expect(el.options!.packages.some((p) => 'cost' in p)).to.equal(false);
  });
});

async function purchasePreview(scenario = {}) {
  const { el } = await mount<LicensePurchase>(html`<license-purchase open></license-purchase>`, 'license-purchase', 'en', scenario);
  await waitUntil(() => root(el).querySelector('ck-steps'), 'loaded', { timeout: 4000 });
  await toQuantity(el);
  await fill(el, 'quantity', '3');
  await next(el);
  await radio(el, 'stockChoice', 'new-purchase');
  await next(el);
  await waitUntil(() => root(el).querySelector('[part=preview]'), 'preview', { timeout: 4000 });
  return el;
}

describe('<license-purchase> cost and margin', () => {
  it('with see-cost: the licenses charged at cost, price and margin, the price the preview’s total', async () => {
    const el = await purchasePreview();
    const total = root(el).querySelector('[part=preview]')!.getAttribute('data-price')!.replace('Total ', '');
    const [line] = shown(el, 'economics-line');
    expect(line).to.match(new RegExp(`^Your cost \\$[\\d,.]+ Price ${total.replace(/[$.]/g, '\\$&')} Your margin \\$[\\d,.]+ \\((29\\.9\\d|30\\.0\\d)%\\)$`));
    expect(shown(el, 'economics-total')).to.deep.equal([line]);
    expect(text(economics(el)!)).to.contain('Managed Laptop — Device License × 3');
    await expect(el).to.be.accessible();
  });

  it('in the customer view: no cost in the products and nothing of it shown', async () => {
    const el = await purchasePreview(CUSTOMER);
    expect(economics(el)).to.equal(null);
    expect(text(root(el))).to.not.match(COST_WORDS);
  });
});

async function saleReview(scenario = {}) {
  const { el } = await mount<SaleWizard>(html`<sale-wizard></sale-wizard>`, 'sale-wizard', 'en', scenario);
  await waitUntil(() => root(el).querySelector('[data-path=organizationId]'), 'wizard', { timeout: 4000 });
  await toReview(el);
  return el;
}

describe('<sale-wizard> cost and margin', () => {
  it('with see-cost: each line and the sale at cost, price and margin', async () => {
    const el = await saleReview();
    // 12 users of IT PRO / Practice Test at $25.00; the seller pays 70 % of it.
    expect(shown(el, 'economics-line')).to.deep.equal(['Your cost $210.00 Price $300.00 Your margin $90.00 (30.00%)']);
    expect(shown(el, 'economics-total')).to.deep.equal(['Your cost $210.00 Price $300.00 Your margin $90.00 (30.00%)']);
    expect(text(economics(el)!)).to.contain('IT PRO / Practice Test');
    await expect(el).to.be.accessible();
  });

  it('in the customer view: no cost in the distributions and nothing of it shown', async () => {
    const el = await saleReview(CUSTOMER);
    expect(economics(el)).to.equal(null);
    expect(text(root(el))).to.not.match(COST_WORDS);
    expect(el.distributions.some((d) => 'cost' in d)).to.equal(false);
  });
});
