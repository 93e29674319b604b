/**
 * A figure the billing core refuses shows as an error where it would be (issue 25, item 6): a
 * backend price of 2^52 minor units times a few users or licenses is past 2^53, and the core
 * throws a RangeError. Never an exception inside render, never the last figure left on screen.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../components/license-purchase/define.js';
import '../../components/sale-wizard/define.js';
import type { LicensePurchase } from '../../components/license-purchase/license-purchase.js';
import type { SaleWizard } from '../../components/sale-wizard/sale-wizard.js';
import { addLine, next, toQuantity } from './flows.js';
import { field, fill, mount, pick, radio, root, text } from './helpers.js';

const HUGE = 2 ** 52;
const REFUSED = 'This cannot be calculated: a quantity, price or date is out of range.';

/** Runs `body` and returns every error thrown in the page meanwhile (render exceptions included). */
async function thrownDuring(body: () => Promise<void>): Promise<unknown[]> {
  const thrown: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => thrown.push('reason' in e ? e.reason : e.error);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  try {
    await body();
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  }
  return thrown;
}

describe('a figure the core refuses', () => {
  it('sale wizard: a price times users past 2^53 is an error on Sales Price, the line and the total', async () => {
    const { el, store } = await mount<SaleWizard>(html`<sale-wizard></sale-wizard>`, 'sale-wizard');
    const dist = store.data.distributions.find((d) => d.id === 'dist-itpro-usd')!;
    dist.unitPrice = HUGE;
    delete dist.tiers;
    await waitUntil(() => root(el).querySelector('ck-steps'), 'wizard', { timeout: 4000 });
    const thrown = await thrownDuring(async () => {
      el.goTo('distribution');
      await el.updateComplete;
      await pick(el, 'pending.distributionId', 'dist-itpro-usd');
      await fill(el, 'pending.users', '3');
      expect(text(field(el, 'salesPrice'))).to.contain(REFUSED);
      await addLine(el, 'dist-itpro-usd', '3');
      expect(text(root(el).querySelector('[data-testid=lines]')!)).to.contain(REFUSED);
      expect(text(root(el).querySelector('[data-testid=sale-total]')!)).to.contain(REFUSED);
    });
    expect(thrown).to.deep.equal([]);
  });

  it('license purchase: a preview past 2^53 says why instead of the figures', async () => {
    const { el, store } = await mount<LicensePurchase>(html`<license-purchase open></license-purchase>`, 'license-purchase');
    store.data.contractProducts['ctr-device-2025']!.find((p) => p.id === 'prd-tablet')!.unitPrice = HUGE;
    await waitUntil(() => root(el).querySelector('[data-path=contractId]'), 'contracts', { timeout: 4000 });
    const thrown = await thrownDuring(async () => {
      // The head office has no tablets: a full term, 3 x 2^52.
      await toQuantity(el, 'ctr-device-2025', 'acc-contoso-hq', 'prd-tablet');
      await fill(el, 'quantity', '3');
      await next(el);
      if (root(el).querySelector('[data-path=stockChoice]')) {
        await radio(el, 'stockChoice', 'new-purchase');
        await next(el);
      }
      await waitUntil(() => root(el).querySelector('[data-testid=preview-refused]'), 'refused preview', { timeout: 3000 });
      expect(text(root(el).querySelector('[data-testid=preview-refused]')!)).to.contain(REFUSED);
      // Buy sends nothing and throws nothing.
      const before = store.records.purchases.length;
      root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
      await el.updateComplete;
      expect(store.records.purchases.length).to.equal(before);
    });
    expect(thrown).to.deep.equal([]);
  });
});
