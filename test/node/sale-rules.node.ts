// One copy of every sale rule: the same invalid sale through the wizard's model and through the
// demo backend (channelkit/server over the in-memory repository) is refused at the same field
// path with the same message, because both call the rule functions of src/schemas/sale.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DemoStore } from '../../src/adapter/demo/store.js';
import { addDays } from '../../src/core/dates.js';
import { emptyDraft, locateServerError, pendingErrors, type SaleDraft, saleRuleErrors, stepErrors, toInput } from '../../components/sale-wizard/model.js';
import { DEFAULT_MAX_USERS, organizationError } from '../../src/schemas/sale.js';

const store = new DemoStore(() => new Date('2027-03-15T12:00:00Z'), 'UTC');
const today = store.today();

function draft(extra: Partial<SaleDraft>): SaleDraft {
  return { ...emptyDraft(today), organizationId: 'org-contoso', organizationLabel: 'Contoso', billingMethodId: 'bm-invoice-30', name: 'Rules', ...extra };
}

async function backendFields(d: SaleDraft): Promise<Record<string, string>> {
  const r = await store.fetch(
    new Request('http://demo/api/sales', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify(toInput(d)) }),
  );
  const body = (await r.json()) as { error?: { fields?: Record<string, string> } };
  assert.equal(r.status, 422, JSON.stringify(body));
  return body.error?.fields ?? {};
}

const cases: [string, Partial<SaleDraft>, string, RegExp][] = [
  ['a distribution not valid for a subscription plan', { lines: [{ distributionId: 'dist-video', users: 1 }] }, 'lines.0.distributionId', /cannot be sold as a subscription plan/],
  ['more users than the distribution allows', { lines: [{ distributionId: 'dist-itpro-eur', users: 1001 }] }, 'lines.0.users', /from 5 to 1,000\./],
  ['fewer users than the distribution needs', { lines: [{ distributionId: 'dist-itpro-eur', users: 3 }] }, 'lines.0.users', /from 5 to 1,000\./],
  ['more users than the default cap', { lines: [{ distributionId: 'dist-itpro-jpy', users: DEFAULT_MAX_USERS + 1 }] }, 'lines.0.users', /from 1 to 100,000\./],
  ['two currencies in one sale', { lines: [{ distributionId: 'dist-itpro-usd', users: 5 }, { distributionId: 'dist-itpro-eur', users: 10 }] }, 'lines', /one currency \(USD\)/],
  ['a distribution twice', { lines: [{ distributionId: 'dist-itpro-usd', users: 5 }, { distributionId: 'dist-itpro-usd', users: 6 }] }, 'lines.1.distributionId', /already in the sale/],
  ['an activation date in the past', { lines: [{ distributionId: 'dist-itpro-usd', users: 5 }], activationDate: addDays(today, -1) }, 'activationDate', /cannot be in the past/],
];

for (const [what, extra, path, message] of cases) {
  test(`${what}: the model and the backend refuse it at ${path} with one message`, async () => {
    const d = draft(extra);
    const model = saleRuleErrors(d, store.data.distributions, today, 'en');
    assert.deepEqual(Object.keys(model), [path]);
    assert.match(model[path]!, message);
    assert.deepEqual(await backendFields(d), model);
    // The wizard shows it on the step and at the field where it would show the backend's refusal.
    const { step, path: shown } = locateServerError(path);
    assert.equal(stepErrors(step, d, store.data.distributions, today, 'en')[shown], model[path]);
  });
}

test('the pending line is checked by the same rules, at its own paths', () => {
  const catalog = store.data.distributions;
  const withUsd = draft({ lines: [{ distributionId: 'dist-itpro-usd', users: 5 }] });
  const oneLine = saleRuleErrors(draft({ lines: [{ distributionId: 'dist-itpro-usd', users: 5 }, { distributionId: 'dist-itpro-eur', users: 10 }] }), catalog, today, 'en');
  assert.equal(pendingErrors({ ...withUsd, pending: { distributionId: 'dist-itpro-eur', users: '10' } }, catalog, 'en')['pending.distributionId'], oneLine.lines);
  const twice = saleRuleErrors(draft({ lines: [{ distributionId: 'dist-itpro-usd', users: 5 }, { distributionId: 'dist-itpro-usd', users: 6 }] }), catalog, today, 'en');
  assert.equal(pendingErrors({ ...withUsd, pending: { distributionId: 'dist-itpro-usd', users: '6' } }, catalog, 'en')['pending.distributionId'], twice['lines.1.distributionId']);
  const tooMany = saleRuleErrors(draft({ lines: [{ distributionId: 'dist-itpro-jpy', users: DEFAULT_MAX_USERS + 1 }] }), catalog, today, 'en');
  assert.equal(pendingErrors(draft({ pending: { distributionId: 'dist-itpro-jpy', users: String(DEFAULT_MAX_USERS + 1) } }), catalog, 'en')['pending.users'], tooMany['lines.0.users']);
});

test('a valid sale passes both', async () => {
  const d = draft({ lines: [{ distributionId: 'dist-itpro-usd', users: 5 }] });
  assert.deepEqual(saleRuleErrors(d, store.data.distributions, today, 'en'), {});
  const r = await store.fetch(new Request('http://demo/api/sales', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify(toInput(d)) }));
  assert.equal(r.status, 201);
});

test('a billing method that is not the seller’s: the model and the backend refuse it at billingMethodId with one message', async () => {
  const d = draft({ lines: [{ distributionId: 'dist-itpro-usd', users: 5 }], billingMethodId: 'bm-gone' });
  const methods = store.data.billingMethods;
  const model = saleRuleErrors(d, store.data.distributions, today, 'en', methods);
  assert.deepEqual(model, { billingMethodId: 'Choose a billing method.' });
  assert.deepEqual(await backendFields(d), model);
  // The setup step holds the field, and shows the same message.
  assert.equal(stepErrors('setup', d, store.data.distributions, today, 'en', methods).billingMethodId, model.billingMethodId);
  // One of the seller's methods passes both.
  assert.deepEqual(saleRuleErrors({ ...d, billingMethodId: methods[0]!.id }, store.data.distributions, today, 'en', methods), {});
});

test('an organization that no longer exists: only the backend knows; its message is the schema’s', async () => {
  const d = draft({ lines: [{ distributionId: 'dist-itpro-usd', users: 5 }], organizationId: 'org-gone' });
  const fields = await backendFields(d);
  assert.deepEqual(fields, { 'organization.id': organizationError('org-gone', [], 'en') });
  assert.equal(fields['organization.id'], 'This organization no longer exists.');
  assert.deepEqual(locateServerError('organization.id'), { step: 'account', path: 'organizationId' });
});
