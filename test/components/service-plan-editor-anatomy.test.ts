/**
 * The anatomy of <service-plan-editor> (issue 20): its class module registers nothing, and every
 * documented part can be styled from the page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ServicePlanEditor } from '../../components/service-plan-editor/index.js';

const TAGS = ['service-plan-editor', ...Object.keys(ServicePlanEditor.dependencies)];

describe('<service-plan-editor> anatomy', () => {
  it('importing the class module registers no element; define.ts registers it and what it renders', async () => {
    expect(Object.keys(ServicePlanEditor.dependencies)).to.include.members(['ck-alert', 'ck-confirm-dialog', 'ck-text-field', 'ck-money-field', 'ck-toggle', 'ck-checkbox']);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
    await import('../../components/service-plan-editor/define.js');
    for (const tag of TAGS) expect(customElements.get(tag), tag).not.to.equal(undefined);
    expect(customElements.get('service-plan-editor')).to.equal(ServicePlanEditor);
  });

  it('styles every documented part from outside: price-summary, submit-button, copy-button, error-summary', async () => {
    await import('../../components/service-plan-editor/define.js');
    const { html } = await import('lit');
    const { fill, mount, root } = await import('./helpers.js');
    const sheet = document.createElement('style');
    const parts = ['price-summary', 'submit-button', 'copy-button', 'error-summary'];
    sheet.textContent = parts.map((p) => `service-plan-editor::part(${p}) { color: rgb(1, 2, 3); }`).join('\n');
    document.head.append(sheet);
    try {
      const { el } = await mount<ServicePlanEditor>(html`<service-plan-editor product-id="prod-backup" plan-id="plan-backup-monthly"></service-plan-editor>`, 'service-plan-editor');
      await waitUntil(() => root(el).querySelector('[part=copy-button]'), 'loaded', { timeout: 4000 });
      const color = (part: string) => {
        const e = root(el).querySelector(`[part~=${part}]`);
        return e ? getComputedStyle(e).color : 'missing';
      };
      for (const p of ['price-summary', 'submit-button', 'copy-button']) expect(color(p), p).to.equal('rgb(1, 2, 3)');
      await fill(el, 'name', '');
      root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
      await waitUntil(() => root(el).querySelector('[part~=error-summary]'), 'error summary', { timeout: 4000 });
      expect(color('error-summary')).to.equal('rgb(1, 2, 3)');
    } finally {
      sheet.remove();
    }
  });
});
