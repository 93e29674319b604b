/**
 * Names that cannot reorder prices (issue 25, item 3): a backend name ending in U+202E (right-to-
 * left override) next to each price and quantity. The order is measured where Chromium draws each
 * character (Range rectangles), not assumed from the DOM text.
 */
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/license-purchase/define.js';
import '../../components/order-form/define.js';
import '../../components/sale-wizard/define.js';
import type { LicensePurchase } from '../../components/license-purchase/license-purchase.js';
import type { OrderForm } from '../../components/order-form/order-form.js';
import type { SaleWizard } from '../../components/sale-wizard/sale-wizard.js';
import { isolate, translate, registerMessages } from '../../src/i18n/index.js';
import { RestAdapter } from '../../src/adapter/index.js';
import { next } from './flows.js';
import { field, fill, mount, pick, radio, root, shownError, text } from './helpers.js';

const RLO = '\u202E';

/** Every text node under `node`, through shadow roots. */
function textNodes(node: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out.push(n as Text);
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return out;
}

/**
 * The left edge of each character of each occurrence of `word` in the text under `node`, as
 * drawn. In a left-to-right page, a word drawn in order has increasing edges.
 */
function drawnEdges(node: Node, word: string): number[][] {
  const found: number[][] = [];
  for (const t of textNodes(node)) {
    for (let at = t.data.indexOf(word); at >= 0; at = t.data.indexOf(word, at + 1)) {
      found.push(
        [...word].map((_, i) => {
          const r = document.createRange();
          r.setStart(t, at + i);
          r.setEnd(t, at + i + 1);
          return r.getBoundingClientRect().left;
        }),
      );
    }
  }
  return found;
}

/** Asserts that `word` appears under `node` and that every occurrence is drawn left to right. */
function expectDrawnInOrder(node: Node, word: string): void {
  const occurrences = drawnEdges(node, word);
  expect(occurrences.length, `"${word}" is shown`).to.be.greaterThan(0);
  for (const edges of occurrences) {
    const inOrder = edges.every((x, i) => i === 0 || x > edges[i - 1]!);
    expect(inOrder, `"${word}" drawn in order (character edges ${edges.map((x) => x.toFixed(1)).join(', ')})`).to.equal(true);
  }
}

/** Draws `label` (the text of a native option, which has no DOM to measure) in the page, and checks `word` in it. */
function expectLabelDrawsInOrder(label: string, word: string): void {
  const probe = document.createElement('div');
  probe.textContent = label;
  document.body.append(probe);
  try {
    expectDrawnInOrder(probe, word);
  } finally {
    probe.remove();
  }
}

describe('names compared in one form', () => {
  it('the organization search finds a name typed with a zero-width space or as NFD', async () => {
    await mount<HTMLElement>(html`<div></div>`, 'div');
    const api = new RestAdapter({ timeoutMs: 3000 });
    const names = async (q: string) => (await api.searchOrganizations(q, new AbortController().signal)).map((o) => o.name);
    expect(await names('con\u200Btoso')).to.include('Contoso Training Partners');
    expect(await names('CONTOSO\u2060 training')).to.include('Contoso Training Partners');
  });
});

