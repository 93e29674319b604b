import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/service-plan-editor/define.js';
import type { ServicePlanEditor } from '../../components/service-plan-editor/service-plan-editor.js';
import type { CkConfirmDialog } from '../../src/ui/confirm-dialog.js';
import type { CkToggle } from '../../src/ui/toggle.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { RestAdapter } from '../../src/adapter/index.js';
import { formatMoney } from '../../src/core/money.js';
import { previewInput, previewSchedule } from '../../components/service-plan-editor/preview-model.js';
import { addResource, click, fillBasic, tableDrawn } from './flows.js';
import { check, control, deepActive, field, fill, mount, pick, root, said, shownError, tabTo, text } from './helpers.js';

const loaded = (el: ServicePlanEditor) => waitUntil(() => root(el).querySelector('[part=submit-button], [part=price-summary]'), 'loaded', { timeout: 4000 });
async function open(template = html`<service-plan-editor product-id="prod-backup"></service-plan-editor>`, locale = 'en') {
  const r = await mount<ServicePlanEditor>(template, 'service-plan-editor', locale);
  await loaded(r.el);
  return r;
}
const toggle = async (el: ServicePlanEditor, path: string) => {
  field<CkToggle>(el, path).shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
  await el.updateComplete;
};
const save = (el: ServicePlanEditor) => click(el, '[part=submit-button]');
const summary = (el: ServicePlanEditor) => text(root(el).querySelector('[part=error-summary]') ?? document.createElement('div'));
const rows = (el: ServicePlanEditor) => [...root(el).querySelectorAll('[data-testid=schedule] tbody tr')].map((r) => text(r));

