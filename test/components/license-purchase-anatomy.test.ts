/**
 * The anatomy of <license-purchase> (issue 20): its class module registers nothing, and every
 * documented part can be styled from the page, the step heading through ck-steps' exportparts.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { LicensePurchase } from '../../components/license-purchase/index.js';

const TAGS = ['license-purchase', ...Object.keys(LicensePurchase.dependencies)];

describe('<license-purchase> anatomy', () => {
  it('importing the class module registers no element; define.ts registers it and what it renders', async () => {
    expect(Object.keys(LicensePurchase.dependencies)).to.include.members(['ck-steps', 'ck-alert', 'ck-confirm-dialog', 'ck-radio-group', 'ck-number-field', 'ck-summary-list']);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
    await import('../../components/license-purchase/define.js');
    for (const tag of TAGS) expect(customElements.get(tag), tag).not.to.equal(undefined);
    expect(customElements.get('license-purchase')).to.equal(LicensePurchase);
  });

  it('styles every documented part from outside', async () => {
    await import('../../components/license-purchase/define.js');
    const { html } = await import('lit');
    const { mount, radio, root } = await import('./helpers.js');
    const { next, toQuantity } = await import('./flows.js');
    const sheet = document.createElement('style');
    const parts = ['start-button', 'step-heading', 'contract-details', 'save-account-button', 'next-button', 'preview', 'submit-button', 'success'];
    sheet.textContent = parts.map((p) => `license-purchase::part(${p}) { color: rgb(1, 2, 3); }`).join('\n');
    document.head.append(sheet);
    try {
      const { el } = await mount<LicensePurchase>(html`<license-purchase></license-purchase>`, 'license-purchase');
      const color = (e: Element | null | undefined) => (e ? getComputedStyle(e).color : 'missing');
      const part = (name: string) => root(el).querySelector(`[part=${name}]`);
      expect(color(part('start-button'))).to.equal('rgb(1, 2, 3)');
      await el.start();
      await waitUntil(() => root(el).querySelector('[data-path=contractId]'), 'contracts', { timeout: 4000 });
      expect(color(root(el).querySelector('ck-steps')!.shadowRoot!.querySelector('[part~=step-heading]'))).to.equal('rgb(1, 2, 3)');
      expect(color(part('next-button'))).to.equal('rgb(1, 2, 3)');
      await radio(el, 'contractId', 'ctr-device-2025');
      await waitUntil(() => part('contract-details'), 'details', { timeout: 3000 });
      expect(color(part('contract-details'))).to.equal('rgb(1, 2, 3)');
      await next(el);
      expect(color(part('save-account-button'))).to.equal('rgb(1, 2, 3)');
      el.remove();
      const again = await mount<LicensePurchase>(html`<license-purchase open></license-purchase>`, 'license-purchase');
      await waitUntil(() => root(again.el).querySelector('[data-path=contractId]'), 'contracts', { timeout: 4000 });
      await toQuantity(again.el, 'ctr-device-2025', 'acc-contoso-hq', 'prd-tablet');
      await next(again.el);
      const p = (name: string) => root(again.el).querySelector(`[part=${name}]`);
      expect(color(p('preview'))).to.equal('rgb(1, 2, 3)');
      expect(color(p('submit-button'))).to.equal('rgb(1, 2, 3)');
      setTimeout(() => (p('submit-button') as HTMLButtonElement).click());
      await oneEvent(again.el, 'licenses-purchased');
      await again.el.updateComplete;
      expect(color(p('success'))).to.equal('rgb(1, 2, 3)');
    } finally {
      sheet.remove();
    }
  });
});
