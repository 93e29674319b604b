import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../components/service-plan-list/define.js';
import type { ServicePlanList } from '../../components/service-plan-list/service-plan-list.js';
import type { CkConfirmDialog } from '../../src/ui/confirm-dialog.js';
import type { ListQueryChangeDetail } from '../../src/ui/controllers/list-query.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { fillBasic } from './flows.js';
import { deepActive, fill, root, said, tabTo, text } from './helpers.js';
import { chooseFilter, column, mountList, range, rows, settled, typeSearch } from './list-helpers.js';

const BILLING = html`<service-plan-list product-id="prod-backup"></service-plan-list>`;
const open = async (template = BILLING, opts: { locale?: string; theme?: 'light' | 'dark' } = {}) => {
  const r = await mountList<ServicePlanList>(template, 'service-plan-list', opts);
  await settled(r.el);
  return r;
};
const rowOf = (el: ServicePlanList, name: string) => rows(el).find((r) => text(r.cells[0]!) === name)!;
const dialog = (el: ServicePlanList, id: string) => root(el).querySelector<CkConfirmDialog>(`#${id}`)!;
const confirm = (d: CkConfirmDialog) => d.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();

describe('<service-plan-list>', () => {
  // A desktop window: every column fits (narrower, the table scrolls in its box; under 600 px it stacks).
  before(() => setViewport({ width: 1280, height: 900 }));

  it('lists the product’s plans: name, billing type, SKU, status, periods, resources', async () => {
    const { el, adapter } = await open();
    expect(rows(el).length).to.be.greaterThan(3);
    const heads = [...root(el).querySelectorAll('thead th')].map((th) => text(th).replace(/[▲▼↕]/g, '').trim());
    expect(heads).to.deep.equal(['Name', 'Billing type', 'SKU', 'Status', 'Periods', 'Resources', 'Actions']);
    const names = column(el, 0);
    expect([...names].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)), 'by name').to.deep.equal(names);
    expect(column(el, 3).every((s) => s === 'Active' || s === 'Inactive')).to.equal(true);
    expect(column(el, 4).join(' ')).to.match(/\d+ (month|year|day)s?/);
    expect(adapter.queries).to.have.length(1);
    await waitUntil(() => /\d+ service plans/.test(said(el)), 'count said');
    await expect(el).to.be.accessible();
  });

  it('search sends one request for a word typed at 25 characters a second; filter, sort and attributes', async () => {
    const { el, adapter } = await open();
    const events: ListQueryChangeDetail[] = [];
    el.addEventListener('list-query-change', (e) => events.push(e.detail));
    await typeSearch(el, 'Backup', 40);
    await waitUntil(() => adapter.queries.length === 2, 'one request');
    await aTimeout(400);
    expect(adapter.queries.map((q) => q.search)).to.deep.equal(['', 'Backup']);
    await chooseFilter(el, 'status', 'inactive');
    await waitUntil(() => adapter.queries.length === 3);
    await settled(el);
    expect(new Set(column(el, 3))).to.deep.equal(new Set(['Inactive']));
    root(el).querySelector<HTMLButtonElement>('[data-sort=sku]')!.click();
    await waitUntil(() => adapter.queries.length === 4);
    expect(events.map((e) => [e.query.search, e.query.filters, e.query.sort])).to.deep.equal([
      ['Backup', {}, null],
      ['Backup', { status: 'inactive' }, null],
      ['Backup', { status: 'inactive' }, { key: 'sku', direction: 'asc' }],
    ]);
    const r = await open(html`<service-plan-list product-id="prod-backup" status="active" sort="name" sort-direction="desc"></service-plan-list>`);
    expect(r.adapter.queries[0]).to.deep.include({ filters: { status: 'active' }, sort: { key: 'name', direction: 'desc' } });
    expect(new Set(column(r.el, 3))).to.deep.equal(new Set(['Active']));
  });

  it('Copy service plan: the seed’s pop-up with "Copy of <name>", then the updated list with the copy', async () => {
    const { el } = await open();
    const source = column(el, 0)[0]!;
    rowOf(el, source).querySelector<HTMLButtonElement>('[part=copy-button]')!.click();
    const d = dialog(el, 'copy-dialog');
    await waitUntil(() => d.open, 'dialog open');
    expect(d.heading).to.equal('Copying service plan');
    expect(d.confirmLabel).to.equal('Copy this service plan');
    const name = d.querySelector('ck-text-field') as HTMLElement & { value: string };
    expect(name.value).to.equal(`Copy of ${source}`);
    await expect(el).to.be.accessible();
    setTimeout(() => confirm(d));
    const copied = await oneEvent(el, 'service-plan-copied');
    expect(copied.detail.plan.name).to.equal(`Copy of ${source}`);
    await waitUntil(() => column(el, 0).includes(`Copy of ${source}`), 'the copy is listed');
    expect(text(root(el).querySelector('tr.marked [part=row-button]')!)).to.equal(`Copy of ${source}`);
    expect(text(root(el).querySelector('tr.marked td [part=new-mark]')!)).to.equal('New');
    await waitUntil(() => said(el).includes(`The service plan was copied: Copy of ${source}.`));
  });

  it('Deactivate says what happens to subscriptions first; the list shows the plan Inactive', async () => {
    const { el } = await open(html`<service-plan-list product-id="prod-backup" status="active"></service-plan-list>`);
    const name = column(el, 0)[0]!;
    rowOf(el, name).querySelector<HTMLButtonElement>('[part=active-button]')!.click();
    const d = dialog(el, 'active-dialog');
    await waitUntil(() => d.open, 'dialog open');
    expect(text(d)).to.contain('continue to work until their expiration date').and.contain('cannot be renewed');
    setTimeout(() => confirm(d));
    const changed = await oneEvent(el, 'plan-active-changed');
    expect(changed.detail.plan.active).to.equal(false);
    await waitUntil(() => !column(el, 0).includes(name) || text(rowOf(el, name).cells[3]!) === 'Inactive', 'deactivated');
    await waitUntil(() => said(el).includes(`The service plan ${name} was deactivated.`));
  });

  it('fault rows: a failed copy says why, keeps the list, and Retry makes one copy; a failed load retries', async () => {
    const { el, store } = await open();
    const source = column(el, 0)[0]!;
    store.setFault('copy-plan', { kind: 'network', after: true, times: 1 });
    rowOf(el, source).querySelector<HTMLButtonElement>('[part=copy-button]')!.click();
    await waitUntil(() => dialog(el, 'copy-dialog').open);
    confirm(dialog(el, 'copy-dialog'));
    await waitUntil(() => root(el).querySelector('#failure'), 'failure');
    expect(root(el).querySelector('#failure')!.getAttribute('heading')).to.equal('The service plan was not copied');
    expect(rows(el).length).to.be.greaterThan(3);
    await expect(el).to.be.accessible();
    root(el).querySelector('#failure')!.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await waitUntil(() => column(el, 0).includes(`Copy of ${source}`), 'copied on retry');
    expect(column(el, 0).filter((n) => n === `Copy of ${source}`)).to.have.length(1);
    for (const kind of ['server', 'malformed'] as const) {
      store.setFault('list-plans', { kind, times: 1 });
      root(el).querySelector<HTMLButtonElement>('[data-sort=name]')!.click();
      await waitUntil(() => root(el).querySelector('#failure')?.getAttribute('heading') === 'The list could not be loaded', `${kind}: failure`);
      root(el).querySelector('#failure')!.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
      await waitUntil(() => rows(el).length > 3, `${kind}: retry`);
    }
  });

  it('keyboard only: Tab to a plan, Enter asks the host to open it', async () => {
    const { el } = await open(BILLING, { theme: 'dark' });
    await expect(el).to.be.accessible();
    const first = () => rows(el)[0]!.querySelector<HTMLButtonElement>('[part=row-button]');
    await tabTo(first, 40);
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const e = await oneEvent(el, 'plan-open-requested');
    expect(e.detail.planId).to.be.a('string');
    expect(deepActive()).to.equal(first());
  });

  it('stacked on a phone, the "New" mark sits under the name it marks, not under the column\'s label', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      const { el } = await open();
      rows(el)[0]!.querySelector<HTMLButtonElement>('[part=copy-button]')!.click();
      const d = dialog(el, 'copy-dialog');
      await waitUntil(() => d.open, 'dialog open');
      confirm(d);
      await waitUntil(() => root(el).querySelector('[part=new-mark]'), 'the copy, marked', { timeout: 4000 });
      const left = (sel: string) => Math.round(root(el).querySelector(`tr.marked ${sel}`)!.getBoundingClientRect().left);
      expect(left('[part=new-mark]'), 'in the value column').to.equal(left('[part=row-button]'));
    } finally {
      await setViewport({ width: 1280, height: 900 });
    }
  });

  it('create-in-place: New service plan opens the editor; after the save, Continue comes back with the plan listed', async () => {
    const { el } = await open(html`<service-plan-list product-id="prod-backup" create-in-place draft-key="k-plan"></service-plan-list>`);
    root(el).querySelector<HTMLButtonElement>('[part=new-button]')!.click();
    await waitUntil(() => root(el).querySelector('service-plan-editor')?.shadowRoot?.querySelector('[part=submit-button]'), 'editor', { timeout: 4000 });
    const editor = root(el).querySelector('service-plan-editor')!;
    expect(editor.draftKey, 'it keeps what is typed under the list\'s draft key').to.equal('k-plan');
    await fillBasic(editor as never);
    editor.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitUntil(() => root(el).querySelector('[part=saved-bar]'), 'saved', { timeout: 5000 });
    await expect(el).to.be.accessible();
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part=continue-button]')!.click());
    const cont = await oneEvent(el, 'plan-continue-requested');
    expect(cont.detail.plan.name).to.equal('Backup Pro');
    await waitUntil(() => !root(el).querySelector('service-plan-editor') && rows(el).length, 'list again', { timeout: 4000 });
    await settled(el);
    expect(text(root(el).querySelector('tr.marked [part=row-button]')!)).to.equal('Backup Pro');
    expect(text(root(el).querySelector('tr.marked [part=new-mark]')!)).to.equal('New');
    expect(text(deepActive()!)).to.equal('Backup Pro');
  });

  it('create-in-place: a plan opened, changed and saved comes back marked "Updated", not "New"', async () => {
    const { el } = await open(html`<service-plan-list product-id="prod-backup" create-in-place></service-plan-list>`);
    const name = column(el, 0)[0]!;
    rowOf(el, name).querySelector<HTMLButtonElement>('[part=row-button]')!.click();
    await waitUntil(() => root(el).querySelector('service-plan-editor')?.shadowRoot?.querySelector('[data-path=sku]'), 'editor', { timeout: 4000 });
    const editor = root(el).querySelector('service-plan-editor')!;
    await fill(editor, 'sku', 'EDITED-1');
    editor.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitUntil(() => root(el).querySelector('[part=saved-bar]'), 'saved', { timeout: 5000 });
    root(el).querySelector<HTMLButtonElement>('[part=continue-button]')!.click();
    await waitUntil(() => root(el).querySelector('tr.marked [part=new-mark]'), 'list again, the plan marked', { timeout: 4000 });
    expect(text(root(el).querySelector('tr.marked [part=row-button]')!)).to.equal(name);
    expect(text(root(el).querySelector('tr.marked [part=new-mark]')!)).to.equal('Updated');
  });

  it('speaks Spanish', async () => {
    await loadLanguage('es');
    const { el } = await open(BILLING, { locale: 'es' });
    expect(text(root(el).querySelector('[part=heading]')!)).to.equal('Planes de servicio');
    expect(text(root(el).querySelector('[part=copy-button]')!)).to.equal('Copiar el plan de servicio');
    expect(range(el)).to.match(/ de \d+$/);
    await expect(el).to.be.accessible();
  });
});
