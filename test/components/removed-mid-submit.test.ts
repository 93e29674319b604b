/**
 * A record created after its widget was removed still reaches the host (issue 25, item 7): the
 * event goes to the provider the widget was in, or to the document when that is gone too.
 */
import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/order-form/define.js';
import type { OrderForm } from '../../components/order-form/order-form.js';
import { fillCloud } from './flows.js';
import { mount, root } from './helpers.js';

async function orderRemovedMidSubmit() {
  const r = await mount<OrderForm>(html`<order-form kind="cloud"></order-form>`, 'order-form');
  await waitUntil(() => root(r.el).querySelector('[data-path=packageId]'), 'form', { timeout: 4000 });
  await fillCloud(r.el);
  r.store.setFault('create-order', { kind: 'latency', ms: 300, times: 1 });
  root(r.el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
  await aTimeout(50);
  r.el.remove();
  return r;
}

describe('a widget removed while its record is being created', () => {
  it('fires its event on the provider it was in, with the record', async () => {
    const { provider, store } = await orderRemovedMidSubmit();
    const { detail } = await oneEvent(provider, 'order-created');
    expect(store.records.orders).to.have.length(1);
    expect(detail.order.id).to.equal(store.records.orders[0]!.id);
  });

  it('fires it on the document when the provider is gone too', async () => {
    const { provider, store } = await orderRemovedMidSubmit();
    provider.remove();
    const { detail } = await oneEvent(document, 'order-created');
    expect(detail.order.id).to.equal(store.records.orders[0]!.id);
  });
});
