// channelkit/testing in Node (issue 15, point 9): startDemoBackend() from the Node entry intercepts
// the test process's fetch with msw/node, so RestAdapter, unchanged, reads the demo seed, gets the
// faults injected per route, and creates records the store lists. Imported from the source of the
// entry package.json maps `channelkit/testing` to under the `node` condition.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AdapterError, RestAdapter } from '../../src/adapter/index.js';
import { DemoStore, startDemoBackend } from '../../src/testing/node.js';

const BASE = 'http://channelkit.test/api';
const signal = () => new AbortController().signal;

test('package.json maps channelkit/testing to this entry in Node and to the service-worker one elsewhere', () => {
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
  const entry = exports['./testing'];
  assert.equal(entry.node.types, './dist/types/src/testing/node.d.ts');
  assert.equal(entry.types, './dist/types/src/testing/index.d.ts');
  assert.deepEqual(Object.keys(entry), ['node', 'types', 'default'], 'the node condition is tried first');
});

test('the demo backend answers RestAdapter with its seed, faults and scenarios, once per process until stopped', async () => {
  const store = new DemoStore(() => new Date('2027-05-12T10:00:00Z'), 'UTC');
  const backend = await startDemoBackend({ baseUrl: BASE, store });
  try {
    assert.equal(await startDemoBackend(), backend, 'a second start returns the running backend');
    assert.equal(backend.store, store);
    const api = new RestAdapter({ baseUrl: BASE, timeoutMs: 5000 });

    const seller = await api.getSellerContext(signal());
    assert.equal(seller.organization.name, 'Northwind Learning');
    const contracts = await api.listContracts(signal());
    assert.ok(contracts.length > 0, 'seeded contracts');
    assert.deepEqual(
      contracts.map((c) => c.id),
      store.data.contracts.map((c) => c.id),
      'the store the test holds is the one answering',
    );

    store.setFault('seller', { kind: 'server', times: 1 });
    await assert.rejects(api.getSellerContext(signal()), (e: unknown) => e instanceof AdapterError && e.kind === 'server');
    assert.equal((await api.getSellerContext(signal())).organization.id, seller.organization.id, 'the fault lasted one request');

    store.scenario.sellerWithoutLti = true;
    assert.equal((await api.getSellerContext(signal())).hasLtiService, false);
  } finally {
    backend.stop();
  }
  const again = await startDemoBackend({ baseUrl: BASE });
  try {
    assert.notEqual(again, backend, 'stopped: the next start makes a new backend');
    assert.equal((await new RestAdapter({ baseUrl: BASE }).getSellerContext(signal())).hasLtiService, true, 'a new store, its own seed');
  } finally {
    again.stop();
  }
  await assert.rejects(fetch(`${BASE}/seller`), 'stopped: nothing answers any more');
});
