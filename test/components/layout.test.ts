/**
 * Layout at 320 px, the narrow screen (#14): no widget state makes the page scroll sideways,
 * nothing drawn reaches past the screen's edge (a long unbroken name included) and no box clips
 * its text (layout-fit.ts). This is the slice npm test runs; `npm run test:full` walks the same
 * states at 320, 375, 768 and 1280 px and at 200 % and 400 % zoom (test/full/layout-matrix.full.ts).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { OrderForm } from '../../components/order-form/order-form.js';
import { fillCloud } from './flows.js';
import { mount, root } from './helpers.js';
import { fitsIn, walkDemoPlayground, walkLists, walkSubscriptions } from './layout-fit.js';
import { walkLicensePurchase, walkOrderForm, walkPlanEditor, walkSaleWizard } from './layout-walks.js';

const WIDTH = 320;
const fits = fitsIn(WIDTH);

describe('layout at 320 px (#14)', () => {
  before(() => setViewport({ width: WIDTH, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('<sale-wizard>: every step, errors shown, and a 120-character unbroken name on the success card', () => walkSaleWizard(fits));

  it('<order-form>: empty, errors shown, priced, and its summary before the submit button', async () => {
    const el = await walkOrderForm(fits);
    const summary = root(el).querySelector('[part=price-summary]')!.getBoundingClientRect();
    const submit = root(el).querySelector('[part=submit-button]')!.getBoundingClientRect();
    expect(summary.bottom <= submit.top, 'the price summary comes before the button on a phone').to.equal(true);
  });

  it('<order-form> at 1440 px: its Pre-paid and Post-paid labels on two lines at most, the Cloud and SaaS Order buttons level', async () => {
    await setViewport({ width: 1440, height: 900 });
    try {
      const chooser = await mount<OrderForm>(html`<order-form></order-form>`, 'order-form');
      await waitUntil(() => root(chooser.el).querySelectorAll('[part=order-button]').length === 2, 'the kinds', { timeout: 4000 });
      const [cloud, saas] = [...root(chooser.el).querySelectorAll('[part=order-button]')].map((b) => b.getBoundingClientRect().top);
      expect(Math.abs(cloud! - saas!) < 1, `Order buttons at ${cloud} and ${saas}`).to.equal(true);
      const { el } = await mount<OrderForm>(html`<order-form kind="cloud"></order-form>`, 'order-form');
      await waitUntil(() => root(el).querySelector('[part=submit-button]'), 'loaded', { timeout: 4000 });
      await fillCloud(el);
      await waitUntil(() => root(el).querySelector('[part=price-summary] dl.sum dt'), 'priced', { timeout: 3000 });
      // "Pre-paid, 12 months" and "Post-paid for N user accounts", each with its Selected mark.
      for (const dt of [...root(el).querySelectorAll<HTMLElement>('[part=price-summary] dl.sum dt')].slice(0, 2)) {
        const lines = Math.round(dt.getBoundingClientRect().height / parseFloat(getComputedStyle(dt).lineHeight));
        expect(lines, `"${dt.textContent!.trim()}" on ${lines} lines`).to.be.at.most(2);
      }
    } finally {
      await setViewport({ width: WIDTH, height: 800 });
    }
  });

  it('<license-purchase>: the first steps and the quantity step', () => walkLicensePurchase(fits));

  it('<service-plan-editor>: empty, errors shown, and filled with its schedule', () => walkPlanEditor(fits));

  it('the lists: loading and a page of rows, stacked', () => walkLists(fits));

  it('<subscription-list> and <subscription-change>', () => walkSubscriptions(fits));

  it('the demo’s billing core and its charge table', () => walkDemoPlayground(fits));
});
