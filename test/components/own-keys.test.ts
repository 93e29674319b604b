/**
 * Keys that came from data are read as own properties only (issue 25, item 5): a resource id
 * "constructor", a 422 field "constructor", language codes Intl refuses.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/license-purchase/define.js';
import '../../components/service-plan-editor/define.js';
import type { LicensePurchase } from '../../components/license-purchase/license-purchase.js';
import type { PlanAdapter } from '../../src/adapter/types.js';
import type { PlanContext, ServicePlan } from '../../src/schemas/plan.js';
import { next, toQuantity } from './flows.js';
import { field, fill, mount, radio, root, text } from './helpers.js';

const context = (over: Partial<PlanContext> = {}): PlanContext => ({
  product: { id: 'prod-1', name: 'Backup' },
  resources: [{ id: 'constructor', name: 'Seats', unit: 'seat' }],
  currencies: ['USD'],
  languages: ['en'],
  plans: [],
  ...over,
});
const plan: ServicePlan = {
  id: 'plan-1',
  productId: 'prod-1',
  name: 'Backup',
  active: true,
  description: { en: 'Cloud backup' },
  billingType: 'csp-monthly',
  sku: 'BKP',
  periods: [{ id: 'p1', duration: { quantity: 1, unit: 'month' }, endless: false, trial: false, fees: { USD: 1000 } }],
  resources: [{ resourceId: 'constructor', included: 0, minimum: 3, limit: 10, unlimited: false, fees: { recurring: { USD: 100 } } }],
};
function plans(ctx: PlanContext): PlanAdapter {
  return {
    getPlanContext: async () => ctx,
    getPlan: async () => plan,
    savePlan: async (p: ServicePlan) => ({ ...p, id: 'plan-1' }) as ServicePlan,
    copyPlan: async () => plan,
  } as unknown as PlanAdapter;
}

describe('keys from data are own properties only', () => {
  it('plan editor: a resource with id "constructor" previews its minimum, not a function', async () => {
    const el = await fixture<HTMLElement>(html`<service-plan-editor product-id="prod-1" plan-id="plan-1" .adapter=${plans(context())}></service-plan-editor>`);
    await waitUntil(() => root(el).querySelector('[data-path="preview.quantities.constructor"]'), 'preview quantity', { timeout: 4000 });
    expect((field(el, 'preview.quantities.constructor') as HTMLElement & { value: unknown }).value).to.equal('3');
    expect(text(root(el))).to.not.contain('native code');
  });

  it('plan editor: a language code Intl refuses is a clear error, never "Loading…" forever; other codes show named or raw', async () => {
    const bad = await fixture<HTMLElement>(html`<service-plan-editor product-id="prod-1" .adapter=${plans(context({ languages: ['en', 'pt_BR'] }))}></service-plan-editor>`);
    await waitUntil(() => text(root(bad)).includes('could not be read'), 'refused', { timeout: 4000 });
    const good = await fixture<HTMLElement>(html`<service-plan-editor product-id="prod-1" .adapter=${plans(context({ languages: ['en', 'pt-BR', 'qaa'] }))}></service-plan-editor>`);
    await waitUntil(() => root(good).querySelector('[data-path="name"]'), 'editor', { timeout: 4000 });
    expect(text(root(good))).to.contain('Brazilian Portuguese').and.contain('qaa');
  });

  it('license purchase: a 422 on a field named "constructor" stays on a real step, not "Step 0"', async () => {
    const { el, store } = await mount<LicensePurchase>(html`<license-purchase open></license-purchase>`, 'license-purchase');
    await waitUntil(() => root(el).querySelector('[data-path=contractId]'), 'contracts', { timeout: 4000 });
    await toQuantity(el);
    await fill(el, 'quantity', '3');
    await next(el);
    if (root(el).querySelector('[data-path=stockChoice]')) {
      await radio(el, 'stockChoice', 'new-purchase');
      await next(el);
    }
    store.setFault('purchase', { kind: 'validation', fields: { constructor: 'The server refused this value.' }, times: 1 });
    root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    const heading = () => root(el).querySelector('ck-steps')!.shadowRoot!.querySelector('h2')!.textContent!;
    await waitUntil(() => !heading().includes('Preview'), 'went to the field’s step', { timeout: 4000 });
    expect(heading()).to.match(/Step [1-9] of/);
    expect(root(el).querySelector('[data-path=quantity]'), 'the quantity step').to.not.equal(null);
  });
});
