import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { testClock } from '../support/clock.js';
// Nothing of the kit is imported statically: the first test loads the class modules itself, with
// customElements.define watched.

/** Every public module that is not a define module (literal imports, so the test server maps them to the sources). */
const CLASS_MODULES = [
  () => import('../../src/core/index.js'),
  () => import('../../src/schemas/index.js'),
  () => import('../../src/adapter/index.js'),
  () => import('../../src/adapter/lists.js'),
  () => import('../../src/context/index.js'),
  () => import('../../components/order-form/index.js'),
  () => import('../../components/license-purchase/index.js'),
  () => import('../../components/sale-wizard/index.js'),
  () => import('../../components/service-plan-editor/index.js'),
  () => import('../../components/sales-list/index.js'),
  () => import('../../components/license-list/index.js'),
  () => import('../../components/service-plan-list/index.js'),
  () => import('../../components/subscription-change/index.js'),
  () => import('../../components/subscription-list/index.js'),
];

const KIT_TAGS = ['channelkit-provider', 'order-form', 'license-purchase', 'sale-wizard', 'service-plan-editor', 'sales-list', 'license-list', 'service-plan-list', 'subscription-change', 'subscription-list', 'ck-alert', 'ck-text-field', 'ck-select-field', 'ck-number-field'];

describe('class modules and a host’s own tag names', () => {
  it('importing every class module defines no custom element', async () => {
    const defined: string[] = [];
    const define = customElements.define.bind(customElements);
    customElements.define = (name, ctor, options) => {
      defined.push(name);
      define(name, ctor, options);
    };
    try {
      await Promise.all(CLASS_MODULES.map((load) => load()));
    } finally {
      customElements.define = define;
    }
    expect(defined).to.deep.equal([]);
    expect(KIT_TAGS.filter((tag) => customElements.get(tag))).to.deep.equal([]);
  });

  it('a host defines the provider and <order-form> under its own tags with customElements.define, and they work', async function () {
    this.timeout(30000); // the first load of the demo backend (msw and the server) into a fresh page
    const [{ ChannelkitProvider }, { OrderForm }, { RestAdapter }, { startDemoBackend }] = await Promise.all([
      import('../../src/context/index.js'),
      import('../../components/order-form/index.js'),
      import('../../src/adapter/index.js'),
      import('../../src/adapter/demo/browser.js'),
    ]);
    customElements.define('my-provider', ChannelkitProvider);
    customElements.define('my-order-form', OrderForm);
    const { store } = await startDemoBackend();
    store.clock = testClock;
    store.reset();
    const provider = await fixture(html`<my-provider .adapter=${new RestAdapter({ timeoutMs: 3000 })} .clock=${testClock}><my-order-form kind="cloud"></my-order-form></my-provider>`);
    const el = provider.querySelector('my-order-form')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[data-path]'), 'the form loaded through the renamed provider', { timeout: 4000 });
    // The parts it renders were registered when it was first made, under their ck-* tags; the kit's own tags stay free.
    const field = el.shadowRoot!.querySelector('[data-path]')!;
    expect(field.localName.startsWith('ck-') && customElements.get(field.localName) !== undefined && field.shadowRoot !== null).to.equal(true);
    expect(['order-form', 'channelkit-provider'].filter((tag) => customElements.get(tag))).to.deep.equal([]);
  });

  it('defineElement from channelkit/provider registers a list under a host tag with its parts', async () => {
    const [{ defineElement }, { SalesList }] = await Promise.all([import('../../src/context/index.js'), import('../../components/sales-list/index.js')]);
    defineElement('acme-sales-list', SalesList);
    const el = await fixture(staticHtml`<${unsafeStatic('acme-sales-list')}></${unsafeStatic('acme-sales-list')}>`);
    expect(customElements.get('acme-sales-list') === SalesList && customElements.get('ck-alert') !== undefined).to.equal(true);
    // No adapter: it says so in a ck-alert that is upgraded (its shadow root drawn).
    await waitUntil(() => el.shadowRoot?.querySelector('ck-alert')?.shadowRoot, 'the alert drawn');
    await expect(el).to.be.accessible();
  });
});
