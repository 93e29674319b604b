// A plan editor that scales (issue 21, point 2): a plan with many resources shows each as a compact
// row whose fields open on demand, so 200 resources × 5 currencies × 4 fees (with tiers) mount as
// rows, not as 20,000 fields; a resource with an error to show opens by itself.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/service-plan-editor/define.js';
import '../../src/context/define-provider.js';
import type { ServicePlanEditor } from '../../components/service-plan-editor/service-plan-editor.js';
import { RestAdapter } from '../../src/adapter/index.js';
import { BIG_PLAN_CURRENCIES, bigPlan, elementCount } from '../support/big-plan.js';
import { testClock } from '../support/clock.js';
import { click } from './flows.js';
import { backend, deepActive, fill, root, shownError, text } from './helpers.js';

/** The editor on bigPlan(n): `n` resources, each with 4 fee types in 5 currencies, the recurring fee in 4 graduated tiers. */
async function openBig(n: number, readonly = false) {
  const store = await backend();
  store.reset();
  const { resources, plan } = bigPlan(n);
  store.data.planContext = { ...store.data.planContext, currencies: BIG_PLAN_CURRENCIES, resources };
  store.data.plans = [plan];
  const provider = await fixture(html`<channelkit-provider .adapter=${new RestAdapter({ timeoutMs: 5000 })} .clock=${testClock} locale="en"><service-plan-editor product-id="prod-backup" plan-id="plan-big" ?readonly=${readonly}></service-plan-editor></channelkit-provider>`);
  const el = provider.querySelector<ServicePlanEditor>('service-plan-editor')!;
  await waitUntil(() => root(el).querySelector('[data-testid=schedule-total]'), 'priced', { timeout: 20000 });
  return { el, store };
}

describe('<service-plan-editor> with many resources', () => {
  it('200 resources with tiers mount as compact rows (few thousand nodes), priced in the preview; Edit opens one', async () => {
    const { el } = await openBig(200);
    expect(root(el).querySelectorAll('.resource.compact')).to.have.length(200);
    expect(root(el).querySelectorAll('ck-money-field').length).to.be.below(40);
    expect(elementCount(root(el))).to.be.below(25_000);
    const row = root(el).querySelector('[data-resource=r7]')!;
    expect(text(row)).to.contain('Resource 8').and.contain('0 included · minimum 1 · limit 100').and.contain('Recurring fee (Graduated tiers)');
    const edit = row.querySelector<HTMLButtonElement>('[data-action=toggle-resource]')!;
    expect(edit.getAttribute('aria-expanded')).to.equal('false');
    expect(edit.getAttribute('aria-label')).to.equal('Edit Resource 8');
    edit.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => root(el).querySelector('[data-path="resources.7.pricing.recurring.tiers.3.prices.CHF"]'), 'opened with its tiers', { timeout: 5000 });
    expect(edit.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActive() === edit, 'focus stays on the button').to.equal(true);
    // An edit there re-prices the preview.
    const total = root(el).querySelector('[data-testid=schedule-total]')!.textContent;
    await fill(el, 'resources.7.pricing.recurring.tiers.0.prices.USD', '9.00');
    expect(root(el).querySelector('[data-testid=schedule-total]')!.textContent).not.to.equal(total);
  });

  it('a resource with an error opens by itself on save, and the summary link reaches its field', async () => {
    const { el, store } = await openBig(12);
    expect(root(el).querySelectorAll('.resource.compact')).to.have.length(12);
    await expect(el).to.be.accessible();
    // Break resource 5's limit through its row: open, clear, close.
    root(el).querySelector<HTMLButtonElement>('[data-resource=r5] [data-action=toggle-resource]')!.click();
    await el.updateComplete;
    await fill(el, 'resources.5.limit', '');
    root(el).querySelector<HTMLButtonElement>('[data-resource=r5] [data-action=toggle-resource]')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[data-path="resources.5.limit"]')).to.equal(null);
    await click(el, '[part=submit-button]');
    await waitUntil(() => root(el).querySelector('[data-path="resources.5.limit"]'), 'opened by its error');
    expect(await shownError(el, 'resources.5.limit')).to.equal('Enter a Units limit or turn on Unlimited.');
    expect(root(el).querySelectorAll('.resource.compact')).to.have.length(11);
    expect(store.data.plans.find((p) => p.id === 'plan-big')!.resources[5]!.limit, 'nothing saved').to.equal(100);
    await expect(el).to.be.accessible();
  });

  it('read only, a row offers Details, not Edit, and nothing to remove', async () => {
    const { el } = await openBig(12, true);
    const button = root(el).querySelector<HTMLButtonElement>('[data-resource=r0] [data-action=toggle-resource]')!;
    expect([button.textContent!.trim(), button.getAttribute('aria-label')]).to.deep.equal(['Details', 'Details of Resource 1']);
    expect(root(el).querySelectorAll('[data-resource] button')).to.have.length(12);
    button.click();
    await el.updateComplete;
    expect(button.textContent!.trim()).to.equal('Collapse');
    await expect(el).to.be.accessible();
  });
});