describe('<service-plan-editor>', () => {
  it('starts a new plan: Active on, one period with fees at 0, English description required', async () => {
    const { el } = await open();
    expect(root(el).querySelector('h2')!.textContent).to.equal('New service plan');
    expect(field(el, 'active').value).to.equal(true);
    expect(el.draft.periods).to.have.length(1);
    expect(field(el, 'periods.0.fees.USD').value).to.equal('0');
    expect(text(root(el))).to.contain('For most SaaS solutions keep the plan period fees equal to 0');
    const tabs = [...root(el).querySelectorAll('[role=tab]')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
    expect(tabs).to.deep.equal(['English*', 'Spanish', 'German']);
    await expect(el).to.be.accessible();
  });

  it('offers the thirteen billing types with their explanations, recommended ones marked, deprecated ones not for new plans', async () => {
    const { el } = await open();
    const labels = [...field(el, 'billingType').shadowRoot!.querySelectorAll('option')].map((o) => o.textContent);
    expect(labels).to.have.length(12); // placeholder + 11 current types
    expect(labels).to.include('CSP Monthly (recommended)').and.include('CSP Annual (recommended)').and.include('Non-Recurring Subscription (recommended)');
    expect(labels.join()).not.to.contain('G Suite').and.not.to.contain('Non-refund');
    await pick(el, 'billingType', 'pay-in-full');
    expect(text(field(el, 'billingType'))).to.contain('Subscriptions have a free period of up to one month');
    const legacy = await open(html`<service-plan-editor plan-id="plan-backup-gsuite" product-id="prod-backup"></service-plan-editor>`);
    const legacyLabels = [...field(legacy.el, 'billingType').shadowRoot!.querySelectorAll('option')].map((o) => o.textContent);
    expect(legacyLabels).to.include('G Suite (deprecated)');
    expect(text(field(legacy.el, 'billingType'))).to.contain('This plan uses a deprecated billing type.');
  });

  it('checks the required fields, lists every error in the summary, which takes focus once', async () => {
    const { el, store } = await open();
    await save(el);
    await aTimeout(20);
    const s = summary(el);
    expect(s).to.contain('Name: This field is required. SKU: This field is required. Billing type: Choose an option.');
    expect(s).to.contain('Description in English: Enter the description in English');
    expect(deepActive()).to.equal(root(el).querySelector('[part=error-summary]'));
    expect(store.records.plans).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('warns (without blocking) about a name another plan of the product uses', async () => {
    const { el } = await open();
    await fill(el, 'name', 'backup standard — monthly');
    expect(text(field(el, 'name'))).to.contain('Another plan of this product is already called “Backup Standard — Monthly”.');
    expect(await shownError(el, 'name')).to.equal('');
  });

  it('periods: one endless at most, a trial is free and never endless, duration or Endless', async () => {
    const { el } = await open();
    await fillBasic(el);
    await toggle(el, 'periods.0.endless');
    await click(el, '[data-action=add-period]');
    await toggle(el, 'periods.1.endless');
    await save(el);
    expect(await shownError(el, 'periods.1.endless')).to.equal('A service plan can have only one endless period.');
    await toggle(el, 'periods.1.trial');
    expect(await shownError(el, 'periods.1.endless')).to.equal('A trial period cannot be endless.');
    await toggle(el, 'periods.1.endless');
    expect(await shownError(el, 'periods.1.endless')).to.equal('');
    expect(field(el, 'periods.1.fees.USD').value).to.equal('0');
    expect(field<HTMLElement & { disabled: boolean }>(el, 'periods.1.fees.USD').disabled).to.equal(true);
    expect(text(root(el).querySelector('[data-period="1"]')!)).to.contain('Free: a trial has no fees.');
    await fill(el, 'periods.1.duration.quantity', '');
    expect(await shownError(el, 'periods.1.duration.quantity')).to.equal('This field is required.'); // #14: empty is the required message, not a range
    await fill(el, 'periods.1.duration.quantity', '14');
    await pick(el, 'periods.1.duration.unit', 'day');
    await fill(el, 'periods.0.fees.EUR', '1,5,0');
    expect(await shownError(el, 'periods.0.fees.EUR')).to.equal('Enter an amount like 1,234.50.');
    await fill(el, 'periods.0.fees.EUR', '0');
    expect(summary(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('resources: minimum >= included, limit >= minimum unless unlimited, a fee type and a value per currency', async () => {
    const { el } = await open();
    await fillBasic(el);
    await fill(el, 'resources.0.included', '5');
    await fill(el, 'resources.0.minimum', '2');
    expect(await shownError(el, 'resources.0.minimum')).to.equal('Units minimum cannot be less than Units included.');
    await fill(el, 'resources.0.minimum', '10');
    await fill(el, 'resources.0.limit', '8');
    expect(await shownError(el, 'resources.0.limit')).to.equal('Units limit cannot be less than Units minimum. Turn on Unlimited for no limit.');
    await toggle(el, 'resources.0.unlimited');
    expect(await shownError(el, 'resources.0.limit')).to.equal('');
    await check(el, 'resources.0.fees');
    await save(el);
    expect(await shownError(el, 'resources.0.fees')).to.equal('Select at least one type of fee.');
    await check(el, 'resources.0.feeType.setup');
    await fill(el, 'resources.0.fees.setup.USD', '10');
    expect(summary(el)).to.contain('Protected devices · Setup fee (EUR): Enter the Setup fee in EUR.');
    expect(summary(el)).to.contain('Protected devices · Setup fee (JPY): Enter the Setup fee in JPY.');
    await fill(el, 'resources.0.fees.setup.JPY', '12.5');
    expect(await shownError(el, 'resources.0.fees.setup.JPY')).to.equal('JPY amounts have no decimals.');
    await expect(el).to.be.accessible();
  });

  it('a locale switch re-formats the amounts typed, never turns them into errors; a Spanish page shows saved amounts in Spanish', async () => {
    const { el, provider } = await open();
    await fillBasic(el);
    await fill(el, 'resources.0.fees.recurring.USD', '4.50');
    await fill(el, 'resources.0.fees.recurring.EUR', '0.10');
    const shown = (path: string) => (control(el, path) as HTMLInputElement).value;
    expect(el.draft.resources[0]!.fees.recurring).to.deep.equal({ USD: '4.50', EUR: '0.10', JPY: '4500' });
    await loadLanguage('es');
    provider.locale = 'es';
    await provider.updateComplete;
    await el.updateComplete;
    for (const f of ['resources.0.fees.recurring.USD', 'resources.0.fees.recurring.EUR', 'resources.0.fees.recurring.JPY']) await (field(el, f) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shown('resources.0.fees.recurring.USD')).to.equal('4,50');
    expect(shown('resources.0.fees.recurring.EUR')).to.equal('0,10');
    expect(shown('resources.0.fees.recurring.JPY')).to.equal('4500');
    for (const c of ['USD', 'EUR', 'JPY']) expect(await shownError(el, `resources.0.fees.recurring.${c}`)).to.equal('');
    // Typing in Spanish reads in Spanish, and switching back shows it in English.
    await fill(el, 'resources.0.fees.recurring.EUR', '1.234,5');
    expect(el.draft.resources[0]!.fees.recurring!.EUR).to.equal('1234.50');
    provider.locale = 'en';
    await provider.updateComplete;
    await el.updateComplete;
    await (field(el, 'resources.0.fees.recurring.EUR') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shown('resources.0.fees.recurring.EUR')).to.equal('1,234.50');

    const saved = await open(html`<service-plan-editor product-id="prod-backup" plan-id="plan-backup-monthly"></service-plan-editor>`, 'es');
    await waitUntil(() => root(saved.el).querySelector('[data-path="resources.0.fees.recurring.USD"]'), 'loaded', { timeout: 4000 });
    await (field(saved.el, 'resources.0.fees.recurring.USD') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect((control(saved.el, 'resources.0.fees.recurring.USD') as HTMLInputElement).value).to.equal('0,10');
    expect(await shownError(saved.el, 'resources.0.fees.recurring.USD')).to.equal('');
  });

  it('offers only resources not yet in the plan and lists them in reverse order, saying so', async () => {
    const { el } = await open();
    await addResource(el, 'res-storage');
    await addResource(el, 'res-users');
    const offered = [...field(el, 'resourceToAdd').shadowRoot!.querySelectorAll('option')].map((o) => o.textContent);
    expect(offered).to.deep.equal(['Choose…', 'Protected devices (device)', 'Virtual machine (VM)', 'Priority support (plan)']);
    const shown = [...root(el).querySelectorAll('.resource h4')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
    expect(shown).to.deep.equal(['User accounts (user)', 'Backup storage (GB)']);
    expect(text(root(el))).to.contain('Distributors and customers see the resources in this order: the reverse of the order they were added.');
    await pick(el, 'billingType', 'payg-internal');
    expect(text(root(el).querySelector('.resource')!)).to.contain('Unit fee (resource/hour)');
  });

  it('previews the worked example and shows at once how another billing type changes it', async () => {
    const { el } = await open();
    await fillBasic(el);
    await fill(el, 'preview.activationDate', '2025-03-11');
    expect(text(root(el).querySelector('[data-testid=charge-count]')!)).to.equal('13 charges');
    await tableDrawn(el);
    const r = rows(el);
    expect(r[0]).to.equal('Mar 11, 2025 Mar 11, 2025 – Mar 31, 2025 (21/31 days) $20.32');
    expect(r[12]).to.equal('Mar 1, 2026 Mar 1, 2026 – Mar 10, 2026 (10/31 days) $9.68');
    expect(root(el).querySelector('[data-testid=schedule-total]')!.textContent).to.equal('$360.00');
    await pick(el, 'billingType', 'monthly-commitment-monthly-interval');
    expect(text(root(el).querySelector('[data-testid=charge-count]')!)).to.equal('12 charges');
    await tableDrawn(el);
    expect(rows(el)[1]).to.contain('Apr 11, 2025').and.contain('$30.00');
    await fill(el, 'preview.quantities.res-devices', '3');
    await pick(el, 'preview.currency', 'EUR');
    expect(root(el).querySelector('[data-testid=schedule-total]')!.textContent).to.equal('€990.00');
    await pick(el, 'preview.currency', 'JPY');
    expect(root(el).querySelector('[data-testid=schedule-total]')!.textContent).to.equal('¥162,000');
  });

  it('while the user edits, the count and total follow each edit and the table is marked as updating; once the edits pause it is the core’s schedule', async () => {
    const { el } = await open();
    await fillBasic(el);
    await fill(el, 'preview.activationDate', '2025-03-11');
    await tableDrawn(el);
    const updating = () => root(el).querySelector('[data-testid=table-updating]');
    const busy = () => root(el).querySelector('[data-testid=schedule] tbody')!.getAttribute('aria-busy');
    const total = () => root(el).querySelector('[data-testid=schedule-total]')!.textContent;
    const core = () => previewSchedule(previewInput(el.draft, el.preview, 'en'))!;
    const amounts = () => rows(el).map((r) => r.slice(r.lastIndexOf(' ') + 1));
    expect([updating(), busy()]).to.deep.equal([null, 'false']);
    const before = rows(el);
    await fill(el, 'resources.0.fees.recurring.USD', '40.00');
    expect(total(), 'the total at once').to.equal('$480.00');
    expect(total()).to.equal(formatMoney(core().total, 'en'));
    expect(text(root(el).querySelector('[data-testid=charge-count]')!)).to.equal('13 charges');
    expect(rows(el), 'the rows wait for a pause').to.deep.equal(before);
    expect(text(updating()!)).to.equal('· Updating the table…');
    expect(busy()).to.equal('true');
    await tableDrawn(el);
    expect([updating(), busy()]).to.deep.equal([null, 'false']);
    expect(amounts()).to.deep.equal(core().charges.map((c) => formatMoney(c.amount, 'en')));
    expect(amounts()[0]).to.equal('$27.10');
    expect(total()).to.equal('$480.00');
    await pick(el, 'preview.currency', 'EUR');
    expect(total()).to.equal('€330.00');
    expect(busy()).to.equal('true');
    await tableDrawn(el);
    expect(amounts()).to.deep.equal(core().charges.map((c) => formatMoney(c.amount, 'en')));
    await expect(el).to.be.accessible();
  });

  it('saves once through the adapter, fires plan-saved, and shows no unsaved changes', async () => {
    const { el, store } = await open();
    await fillBasic(el);
    expect(text(root(el).querySelector('.badge')!)).to.equal('Unsaved changes');
    store.setFault('save-plan', { kind: 'latency', ms: 300, times: 1 });
    const saved = oneEvent(el, 'plan-saved');
    const b = root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!;
    for (let i = 0; i < 6; i++) b.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const { detail } = await saved;
    expect(store.records.plans).to.have.length(1);
    expect(said(el)).to.equal(`Service plan saved: ${detail.plan.name}`);
    expect(detail.plan).to.deep.include({ name: 'Backup Pro', billingType: 'monthly-commitment', sku: 'BKP-PRO' });
    expect(detail.plan.resources[0]).to.deep.include({ resourceId: 'res-devices', minimum: 1, limit: 100, fees: { recurring: { USD: 3000, EUR: 2750, JPY: 4500 } } });
    await el.updateComplete;
    expect(text(root(el).querySelector('.badge')!)).to.equal('All changes saved');
    expect(text(root(el))).to.contain('Service plan saved: Backup Pro');
    await waitUntil(() => deepActive() === root(el).querySelector('#done-heading'), 'focus on what happened', { timeout: 2000 });
  });

  it('puts 422 messages next to their fields and keeps everything on a network failure', async () => {
    const { el, store } = await open();
    await fillBasic(el);
    store.setFault('save-plan', { kind: 'validation', fields: { sku: 'This SKU is reserved for another product.' }, times: 1 });
    await save(el);
    await waitUntil(async () => (await shownError(el, 'sku')) !== '', 'sku error', { timeout: 3000 });
    expect(await shownError(el, 'sku')).to.equal('This SKU is reserved for another product.');
    const errorSummary = root(el).querySelector<HTMLElement>('[part=error-summary]')!;
    await waitUntil(() => deepActive() === errorSummary, 'the refused save focuses the summary', { timeout: 2000 });
    expect(text(errorSummary).replace(/\s+/g, ' ').trim()).to.equal('There is a problem SKU: This SKU is reserved for another product.');
    await fill(el, 'sku', 'BKP-PRO-2');
    store.setFault('save-plan', { kind: 'network', times: 1 });
    await save(el);
    await waitUntil(() => root(el).querySelector('#failure'), 'failure', { timeout: 3000 });
    expect(text(root(el).querySelector('#failure')!)).to.contain('could not be reached').and.contain('Nothing you entered was lost.');
    expect(field(el, 'resources.0.fees.recurring.EUR').value).to.equal('27.50');
    setTimeout(() => root(el).querySelector('#failure')!.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.click());
    await oneEvent(el, 'plan-saved');
    expect(store.records.plans).to.have.length(1);
  });

  it('asks before deactivating a saved plan, explaining what happens to subscriptions', async () => {
    const { el } = await open(html`<service-plan-editor plan-id="plan-backup-monthly" product-id="prod-backup"></service-plan-editor>`);
    const dialog = root(el).querySelector<CkConfirmDialog>('#deactivate')!;
    await toggle(el, 'active');
    await waitUntil(() => dialog.open, 'dialog');
    expect(text(dialog)).to.contain('continue to work until their expiration date and then stop. A subscription to a deactivated plan cannot be renewed.');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('.btn:not([part])')!.click();
    await aTimeout(10);
    expect(el.draft.active).to.equal(true);
    await toggle(el, 'active');
    await waitUntil(() => dialog.open, 'dialog');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    await aTimeout(10);
    expect(el.draft.active).to.equal(false);
  });

  it('copies a plan under "Copy of <name>" with all its periods and resources', async () => {
    const { el, store } = await open(html`<service-plan-editor plan-id="plan-backup-monthly" product-id="prod-backup"></service-plan-editor>`);
    const dialog = root(el).querySelector<CkConfirmDialog>('#copy-dialog')!;
    const copied = oneEvent(el, 'plan-copied');
    await click(el, '[part=copy-button]');
    await waitUntil(() => dialog.open, 'dialog');
    const name = dialog.querySelector<HTMLElement & { value: string }>('ck-text-field')!;
    expect(name.value).to.equal('Copy of Backup Standard — Monthly');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    const { detail } = await copied;
    expect(detail.sourceId).to.equal('plan-backup-monthly');
    expect(detail.plan.name).to.equal('Copy of Backup Standard — Monthly');
    expect(detail.plan.resources.map((r: { resourceId: string }) => r.resourceId)).to.deep.equal(['res-storage', 'res-devices']);
    expect(store.records.plans).to.have.length(1);
    await waitUntil(() => text(root(el)).includes('You are now editing'), 'editing the copy', { timeout: 3000 });
    expect(field(el, 'name').value).to.equal('Copy of Backup Standard — Monthly');
  });

  it('a copy without a name: the dialog stays open and says so next to its Name field, as the backend would', async () => {
    const { el, store } = await open(html`<service-plan-editor plan-id="plan-backup-monthly" product-id="prod-backup"></service-plan-editor>`);
    const dialog = root(el).querySelector<CkConfirmDialog>('#copy-dialog')!;
    await click(el, '[part=copy-button]');
    await waitUntil(() => dialog.open, 'dialog');
    const name = dialog.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('ck-text-field')!;
    const input = name.shadowRoot!.querySelector('input')!;
    input.value = '   ';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    await name.updateComplete;
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    await name.updateComplete;
    await aTimeout(10);
    expect(dialog.open).to.equal(true);
    expect(text(name.shadowRoot!.querySelector('#error')!)).to.equal('Enter a name for the copy.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(deepActive()).to.equal(input);
    expect(store.records.plans).to.have.length(0);
    // With a name, the same dialog copies.
    input.value = 'Backup copy';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    await name.updateComplete;
    const copied = oneEvent(el, 'plan-copied');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    expect((await copied).detail.plan.name).to.equal('Backup copy');
    expect(dialog.open).to.equal(false);
  });

  it('copying over unsaved edits says so, saves them, then copies them: nothing is dropped', async () => {
    const { el, store } = await open(html`<service-plan-editor plan-id="plan-backup-monthly" product-id="prod-backup"></service-plan-editor>`);
    await waitUntil(() => root(el).querySelector('[part=copy-button]'), 'loaded', { timeout: 4000 });
    await fill(el, 'name', 'Backup Standard — Monthly v2');
    const dialog = root(el).querySelector<CkConfirmDialog>('#copy-dialog')!;
    const copied = oneEvent(el, 'plan-copied');
    await click(el, '[part=copy-button]');
    await waitUntil(() => dialog.open, 'dialog');
    await el.updateComplete;
    expect(text(dialog)).to.contain('This plan has unsaved changes. They are saved first, then the plan is copied with them.');
    expect(text(dialog.shadowRoot!.querySelector('[part=confirm-button]')!)).to.equal('Save and copy this service plan');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    const { detail } = await copied;
    const saved = store.records.plans.find((p) => p.id === 'plan-backup-monthly')!;
    expect(saved.name).to.equal('Backup Standard — Monthly v2');
    expect(detail.plan.name).to.match(/^Copy of .?Backup Standard — Monthly v2.?$/u);
    await expect(el).to.be.accessible();
  });

  it('the preview says what it needs, and its own fields show their errors', async () => {
    const { el } = await open();
    const need = () => text(root(el).querySelector('[data-testid=preview-need]') ?? document.createElement('p'));
    expect(need()).to.equal('Choose a billing type to see the charges.');
    await fillBasic(el);
    expect(root(el).querySelector('[data-testid=schedule]')).not.to.equal(null);
    for (const day of ['0', '32', '1.5']) {
      await fill(el, 'preview.billingDay', day);
      expect(await shownError(el, 'preview.billingDay'), day).to.equal('Enter a whole number from 1 to 31.');
      expect(need()).to.equal('Correct the preview’s fields above to see the charges.');
    }
    await fill(el, 'preview.billingDay', '15');
    expect(await shownError(el, 'preview.billingDay')).to.equal('');
    await fill(el, 'preview.activationDate', '');
    expect(await shownError(el, 'preview.activationDate')).to.equal('Enter a real date.');
    expect(need()).to.equal('Correct the preview’s fields above to see the charges.');
    await expect(el).to.be.accessible();
  });

  it('Non-Recurring is labelled and previewed as a one-time charge; License-based says why a year has 13 charges', async () => {
    const { el } = await open();
    await fillBasic(el);
    await pick(el, 'billingType', 'non-recurring');
    expect(text(field(el, 'resources.0.fees'))).to.contain('One-time fee').and.contain('charged once, when the subscription starts');
    expect(text(root(el).querySelector('[data-testid=billing-note]')!)).to.contain('the fees are charged once');
    expect(text(root(el).querySelector('[data-testid=charge-count]')!)).to.match(/^1 charge/);
    await pick(el, 'billingType', 'license-based-monthly');
    await fill(el, 'preview.activationDate', '2027-03-10');
    await fill(el, 'preview.billingDay', '15');
    expect(text(root(el).querySelector('[data-testid=billing-note]')!)).to.contain('a year has 13 charges');
    expect(text(root(el).querySelector('[data-testid=charge-count]')!)).to.match(/^13 charges/);
  });

  it('a very long term draws the first 60 charges and says so, while the total counts every charge', async () => {
    const { el } = await open();
    await fillBasic(el);
    await pick(el, 'billingType', 'csp-monthly');
    await pick(el, 'periods.0.duration.unit', 'year');
    await fill(el, 'periods.0.duration.quantity', '100');
    await tableDrawn(el);
    const rows = root(el).querySelectorAll('[data-testid=schedule] tbody tr:not(:has([data-testid=rows-capped]))');
    expect(rows.length).to.equal(60);
    const count = Number(/^([\d,]+) charges/.exec(text(root(el).querySelector('[data-testid=charge-count]')!))![1]!.replace(/,/g, ''));
    expect(count).to.be.greaterThan(1000);
    expect(text(root(el).querySelector('[data-testid=rows-capped]')!)).to.equal(`The first 60 of ${count.toLocaleString('en')} charges are shown; the total counts them all.`);
    // $30.00 a month for the 1 device minimum, every month of the 100 years.
    expect(text(root(el).querySelector('[data-testid=schedule-total]')!)).to.equal(`$${(30 * count).toLocaleString('en')}.00`);
  });

  it('with draft-key, unsaved edits of a plan survive a reload; a stored draft of another plan is dropped with a word', async () => {
    sessionStorage.clear();
    const { el, provider } = await open(html`<service-plan-editor product-id="prod-backup" plan-id="plan-backup-monthly" draft-key="e1"></service-plan-editor>`);
    await waitUntil(() => root(el).querySelector('[part=copy-button]'), 'loaded', { timeout: 4000 });
    await fill(el, 'name', 'Backup Standard — Monthly (edited)');
    await fill(el, 'resources.0.fees.recurring.USD', '0.25');
    el.remove();
    const again = document.createElement('service-plan-editor') as ServicePlanEditor;
    again.productId = 'prod-backup';
    again.planId = 'plan-backup-monthly';
    again.draftKey = 'e1';
    provider.append(again);
    await waitUntil(() => root(again).querySelector('[part=copy-button]'), 'loaded again', { timeout: 4000 });
    await again.updateComplete;
    expect(again.draft.name).to.equal('Backup Standard — Monthly (edited)');
    expect(again.draft.resources[0]!.fees.recurring!.USD).to.equal('0.25');
    expect(text(root(again))).to.contain('Your unsaved changes to this plan were restored.');
    again.remove();
    const other = document.createElement('service-plan-editor') as ServicePlanEditor;
    other.productId = 'prod-backup';
    other.planId = 'plan-backup-annual';
    other.draftKey = 'e1';
    provider.append(other);
    await waitUntil(() => root(other).querySelector('[part=copy-button]'), 'other loaded', { timeout: 4000 });
    await other.updateComplete;
    expect(other.draft.name).to.equal('Backup Standard — Annual');
    expect(text(root(other))).to.contain('Your unsaved changes could not be restored');
    sessionStorage.clear();
  });

  it('a save over a version someone else saved is a conflict: the edits stay, and the user loads theirs or saves over it', async () => {
    const { el, store } = await open(html`<service-plan-editor product-id="prod-backup" plan-id="plan-backup-monthly"></service-plan-editor>`);
    await waitUntil(() => root(el).querySelector('[part=copy-button]'), 'loaded', { timeout: 4000 });
    const other = new RestAdapter();
    const theirs = await other.getPlan('plan-backup-monthly', new AbortController().signal);
    await other.savePlan({ ...theirs, name: 'Backup Standard — Monthly (theirs)' }, 'their-save', new AbortController().signal);
    await fill(el, 'name', 'Backup Standard — Monthly (mine)');
    await save(el);
    await waitUntil(() => root(el).querySelector('[data-testid=conflict]'), 'conflict', { timeout: 4000 });
    expect(text(root(el).querySelector('[data-testid=conflict]')!)).to.contain('changed by someone else since you opened it. Your changes are still here');
    expect(el.draft.name).to.equal('Backup Standard — Monthly (mine)');
    await expect(el).to.be.accessible();
    const button = (label: string) => [...root(el).querySelectorAll<HTMLButtonElement>('[data-testid=conflict] button')].find((b) => b.textContent!.trim() === label)!;
    setTimeout(() => button('Save mine over it').click());
    await oneEvent(el, 'plan-saved');
    expect(store.records.plans.find((p) => p.id === 'plan-backup-monthly')!.name).to.equal('Backup Standard — Monthly (mine)');

    // Their next save wins over what this editor loaded; here the user takes their version.
    const latest = await other.getPlan('plan-backup-monthly', new AbortController().signal);
    await other.savePlan({ ...latest, name: 'Backup Standard — Monthly (theirs again)' }, 'their-save-2', new AbortController().signal);
    await fill(el, 'name', 'Backup Standard — Monthly (mine again)');
    await save(el);
    await waitUntil(() => root(el).querySelector('[data-testid=conflict]'), 'conflict again', { timeout: 4000 });
    button('Load their version').click();
    await waitUntil(() => el.draft.name === 'Backup Standard — Monthly (theirs again)', 'theirs loaded', { timeout: 4000 });
    expect(store.records.plans.find((p) => p.id === 'plan-backup-monthly')!.name).to.equal('Backup Standard — Monthly (theirs again)');
    // The button pressed went with the conflict: focus on the notice, which is said (found by a keyboard walk).
    await waitUntil(() => deepActive() === root(el).querySelector('#done-heading'), 'focus on the notice', { timeout: 2000 });
    expect(said(el)).to.contain(text(root(el).querySelector('#done-heading')!));
  });

  it('readonly shows the plan without editing, preview included', async () => {
    const { el } = await open(html`<service-plan-editor plan-id="plan-backup-monthly" product-id="prod-backup" readonly></service-plan-editor>`);
    expect(root(el).querySelector('[part=submit-button]')).to.equal(null);
    expect(root(el).querySelector('[data-action=add-resource]')).to.equal(null);
    // A read-only value is text, not an input (#14).
    expect(control(el, 'name')).to.equal(null);
    expect(text(field(el, 'name'))).to.contain(String(field(el, 'name').value));
    expect(text(root(el))).to.contain('You are viewing this service plan.');
    expect(root(el).querySelector('[data-testid=schedule]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('can be used with the keyboard alone', async () => {
    const { el, store } = await open();
    await tabTo(() => control(el, 'name'));
    await sendKeys({ type: 'Keyboard plan' });
    await tabTo(() => control(el, 'sku'));
    await sendKeys({ type: 'KB-1' });
    await tabTo(() => control(el, 'billingType'));
    await sendKeys({ type: 'CSP M' });
    await tabTo(() => root(el).querySelector('#tab-en'));
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => deepActive()?.id === 'tab-es', 'focus on the Spanish tab, once painted', { timeout: 2000 });
    await sendKeys({ press: 'ArrowLeft' });
    await tabTo(() => control(el, 'description.en'));
    await sendKeys({ type: 'Made with the keyboard.' });
    await tabTo(() => control(el, 'resourceToAdd'));
    await sendKeys({ press: 'ArrowDown' }); // Backup storage
    await tabTo(() => root(el).querySelector('[data-action=add-resource]'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    for (const c of ['USD', 'EUR', 'JPY']) {
      await tabTo(() => control(el, `resources.0.fees.recurring.${c}`));
      await sendKeys({ type: '1' });
    }
    await tabTo(() => control(el, 'resources.0.limit'), 60);
    await sendKeys({ type: '500' });
    await tabTo(() => root(el).querySelector('[part=submit-button]'), 80);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => store.records.plans.length === 1, 'saved', { timeout: 3000 });
    expect(store.records.plans[0]).to.deep.include({ name: 'Keyboard plan', sku: 'KB-1', billingType: 'csp-monthly' });
  });
});
