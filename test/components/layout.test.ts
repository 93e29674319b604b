/**
 * Layout at 320 px, the narrow screen (#14): no widget state makes the page scroll sideways, and
 * nothing drawn reaches past the screen's edge (a long unbroken name included).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { OrderForm } from '../../components/order-form/order-form.js';
import { fillCloud } from './flows.js';
import { mount, root } from './helpers.js';
import { walkLicensePurchase, walkOrderForm, walkPlanEditor, walkSaleWizard } from './layout-walks.js';

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
});
