// One copy of every purchase rule: the same invalid input through the widget model's check and
// through the demo backend (channelkit/server over its memory repository) gives the same field
// path and the same message. Also the arithmetic both sides share.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DemoStore } from '../../src/adapter/demo/store.js';
import { licensesFromStock } from '../../src/core/quotes.js';
import { DEFAULT_MAX_QUANTITY, quantityLimits } from '../../src/schemas/license.js';
import { emptyDraft, expiryPhrase, fromStock, type LicenseContext, type LicenseDraft, locateError, stepErrors, type StepId } from '../../components/license-purchase/model.js';

const fixed = () => new Date('2027-03-15T12:00:00Z');

/** The demo backend's field errors for a purchase of `draft`, and the model's on the step that holds them. */
async function both(draft: Partial<LicenseDraft>, step: StepId, edit?: (store: DemoStore) => void) {
  const store = new DemoStore(fixed, 'UTC');
  edit?.(store);
  const d: LicenseDraft = { ...emptyDraft(), contractId: 'ctr-device-2025', accountId: 'acc-contoso-hq', productId: 'prd-phone', stockChoice: 'new-purchase', ...draft };
  const ctx: LicenseContext = {
    contracts: store.data.contracts.map((c) => (c.id === d.contractId ? { ...c, accountId: d.accountId } : c)),
    accounts: store.data.accounts,
    products: store.data.contractProducts[d.contractId] ?? [],
    stock: null,
    active: null,
  };
  const model = stepErrors(step, d, ctx, 'en');
  const body = {
    contractId: d.contractId,
    accountId: d.accountId,
    productId: d.productId,
    quantity: Number(d.quantity),
    useStock: false,
    expected: { startDate: '2027-03-15', endDate: '2028-03-15', total: { currency: 'USD', minor: 0 } },
  };
  const r = await store.fetch(new Request('http://demo/api/license-purchases', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify(body) }));
  const answer = (await r.json()) as { error?: { code?: string; message?: string; fields?: Record<string, string> } };
  return { model, status: r.status, code: answer.error?.code, message: answer.error?.message, server: answer.error?.fields ?? {} };
}

test('quantity above the contract’s maximum: the same path and message from the model and the backend', async () => {
  const r = await both({ quantity: '501' }, 'quantity');
  assert.equal(r.status, 422);
  assert.deepEqual(r.server, { quantity: 'Enter a whole number from 1 to 500.' });
  assert.deepEqual(r.model, r.server);
});

test('quantity below the contract’s minimum', async () => {
  const r = await both({ contractId: 'ctr-emea-mobility', accountId: 'acc-fabrikam', productId: 'prd-rugged', quantity: '3' }, 'quantity');
  assert.equal(r.status, 422);
  assert.deepEqual(r.server, { quantity: 'Enter a whole number from 5 to 200.' });
  assert.deepEqual(r.model, r.server);
});

test('a contract without a maximum: both cap a purchase at 10,000 licenses', async () => {
  const unlimited = (store: DemoStore) => delete store.data.contracts.find((c) => c.id === 'ctr-device-2025')!.maxQuantity;
  assert.deepEqual(quantityLimits({}), { min: 1, max: DEFAULT_MAX_QUANTITY });
  const over = await both({ quantity: String(DEFAULT_MAX_QUANTITY + 1) }, 'quantity', unlimited);
  assert.equal(over.status, 422);
  assert.deepEqual(over.server, { quantity: 'Enter a whole number from 1 to 10,000.' });
  assert.deepEqual(over.model, over.server);
});

test('an account that is not one of the accounts', async () => {
  const r = await both({ accountId: 'acc-unknown', quantity: '2' }, 'account');
  assert.equal(r.status, 422);
  assert.deepEqual(r.server, { accountId: 'Choose an account.' });
  assert.deepEqual(r.model, r.server);
  assert.equal(locateError('accountId').step, 'account');
});

// A contract or product the backend refuses for the whole purchase (409/403 with a code the widget
// acts on: it reloads the contracts, or goes back to the product step) says why in the message the
// model shows at the field: one function of src/schemas/license.ts on both sides.
test('an inactive contract (contractBlock): the model’s contractId message is the backend’s 409', async () => {
  const r = await both({ quantity: '2' }, 'contract', (store) => (store.data.contracts.find((c) => c.id === 'ctr-device-2025')!.status = 'expired'));
  assert.equal(r.status, 409);
  assert.equal(r.code, 'contract-inactive');
  assert.deepEqual(r.model, { contractId: 'The contract “Device Services Agreement” is no longer active.' });
  assert.equal(r.message, r.model.contractId);
  assert.equal(locateError('contractId').step, 'contract');
});

test('a contract the user may not create licenses under: the same message, as a 403', async () => {
  const r = await both({ quantity: '2' }, 'contract', (store) => (store.data.contracts.find((c) => c.id === 'ctr-device-2025')!.canCreateLicenses = false));
  assert.equal(r.status, 403);
  assert.equal(r.code, 'no-permission');
  assert.deepEqual(r.model, { contractId: 'You do not have permission to create licenses under “Device Services Agreement”.' });
  assert.equal(r.message, r.model.contractId);
});

test('a product the contract no longer offers (offersProduct): the model’s productId message is the backend’s 409', async () => {
  const drop = (store: DemoStore) => {
    const c = store.data.contracts.find((x) => x.id === 'ctr-device-2025')!;
    c.productIds = c.productIds.filter((p) => p !== 'prd-phone');
  };
  const r = await both({ quantity: '2' }, 'product', drop);
  assert.equal(r.status, 409);
  assert.equal(r.code, 'product-not-in-contract');
  assert.deepEqual(r.model, { productId: 'This product is no longer part of the contract. Choose another product.' });
  assert.equal(r.message, r.model.productId);
});

test('licenses from stock: as many as are available, never more than bought', () => {
  assert.equal(licensesFromStock(5, 3), 3);
  assert.equal(licensesFromStock(5, 7), 5);
  assert.equal(licensesFromStock(0, 7), 0);
  const ctx: LicenseContext = { contracts: [], accounts: [], products: [], stock: { productId: 'p', available: 5 }, active: null };
  assert.equal(fromStock({ ...emptyDraft(), quantity: '7', stockChoice: 'use-stock' }, ctx), 5);
  assert.equal(fromStock({ ...emptyDraft(), quantity: '7', stockChoice: 'new-purchase' }, ctx), 0);
});

test('"this month" and "next month" by calendar month, across a year end and from the 31st', () => {
  assert.equal(expiryPhrase('2027-01-31', '2027-01-01', 'en'), 'this month');
  assert.equal(expiryPhrase('2027-02-28', '2027-01-31', 'en'), 'next month');
  assert.equal(expiryPhrase('2028-01-05', '2027-12-31', 'en'), 'next month');
  assert.match(expiryPhrase('2027-03-01', '2027-01-31', 'en'), /^on March 1, 2027$/);
});
