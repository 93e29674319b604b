/**
 * The anatomy of <sale-wizard> (issue 20): its class module registers nothing, and every
 * documented part can be styled from the page, the step heading through ck-steps' exportparts.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { SaleWizard } from '../../components/sale-wizard/index.js';

const TAGS = ['sale-wizard', ...Object.keys(SaleWizard.dependencies)];

describe('<sale-wizard> anatomy', () => {
  it('importing the class module registers no element; define.ts registers it and what it renders', async () => {
    expect(Object.keys(SaleWizard.dependencies)).to.include.members(['ck-steps', 'ck-alert', 'ck-confirm-dialog', 'ck-text-field']);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
    await import('../../components/sale-wizard/define.js');
    for (const tag of TAGS) expect(customElements.get(tag), tag).not.to.equal(undefined);
    expect(customElements.get('sale-wizard')).to.equal(SaleWizard);
  });

  it('styles every documented part from outside: step-heading, next-button, submit-button, success', async () => {
    await import('../../components/sale-wizard/define.js');
    const { html } = await import('lit');
    const { mount, root } = await import('./helpers.js');
    const { toReview } = await import('./flows.js');
    const sheet = document.createElement('style');
    const parts = ['step-heading', 'next-button', 'submit-button', 'success'];
    sheet.textContent = parts.map((p) => `sale-wizard::part(${p}) { color: rgb(1, 2, 3); }`).join('\n');
    document.head.append(sheet);
    try {
      const { el } = await mount<SaleWizard>(html`<sale-wizard></sale-wizard>`, 'sale-wizard');
      await waitUntil(() => root(el).querySelector('ck-steps'), 'wizard', { timeout: 4000 });
      const color = (e: Element | null | undefined) => (e ? getComputedStyle(e).color : 'missing');
      const heading = () => root(el).querySelector('ck-steps')!.shadowRoot!.querySelector('[part~=step-heading]');
      expect(color(heading())).to.equal('rgb(1, 2, 3)');
      expect(color(root(el).querySelector('[part=next-button]'))).to.equal('rgb(1, 2, 3)');
      await toReview(el);
      expect(color(root(el).querySelector('[part=submit-button]'))).to.equal('rgb(1, 2, 3)');
      setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click());
      await oneEvent(el, 'sale-created');
      await el.updateComplete;
      expect(color(root(el).querySelector('[part=success]'))).to.equal('rgb(1, 2, 3)');
    } finally {
      sheet.remove();
    }
  });
});
