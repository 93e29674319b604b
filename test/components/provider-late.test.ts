// A page that defines <channelkit-provider> after the widget (code-split, lazy): the widget must
// not show, or have read out, a "no adapter" note during the moment its context is on the way.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/order-form/define.js';
import type { OrderForm } from '../../components/order-form/index.js';
import { RestAdapter } from '../../src/adapter/rest-adapter.js';
import { testClock } from '../support/clock.js';
import { startDemoBackend } from '../../src/adapter/demo/browser.js';

const root = (el: Element) => el.shadowRoot!;

describe('a widget inside a provider defined later', () => {
  it('waits for the provider instead of saying it has no adapter', async () => {
    const { store } = await startDemoBackend();
    store.clock = testClock;
    store.reset();
    expect(customElements.get('channelkit-provider')).to.equal(undefined);
    const host = await fixture<HTMLElement>(html`<div><channelkit-provider .clock=${testClock}><order-form></order-form></channelkit-provider></div>`);
    const el = host.querySelector<OrderForm>('order-form')!;
    await el.updateComplete;
    expect(root(el).textContent).to.not.contain('no backend adapter');
    const provider = host.querySelector('channelkit-provider')! as HTMLElement & { adapter: unknown };
    provider.adapter = new RestAdapter({ timeoutMs: 3000 });
    await import('../../src/context/define-provider.js');
    await waitUntil(() => root(el).querySelector('[part=order-button]'), 'the form once the provider is defined', { timeout: 4000 });
    expect(root(el).textContent).to.not.contain('no backend adapter');
  });

  it('without any provider around it says so at once', async () => {
    const el = await fixture<OrderForm>(html`<order-form></order-form>`);
    expect(root(el).textContent).to.contain('no backend adapter');
  });
});
