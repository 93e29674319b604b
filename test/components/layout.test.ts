/**
 * Layout at 320 px, the narrow screen (#14): no widget state makes the page scroll sideways, and
 * nothing drawn reaches past the screen's edge (a long unbroken name included).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../components/license-purchase/define.js';
import '../../components/order-form/define.js';
import '../../components/sale-wizard/define.js';
import '../../components/service-plan-editor/define.js';
import type { LicensePurchase } from '../../components/license-purchase/license-purchase.js';
import type { OrderForm } from '../../components/order-form/order-form.js';
import type { SaleWizard } from '../../components/sale-wizard/sale-wizard.js';
import type { ServicePlanEditor } from '../../components/service-plan-editor/service-plan-editor.js';
import { addLine, chooseOrg, fillBasic, fillCloud, next, toQuantity } from './flows.js';
import { fill, mount, pick, root } from './helpers.js';

const WIDTH = 320;

/** Elements drawn past the right edge of the screen (through shadow roots), by a short description. */
function overflowing(): string[] {
  const out: string[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Visually hidden text (1 px, clipped) is not drawn.
      const hidden = r.width <= 1 || style.visibility === 'hidden' || style.clip === 'rect(0px, 0px, 0px, 0px)';
      if (!hidden && r.width > 0 && r.right > WIDTH + 0.5) out.push(`<${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}> right ${Math.round(r.right)}: ${(el.textContent ?? '').trim().slice(0, 40)}`);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document.body);
  return out;
}

async function fits(state: string) {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const doc = document.documentElement;
  expect(overflowing(), state).to.deep.equal([]);
  expect(doc.scrollWidth <= doc.clientWidth, `${state}: page ${doc.scrollWidth} px wide`).to.equal(true);
}

const stepped = (el: Element) => waitUntil(() => root(el).querySelector('ck-steps'), 'loaded', { timeout: 4000 });

describe('layout at 320 px (#14)', () => {
  before(() => setViewport({ width: WIDTH, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('<sale-wizard>: every step, errors shown, and a 120-character unbroken name on the success card', async () => {
    const { el } = await mount<SaleWizard>(html`<sale-wizard></sale-wizard>`, 'sale-wizard');
    await stepped(el);
    await fits('account');
    await next(el);
    await fits('account with errors');
    await chooseOrg(el, 'contoso', 'Contoso Training Partners');
    await next(el);
    await fits('distribution');
    await addLine(el, 'dist-itpro-usd', '12');
    await fits('distribution with a line');
    await next(el);
    await next(el);
    await fits('setup with errors');
    await pick(el, 'billingMethodId', 'bm-invoice-30');
    await fill(el, 'name', 'N'.repeat(120));
    await next(el);
    await fits('review with a long name');
    root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitUntil(() => root(el).querySelector('[part=success]'), 'created', { timeout: 4000 });
    await fits('success with a long name');
  });

  it('<order-form>: empty, errors shown, priced, and its summary before the submit button', async () => {
    const chooser = await mount<OrderForm>(html`<order-form></order-form>`, 'order-form');
    await waitUntil(() => root(chooser.el).querySelector('[part=order-button]'), 'the kinds', { timeout: 4000 });
    await fits('choosing Cloud or SaaS');
    const { el } = await mount<OrderForm>(html`<order-form kind="cloud"></order-form>`, 'order-form');
    await waitUntil(() => root(el).querySelector('[part=submit-button]'), 'loaded', { timeout: 4000 });
    await fits('empty');
    root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitUntil(() => root(el).querySelector('[part~=error-summary]:not([hidden])'), 'errors', { timeout: 3000 });
    await fits('errors');
    await fillCloud(el, 'x'.repeat(60) + '.com');
    await fits('priced');
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

  it('<license-purchase>: the first steps and the quantity step', async () => {
    const { el } = await mount<LicensePurchase>(html`<license-purchase open></license-purchase>`, 'license-purchase');
    await stepped(el);
    await fits('contract');
    await toQuantity(el);
    await fits('quantity');
  });

  it('<service-plan-editor>: empty, errors shown, and filled with its schedule', async () => {
    const { el } = await mount<ServicePlanEditor>(html`<service-plan-editor product-id="prod-backup"></service-plan-editor>`, 'service-plan-editor');
    await waitUntil(() => root(el).querySelector('[part=submit-button], [part=price-summary]'), 'loaded', { timeout: 4000 });
    await fits('empty');
    root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitUntil(() => root(el).querySelector('[part~=error-summary]:not([hidden])'), 'errors', { timeout: 3000 });
    await fits('errors');
    await fillBasic(el);
    await fits('filled');
  });
});
