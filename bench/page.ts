// Browser benchmarks, run by scripts/bench.mjs in headless Chromium: each returns raw samples (ms or counts).
import '../src/context/define-provider.js';
import { BIG_PLAN_CURRENCIES, bigPlan, elementCount } from '../test/support/big-plan.js';
import '../components/service-plan-editor/define.js';
import '../components/sale-wizard/define.js';
import '../components/license-purchase/define.js';
import '../components/order-form/define.js';
import '../components/sales-list/define.js';
import { html, render, type TemplateResult } from 'lit';
import { RestListAdapter } from '../src/adapter/lists.js';
import { startDemoBackend } from '../src/adapter/demo/browser.js';
import type { ChannelkitProvider } from '../src/context/index.js';
import type { LicensePurchase } from '../components/license-purchase/license-purchase.js';
import { arm, collect, painted } from './paint.js';

const { store } = await startDemoBackend();
const provider = document.getElementById('provider') as ChannelkitProvider;
const stage = document.getElementById('stage')!;
let requests = 0;
let lastResponseAt = 0;
provider.adapter = new RestListAdapter({
  fetch: async (input, init) => {
    requests++;
    const r = await fetch(input, init);
    lastResponseAt = performance.now();
    return r;
  },
});

const frame = painted;
async function until(check: () => unknown, timeout = 10000): Promise<void> {
  const end = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 1));
  }
}
type El = HTMLElement & { updateComplete: Promise<unknown> };

/** Types `word` into `input` as a fast typist would: 25 characters a second, an input event each. */
async function typeWord(input: HTMLInputElement, word: string): Promise<void> {
  for (let k = 1; k <= word.length; k++) {
    input.value = word.slice(0, k);
    input.dispatchEvent(new Event('input'));
    await new Promise((r) => setTimeout(r, 40));
  }
}

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

/**
 * Mounts the plan editor on a plan with 200 resources x 5 currencies x 4 fee types, the recurring
 * fee of each in 4 graduated tiers (issue 22); resolves once the preview is priced.
 */
async function mountBig(): Promise<El> {
  store.reset();
  const { resources, plan } = bigPlan(200);
  store.data.planContext = { ...store.data.planContext, currencies: BIG_PLAN_CURRENCIES, resources };
  store.data.plans = [plan];
  render(html`<service-plan-editor product-id="prod-backup" plan-id="plan-big"></service-plan-editor>`, stage);
  const el = stage.firstElementChild as El;
  await until(() => el.shadowRoot?.querySelector('[data-testid=schedule-total]'), 30000);
  return el;
}

/** Mount of the big plan to its priced preview painted (ms), and the elements it made (shadow roots included). */
async function mountPlan(runs: number): Promise<{ ms: number[]; nodes: number[] }> {
  const out = { ms: [] as number[], nodes: [] as number[] };
  for (let i = 0; i < runs; i++) {
    render(html``, stage);
    await frame();
    const t0 = performance.now();
    const el = await mountBig();
    await el.updateComplete;
    await frame();
    out.ms.push(performance.now() - t0);
    out.nodes.push(elementCount(el.shadowRoot!));
  }
  render(html``, stage);
  return out;
}

/** Empties the stage (and waits for the paint). */
async function clear(): Promise<void> {
  render(html``, stage);
  await frame();
}

// Real input: the bench script prepares a widget here, sends a click or a key with Playwright, and
// collects the input's figures (bench/paint.ts). `done` says when the input took effect.
let done: () => unknown = () => true;
let inputType: 'click' | 'keydown' = 'click';
function expect(type: 'click' | 'keydown', until: () => unknown): void {
  [inputType, done] = [type, until];
  arm(type);
}
const sampled = () => collect(inputType, done);

/** The big plan mounted, its first resource's row opened, the focus in its setup fee (USD) with its text selected: the next key replaces it. */
async function planKeyReady(): Promise<void> {
  const current = stage.firstElementChild as El | null;
  const el = current?.localName === 'service-plan-editor' ? current : await mountBig();
  el.shadowRoot!.querySelector<HTMLButtonElement>('[data-resource=r0] [data-action=toggle-resource][aria-expanded=false]')?.click();
  await el.updateComplete;
  const input = el.shadowRoot!.querySelector('[data-path="resources.0.fees.setup.USD"]')!.shadowRoot!.querySelector('input')!;
  const total = el.shadowRoot!.querySelector('[data-testid=schedule-total]')!;
  input.focus();
  input.select();
  await frame();
  const before = total.textContent;
  expect('keydown', () => total.textContent !== before);
}

/** <order-form> mounted on the choice of Cloud, SaaS and On-premise, painted: the next click chooses. */
async function orderReady(): Promise<void> {
  store.reset();
  await clear();
  render(html`<order-form></order-form>`, stage);
  const el = stage.firstElementChild as El;
  await until(() => el.shadowRoot?.querySelector('.cells'));
  await el.updateComplete;
  await frame();
  expect('click', () => el.shadowRoot!.querySelector('[data-path]'));
}

