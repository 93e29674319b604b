// One copy of the order rules (issue 20): the same invalid order through <order-form>'s model
// (validateOrder) and through the demo backend (DemoStore: channelkit/server over its memory
// repository) is refused at the same field path with the same message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DemoStore } from '../../src/adapter/demo/store.js';
import { type OrderDraft, type OrderKind, emptyDraft, toInput, validateOrder } from '../../components/order-form/model.js';
import type { OrderOptions } from '../../src/schemas/order.js';
import { checkOrderOffer } from '../../src/schemas/order.js';
import { domainTakenError } from '../../src/schemas/domain.js';

const pinned = () => new Date('2027-03-15T12:00:00Z');

function validDraft(): OrderDraft {
  const d = emptyDraft('USD');
  return {
    ...d,
    paymentMethod: 'pre-paid',
    dataCenterId: 'dc-fra',
    packageId: { cloud: 'pkg-cloud-starter', saas: 'pkg-saas-team' },
    customer: { ...d.customer, companyName: 'Acme Widgets', contactName: 'Ana Ruiz', email: 'ana@acme-widgets.com', country: 'ES' },
    domain: `acme-${crypto.randomUUID().slice(0, 8)}.com`,
  };
}

async function call(store: DemoStore, path: string, body?: unknown) {
  const init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify(body) };
  const r = await store.fetch(new Request(`http://demo/api${path}`, init));
  return { status: r.status, body: (await r.json()) as { error?: { fields?: Record<string, string> } } & Record<string, unknown> };
}

/** The model's errors and the backend's 422 fields for one draft. */
async function bothSides(store: DemoStore, kind: OrderKind, draft: OrderDraft) {
  const options = (await call(store, '/order-options')).body as unknown as OrderOptions;
  const model = validateOrder(kind, draft, options, 'en');
  const backend = await call(store, '/orders', toInput(kind, draft));
  return { model, status: backend.status, backend: backend.body.error?.fields ?? {} };
}

const CASES: { name: string; kind: OrderKind; edit: (d: OrderDraft) => OrderDraft; setup?: (s: DemoStore) => void; path: string; message: string }[] = [
  { name: 'a plan the seller does not offer', kind: 'cloud', edit: (d) => ({ ...d, packageId: { ...d.packageId, cloud: 'pkg-gone' } }), path: 'packageId', message: 'Choose a plan.' },
  { name: 'a SaaS plan in a Cloud order', kind: 'cloud', edit: (d) => ({ ...d, packageId: { ...d.packageId, cloud: 'pkg-saas-team' } }), path: 'packageId', message: 'Choose a plan.' },
  {
    name: 'a plan not sold in the order’s currency',
    kind: 'saas',
    setup: (s) => delete s.data.packages.find((p) => p.id === 'pkg-saas-team')!.monthlyPrice.JPY,
    edit: (d) => ({ ...d, currency: 'JPY' }),
    path: 'packageId',
    message: 'This plan is not sold in JPY.',
  },
  { name: 'a data location that is not offered', kind: 'cloud', edit: (d) => ({ ...d, dataCenterId: 'dc-mars' }), path: 'dataCenterId', message: 'Choose a data location.' },
  { name: 'a domain with a scheme', kind: 'cloud', edit: (d) => ({ ...d, domain: 'https://acme.com' }), path: 'domain', message: 'Enter the domain without http:// or https://, e.g. example.com.' },
  { name: 'an administrator name with a space', kind: 'cloud', edit: (d) => ({ ...d, adminUsername: 'the admin' }), path: 'adminUsername', message: 'Use letters, digits, dots, hyphens or underscores, starting with a letter.' },
];

for (const c of CASES) {
  test(`order rule, the same in the widget and the backend: ${c.name}`, async () => {
    const store = new DemoStore(pinned, 'UTC');
    c.setup?.(store);
    const { model, status, backend } = await bothSides(store, c.kind, c.edit(validDraft()));
    assert.equal(status, 422);
    assert.deepEqual(model, { [c.path]: c.message });
    assert.deepEqual(backend, model);
  });
}

test('a valid order passes both: no model error, and the backend creates it', async () => {
  const store = new DemoStore(pinned, 'UTC');
  for (const kind of ['cloud', 'saas'] as const) {
    const { model, status } = await bothSides(store, kind, validDraft());
    assert.deepEqual(model, {});
    assert.equal(status, 201);
  }
});

test('checkOrderOffer speaks the widget’s language', () => {
  const offer = { packages: [], dataCenters: [] };
  assert.deepEqual(checkOrderOffer({ kind: 'saas', packageId: 'x', currency: 'EUR' }, offer), { packageId: 'Choose a plan.' });
  assert.deepEqual(Object.keys(checkOrderOffer({ kind: 'cloud', packageId: 'x', currency: 'EUR', dataCenterId: 'y' }, offer, 'es')), ['packageId', 'dataCenterId']);
});

test('a domain another customer holds: only the backend knows; its 409 names the domain field with the schema’s message', async () => {
  const store = new DemoStore(pinned, 'UTC');
  const d = validDraft();
  assert.equal((await call(store, '/orders', toInput('cloud', d))).status, 201);
  const again = await call(store, '/orders', toInput('cloud', { ...d, customer: { ...d.customer, companyName: 'Other Co' } }));
  assert.equal(again.status, 409);
  assert.deepEqual(again.body.error?.fields, { domain: domainTakenError('en') });
  assert.equal(domainTakenError('en'), 'This domain is already used by another customer.');
});
