// Tiered and package prices and the minimum commitment in <service-plan-editor> (issue 22).
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/service-plan-editor/define.js';
import type { ServicePlanEditor } from '../../components/service-plan-editor/service-plan-editor.js';
import { click, fillBasic, tableDrawn } from './flows.js';
import { control, deepActive, field, fill, mount, pick, root, shownError, text } from './helpers.js';

async function open(template = html`<service-plan-editor product-id="prod-backup"></service-plan-editor>`) {
  const r = await mount<ServicePlanEditor>(template, 'service-plan-editor', 'en');
  await waitUntil(() => root(r.el).querySelector('[part=price-summary]'), 'loaded', { timeout: 4000 });
  return r;
}
// Every module request is recorded (the default buffer of 250 entries fills with the test's own imports).
performance.setResourceTimingBufferSize(100_000);
performance.clearResourceTimings();
const tiersRequested = () => performance.getEntriesByType('resource').some((e) => /\/views\/tiers\.(ts|js)/.test(e.name));
const tiersShown = (el: ServicePlanEditor) => waitUntil(() => root(el).querySelector('[data-fee=recurring] .tier'), 'tiers shown', { timeout: 4000 });
const P = 'resources.0.pricing.recurring';

/** Graduated tiers for the recurring fee: up to 10 at $10.00, then $8.00 with a $20.00 flat amount (EUR and JPY too). */
async function graduated(el: ServicePlanEditor, model = 'graduated') {
  await fillBasic(el);
  await pick(el, `${P}.model`, model);
  await tiersShown(el);
  await fill(el, `${P}.tiers.0.upTo`, '10');
  for (const [c, a, b] of [['USD', '10.00', '8.00'], ['EUR', '9.00', '7.00'], ['JPY', '1500', '1200']] as const) {
    await fill(el, `${P}.tiers.0.prices.${c}`, a);
    await fill(el, `${P}.tiers.1.prices.${c}`, b);
  }
  await fill(el, `${P}.tiers.1.flats.USD`, '20.00');
}

