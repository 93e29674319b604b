import { clearDrafts, setDraftKeys, SETTINGS_KEY } from './draft-keys.js'; // first: before any widget restores a draft
import '../src/context/define-provider.js';
import '../components/service-plan-editor/define.js';
import '../components/sale-wizard/define.js';
import '../components/license-purchase/define.js';
import '../components/order-form/define.js';
import '../components/sales-list/define.js';
import '../components/license-list/define.js';
import '../components/service-plan-list/define.js';
import '../components/subscription-list/define.js';
import './playground.js';
import { RestListAdapter } from '../src/adapter/lists.js';
import { startDemoBackend } from '../src/adapter/demo/browser.js';
import type { RouteName } from '../src/adapter/demo/store.js';
import type { ChannelkitProvider } from '../src/context/index.js';
import { formatDate, formatMoney } from '../src/core/index.js';
import { billingTypeName } from '../src/ui/billing-type-messages.js';
import { shellText, translateShell } from './shell-messages.js';

// Relative to the page, so the built demo works from any folder of any static host.
const apiBase = new URL('api', document.baseURI).pathname;
const workerUrl = new URL('mockServiceWorker.js', document.baseURI).pathname;
const RECORDS_KEY = 'channelkit-demo-records';

/** localStorage that may be blocked, full or hold anything: reads give null, writes may do nothing. */
const stored = {
  get(key: string): unknown {
    try {
      return JSON.parse(localStorage.getItem(key) ?? 'null') as unknown;
    } catch {
      return null;
    }
  },
  set(key: string, value: unknown): void {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Blocked or full: the demo works, it just does not remember.
    }
  },
  remove(key: string): void {
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing stored, nothing to remove.
    }
  },
};

// The shell in the saved language from its first paint: the backend below takes a moment to start.
{
  const early = (stored.get(SETTINGS_KEY) as { locale?: unknown } | null)?.locale;
  const select = document.getElementById('locale') as HTMLSelectElement | null;
  if (typeof early === 'string' && select && [...select.options].some((o) => o.value === early)) {
    translateShell(document, early);
    document.title = shellText(early, 'pageTitle');
    document.documentElement.lang = early;
  }
}

// The backend: in this browser (channelkit/server's handler over memory, in a service worker), or
// with ?backend=server a real server behind /api (`npm run server`; `npm start` proxies /api to it).
const onServer = new URLSearchParams(location.search).get('backend') === 'server';
const store = onServer ? null : (await startDemoBackend({ baseUrl: apiBase, workerUrl })).store;
// A new sale approves itself after 20 s (by the backend's clock), as the seed's approval email says it will.
if (store) store.autoApproveSalesAfterMs = 20_000;
// Records survive a reload: the backend's data as it was, when it was seeded today (checked).
{
  const saved = stored.get(RECORDS_KEY);
  let restored = false;
  try {
    restored = saved !== null && !!store?.restore(saved);
  } catch {
    restored = false;
  }
  if (saved !== null && !restored) stored.remove(RECORDS_KEY);
}

const provider = document.querySelector<ChannelkitProvider>('#provider')!;
// RestAdapter plus the list methods of the management screens.
// Accept-Language asks the backend for its own text (contract conditions) in the page's language:
// the headers hook every RestAdapter has, no adapter method takes a locale (docs/adapter.md).
const adapter = new RestListAdapter({ baseUrl: apiBase, timeoutMs: 10000, headers: () => ({ 'Accept-Language': provider.locale }) });
provider.adapter = adapter;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
// Settings are only ever values the header's selects offer; anything else stored is ignored.
const savedSettings = stored.get(SETTINGS_KEY);
const saved: Record<string, unknown> = typeof savedSettings === 'object' && savedSettings !== null && !Array.isArray(savedSettings) ? (savedSettings as Record<string, unknown>) : {};
const CREATES: RouteName[] = ['create-sale', 'create-order', 'purchase', 'save-plan', 'copy-plan', 'save-contract-account', 'change-subscription'];

