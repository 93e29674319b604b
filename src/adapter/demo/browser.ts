/**
 * Starts the demo backend in a browser: an msw service worker serving a DemoStore.
 * mockServiceWorker.js must be served at the site root (the demo's Vite config and the
 * test runner both do this from node_modules/msw).
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { demoHandlers } from './handlers.js';
import { DemoStore } from './store.js';

export interface DemoBackend {
  store: DemoStore;
  worker: SetupWorker;
  stop(): void;
}

let running: Promise<DemoBackend> | null = null;

/** Starts (once per page) and returns the demo backend. */
export function startDemoBackend(options: { baseUrl?: string; store?: DemoStore; workerUrl?: string } = {}): Promise<DemoBackend> {
  running ??= (async () => {
    const store = options.store ?? new DemoStore();
    const worker = setupWorker(...demoHandlers(store, options.baseUrl));
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' } });
    return { store, worker, stop: () => worker.stop() };
  })();
  return running;
}
