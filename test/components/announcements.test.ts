import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/order-form/define.js';
import '../../components/service-plan-editor/define.js';
import '../../components/sale-wizard/define.js';
import '../../components/license-purchase/define.js';
import '../../components/sales-list/define.js';
import '../../components/license-list/define.js';
import '../../components/service-plan-list/define.js';
import '../../components/subscription-change/define.js';
import '../../components/subscription-list/define.js';
import '../../src/context/define-provider.js';
import type { OrderForm } from '../../components/order-form/index.js';
import { RestAdapter } from '../../src/adapter/rest-adapter.js';
import type { ChannelkitProvider } from '../../src/context/index.js';
import { testClock } from '../support/clock.js';
import { PRICE_PAUSE_MS } from '../../src/ui/controllers/announcer.js';
import { backend, mount, root, said } from './helpers.js';

const region = (el: Element, urgency: 'polite' | 'assertive') => root(el).querySelector(`[data-announce=${urgency}]`)!;

describe('what a widget says to a screen reader', () => {
  it('every widget has its polite and assertive regions before its first render', async () => {
    for (const tag of ['order-form', 'service-plan-editor', 'sale-wizard', 'license-purchase', 'sales-list', 'license-list', 'service-plan-list', 'subscription-change', 'subscription-list']) {
      const el = document.createElement(tag) as OrderForm;
      document.body.append(el);
      expect(el.hasUpdated, tag).to.equal(false);
      expect(region(el, 'polite').getAttribute('role'), tag).to.equal('status');
      expect(region(el, 'polite').textContent, tag).to.equal('');
      expect(region(el, 'assertive').getAttribute('aria-live'), tag).to.equal('assertive');
      el.remove();
    }
  });

  it('says a failed load once, when it happens, and no alert box is live', async () => {
    const store = await backend();
    store.reset();
    store.setFault('order-options', { kind: 'server', times: 1 });
    const provider = await fixture<ChannelkitProvider>(html`<channelkit-provider .adapter=${new RestAdapter({ timeoutMs: 3000 })} .clock=${testClock}><order-form></order-form></channelkit-provider>`);
    const el = provider.querySelector<OrderForm>('order-form')!;
    root(el).querySelector<HTMLButtonElement>('[part=order-button]')?.click();
    await waitUntil(() => region(el, 'assertive').textContent !== '', 'the failure is said', { timeout: 4000 });
    const said = region(el, 'assertive').textContent;
    el.requestUpdate();
    await el.updateComplete;
    expect(region(el, 'assertive').textContent).to.equal(said);
    const changes: string[] = [];
    new MutationObserver(() => changes.push(region(el, 'assertive').textContent ?? '')).observe(region(el, 'assertive'), { childList: true, characterData: true, subtree: true });
    el.requestUpdate();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(changes, 'said once, not again on a later render').to.deep.equal([]);
    for (const alert of root(el).querySelectorAll('ck-alert')) expect(alert.shadowRoot!.querySelector('[role=alert], [role=status], [aria-live]')).to.equal(null);
  });

  it('a price that appears with loaded data is not read; one the user changes is', async () => {
    const { el } = await mount<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<service-plan-editor plan-id="plan-backup-monthly" product-id="prod-backup"></service-plan-editor>`,
      'service-plan-editor',
    );
    await waitUntil(() => root(el).querySelector('[data-testid=schedule-total]'), 'the preview of the loaded plan', { timeout: 4000 });
    await new Promise((r) => setTimeout(r, PRICE_PAUSE_MS + 200));
    expect(said(el), 'the loaded total is not news').to.equal('');
  });
});
