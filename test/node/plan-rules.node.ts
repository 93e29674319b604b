// One copy of every plan rule (issue #20): the same invalid plan, checked by the plan editor's model
// (planErrors over a draft) and refused by the demo backend (DemoStore, the server over its
// in-memory repository), gives the same message at the same field path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DemoStore } from '../../src/adapter/demo/store.js';
import { loadLanguage } from '../../src/i18n/catalog.js';
import { draftFromPlan, toPlan } from '../../components/service-plan-editor/conversion.js';
import { emptyDraft, newPeriod, newResource, type PlanDraft } from '../../components/service-plan-editor/model.js';
import { planErrors } from '../../components/service-plan-editor/rules.js';
import { copyNameError, type PlanContext, planResponses, type ServicePlan } from '../../src/schemas/plan.js';

const at = () => new Date('2027-04-30T10:00:00Z');

async function context(store: DemoStore): Promise<PlanContext> {
  return (await (await store.fetch(new Request('http://demo/api/products/prod-backup/plan-context'))).json()) as PlanContext;
}

/** A plan the model and the backend both accept: every case below breaks one rule of it. */
function valid(ctx: PlanContext): PlanDraft {
  const d = emptyDraft('prod-backup', ctx);
  const r = newResource('res-devices', ctx.currencies);
  r.minimum = '1';
  r.limit = '100';
  r.fees.recurring = { USD: '30.00', EUR: '27.50', JPY: '4500' };
  return { ...d, name: 'Backup Pro', sku: 'BKP-PRO', billingType: 'monthly-commitment', description: { ...d.description, en: 'Cloud backup.' }, resources: [r] };
}

const withResource = (d: PlanDraft, change: (r: PlanDraft['resources'][number]) => void): PlanDraft => {
  const r = structuredClone(d.resources[0]!);
  change(r);
  return { ...d, resources: [r] };
};

const CASES: { rule: string; path: string; draft: (d: PlanDraft, ctx: PlanContext) => PlanDraft }[] = [
  { rule: 'fee required: a paid period has a fee in every currency', path: 'periods.0.fees.EUR', draft: (d) => ({ ...d, periods: [{ ...d.periods[0]!, fees: { ...d.periods[0]!.fees, EUR: '' } }] }) },
  { rule: 'a resource fee type selected has a value in every currency', path: 'resources.0.fees.recurring.JPY', draft: (d) => withResource(d, (r) => (r.fees.recurring!.JPY = '')) },
  { rule: 'at least one fee type', path: 'resources.0.fees', draft: (d) => withResource(d, (r) => (r.fees = {})) },
  { rule: 'a plan of trials alone sells nothing', path: 'periods.0.trial', draft: (d) => ({ ...d, periods: [{ ...d.periods[0]!, trial: true }] }) },
  { rule: 'one endless period at most', path: 'periods.1.endless', draft: (d, ctx) => ({ ...d, periods: [0, 1].map(() => ({ ...newPeriod(ctx.currencies), endless: true })) }) },
  { rule: 'minimum not below included', path: 'resources.0.minimum', draft: (d) => withResource(d, (r) => (r.included = '5')) },
  { rule: 'a limit unless unlimited', path: 'resources.0.limit', draft: (d) => withResource(d, (r) => (r.limit = '')) },
  { rule: 'no resource twice', path: 'resources.1.resourceId', draft: (d) => ({ ...d, resources: [d.resources[0]!, structuredClone(d.resources[0]!)] }) },
  { rule: 'English description', path: 'description.en', draft: (d) => ({ ...d, description: { ...d.description, en: ' ' } }) },
  { rule: 'no deprecated billing type for a new plan', path: 'billingType', draft: (d) => ({ ...d, billingType: 'g-suite' }) },
  { rule: 'a plan stays with its product', path: 'productId', draft: (d) => ({ ...d, productId: 'prod-other' }) },
  // Tiers and packages (issue 22): each broken rule on its row.
  { rule: 'tiers ascend: an Up to above the tier before', path: 'resources.0.pricing.recurring.tiers.1.upTo', draft: (d) => tiered(d, ['10', '10', '']) },
  { rule: 'the last tier is open', path: 'resources.0.pricing.recurring.tiers.1.upTo', draft: (d) => tiered(d, ['10', '50']) },
  { rule: 'only the last tier is open', path: 'resources.0.pricing.recurring.tiers.0.upTo', draft: (d) => ({ ...tiered(d, ['', '20']) }) },
  { rule: 'a tier has a unit price in every currency', path: 'resources.0.pricing.recurring.tiers.1.prices.JPY', draft: (d) => withResource(tiered(d, ['10', '']), (r) => (r.pricing!.recurring!.tiers[1]!.prices.JPY = '')) },
  { rule: 'a package has a block size of 1 or more', path: 'resources.0.pricing.recurring.blockSize', draft: (d) => withResource(d, (r) => (r.pricing = { recurring: { model: 'package', blockSize: '0', tiers: [] } })) },
];

