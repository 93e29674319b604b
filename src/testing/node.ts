/**
 * channelkit/testing in Node (Vitest, Jest, node:test): the same demo backend as in browsers, served
 * by msw/node's request interception instead of a service worker, so `fetch` (and RestAdapter) in
 * the test process reaches it. In plain Node there is no page to resolve a relative URL against:
 * give the backend and RestAdapter an absolute `baseUrl` such as 'http://localhost/api'
 * (jsdom and happy-dom environments resolve '/api' against their page).
 */
import { setupServer, type SetupServer } from 'msw/node';
import { demoHandlers } from '../adapter/demo/handlers.js';
import { DemoStore } from '../adapter/demo/store.js';

export * from './demo-exports.js';

export interface DemoBackend {
  store: DemoStore;
  /** msw's server: `server.use(...)` puts a test's own handlers in front of the demo's. */
  server: SetupServer;
  /** Stops intercepting requests; the next `startDemoBackend()` starts a new backend. */
  stop(): void;
}

let running: Promise<DemoBackend> | null = null;

/** Starts (once per process, until stopped) and returns the demo backend. */
export function startDemoBackend(options: { baseUrl?: string; store?: DemoStore } = {}): Promise<DemoBackend> {
  running ??= Promise.resolve().then(() => {
    const store = options.store ?? new DemoStore();
    const server = setupServer(...demoHandlers(store, options.baseUrl));
    server.listen({ onUnhandledRequest: 'bypass' });
    return {
      store,
      server,
      stop: () => {
        server.close();
        running = null;
      },
    };
  });
  return running;
}