function apply(): void {
  const locale = $<HTMLSelectElement>('locale').value;
  const theme = $<HTMLSelectElement>('theme').value;
  const scenario = $<HTMLSelectElement>('scenario').value;
  const currency = $<HTMLSelectElement>('currency').value;
  provider.locale = locale;
  provider.currency = currency;
  document.documentElement.lang = locale;
  document.documentElement.dataset.theme = theme;
  // The shell's own words follow the locale; the widgets re-render themselves and keep what was typed.
  translateShell(document, locale);
  document.title = shellText(locale, 'pageTitle');
  renderRecords();
  stored.set(SETTINGS_KEY, { locale, theme, scenario, currency });
  setDraftKeys(scenario);
  if (!store) return;
  store.faults.clear();
  store.scenario = {};
  if (scenario === 'slow') store.setFault('*', { kind: 'latency', ms: 1500 });
  if (scenario === 'server') store.setFault('*', { kind: 'server' });
  if (scenario === 'network') for (const r of CREATES) store.setFault(r, { kind: 'network' });
  if (scenario === 'validation') {
    store.setFault('create-sale', { kind: 'validation', fields: { name: 'A sale with this name already exists.' } });
    store.setFault('create-order', { kind: 'validation', fields: { 'customer.email': 'This mailbox does not accept mail.' } });
    store.setFault('purchase', { kind: 'validation', fields: { quantity: 'The warehouse can ship at most 3 devices this week.' } });
    store.setFault('save-plan', { kind: 'validation', fields: { sku: 'This SKU is reserved for another product.' } });
  }
  if (scenario === 'no-lti') store.scenario.sellerWithoutLti = true;
  if (scenario === 'contracts') store.scenario.contractsUnusable = true;
  if (scenario === 'customer') store.scenario.customerView = true;
}

for (const id of ['locale', 'theme', 'scenario', 'currency']) {
  const el = $<HTMLSelectElement>(id);
  const value = Object.hasOwn(saved, id) ? saved[id] : undefined;
  if (typeof value === 'string' && [...el.options].some((o) => o.value === value)) el.value = value;
  el.addEventListener('change', apply);
}
const backend = $<HTMLSelectElement>('backend');
backend.value = onServer ? 'server' : 'browser';
backend.addEventListener('change', () => {
  const url = new URL(location.href);
  if (backend.value === 'server') url.searchParams.set('backend', 'server');
  else url.searchParams.delete('backend');
  location.assign(url);
});
// Scenarios and resets belong to the in-browser backend.
for (const id of ['scenario', 'reset', 'reset-records']) $<HTMLSelectElement>(id).disabled = onServer;
// The scenario panel's approval: the newest sale still Pending Approval, through POST /sales/{id}/approve.
$('approve-newest').addEventListener('click', async () => {
  const status = $('approve-status');
  try {
    const signal = AbortSignal.timeout(10000);
    const page = await adapter.listSales({ filters: { status: 'pending-approval' }, sort: { key: 'createdAt', direction: 'desc' }, pageSize: 1 }, signal);
    const sale = page.items[0];
    if (!sale) return void (status.textContent = shellText(provider.locale, 'noPending'));
    await adapter.approveSale(sale.id, 'Approved from the demo’s scenario panel.', crypto.randomUUID(), signal);
    status.textContent = shellText(provider.locale, 'approved', { name: sale.name });
    persist();
    void document.querySelector('sales-list')?.list.reload();
  } catch (e) {
    status.textContent = shellText(provider.locale, 'notApproved', { reason: (e as Error).message });
  }
});
$('reset').addEventListener('click', () => {
  store?.reset();
  clearDrafts();
  stored.remove(RECORDS_KEY);
  $<HTMLSelectElement>('scenario').value = 'normal';
  apply();
  renderRecords();
  location.reload();
});
apply();

// ---- what the widgets created, kept across reloads -----------------------------------------
function item(title: string, text: string): HTMLLIElement {
  const li = document.createElement('li');
  const b = document.createElement('b');
  b.textContent = title;
  li.append(b, text);
  return li;
}

