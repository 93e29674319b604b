import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/license-purchase/define.js';
import '../../components/order-form/define.js';
import '../../components/sale-wizard/define.js';
import '../../components/service-plan-editor/define.js';
import type { DemoStore } from '../../src/adapter/demo/store.js';
import type { LicensePurchase } from '../../components/license-purchase/license-purchase.js';
import { next } from './flows.js';
import { mount, pick, radio, root, text } from './helpers.js';

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

  for (const width of [360, 900]) {
    it(`license purchase: a 5,000-character unbroken product description stays inside the widget at ${width} px`, async () => {
      const { el, store } = await mount<LicensePurchase>(html`<div style=${`width: ${width}px`}><license-purchase open></license-purchase></div>`, 'license-purchase');
      store.data.contractProducts['ctr-device-2025']![0]!.description = 'D'.repeat(5000);
      await waitUntil(() => root(el).querySelector('[data-path=contractId]'), 'contracts', { timeout: 4000 });
      await radio(el, 'contractId', 'ctr-device-2025');
      await next(el);
      await pick(el, 'accountId', 'acc-contoso-hq');
      root(el).querySelector<HTMLButtonElement>('[part=save-account-button]')!.click();
      await waitUntil(() => text(root(el)).includes('Saved:'), 'saved', { timeout: 3000 });
      await next(el);
      await waitUntil(() => text(root(el)).includes('DDDDDDDDDD'), 'products', { timeout: 3000 });
      await expectSafe(el);
      expect(el.getBoundingClientRect().width).to.be.at.most(width + 1);
    });
  }

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

describe('a host’s own adapter answering bad data', () => {
  it('license purchase and the plan editor refuse a currency code that is not ISO 4217 with a clear message, nothing thrown', async () => {
    const thrown: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => thrown.push('reason' in e ? e.reason : e.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const contract = { id: 'c1', name: 'Contract', status: 'active', canCreateLicenses: true, conditions: '', currency: '<b>X</b>', termMonths: 12, startDate: '2026-01-01', endDate: '2030-01-01', productIds: ['p1'], accountId: null };
      const licenses = { listContracts: async () => [contract], listAccounts: async () => [{ id: 'a1', name: 'Account' }] };
      const lp = await fixture<HTMLElement>(html`<license-purchase open .adapter=${licenses}></license-purchase>`);
      await waitUntil(() => text(root(lp)).includes('could not be read'), 'license purchase refuses the answer', { timeout: 4000 });

      const planContext = { product: { id: 'prod-1', name: 'Backup' }, resources: [], currencies: ['usd!'], languages: ['en'], plans: [] };
      const plans = { getPlanContext: async () => planContext, getPlan: async () => null, savePlan: async () => null, copyPlan: async () => null };
      const ed = await fixture<HTMLElement>(html`<service-plan-editor product-id="prod-1" .adapter=${plans}></service-plan-editor>`);
      await waitUntil(() => text(root(ed)).includes('could not be read'), 'plan editor refuses the answer', { timeout: 4000 });
      expect(thrown).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});