describe('names that cannot reorder prices (measured in Chromium)', () => {
  it('the measure itself sees an override reorder digits, and an isolate stop it', () => {
    expect(() => expectLabelDrawsInOrder(`Laptop${RLO} × 12`, '12')).to.throw();
    expectLabelDrawsInOrder(`${isolate(`Laptop${RLO}`)} × 12`, '12');
  });

  it('message parameters are isolated: a name cannot reorder the number after it in a sentence', () => {
    registerMessages('en', { 'test.bidiSentence': '{name} bought {count} licenses for {total}.' });
    const sentence = translate('en', 'test.bidiSentence', { name: `Contoso${RLO}`, count: 12, total: '$1,440.00' });
    expectLabelDrawsInOrder(sentence, '12');
    expectLabelDrawsInOrder(sentence, '1,440.00');
    // Inert text (Latin letters and digits in an English sentence) needs no isolate and gets none.
    expect(translate('en', 'test.bidiSentence', { name: 'Contoso', count: 12, total: '$1,440.00' })).to.equal('Contoso bought 12 licenses for $1,440.00.');
  });

  it('license purchase: the product name, SKU and account next to each price and quantity', async () => {
    const { el, store } = await mount<LicensePurchase>(html`<license-purchase open></license-purchase>`, 'license-purchase');
    const laptop = store.data.contractProducts['ctr-device-2025']!.find((p) => p.id === 'prd-laptop')!;
    laptop.name = `Laptop${RLO}`;
    laptop.sku = `LAP${RLO}`;
    store.data.accounts.find((a) => a.id === 'acc-contoso-hq')!.name = `Contoso HQ${RLO}`;
    await waitUntil(() => root(el).querySelector('[data-path=contractId]'), 'contracts', { timeout: 4000 });
    await radio(el, 'contractId', 'ctr-device-2025');
    await next(el);
    await waitUntil(() => root(el).querySelector('[data-path=accountId]'), 'accounts', { timeout: 4000 });
    // The product step: "LAP‮ · $84.00 per license · …" must still draw the price in order.
    await toQuantityFromAccount(el);
    const price = text(field(el, 'productId')).match(/\$[\d,.]+/)![0];
    expectDrawnInOrder(field(el, 'productId').shadowRoot!, price.slice(1));
    await radio(el, 'productId', 'prd-laptop');
    await next(el);
    await fill(el, 'quantity', '12');
    await next(el);
    if (root(el).querySelector('[data-path=stockChoice]')) {
      await radio(el, 'stockChoice', 'new-purchase');
      await next(el);
    }
    const preview = root(el).querySelector('[part=preview]')!;
    expect(text(preview)).to.contain(`Laptop${RLO} × 12`);
    expectDrawnInOrder(preview.shadowRoot!, '12');
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click());
    const { detail } = await oneEvent(el, 'licenses-purchased');
    await el.updateComplete;
    const success = root(el).querySelector('[part=success]')!;
    const total = text(success).match(/Total: \$([\d,.]+)/)![1]!;
    expect(detail.purchase.licenses).to.have.length(12);
    expectDrawnInOrder(success, total);
    // "12 licenses … for Contoso HQ‮": the sentence's own number stays in order too.
    expectDrawnInOrder(success, '12');
  });

  it('order form: a plan named with an override keeps "up to 25" in order', async () => {
    const { el, store } = await mount<OrderForm>(html`<order-form></order-form>`, 'order-form');
    store.data.packages.find((p) => p.id === 'pkg-cloud-starter')!.name = `Cloud Starter${RLO}`;
    await waitUntil(() => root(el).querySelector('.cells'), 'kinds', { timeout: 4000 });
    el.kind = 'cloud';
    await waitUntil(() => root(el).querySelector('[data-path=packageId]'), 'form', { timeout: 4000 });
    const option = [...field(el, 'packageId').shadowRoot!.querySelectorAll('option')].find((o) => o.value === 'pkg-cloud-starter')!;
    expectLabelDrawsInOrder(option.textContent!, '25');
  });

  it('sale wizard: a distribution named with an override keeps its currency in order; a typed name with one is refused', async () => {
    const { el, store } = await mount<SaleWizard>(html`<sale-wizard></sale-wizard>`, 'sale-wizard');
    store.data.distributions.find((d) => d.id === 'dist-itpro-usd')!.name = `IT PRO${RLO}`;
    await waitUntil(() => root(el).querySelector('[data-path=orgMode]'), 'wizard', { timeout: 4000 });
    await radio(el, 'orgMode', 'new');
    await fill(el, 'newOrganization.name', `Lakeside${RLO} 12`);
    el.goTo('distribution');
    await el.updateComplete;
    const option = [...field(el, 'pending.distributionId').shadowRoot!.querySelectorAll('option')].find((o) => o.value === 'dist-itpro-usd')!;
    expectLabelDrawsInOrder(option.textContent!, 'USD');
    el.goTo('account');
    await next(el);
    expect(await shownError(el, 'newOrganization.name')).to.contain('text-direction');
  });
});

/** From the account step to the product step (the account saved for the contract). */
async function toQuantityFromAccount(el: LicensePurchase): Promise<void> {
  await pick(el, 'accountId', 'acc-contoso-hq');
  root(el).querySelector<HTMLButtonElement>('[part=save-account-button]')!.click();
  await waitUntil(() => text(root(el)).includes('Saved:'), 'saved', { timeout: 3000 });
  await next(el);
  await waitUntil(() => root(el).querySelector('[data-path=productId]'), 'products', { timeout: 3000 });
}
