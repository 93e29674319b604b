/**
 * Plan rules from the shared schema shown next to their field in the plan editor (issue 13, item 10).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../components/service-plan-editor/define.js';
import type { ServicePlanEditor } from '../../components/service-plan-editor/service-plan-editor.js';
import { click, fillBasic } from './flows.js';
import { field, mount, root, shownError } from './helpers.js';

describe('<service-plan-editor> and the shared plan rules', () => {
  it('a plan of trials alone is refused next to the Trial switch and nothing is saved', async () => {
    const { el, store } = await mount<ServicePlanEditor>(html`<service-plan-editor product-id="prod-backup"></service-plan-editor>`, 'service-plan-editor');
    await waitUntil(() => root(el).querySelector('[part=submit-button]'), 'loaded', { timeout: 4000 });
    await fillBasic(el);
    field(el, 'periods.0.trial').shadowRoot!.querySelector<HTMLButtonElement>('button[role=switch]')!.click();
    await el.updateComplete;
    const before = store.records.plans.length;
    await click(el, '[part=submit-button]');
    expect(await shownError(el, 'periods.0.trial')).to.equal('A service plan needs a period that is not a trial.');
    expect(store.records.plans.length).to.equal(before);
  });
});
