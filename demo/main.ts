import '../src/context/define-provider.js';
import '../src/ui/define-kit.js';
import './playground.js';
import '../components/order-form/define.js';
import '../components/license-purchase/define.js';
import '../components/sale-wizard/define.js';
import '../components/service-plan-editor/define.js';
import { RestAdapter } from '../src/adapter/index.js';
import { startDemoBackend } from '../src/adapter/demo/browser.js';
import type { ChannelkitProvider } from '../src/context/index.js';

// Relative to the page, so the built demo works from any folder of any static host.
const apiBase = new URL('api', document.baseURI).pathname;
const workerUrl = new URL('mockServiceWorker.js', document.baseURI).pathname;

const { store } = await startDemoBackend({ baseUrl: apiBase, workerUrl });
const provider = document.querySelector<ChannelkitProvider>('#provider')!;
provider.adapter = new RestAdapter({ baseUrl: apiBase, timeoutMs: 10000 });

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const saved = JSON.parse(localStorage.getItem('channelkit-demo-settings') ?? '{}') as Record<string, string>;

function apply(): void {
  const locale = $<HTMLSelectElement>('locale').value;
  const theme = $<HTMLSelectElement>('theme').value;
  const scenario = $<HTMLSelectElement>('scenario').value;
  provider.locale = locale;
  document.documentElement.lang = locale;
  document.documentElement.dataset.theme = theme;
  store.faults.clear();
  store.scenario = {};
  if (scenario === 'slow') store.setFault('*', { kind: 'latency', ms: 1500 });
  if (scenario === 'server') store.setFault('*', { kind: 'server' });
  if (scenario === 'network') store.setFault('*', { kind: 'network' });
  if (scenario === 'no-lti') store.scenario.sellerWithoutLti = true;
  if (scenario === 'contracts') store.scenario.contractsUnusable = true;
  localStorage.setItem('channelkit-demo-settings', JSON.stringify({ locale, theme, scenario }));
}

for (const id of ['locale', 'theme', 'scenario']) {
  const el = $<HTMLSelectElement>(id);
  if (saved[id]) el.value = saved[id];
  el.addEventListener('change', apply);
}
$('reset').addEventListener('click', () => {
  store.reset();
  $<HTMLSelectElement>('scenario').value = 'normal';
  apply();
});
apply();
