// The plan version methods of RestAdapter (#22, point 5), in Node against the demo backend (the
// server over its in-memory repository, with the demo's fault injection): each fault of each call
// is a clear, typed error and a retry works; a move whose answer is lost on the way back is not
// made twice on retry (the same idempotency key); a backend answer of the wrong shape is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RestAdapter } from '../../src/adapter/rest-adapter.js';
import type { AdapterError } from '../../src/adapter/index.js';
import { demoResponse } from '../../src/adapter/demo/handlers.js';
import { DemoStore, type Fault, type RouteName } from '../../src/adapter/demo/store.js';
import { fails } from './adapter-failure.js';

const NOW = '2027-05-12T10:00:00Z';
const signal = () => new AbortController().signal;

function demo(options: { timeoutMs?: number; answer?: (path: string, body: unknown) => unknown } = {}) {
  const store = new DemoStore(() => new Date(NOW), 'UTC');
  const api = new RestAdapter({
    baseUrl: 'http://demo.test/api',
    timeoutMs: options.timeoutMs,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const response = await demoResponse(store, request, '/api');
      if (response.type === 'error') throw new TypeError('Failed to fetch');
      if (!options.answer || !response.ok) return response;
      return Response.json(options.answer(new URL(request.url).pathname, await response.json()), { status: response.status });
    },
  });
  return { store, api };
}

const moves = (store: DemoStore) => store.repository.tables.subscriptionChanges.length;

const CALLS: [RouteName, (api: RestAdapter) => Promise<unknown>][] = [
  ['plan-versions', (api) => api.getPlanVersions('plan-backup-annual', signal())],
  ['preview-version-move', (api) => api.previewVersionMove('plan-backup-annual', 1, signal())],
  ['move-version', (api) => api.moveVersion('plan-backup-annual', 1, 'fault-key-move', signal())],
];
const FAULTS: [Fault, AdapterError['kind'], RegExp][] = [
  [{ kind: 'server' }, 'server', /server had a problem/],
  [{ kind: 'malformed' }, 'bad-response', /could not be read/],
  [{ kind: 'network' }, 'network', /could not be reached/],
  [{ kind: 'timeout' }, 'timeout', /too long/],
];

for (const [route, call] of CALLS) {
  test(`fault matrix: ${route} fails with a clear message and works on retry`, async () => {
    const { api, store } = demo({ timeoutMs: 200 });
    for (const [fault, kind, message] of FAULTS) {
      store.setFault(route, { ...fault, times: 1 });
      const alive = setInterval(() => {}, 50);
      const e = await fails(call(api)).finally(() => clearInterval(alive));
      assert.equal(e.kind, kind, `${route} ${fault.kind}`);
      assert.match(e.message, message);
      assert.equal(e.retryable, true, `${route} ${fault.kind}: retryable`);
    }
    const before = moves(store);
    assert.ok(await call(api));
    assert.equal(moves(store) - before, route === 'move-version' ? 1 : 0, 'a move is made once, reads change nothing');
  });
}

test('a move lost on the way back (network error after it was made) is not made twice on retry', async () => {
  const { api, store } = demo();
  const before = moves(store);
  store.setFault('move-version', { kind: 'network', after: true, times: 1 });
  await fails(api.moveVersion('plan-backup-annual', 1, 'same-key', signal()));
  const again = await api.moveVersion('plan-backup-annual', 1, 'same-key', signal());
  assert.equal(again.subscriptions.length, 1);
  assert.equal(moves(store) - before, 1, 'moved once');
  const versions = await api.getPlanVersions('plan-backup-annual', signal());
  assert.deepEqual(versions.versions.map((v) => v.subscriptions), [0, 1]);
});

test('an answer of the wrong shape is a bad-response, not a wrong figure', async () => {
  const { api } = demo({ answer: (path, body) => (path.endsWith('/move-preview') ? { ...(body as object), subscriptions: [{ subscriptionId: 'x', difference: 'a lot' }] } : body) });
  const e = await fails(api.previewVersionMove('plan-backup-annual', 1, signal()));
  assert.equal(e.kind, 'bad-response');
});