const SALE_DRAFT = {
  organizationId: 'org-contoso',
  organizationLabel: 'Contoso Training Partners',
  lines: [{ distributionId: 'dist-itpro-usd', users: 12 }],
  billingMethodId: 'bm-invoice-30',
  name: 'Contoso spring cohort',
};

/** A wizard mounted on its first step, with valid data for every step (<sale-wizard>) or the first (<license-purchase>). */
async function wizardMount(tag: 'sale-wizard' | 'license-purchase'): Promise<void> {
  store.reset();
  await clear();
  render(tag === 'sale-wizard' ? html`<sale-wizard></sale-wizard>` : html`<license-purchase open></license-purchase>`, stage);
  const el = stage.firstElementChild as El & { draft: object };
  await until(() => el.shadowRoot?.querySelector('ck-steps'));
  await el.updateComplete;
  if (tag === 'sale-wizard') el.draft = { ...el.draft, ...SALE_DRAFT };
  else await until(() => el.shadowRoot!.querySelector('[data-path=contractId]'));
  if (tag === 'license-purchase') (el as unknown as LicensePurchase).choose('contractId', 'ctr-device-2025');
  await el.updateComplete;
  await frame();
}

const stepHeading = (el: Element) => el.shadowRoot!.querySelector('ck-steps')!.shadowRoot!.querySelector('h2')!.textContent;

/**
 * Prepares the step shown for Next (<license-purchase> asks on each step: the account saved, the
 * product chosen, the stock choice) and arms the click; returns the step's name, '' on the last.
 */
async function nextReady(): Promise<string> {
  const el = stage.firstElementChild as El & { step?: string; stepId?: string; flow: { isLast: boolean } };
  if (el.flow.isLast) return '';
  if (el.localName === 'license-purchase') {
    const lp = el as unknown as LicensePurchase & El;
    if (lp.stepId === 'account') {
      lp.draft = { ...lp.draft, accountId: 'acc-contoso-hq' };
      await lp.saveAccount();
      await until(() => lp.shadowRoot!.querySelector('ck-alert[variant=success]'));
    } else if (lp.stepId === 'product') {
      await until(() => lp.shadowRoot!.querySelector('[data-path=productId]'));
      lp.choose('productId', 'prd-laptop');
    } else if (lp.stepId === 'stock') lp.draft = { ...lp.draft, stockChoice: 'new-purchase' };
    await lp.updateComplete;
    await frame();
  }
  const name = el.step ?? el.stepId!;
  const before = stepHeading(el);
  expect('click', () => stepHeading(el) !== before);
  return name;
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
    const startRequests = requests;
    await typeWord(input, 'learning');
    await until(() => combo.shadowRoot!.querySelectorAll('[role=option]').length > 0);
    await frame();
    out.renderMs.push(performance.now() - lastResponseAt);
    out.requests.push(requests - startRequests);
    render(html``, stage);
  }
  return out;
}

/**
 * Sales management over 10,000 more server-side sales (copies of the seed's, in the demo backend's
 * memory repository): typing a word at 25 characters a second (the requests sent: goal 1), and from
 * the search's response to its page rendered and painted.
 */
async function listSearch(runs: number): Promise<{ rows: number; requests: number[]; renderMs: number[] }> {
  const out = { rows: 0, requests: [] as number[], renderMs: [] as number[] };
  for (let i = 0; i < runs; i++) {
    store.reset();
    // The repository's live tables (a bench may poke the demo backend's private state).
    const { sales } = (store as unknown as { repo: { tables: { sales: { sellerId: string; row: { id: string; name: string } }[] } } }).repo.tables;
    const seed = [...sales];
    for (let k = 0; k < 10000; k++) {
      const s = seed[k % seed.length]!;
      sales.push({ ...s, row: { ...s.row, id: `bench-sale-${k}`, name: `${s.row.name} ${k}` } });
    }
    out.rows = sales.length;
    render(html`<sales-list></sales-list>`, stage);
    const el = stage.firstElementChild as El;
    const rowsShown = () => el.shadowRoot?.querySelectorAll('tbody:not(.skeleton) tr[part=row]').length ?? 0;
    await until(() => rowsShown() > 0, 30000);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part=search]')!;
    const startRequests = requests;
    await typeWord(input, 'cohort');
    await until(() => el.shadowRoot!.querySelector('.list-body[aria-busy=true]') || requests > startRequests, 5000);
    await until(() => requests > startRequests && el.shadowRoot!.querySelector('.list-body[aria-busy=false]') && rowsShown() > 0, 30000);
    await frame();
    out.renderMs.push(performance.now() - lastResponseAt);
    out.requests.push(requests - startRequests);
    render(html``, stage);
  }
  return out;
}

Object.assign(window, { bench: { firstRender, mountPlan, mountBig, clear, search, listSearch, planKeyReady, orderReady, wizardMount, nextReady, sampled, elements: () => elementCount(stage) } });
document.body.dataset.ready = 'true';
