import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import '../../components/license-purchase/define.js';
import '../../components/order-form/define.js';
import '../../components/sale-wizard/define.js';
import '../../components/service-plan-editor/define.js';
import type { DemoStore } from '../../src/adapter/demo/store.js';
import { mount, root, text } from './helpers.js';

/** Payloads a hostile or broken backend could send in any string. */
const XSS = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>`;
const JS_URL = 'javascript:window.__pwned=1';
const LONG = 'W'.repeat(400);
const RTL = '\u202Eevil\u202C שלום עליכם';
const COMBINING = 'Z̵̡̛͎̗a̴͚̓l̶̛̞g̷̲̈́ö̶̜';

declare global {
  interface Window {
    __pwned?: number;
  }
}

function poison(store: DemoStore): void {
  const d = store.data;
  d.organizations[4]!.name = `Contoso ${XSS}`;
  d.organizations[5]!.name = `${LONG} ${COMBINING}`;
  d.distributions[0]!.name = `IT PRO ${XSS}`;
  d.billingMethods[0]!.name = JS_URL;
  d.contracts[0]!.name = `Device ${XSS}`;
  d.contracts[0]!.conditions = `${XSS} ${RTL} ${LONG}`;
  d.contractProducts['ctr-device-2025']![0]!.name = `Laptop ${XSS}`;
  d.contractProducts['ctr-device-2025']![0]!.description = `${LONG}${COMBINING}`;
  d.accounts[0]!.name = `${RTL} ${XSS}`;
  d.packages[0]!.name = `Starter ${XSS}`;
  d.packages[0]!.description = `${JS_URL} ${LONG}`;
  d.dataCenters[0]!.name = `Frankfurt ${XSS}`;
  d.planContext.product.name = `Backup ${XSS}`;
  d.planContext.resources[0]!.name = `Storage ${XSS}`;
  d.planContext.resources[1]!.name = `${LONG}`;
  d.plans[0]!.name = `Plan ${XSS}`;
  d.plans[0]!.description.en = `${XSS} ${RTL}`;
}

/** Nothing ran, no element came from data, and nothing is wider than the widget. */
async function expectSafe(el: HTMLElement) {
  await aTimeout(100);
  expect(window.__pwned).to.equal(undefined);
  const all = [...root(el).querySelectorAll('*')].flatMap((n) => [n, ...(n.shadowRoot ? [...n.shadowRoot.querySelectorAll('*')] : [])]);
  expect(all.some((n) => n.localName === 'img' || n.localName === 'script')).to.equal(false);
  expect(all.some((n) => n.getAttribute('href')?.startsWith('javascript:'))).to.equal(false);
  const panel = root(el).querySelector<HTMLElement>('.panel') ?? el;
  expect(panel.scrollWidth, 'no horizontal overflow').to.be.at.most(panel.clientWidth + 1);
}

describe('hostile data from the backend', () => {
  it('sale wizard shows it literally and runs nothing', async () => {
    const { el, store } = await mount<HTMLElement>(html`<div style="width: 900px"><sale-wizard></sale-wizard></div>`, 'sale-wizard');
    poison(store);
    const combo = root(el).querySelector('ck-combobox') ?? (await waitUntil(() => root(el).querySelector('ck-combobox'), 'combobox', { timeout: 4000 }), root(el).querySelector('ck-combobox')!);
    const input = combo.shadowRoot!.querySelector('input')!;
    input.value = 'contoso';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => combo.shadowRoot!.querySelector('[role=option]'), 'options', { timeout: 3000 });
    expect(text(combo.shadowRoot!.querySelector('[role=listbox]')!)).to.contain(`Contoso ${XSS}`);
    await expectSafe(el);
  });

  it('license purchase shows it literally and runs nothing', async () => {
    const { el, store } = await mount<HTMLElement>(html`<div style="width: 900px"><license-purchase></license-purchase></div>`, 'license-purchase');
    poison(store);
    (el as HTMLElement & { start(): Promise<void> }).start();
    await waitUntil(() => text(root(el)).includes('Device <img'), 'contracts', { timeout: 4000 });
    root(el).querySelector('[data-path=contractId]')!.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
    await waitUntil(() => text(root(el)).includes('Laptop <img'), 'products', { timeout: 4000 });
    await expectSafe(el);
  });

  it('order form shows it literally and runs nothing', async () => {
    const { el, store } = await mount<HTMLElement>(html`<div style="width: 900px"><order-form kind="cloud"></order-form></div>`, 'order-form');
    poison(store);
    (el as HTMLElement & { kind: string | null }).kind = null;
    await aTimeout(10);
    (el as HTMLElement & { kind: string | null }).kind = 'cloud';
    await waitUntil(() => root(el).querySelector('[data-path=packageId]'), 'form', { timeout: 4000 });
    expect(text(root(el))).to.contain(`Starter ${XSS}`).and.contain(`Frankfurt ${XSS}`);
    await expectSafe(el);
  });

  it('service plan editor shows it literally and runs nothing', async () => {
    const { store } = await mount<HTMLElement>(html`<div></div>`, 'div');
    poison(store);
    const r = await mount<HTMLElement>(html`<div style="width: 1000px"><service-plan-editor product-id="prod-backup" plan-id="plan-backup-monthly"></service-plan-editor></div>`, 'service-plan-editor');
    // mount() resets the store, so poison again and reload the plan.
    poison(r.store);
    (r.el as HTMLElement & { planId: string }).planId = '';
    await aTimeout(10);
    (r.el as HTMLElement & { planId: string }).planId = 'plan-backup-monthly';
    try {
      await waitUntil(() => text(root(r.el)).includes('Plan <img'), 'plan', { timeout: 4000 });
    } catch {
      throw new Error(`plan: ${text(root(r.el)).slice(0, 400)}`);
    }
    expect(text(root(r.el))).to.contain(`Storage ${XSS}`);
    await expectSafe(r.el);
  });
});
