import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import '../../components/license-purchase/define.js';
import '../../components/order-form/define.js';
import '../../components/sale-wizard/define.js';
import '../../components/service-plan-editor/define.js';
import { RestAdapter } from '../../src/adapter/index.js';
import type { ChannelkitProvider } from '../../src/context/index.js';
import '../../src/context/define-provider.js';
import { backend, root } from './helpers.js';
import { testClock } from '../support/clock.js';
import { catalogListenerCount } from '../../src/i18n/catalog.js';
import { warmUpSettled } from '../../src/ui/warm-up.js';

interface Seen {
  url: string;
  signal: AbortSignal;
  done: boolean;
}

/** A RestAdapter whose fetch records every request and whether it finished. */
function spyAdapter(seen: Seen[]) {
  return new RestAdapter({
    fetch: async (input, init) => {
      const s: Seen = { url: String(input), signal: init!.signal!, done: false };
      seen.push(s);
      try {
        return await fetch(input, init);
      } finally {
        s.done = true;
      }
    },
  });
}

const WIDGETS = [
  html`<sale-wizard></sale-wizard>`,
  html`<license-purchase open></license-purchase>`,
  html`<order-form></order-form>`,
  html`<service-plan-editor product-id="prod-backup" plan-id="plan-backup-monthly"></service-plan-editor>`,
];

describe('mounting and unmounting', () => {
  it('leaves no request running after a widget is removed, over 25 mounts each', async () => {
    const store = await backend();
    store.reset();
    store.setFault('*', { kind: 'latency', ms: 300 });
    const seen: Seen[] = [];
    const provider = await fixture<ChannelkitProvider>(html`<channelkit-provider .adapter=${spyAdapter(seen)} .clock=${testClock}><div id="slot"></div></channelkit-provider>`);
    const slot = provider.querySelector<HTMLElement>('#slot')!;
    const listenersBefore = catalogListenerCount();
    for (let round = 0; round < 25; round++) {
      for (const w of WIDGETS) {
        render(w, slot);
        await aTimeout(0);
        render(html``, slot);
      }
    }
    const started = seen.length;
    // Every element that was connected has stopped listening (once the warm-up's own controls,
    // on the page a frame or two when a widget warms them, are gone: src/ui/warm-up.ts).
    await warmUpSettled();
    expect(catalogListenerCount()).to.equal(listenersBefore);
    expect(started).to.be.greaterThan(0);
    await aTimeout(500);
    // Every request either finished or was aborted when its widget left, and none started since.
    expect(seen.every((s) => s.done || s.signal.aborted)).to.equal(true);
    expect(seen.filter((s) => !s.signal.aborted).length, 'requests that ran to the end').to.equal(0);
    expect(seen.length).to.equal(started);
    store.reset();
  });

  it('loads again when a removed widget is put back', async () => {
    const store = await backend();
    store.reset();
    store.setFault('*', { kind: 'latency', ms: 200, times: 1 });
    const provider = await fixture<ChannelkitProvider>(html`<channelkit-provider .adapter=${new RestAdapter()} .clock=${testClock}><order-form></order-form></channelkit-provider>`);
    const el = provider.querySelector('order-form')!;
    el.remove();
    await aTimeout(50);
    provider.append(el);
    await waitUntil(() => root(el).querySelector('.cells'), 'loaded again', { timeout: 3000 });
  });

  it('a combobox removed while the user types sends no search', async () => {
    const store = await backend();
    store.reset();
    const seen: Seen[] = [];
    const provider = await fixture<ChannelkitProvider>(html`<channelkit-provider .adapter=${spyAdapter(seen)} .clock=${testClock}><sale-wizard></sale-wizard></channelkit-provider>`);
    const el = provider.querySelector('sale-wizard')!;
    await waitUntil(() => root(el).querySelector('ck-combobox'), 'wizard', { timeout: 3000 });
    const input = root(el).querySelector('ck-combobox')!.shadowRoot!.querySelector('input')!;
    input.value = 'contoso';
    input.dispatchEvent(new Event('input'));
    el.remove();
    await aTimeout(500);
    expect(seen.filter((s) => s.url.includes('/organizations'))).to.have.length(0);
  });
});
