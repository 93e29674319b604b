/**
 * The anatomy of <order-form> (issue 20): its class module registers nothing, and every
 * documented part can be styled from the page.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { OrderForm } from '../../components/order-form/index.js';

const TAGS = ['order-form', ...Object.keys(OrderForm.dependencies)];

describe('<order-form> anatomy', () => {
  it('importing the class module registers no element; define.ts registers it and what it renders', async () => {
    expect(Object.keys(OrderForm.dependencies)).to.include.members(['ck-alert', 'ck-confirm-dialog', 'ck-text-field', 'ck-select-field', 'ck-radio-group', 'ck-checkbox', 'ck-number-field', 'ck-summary-list']);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
    await import('../../components/order-form/define.js');
    for (const tag of TAGS) expect(customElements.get(tag), tag).not.to.equal(undefined);
    expect(customElements.get('order-form')).to.equal(OrderForm);
  });

  it('styles every documented part from outside: heading, kind-cell, order-button, renew-button, price-summary, submit-button, success', async () => {
    await import('../../components/order-form/define.js');
    const { html } = await import('lit');
    const { mount, root } = await import('./helpers.js');
    const { fillCloud } = await import('./flows.js');
    const sheet = document.createElement('style');
    const parts = ['heading', 'kind-cell', 'order-button', 'renew-button', 'price-summary', 'submit-button', 'success', 'done-heading'];
    sheet.textContent = parts.map((p) => `order-form::part(${p}) { color: rgb(1, 2, 3); }`).join('\n');
    document.head.append(sheet);
    try {
      const { el } = await mount<OrderForm>(html`<order-form></order-form>`, 'order-form');
      await waitUntil(() => root(el).querySelector('.cells'), 'the choice', { timeout: 4000 });
      const color = (part: string) => {
        const e = root(el).querySelector(`[part~=${part}]`);
        return e ? getComputedStyle(e).color : 'missing';
      };
      for (const p of ['heading', 'kind-cell', 'order-button', 'renew-button']) expect(color(p), p).to.equal('rgb(1, 2, 3)');
      root(el).querySelector<HTMLButtonElement>('[part=order-button]')!.click();
      await waitUntil(() => root(el).querySelector('form'), 'the cloud form', { timeout: 4000 });
      for (const p of ['heading', 'price-summary', 'submit-button']) expect(color(p), p).to.equal('rgb(1, 2, 3)');
      await fillCloud(el);
      setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click());
      await oneEvent(el, 'order-created');
      await el.updateComplete;
      for (const p of ['done-heading', 'success']) expect(color(p), p).to.equal('rgb(1, 2, 3)');
    } finally {
      sheet.remove();
    }
  });
});
