// Browser benchmarks, run by scripts/bench.mjs in headless Chromium: each returns raw samples (ms or counts).
import '../src/context/define-provider.js';
import '../components/service-plan-editor/define.js';
import '../components/sale-wizard/define.js';
import '../components/license-purchase/define.js';
import '../components/order-form/define.js';
import { html, render, type TemplateResult } from 'lit';
import { RestAdapter } from '../src/adapter/index.js';
import { startDemoBackend } from '../src/adapter/demo/browser.js';
import type { ChannelkitProvider } from '../src/context/index.js';
import type { ServicePlan } from '../src/schemas/index.js';

const { store } = await startDemoBackend();
const provider = document.getElementById('provider') as ChannelkitProvider;
const stage = document.getElementById('stage')!;
let requests = 0;
let lastResponseAt = 0;
provider.adapter = new RestAdapter({
  fetch: async (input, init) => {
    requests++;
    const r = await fetch(input, init);
    lastResponseAt = performance.now();
    return r;
  },
});

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
async function until(check: () => unknown, timeout = 10000): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 1));
  }
}
type El = HTMLElement & { updateComplete: Promise<unknown> };

/** Mount to loaded (the widget's first useful render), for each widget. */
async function firstRender(runs: number): Promise<Record<string, number[]>> {
  const widgets: [string, TemplateResult, string][] = [
    ['service-plan-editor', html`<service-plan-editor product-id="prod-backup" plan-id="plan-backup-monthly"></service-plan-editor>`, '[part=submit-button]'],
    ['sale-wizard', html`<sale-wizard></sale-wizard>`, 'ck-steps'],
    ['license-purchase', html`<license-purchase open></license-purchase>`, 'ck-steps'],
    ['order-form', html`<order-form></order-form>`, '.cells'],
  ];
  const out: Record<string, number[]> = {};
  for (const [name, t, ready] of widgets) {
    out[name] = [];
    for (let i = 0; i < runs; i++) {
      store.reset();
      render(html``, stage);
      await frame();
      const t0 = performance.now();
      render(t, stage);
      const el = stage.firstElementChild as El;
      await until(() => el.shadowRoot?.querySelector(ready));
      await el.updateComplete;
      await frame();
      out[name].push(performance.now() - t0);
    }
  }
  render(html``, stage);
  return out;
}

/** Mounts the plan editor on a plan with 200 resources x 5 currencies x 4 fee types. */
async function mountBig(): Promise<El> {
  store.reset();
  const currencies = ['USD', 'EUR', 'GBP', 'JPY', 'CHF'];
  const resources = Array.from({ length: 200 }, (_, i) => ({ id: `r${i}`, name: `Resource ${i + 1}`, unit: 'unit' }));
  store.data.planContext = { ...store.data.planContext, currencies, resources };
  const fees = Object.fromEntries(currencies.map((c) => [c, 100]));
  const plan: ServicePlan = {
    id: 'plan-big',
    productId: 'prod-backup',
    name: 'Big plan',
    active: true,
    description: { en: 'Two hundred resources', es: '', de: '' },
    billingType: 'monthly-commitment',
    sku: 'BIG',
    periods: [{ id: 'p1', duration: { quantity: 1, unit: 'year' }, endless: false, trial: false, fees: Object.fromEntries(currencies.map((c) => [c, 0])) }],
    resources: resources.map((r) => ({ resourceId: r.id, included: 0, minimum: 1, limit: 100, unlimited: false, fees: { recurring: fees, setup: fees, renewal: fees, overuse: fees } })),
  };
  store.data.plans = [plan];
  render(html`<service-plan-editor product-id="prod-backup" plan-id="plan-big"></service-plan-editor>`, stage);
  const el = stage.firstElementChild as El;
  await until(() => el.shadowRoot?.querySelector('[data-testid=schedule-total]'), 30000);
  return el;
}

/** The plan editor with 200 resources x 5 currencies: one keystroke in a fee to the re-priced preview painted. */
async function keystroke(runs: number, keepMounted = false): Promise<number[]> {
  const el = (stage.firstElementChild as El | null)?.localName === 'service-plan-editor' ? (stage.firstElementChild as El) : await mountBig();
  const field = el.shadowRoot!.querySelector('[data-path="resources.0.fees.recurring.USD"]')!;
  const input = field.shadowRoot!.querySelector('input')!;
  const total = el.shadowRoot!.querySelector('[data-testid=schedule-total]')!;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = total.textContent;
    const t0 = performance.now();
    input.value = `${10 + i}.00`;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    await frame();
    if (total.textContent === before) throw new Error('the price did not change');
    samples.push(performance.now() - t0);
  }
  if (!keepMounted) render(html``, stage);
  return samples;
}

/** The sale wizard's first step with 100 contacts and 100 users: one keystroke in a contact's name to painted. */
async function saleKeystroke(runs: number): Promise<number[]> {
  store.reset();
  render(html`<sale-wizard></sale-wizard>`, stage);
  const el = stage.firstElementChild as El & { draft: Record<string, unknown> };
  await until(() => el.shadowRoot?.querySelector('ck-steps'));
  const people = Array.from({ length: 100 }, (_, i) => ({ firstName: `First${i}`, lastName: `Last${i}`, email: `p${i}@example.com` }));
  el.draft = { ...el.draft, contacts: people.map((p) => ({ ...p, phone: '' })), users: people };
  await el.updateComplete;
  const input = el.shadowRoot!.querySelector('[data-path="contacts.0.firstName"]')!.shadowRoot!.querySelector('input')!;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    input.value = `Ana${i}`;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    await frame();
    samples.push(performance.now() - t0);
  }
  render(html``, stage);
  return samples;
}

/** Organization search over 10,000 organizations: requests while typing a word fast, and response-to-rendered time. */
async function search(runs: number): Promise<{ requests: number[]; renderMs: number[] }> {
  const out = { requests: [] as number[], renderMs: [] as number[] };
  for (let i = 0; i < runs; i++) {
    store.reset();
    const base = store.data.organizations;
    store.data.organizations = Array.from({ length: 10000 }, (_, k) => ({ ...base[k % base.length]!, id: `o${k}`, name: `${base[k % base.length]!.name} ${k}` }));
    render(html`<sale-wizard></sale-wizard>`, stage);
    const el = stage.firstElementChild as El;
    await until(() => el.shadowRoot?.querySelector('ck-combobox'));
    const combo = el.shadowRoot!.querySelector('ck-combobox')!;
    const input = combo.shadowRoot!.querySelector('input')!;
    const word = 'learning';
    const startRequests = requests;
    for (let k = 1; k <= word.length; k++) {
      input.value = word.slice(0, k);
      input.dispatchEvent(new Event('input'));
      await new Promise((r) => setTimeout(r, 40)); // a fast typist: 25 characters a second
    }
    await until(() => combo.shadowRoot!.querySelectorAll('[role=option]').length > 0);
    await frame();
    out.renderMs.push(performance.now() - lastResponseAt);
    out.requests.push(requests - startRequests);
    render(html``, stage);
  }
  return out;
}

Object.assign(window, { bench: { firstRender, keystroke, saleKeystroke, search } });
document.body.dataset.ready = 'true';