function renderRecords(): void {
  const loc = provider.locale;
  const list = $<HTMLUListElement>('records');
  if (!store) {
    $('records-empty').textContent = shellText(loc, 'recordsOnServer');
    return;
  }
  const r = store.records;
  const items: HTMLLIElement[] = [
    ...r.plans.map((p) =>
      item(shellText(loc, 'planRecord', { name: p.name }), shellText(loc, 'planText', { billingType: billingTypeName(loc, p.billingType), periods: p.periods.length, resources: p.resources.length })),
    ),
    ...r.sales.map((s) =>
      item(shellText(loc, 'saleRecord', { name: s.name }), shellText(loc, 'saleText', { organization: s.organizationName, total: formatMoney(s.total, loc), date: formatDate(s.cancellationDate, loc) })),
    ),
    ...r.purchases.map((p) =>
      item(shellText(loc, 'licensesRecord', { count: p.licenses.length }), `${formatMoney(p.total, loc)} · ${formatDate(p.licenses[0]!.startDate, loc)} – ${formatDate(p.licenses[0]!.endDate, loc)}`),
    ),
    ...r.orders.map((o) => item(shellText(loc, 'orderRecord', { id: o.id }), shellText(loc, 'orderText', { kind: o.kind, company: o.companyName, date: formatDate(o.firstChargeDate, loc) }))),
  ];
  list.replaceChildren(...items.reverse());
  $('records-empty').hidden = items.length > 0;
}

function persist(): void {
  if (store) stored.set(RECORDS_KEY, store.snapshot());
  renderRecords();
}

$('reset-records').addEventListener('click', () => {
  store?.reset();
  stored.remove(RECORDS_KEY);
  apply();
  renderRecords();
});
renderRecords();

// ---- every event the widgets fire ------------------------------------------------------------
// The On-premise cell's Renew or upgrade: the customer's license subscriptions, in the list below.
document.addEventListener('renew-requested', () => {
  const list = document.querySelector('subscription-list')!;
  list.source = 'license';
  list.scrollIntoView({ block: 'start' });
  void list.updateComplete.then(() => list.shadowRoot?.querySelector<HTMLElement>('#list-heading')?.focus());
});

const EVENTS = ['subscription-changed', 'pending-change-cancelled', 'subscription-open-requested', 'plan-saved', 'plan-copied', 'plan-change', 'sale-created', 'sale-register-requested', 'sale-decided', 'list-query-change', 'license-buy-requested', 'plan-open-requested', 'service-plan-copied', 'plan-active-changed', 'plan-continue-requested', 'product-dashboard-requested', 'licenses-purchased', 'account-saved', 'order-created', 'renew-requested', 'order-kind-change', 'step-change'];
const log = $<HTMLOListElement>('log');
let lastChange = 0;
for (const name of EVENTS) {
  document.addEventListener(name, (e) => {
    const ev = e as CustomEvent;
    // plan-change fires on every keystroke: log it at most once a second.
    if (name === 'plan-change') {
      if (Date.now() - lastChange < 1000) return;
      lastChange = Date.now();
    }
    const li = document.createElement('li');
    const b = document.createElement('b');
    b.textContent = `${(ev.composedPath()[0] as Element).localName} → ${name}`;
    const detail = JSON.stringify(ev.detail, (k, v) => (k === 'draft' ? '…' : v));
    li.append(b, ' ', detail.length > 400 ? `${detail.slice(0, 400)}…` : detail);
    log.prepend(li);
    while (log.children.length > 50) log.lastElementChild!.remove();
    $('log-empty').hidden = true;
    if (['subscription-changed', 'pending-change-cancelled', 'plan-saved', 'plan-copied', 'service-plan-copied', 'plan-active-changed', 'sale-created', 'sale-decided', 'licenses-purchased', 'order-created', 'account-saved'].includes(name)) persist();
  });
}
$('clear-log').addEventListener('click', () => {
  log.replaceChildren();
  $('log-empty').hidden = false;
});
provider.addEventListener('change', renderRecords);