/** The valid plan with its recurring fee priced by graduated tiers with these Up to values (prices filled in). */
function tiered(d: PlanDraft, upTo: string[]): PlanDraft {
  return withResource(d, (r) => {
    r.fees.recurring = {};
    r.pricing = { recurring: { model: 'graduated', blockSize: '10', tiers: upTo.map((u, i) => ({ upTo: u, prices: { USD: `${30 - i}.00`, EUR: '25.00', JPY: '4000' }, flats: {} })) } };
  });
}

test('the valid plan passes both', async () => {
  const store = new DemoStore(at, 'UTC');
  const ctx = await context(store);
  assert.deepEqual(planErrors(valid(ctx), ctx, 'en', true), {});
  const r = await store.fetch(save(valid(ctx)));
  assert.equal(r.status, 201, await r.text());
});

function save(d: PlanDraft): Request {
  const { plan } = toPlan(d, 'en');
  return new Request('http://demo/api/products/prod-backup/plans', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify(plan),
  });
}

for (const c of CASES) {
  test(`${c.rule}: the model and the backend give one message at ${c.path}`, async () => {
    const store = new DemoStore(at, 'UTC');
    const ctx = await context(store);
    const draft = c.draft(valid(ctx), ctx);
    const model = planErrors(draft, ctx, 'en', true);
    assert.ok(model[c.path], `the model finds nothing at ${c.path}: ${JSON.stringify(model)}`);
    const r = await store.fetch(save(draft));
    const body = (await r.json()) as { error: { fields?: Record<string, string> } };
    assert.equal(r.status, 422, JSON.stringify(body));
    assert.equal(body.error.fields?.[c.path], model[c.path]);
    assert.equal(store.records.plans.length, 0);
  });
}

test('tiers and a minimum commitment are saved and read back as typed; a minimum is only for Pay As You Go', async () => {
  const store = new DemoStore(at, 'UTC');
  const ctx = await context(store);
  const d = tiered(valid(ctx), ['10', '']);
  d.resources[0]!.pricing!.recurring!.tiers[1]!.flats = { USD: '20.00' };
  const payg: PlanDraft = { ...d, billingType: 'payg-external', periods: [{ ...d.periods[0]!, minimum: { USD: '100.00', EUR: '90.00' } }] };
  assert.deepEqual(planErrors(payg, ctx, 'en', true), {});
  assert.equal(planErrors(withResource(d, (r) => (r.pricing!.recurring!.tiers[0]!.flats.USD = '-5')), ctx, 'en', true)['resources.0.pricing.recurring.tiers.0.flats.USD'], 'The amount cannot be negative.');
  const r = await store.fetch(save(payg));
  const saved = (await r.json()) as ServicePlan;
  assert.equal(r.status, 201, JSON.stringify(saved));
  assert.deepEqual(saved.periods[0]!.minimumCommitment, { USD: 10000, EUR: 9000 });
  assert.deepEqual(saved.resources[0]!.pricing, { recurring: { model: 'graduated', tiers: [{ upTo: 10, prices: { USD: 3000, EUR: 2500, JPY: 4000 }, flats: {} }, { upTo: null, prices: { USD: 2900, EUR: 2500, JPY: 4000 }, flats: { USD: 2000 } }] } });
  const back = draftFromPlan(saved, ctx);
  assert.deepEqual(back.resources[0]!.pricing, payg.resources[0]!.pricing);
  assert.deepEqual(back.periods[0]!.minimum, { USD: '100.00', EUR: '90.00' });
  // The editor sends no minimum for another billing type; a backend is sent one anyway and refuses it.
  assert.equal(toPlan({ ...payg, billingType: 'monthly-commitment' }, 'en').plan.periods[0]!.minimumCommitment, undefined);
  const { plan } = toPlan(payg, 'en');
  const refused = await store.fetch(new Request('http://demo/api/products/prod-backup/plans', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify({ ...plan, billingType: 'monthly-commitment' }) }));
  const body = (await refused.json()) as { error: { fields?: Record<string, string> } };
  assert.equal(refused.status, 422);
  assert.equal(body.error.fields?.['periods.0.minimumCommitment'], 'A minimum commitment applies to Pay As You Go billing types only.');
});