describe('<service-plan-editor> tiered prices', () => {
  it('loads the tiers editor only when a fee is priced by tiers, then prices the preview’s quantity and draws the curve', async () => {
    const { el, store } = await open();
    await fillBasic(el);
    expect(tiersRequested(), 'no tiers chunk for a per-unit plan').to.equal(false);
    await graduated(el);
    expect(tiersRequested()).to.equal(true);
    expect(text(root(el).querySelector(`[data-fee=recurring] [data-tier="1"] legend`)!)).to.equal('Tier 2: units 11 and above');
    await fill(el, 'preview.quantities.res-devices', '12');
    // 10 × $10.00 + 2 × $8.00 + $20.00
    expect(text(root(el).querySelector('[data-testid=tier-cost]')!)).to.equal('At the preview’s quantity, 12 × device: $136.00.');
    const curve = root(el).querySelector('[data-testid=price-curve]')!;
    expect(curve.getAttribute('aria-label')).to.equal('Price of 0 to 20 × device in USD: $200.00 at 20. Tier bounds at 10.');
    expect(curve.querySelectorAll('line.bound')).to.have.length(1);
    // The preview charges the tiers: a year of 12 devices at $136.00 a month.
    expect(root(el).querySelector('[data-testid=schedule-total]')!.textContent).to.equal('$1,632.00');
    await expect(el).to.be.accessible();
    await click(el, '[part=submit-button]');
    await waitUntil(() => store.records.plans.length === 1, 'saved');
    expect(store.records.plans[0]!.resources[0]!.pricing).to.deep.equal({
      recurring: { model: 'graduated', tiers: [{ upTo: 10, prices: { USD: 1000, EUR: 900, JPY: 1500 }, flats: {} }, { upTo: null, prices: { USD: 800, EUR: 700, JPY: 1200 }, flats: { USD: 2000 } }] },
    });
  });

  it('adds a tier before the open one with focus on its Up to; each broken rule shows on its row; removing the last reopens the one before', async () => {
    const { el, store } = await open();
    await graduated(el);
    await click(el, `[data-fee=recurring] [data-action=add-tier]`);
    await waitUntil(() => deepActive() === field(el, `${P}.tiers.1.upTo`).shadowRoot!.querySelector('input'), 'focus on the new tier');
    expect(field(el, `${P}.tiers.1.upTo`).value).to.equal('20');
    await fill(el, `${P}.tiers.1.upTo`, '5');
    await click(el, '[part=submit-button]');
    expect(await shownError(el, `${P}.tiers.1.upTo`)).to.equal('Enter more than 10: each tier’s Up to must be above the tier before it.');
    expect(await shownError(el, `${P}.tiers.1.prices.EUR`)).to.equal('Enter the unit price in EUR.');
    expect(store.records.plans).to.have.length(0);
    await expect(el).to.be.accessible();
    // Remove the open last tier: the one before it becomes open, so nothing is left to fix there.
    await click(el, `[data-fee=recurring] [data-tier="2"] button`);
    expect(root(el).querySelectorAll('[data-fee=recurring] .tier')).to.have.length(2);
    expect(text(root(el).querySelector(`[data-fee=recurring] [data-tier="1"] legend`)!)).to.equal('Tier 2: units 11 and above');
  });

  it('volume tiers: warns on the bound past which more units cost less, naming the quantities', async () => {
    const { el } = await open();
    await fillBasic(el);
    await pick(el, `${P}.model`, 'volume');
    await tiersShown(el);
    await fill(el, `${P}.tiers.0.upTo`, '20');
    for (const c of ['USD', 'EUR', 'JPY']) {
      await fill(el, `${P}.tiers.0.prices.${c}`, c === 'JPY' ? '2500' : '25.00');
      await fill(el, `${P}.tiers.1.prices.${c}`, c === 'JPY' ? '2000' : '20.00');
    }
    expect(text(field(el, `${P}.tiers.0.upTo`))).to.contain('21 × device cost less than 20 × device');
    await expect(el).to.be.accessible();
  });

  it('the pricing model changed with the arrow keys keeps focus on its select, through every model (a keyboard user reaches Volume and Package)', async () => {
    // Found by a keyboard walk: Per unit -> Graduated, Volume -> Package dropped focus to the page.
    const { el } = await open();
    await fillBasic(el);
    const select = () => control(el, `${P}.model`) as HTMLSelectElement;
    select().focus();
    for (const model of ['graduated', 'volume', 'package']) {
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => (field(el, `${P}.model`) as HTMLElement & { value: string }).value === model, model);
      await el.updateComplete;
      expect(deepActive() === select(), `focus on the select after ${model}`).to.equal(true);
    }
  });

  it('removing a resource moves focus to the Resource select, not to the plan periods', async () => {
    const { el } = await open();
    await fillBasic(el);
    await click(el, '[data-action=remove-resource]');
    await waitUntil(() => deepActive() === control(el, 'resourceToAdd'), 'focus on the Resource select', { timeout: 2000 });
  });

  it('a package price: units per package and the price of one', async () => {
    const { el } = await open();
    await fillBasic(el);
    await pick(el, `${P}.model`, 'package');
    await fill(el, `${P}.blockSize`, '0');
    await click(el, '[part=submit-button]');
    expect(await shownError(el, `${P}.blockSize`)).to.equal('Enter 1 or more.');
    await fill(el, `${P}.blockSize`, '10');
    expect(field(el, 'resources.0.fees.recurring.USD').getAttribute('label')).to.equal('Recurring fee per package (USD)');
    await fill(el, 'preview.quantities.res-devices', '25');
    // 3 packages × $30.00 a month for a year
    expect(root(el).querySelector('[data-testid=schedule-total]')!.textContent).to.equal('$1,080.00');
  });

  it('Pay As You Go: a minimum commitment per currency, and the preview says where a true-up is charged', async () => {
    const { el } = await open();
    await fillBasic(el);
    expect(root(el).querySelector('[data-path="periods.0.minimum.USD"]'), 'not for other billing types').to.equal(null);
    await pick(el, 'billingType', 'payg-external');
    await pick(el, 'periods.0.duration.unit', 'month');
    await fill(el, 'preview.activationDate', '2026-03-01');
    await fill(el, 'periods.0.minimum.USD', '100.00');
    await fill(el, 'preview.quantities.res-devices', '2');
    await tableDrawn(el);
    // 2 devices at $30.00 = $60.00 of usage against $100.00: a $40.00 true-up.
    expect(text(root(el).querySelector('[data-testid=true-up]')!)).to.equal('(includes a true-up of $40.00)');
    expect(root(el).querySelector('[data-testid=schedule-total]')!.textContent).to.equal('$100.00');
    await fill(el, 'preview.quantities.res-devices', '4');
    await tableDrawn(el);
    expect(root(el).querySelector('[data-testid=true-up]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a saved plan with tiers and packages opens as saved, draws its curve and saves unchanged', async () => {
    const { el, store } = await open(html`<service-plan-editor product-id="prod-backup" plan-id="plan-backup-team"></service-plan-editor>`);
    await tiersShown(el);
    expect(field(el, `${P}.tiers.1.upTo`).value).to.equal('50');
    expect(field(el, 'resources.1.pricing.recurring.blockSize').value).to.equal('100');
    await fill(el, 'preview.quantities.res-devices', '12');
    // 10 × $6.00 + 2 × $5.00 + the second tier's $10.00
    expect(text(root(el).querySelector('[data-testid=tier-cost]')!)).to.equal('At the preview’s quantity, 12 × device: $80.00.');
    await expect(el).to.be.accessible();
    const before = structuredClone(store.records.plans.find((p) => p.id === 'plan-backup-team') ?? null);
    await click(el, '[part=submit-button]');
    await waitUntil(() => store.records.plans.some((p) => p.id === 'plan-backup-team' && p.etag !== before?.etag), 'saved');
    const saved = store.records.plans.find((p) => p.id === 'plan-backup-team')!;
    expect(saved.resources.map((r) => r.pricing)).to.deep.equal([
      { recurring: { model: 'graduated', tiers: [{ upTo: 10, prices: { USD: 600, EUR: 550, JPY: 900 }, flats: {} }, { upTo: 50, prices: { USD: 500, EUR: 460, JPY: 750 }, flats: { USD: 1000, EUR: 920, JPY: 1500 } }, { upTo: null, prices: { USD: 400, EUR: 370, JPY: 600 }, flats: {} }] } },
      { recurring: { model: 'package', blockSize: 100 } },
    ]);
  });
});
