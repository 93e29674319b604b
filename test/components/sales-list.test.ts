import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../components/sales-list/define.js';
import type { SalesList } from '../../components/sales-list/sales-list.js';
import type { SaleWizard } from '../../components/sale-wizard/sale-wizard.js';
import { RestAdapter } from '../../src/adapter/index.js';
import type { ListQueryChangeDetail } from '../../src/ui/controllers/list-query.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { chooseOrg, toReview } from './flows.js';
import { deepActive, root, said, tabTo, text } from './helpers.js';
import { chooseFilter, column, mountList, range, rows, settled, typeSearch } from './list-helpers.js';

const open = async (template = html`<sales-list></sales-list>`, opts: { locale?: string; theme?: 'light' | 'dark' } = {}) => {
  const r = await mountList<SalesList>(template, 'sales-list', opts);
  await settled(r.el);
  return r;
};
const sortButton = (el: SalesList, key: string) => root(el).querySelector<HTMLButtonElement>(`[data-sort=${key}]`)!;
const queryEvents = (el: SalesList) => {
  const events: ListQueryChangeDetail[] = [];
  el.addEventListener('list-query-change', (e) => events.push(e.detail));
  return events;
};

describe('<sales-list>', () => {
  // A desktop window: every column fits (narrower, the table scrolls in its box; under 600 px it stacks).
  before(() => setViewport({ width: 1280, height: 900 }));

  it('lists the first page of sales with every column, newest first, and says how many', async () => {
    const { el, adapter } = await open();
    expect(rows(el)).to.have.length(25);
    const heads = [...root(el).querySelectorAll('thead th')].map((th) => text(th));
    expect(heads.map((h) => h.replace(/[▲▼↕]/g, '').trim())).to.deep.equal([
      'Sale name', 'Organization', 'Distributions', 'Users', 'Sales price', 'Status', 'Activation date', 'Cancellation date', 'Created',
    ]);
    expect(range(el)).to.match(/^1–25 of \d+$/);
    const total = Number(range(el).split(' of ')[1]);
    expect(total).to.be.greaterThan(100);
    expect(adapter.queries).to.have.length(1);
    await waitUntil(() => said(el).includes(`${total} sales`), 'count said');
    expect(root(el).querySelector('table caption')!.textContent).to.contain('Sales');
    await expect(el).to.be.accessible();
  });

  it('a word typed at 25 characters a second sends one request', async () => {
    const { el, adapter } = await open();
    await typeSearch(el, 'Contoso', 40);
    await waitUntil(() => adapter.queries.length === 2, 'one search request', { timeout: 3000 });
    await settled(el);
    await aTimeout(400);
    expect(adapter.queries.map((q) => q.search)).to.deep.equal(['', 'Contoso']);
    expect(column(el, 1).every((o) => o.includes('Contoso')) || column(el, 0).every((n) => /contoso/i.test(n))).to.equal(true);
  });

  it('sorts by a column both ways, filters and pages, firing list-query-change each time', async () => {
    const { el, adapter } = await open();
    const events = queryEvents(el);
    sortButton(el, 'name').click();
    await settled(el);
    await waitUntil(() => adapter.queries.length === 2);
    await settled(el);
    expect(sortButton(el, 'name').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    // Only the sorted column shows its arrow; the others show theirs on hover or focus.
    const arrowShown = (key: string) => getComputedStyle(sortButton(el, key).querySelector('span')!).opacity !== '0';
    expect([arrowShown('name'), arrowShown('organization')]).to.deep.equal([true, false]);
    const asc = column(el, 0);
    expect([...asc].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1))).to.deep.equal(asc);
    sortButton(el, 'name').click();
    await waitUntil(() => sortButton(el, 'name').closest('th')!.getAttribute('aria-sort') === 'descending');
    await chooseFilter(el, 'status', 'approved');
    await waitUntil(() => adapter.queries.length === 4);
    await settled(el);
    expect(new Set(column(el, 5))).to.deep.equal(new Set(['Approved']));
    root(el).querySelector<HTMLButtonElement>('[data-page=next]')!.click();
    await waitUntil(() => range(el).startsWith('26–'), 'page 2');
    expect(events.map((e) => [e.query.sort, e.query.filters, e.query.page])).to.deep.equal([
      [{ key: 'name', direction: 'asc' }, {}, 1],
      [{ key: 'name', direction: 'desc' }, {}, 1],
      [{ key: 'name', direction: 'desc' }, { status: 'approved' }, 1],
      [{ key: 'name', direction: 'desc' }, { status: 'approved' }, 2],
    ]);
    // The properties follow the user's query (a host mirrors them in its URL).
    expect([el.sort, el.sortDirection, el.status, el.page]).to.deep.equal(['name', 'desc', 'approved', 2]);
  });

  it('starts from its attributes: filters, sort and page', async () => {
    const { el, adapter } = await open(html`<sales-list status="pending-approval" scope="children" sort="total" sort-direction="desc" page="1" page-size="10"></sales-list>`);
    expect(adapter.queries[0]).to.deep.include({ filters: { status: 'pending-approval', scope: 'children' }, sort: { key: 'total', direction: 'desc' }, page: 1, pageSize: 10 });
    expect(rows(el).length).to.be.within(1, 10);
    expect(new Set(column(el, 5))).to.deep.equal(new Set(['Pending Approval']));
    expect(root(el).querySelector<HTMLSelectElement>('select[data-filter=scope]')!.value).to.equal('children');
    el.setAttribute('status', 'rejected');
    await waitUntil(() => adapter.queries.length === 2);
    await settled(el);
    expect(new Set(column(el, 5))).to.deep.equal(new Set(['Rejected']));
  });

  it('says when nothing matches, and Clear filters brings every sale back', async () => {
    const { el } = await open();
    await chooseFilter(el, 'status', 'cancelled');
    root(el).querySelector<HTMLInputElement>('[part=search]')!.value = 'no such sale anywhere';
    root(el).querySelector<HTMLInputElement>('[part=search]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await waitUntil(() => root(el).querySelector('[part=empty]'), 'empty state');
    expect(text(root(el).querySelector('[part=empty]')!)).to.contain('No sales match your search and filters.');
    await waitUntil(() => said(el).includes('No sales match'));
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[part=clear-button]')!.click();
    await waitUntil(() => rows(el).length === 25, 'rows back');
    expect(root(el).querySelector<HTMLInputElement>('[part=search]')!.value).to.equal('');
  });

  it('shows skeleton rows while loading, then the rows; axe-clean in light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { el, store, provider } = await mountList<SalesList>(html`<sales-list></sales-list>`, 'sales-list', { theme });
      store.setFault('list-sales', { kind: 'latency', ms: 800 });
      el.list.setQuery({ page: 2 });
      await waitUntil(() => root(el).querySelectorAll('tbody.skeleton tr').length === 8 || root(el).querySelector('.list-body[aria-busy=true]'), 'loading');
      await expect(el).to.be.accessible();
      await settled(el);
      await expect(el).to.be.accessible();
      provider.remove();
    }
  });

  it('a failed load says why with Retry, which works (fault rows: server, malformed, network)', async () => {
    for (const kind of ['server', 'malformed', 'network'] as const) {
      const { el, store, provider } = await mountList<SalesList>(html`<sales-list></sales-list>`, 'sales-list');
      store.setFault('list-sales', { kind, times: 1 });
      await waitUntil(() => root(el).querySelector('#failure'), `${kind}: failure shown`);
      const alert = root(el).querySelector('#failure')!;
      expect(alert.getAttribute('heading')).to.equal('The list could not be loaded');
      expect(text(alert).length, kind).to.be.greaterThan(10);
      await expect(el).to.be.accessible();
      alert.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
      await waitUntil(() => rows(el).length === 25, `${kind}: retry loads`);
      provider.remove();
    }
  });

  it('keyboard only: Tab to a sale, Enter opens its detail; Back returns to the row', async () => {
    const { el } = await open();
    const first = () => rows(el)[0]!.querySelector<HTMLButtonElement>('[part=row-button]');
    const name = text(first()!);
    await tabTo(first, 40);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part=detail]'), 'detail');
    await aTimeout(0);
    expect(deepActive()?.id).to.equal('detail-heading');
    const detail = text(root(el).querySelector('[part=detail]')!);
    expect(detail).to.contain(name).and.contain('Key length').and.contain('Status history').and.contain('Customer PO number');
    await expect(el).to.be.accessible();
    await tabTo(() => root(el).querySelector('[part=back-button]'), 5).catch(async () => {
      root(el).querySelector<HTMLElement>('[part=back-button]')!.focus();
    });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows(el).length === 25, 'list back');
    await aTimeout(0);
    expect(text(deepActive()!)).to.equal(name);
  });

  it('approves a pending sale from its detail; the list shows it Approved', async () => {
    const { el } = await open(html`<sales-list status="pending-approval"></sales-list>`);
    const name = column(el, 0)[0]!;
    rows(el)[0]!.querySelector<HTMLButtonElement>('[part=row-button]')!.click();
    await waitUntil(() => root(el).querySelector('[part=approve-button]'), 'approve shown');
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part=approve-button]')!.click());
    const decided = await oneEvent(el, 'sale-decided');
    expect(decided.detail.sale.status).to.equal('approved');
    await el.updateComplete;
    expect(text(root(el).querySelector('[part=status]')!)).to.equal('Approved');
    expect(said(el)).to.contain('The sale was approved.');
    expect(root(el).querySelector('[part=approve-button]')).to.equal(null);
    root(el).querySelector<HTMLButtonElement>('[part=back-button]')!.click();
    await waitUntil(() => rows(el).length && !column(el, 0).includes(name), 'no longer pending');
  });

  it('approving without permission says the server’s reason, and nothing changes', async () => {
    const { el, store } = await open(html`<sales-list status="pending-approval"></sales-list>`);
    store.setFault('approve-sale', { kind: 'forbidden', message: 'You do not have permission to approve sales.' });
    rows(el)[0]!.querySelector<HTMLButtonElement>('[part=row-button]')!.click();
    await waitUntil(() => root(el).querySelector('[part=approve-button]'));
    root(el).querySelector<HTMLButtonElement>('[part=approve-button]')!.click();
    await waitUntil(() => root(el).querySelector('#failure'), 'failure');
    expect(text(root(el).querySelector('#failure')!)).to.contain('You do not have permission to approve sales.');
    expect(text(root(el).querySelector('[part=status]')!)).to.equal('Pending Approval');
    await expect(el).to.be.accessible();
  });

  it('Register new sale asks the host by default', async () => {
    const { el } = await open();
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part=register-button]')!.click());
    const e = await oneEvent(el, 'sale-register-requested');
    expect(e.detail).to.deep.equal({});
    expect(root(el).querySelector('sale-wizard')).to.equal(null);
  });

  it('keyboard focus on the search, a filter, a sort button and a row draws a solid ring, not only the faint glow', async () => {
    const { el } = await open();
    const ring = (e: Element) => {
      const st = getComputedStyle(e);
      return `${st.outlineStyle} ${st.outlineWidth}`;
    };
    for (const sel of ['[part=search]', 'select[data-filter]', '[part=sort-button]', '[part=row-button]']) {
      await tabTo(() => root(el).querySelector(sel));
      expect(ring(root(el).querySelector(sel)!), sel).to.equal('solid 2px');
    }
  });

  it('create-in-place: the wizard opens here, and the new sale comes back first in the list, marked', async () => {
    const { el } = await open(html`<sales-list create-in-place status="approved" sort="name"></sales-list>`);
    root(el).querySelector<HTMLButtonElement>('[part=register-button]')!.click();
    await waitUntil(() => root(el).querySelector('sale-wizard')?.shadowRoot?.querySelector('ck-steps'), 'wizard', { timeout: 4000 });
    const wizard = root(el).querySelector('sale-wizard')!;
    // The wizard draws its own frame: the list draws none around it (not a frame in a frame).
    expect(root(el).querySelector('.panel'), 'no list panel around the flow').to.equal(null);
    await toReview(wizard);
    wizard.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitUntil(() => !root(el).querySelector('sale-wizard') && rows(el).length, 'back to the list', { timeout: 5000 });
    await settled(el);
    expect(column(el, 0)[0]).to.equal('Contoso spring cohort');
    expect(rows(el)[0]!.classList.contains('marked')).to.equal(true);
    expect(text(rows(el)[0]!.cells[0]!), 'marked in words too').to.equal('Contoso spring cohort New');
    expect(column(el, 5)[0]).to.equal('Pending Approval');
    expect([el.status, el.sort]).to.deep.equal(['', '']);
    await waitUntil(() => said(el).includes('The sale Contoso spring cohort was registered'), 'said');
    expect(text(deepActive()!)).to.equal('Contoso spring cohort');
  });

  it('draft-key: what is typed in the wizard opened in place survives a reload, and opening it again resumes it', async () => {
    sessionStorage.clear();
    const register = async (el: SalesList) => {
      root(el).querySelector<HTMLButtonElement>('[part=register-button]')!.click();
      await waitUntil(() => root(el).querySelector('sale-wizard')?.shadowRoot?.querySelector('ck-steps'), 'wizard', { timeout: 4000 });
      return root(el).querySelector('sale-wizard')! as SaleWizard;
    };
    const first = await open(html`<sales-list create-in-place draft-key="t-list"></sales-list>`);
    await chooseOrg(await register(first.el), 'contoso', 'Contoso Training Partners');
    // The page is reloaded: the list and its wizard are gone, the session's storage stays.
    first.el.remove();
    const again = await open(html`<sales-list create-in-place draft-key="t-list"></sales-list>`);
    const wizard = await register(again.el);
    expect(wizard.draft.organizationId).to.equal('org-contoso');
    expect(text(root(wizard))).to.contain('Your unfinished sale was restored.');
    sessionStorage.clear();
  });

  it('speaks Spanish', async () => {
    await loadLanguage('es');
    const { el } = await open(html`<sales-list></sales-list>`, { locale: 'es' });
    expect(text(root(el).querySelector('[part=heading]')!)).to.equal('Gestión de ventas');
    expect(text(root(el).querySelector('[part=register-button]')!)).to.equal('Registrar una venta nueva');
    expect(range(el)).to.match(/^1–25 de \d+$/);
    await waitUntil(() => /\d+ ventas/.test(said(el)));
    await expect(el).to.be.accessible();
  });

  it('an adapter without listSales says so instead of an empty table', async () => {
    const { el, provider } = await mountList<SalesList>(html`<sales-list></sales-list>`, 'sales-list');
    provider.adapter = new RestAdapter();
    await waitUntil(() => root(el).querySelector('[part=no-method]'), 'no method');
    expect(text(root(el).querySelector('[part=no-method]')!)).to.contain('listSales');
    expect(root(el).querySelector('table')).to.equal(null);
  });

  it('320 px wide: stacked rows, no sideways scroll; axe-clean', async () => {
    const { el } = await open();
    el.style.width = '320px';
    el.style.display = 'block';
    await aTimeout(50);
    const panel = root(el).querySelector<HTMLElement>('.panel')!;
    expect(panel.scrollWidth).to.be.at.most(panel.clientWidth + 1);
    expect(getComputedStyle(rows(el)[0]!).display).to.equal('block');
    await expect(el).to.be.accessible();
  });
});