// The copy dialog's Name field shows copyNameError and stays open while it has one; the backend
// refuses the same name at the same path with the same message.
const COPY_NAMES: [string, string, RegExp][] = [
  ['no name', '   ', /^Enter a name for the copy\.$/],
  ['only invisible characters', '\u200B\u00AD', /^Enter a name for the copy\.$/],
  ['longer than a plan name may be', 'x'.repeat(101), /at most 100 characters/],
  ['a text-direction override', 'Copy\u202E', /invisible text-direction characters/],
];

for (const [what, name, message] of COPY_NAMES) {
  test(`copy name, ${what}: the copy dialog and the backend give one message at name`, async () => {
    const store = new DemoStore(at, 'UTC');
    const shown = copyNameError(name, 'en');
    assert.match(shown, message);
    const r = await store.fetch(
      new Request('http://demo/api/plans/plan-backup-monthly/copy', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify({ name }) }),
    );
    const body = (await r.json()) as { error: { fields?: Record<string, string> } };
    assert.equal(r.status, 422, JSON.stringify(body));
    assert.deepEqual(body.error.fields, { name: shown });
  });
}

test('copy name: a good name passes both, and the copy is saved under it normalised', async () => {
  const store = new DemoStore(at, 'UTC');
  assert.equal(copyNameError(' Backup copy\u200B ', 'en'), '');
  const r = await store.fetch(
    new Request('http://demo/api/plans/plan-backup-monthly/copy', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify({ name: ' Backup copy\u200B ' }) }),
  );
  const text = await r.text();
  assert.equal(r.status, 201, text);
  assert.equal((JSON.parse(text) as { name: string }).name, 'Backup copy');
});

test('copy name in Spanish', async () => {
  await loadLanguage('es');
  assert.equal(copyNameError(' ', 'es'), 'Escribe un nombre para la copia.');
});

test('#14: a whole-number field says the rule it breaks, the same way for every value (a period quantity, a resource minimum)', async () => {
  const store = new DemoStore(at, 'UTC');
  const ctx = await context(store);
  const period = (quantity: string) => {
    const d = valid(ctx);
    return planErrors({ ...d, periods: [{ ...d.periods[0]!, duration: { ...d.periods[0]!.duration, quantity } }] }, ctx, 'en', true)['periods.0.duration.quantity'];
  };
  assert.equal(period(''), 'This field is required.');
  assert.equal(period('  '), 'This field is required.');
  assert.equal(period('-1'), 'Enter 1 or more.');
  assert.equal(period('0'), 'Enter 1 or more.');
  assert.equal(period('1.5'), 'Enter a whole number.');
  assert.equal(period('abc'), 'Enter a whole number.');
  assert.equal(period('99999999999999999'), 'Enter 9007199254740991 or less.');
  assert.equal(period('12'), undefined);
  const minimum = (text: string) => planErrors(withResource(valid(ctx), (r) => (r.minimum = text)), ctx, 'en', true)['resources.0.minimum'];
  assert.equal(minimum('-1'), 'Enter 0 or more.');
  assert.equal(minimum(''), 'This field is required.');
  await loadLanguage('es');
  const d = valid(ctx);
  assert.equal(planErrors({ ...d, periods: [{ ...d.periods[0]!, duration: { ...d.periods[0]!.duration, quantity: '-1' } }] }, ctx, 'es', true)['periods.0.duration.quantity'], 'Introduce 1 o más.');
});

test('a backend answering a plan with tiers that break the rules is refused, not priced', async () => {
  const store = new DemoStore(at, 'UTC');
  const ctx = await context(store);
  const { plan } = toPlan(tiered(valid(ctx), ['10', '']), 'en');
  assert.equal(planResponses.getPlan.safeParse({ ...plan, id: 'p1' }).success, true);
  const broken = structuredClone(plan);
  broken.resources[0]!.pricing!.recurring!.tiers![0]!.upTo = null;
  const r = planResponses.getPlan.safeParse({ ...broken, id: 'p1' });
  assert.equal(r.success, false);
  assert.equal(r.error?.issues[0]?.message, 'v.tiers');
});
