import { expect, html, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import '../../components/order-form/define.js';
import type { OrderForm } from '../../components/order-form/order-form.js';
import { startDemoBackend } from '../../src/adapter/demo/browser.js';
import { fillCloud } from '../components/flows.js';
import { mount, root, text } from '../components/helpers.js';

/**
 * A widget's retry after a 429 with Retry-After goes through the shared Submission: the message
 * says when, and a retry pressed before then waits and sends the same idempotency key once.
 */
describe('a widget under Retry-After', () => {
  afterEach(async () => (await startDemoBackend()).worker.resetHandlers());

  it('says when it can retry, and a retry before then waits for it', async () => {
    const { el, store } = await mount<OrderForm>(html`<order-form kind="cloud"></order-form>`, 'order-form');
    const { worker } = await startDemoBackend();
    const sent: { at: number; key: string | null }[] = [];
    let limited = true;
    worker.use(
      http.post('/api/orders', ({ request }) => {
        sent.push({ at: Date.now(), key: request.headers.get('Idempotency-Key') });
        if (!limited) return undefined; // on to the demo backend
        limited = false;
        return Response.json({ error: { message: 'Slow down.', code: 'rate-limited' } }, { status: 429, headers: { 'Retry-After': '2' } });
      }),
    );
    await waitUntil(() => root(el).querySelector('form'), 'form', { timeout: 4000 });
    await fillCloud(el);
    root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitUntil(() => root(el).querySelector('#failure'), 'the 429 is shown', { timeout: 4000 });
    const alert = root(el).querySelector('#failure')!;
    expect(text(alert)).to.contain('The server is receiving too many requests.');
    expect(text(alert)).to.match(/You can try again after \d{1,2}:\d\d:\d\d/);
    expect(alert.getAttribute('retry')).to.not.equal(null);

    alert.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.click();
    await waitUntil(() => store.records.orders.length === 1, 'the order is created after the wait', { timeout: 5000 });
    expect(sent).to.have.length(2);
    expect(sent[1]!.at - sent[0]!.at).to.be.at.least(1500);
    expect(sent[1]!.key).to.equal(sent[0]!.key);
  });
});
