import { setViewport } from '@web/test-runner-commands';
import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../components/license-list/define.js';
import type { LicenseList } from '../../components/license-list/license-list.js';
import { RestAdapter } from '../../src/adapter/index.js';
import type { ListQueryChangeDetail } from '../../src/ui/controllers/list-query.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { next, toQuantity } from './flows.js';
import { fill, radio, root, said, text } from './helpers.js';
import { chooseFilter, column, mountList, range, rows, settled, typeSearch } from './list-helpers.js';

const ACTIVE_TAB = html`<license-list account-id="acc-contoso-hq"></license-list>`;
const open = async (template = ACTIVE_TAB, opts: { locale?: string; theme?: 'light' | 'dark' } = {}) => {
  const r = await mountList<LicenseList>(template, 'license-list', opts);
  await settled(r.el);
  return r;
};
const heads = (el: LicenseList) => [...root(el).querySelectorAll('thead th')].map((th) => text(th).replace(/[▲▼↕]/g, '').trim());
const groups = (el: LicenseList) => [...root(el).querySelectorAll('tbody[part=group] .group-row th')].map((th) => text(th));

/** Buy, in place: 3 new Managed Laptops through the purchase; returns the purchase element once Buy was pressed. */
async function buyThreeInPlace(el: HTMLElement): Promise<HTMLElement & { draftKey?: string }> {
  root(el).querySelector<HTMLButtonElement>('[part=buy-button]')!.click();
  await waitUntil(() => root(el).querySelector('license-purchase')?.shadowRoot?.querySelector('ck-steps'), 'purchase', { timeout: 4000 });
  const purchase = root(el).querySelector('license-purchase')!;
  await toQuantity(purchase);
  await fill(purchase, 'quantity', '3');
  await next(purchase);
  await radio(purchase, 'stockChoice', 'new-purchase');
  await next(purchase);
  purchase.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
  return purchase;
}

describe('<license-list>', () => {
  // A desktop window: every column fits (narrower, the table scrolls in its box; under 600 px it stacks).
  before(() => setViewport({ width: 1280, height: 900 }));

  it('lists the account’s licenses grouped by product, with days left and the expires-this-month mark', async () => {
    const { el, adapter } = await open();
    expect(rows(el).length).to.be.greaterThan(0);
    expect(groups(el).length).to.be.greaterThan(0);
    expect(new Set(groups(el)).size, 'each product once').to.equal(groups(el).length);
    expect(heads(el)).to.deep.equal(['Product', 'Quantity', 'Start date', 'End date', 'Days left', 'Status', 'Subscription']);
    expect(adapter.queries).to.have.length(1);
    await waitUntil(() => /\d+ lines? of licenses/.test(said(el)), 'count said');
    await expect(el).to.be.accessible();
  });

  it('filters Active / Expiring / Expired, sorts by days left, and starts from its attributes', async () => {
    const { el, adapter } = await open();
    const events: ListQueryChangeDetail[] = [];
    el.addEventListener('list-query-change', (e) => events.push(e.detail));
    await chooseFilter(el, 'status', 'expired');
    await waitUntil(() => adapter.queries.length === 2);
    await settled(el);
    expect(new Set(column(el, 5))).to.deep.equal(new Set(['Expired']));
    root(el).querySelector<HTMLButtonElement>('[data-sort=daysLeft]')!.click();
    await waitUntil(() => adapter.queries.length === 3);
    expect(events.map((e) => [e.query.filters, e.query.sort])).to.deep.equal([
      [{ status: 'expired' }, null],
      [{ status: 'expired' }, { key: 'daysLeft', direction: 'asc' }],
    ]);
    const r = await open(html`<license-list account-id="acc-contoso-hq" status="active" sort="quantity" sort-direction="desc"></license-list>`);
    expect(r.adapter.queries[0]).to.deep.include({ filters: { status: 'active' }, sort: { key: 'quantity', direction: 'desc' } });
    expect(column(r.el, 5).every((s) => s === 'Active' || s === 'Expiring')).to.equal(true);
  });

  it('a word typed at 25 characters a second sends one request; nothing matching says so', async () => {
    const { el, adapter } = await open();
    await typeSearch(el, 'zzqx', 40);
    await waitUntil(() => root(el).querySelector('[part=empty]'), 'empty');
    await aTimeout(400);
    expect(adapter.queries.map((q) => q.search)).to.deep.equal(['', 'zzqx']);
    expect(text(root(el).querySelector('[part=empty]')!)).to.contain('No licenses match your search and filters.');
    await waitUntil(() => said(el).includes('No licenses match'));
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[part=clear-button]')!.click();
    await waitUntil(() => rows(el).length > 0, 'rows back');
  });

  it('loading, failure with Retry (server, malformed, network), light and dark, axe-clean', async () => {
    for (const [kind, theme] of [['server', 'light'], ['malformed', 'dark'], ['network', 'dark']] as const) {
      const { el, store, provider } = await mountList<LicenseList>(ACTIVE_TAB, 'license-list', { theme });
      store.setFault('license-batches', { kind, times: 1 });
      await waitUntil(() => root(el).querySelector('#failure'), `${kind}: failure`);
      expect(root(el).querySelector('#failure')!.getAttribute('heading')).to.equal('The list could not be loaded');
      await expect(el).to.be.accessible();
      store.setFault('license-batches', { kind: 'latency', ms: 300, times: 1 });
      root(el).querySelector('#failure')!.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
      await waitUntil(() => root(el).querySelector('tbody.skeleton, .list-body[aria-busy=true]'), `${kind}: loading`);
      await expect(el).to.be.accessible();
      await waitUntil(() => rows(el).length > 0, `${kind}: retry works`);
      await expect(el).to.be.accessible();
      provider.remove();
    }
  });

  it('Buy asks the host with the account by default', async () => {
    const { el } = await open();
    setTimeout(() => root(el).querySelector<HTMLButtonElement>('[part=buy-button]')!.click());
    expect((await oneEvent(el, 'license-buy-requested')).detail).to.deep.equal({ accountId: 'acc-contoso-hq' });
  });

  it('create-in-place: Buy opens the purchase here and comes back with the new licenses listed', async () => {
    const { el } = await open(html`<license-list account-id="acc-contoso-hq" create-in-place status="expired" draft-key="k-buy"></license-list>`);
    const before = rows(el).length;
    const purchase = await buyThreeInPlace(el);
    expect(purchase.draftKey, 'it kept what was typed under the list\'s draft key').to.equal('k-buy');
    await waitUntil(() => !root(el).querySelector('license-purchase') && rows(el).length, 'back to the list', { timeout: 5000 });
    await settled(el);
    expect(el.status, 'filters cleared to show the new licenses').to.equal('');
    const marked = root(el).querySelector<HTMLTableRowElement>('tr.marked');
    expect(marked, 'the new licenses are marked').to.not.equal(null);
    expect(text(marked!.cells[1]!)).to.equal('3');
    expect(text(marked!.querySelector('[part=new-mark]')!), 'marked in words, not colour alone').to.equal('New');
    expect(root(el).activeElement === marked, 'the focus is on the new row (a license row has no row button)').to.equal(true);
    await waitUntil(() => said(el).includes('3 licenses were added to the account.'));
    expect(before).to.be.greaterThan(0);
  });

  it('create-in-place: back from a purchase under a filter the new licenses match, the filter stays (Active shows only active rows)', async () => {
    const { el } = await open(html`<license-list account-id="acc-contoso-hq" create-in-place status="active"></license-list>`);
    await buyThreeInPlace(el);
    await waitUntil(() => !root(el).querySelector('license-purchase') && root(el).querySelector('tr.marked'), 'back to the list, the new licenses marked', { timeout: 5000 });
    await settled(el);
    expect(el.status, 'the filter the user chose').to.equal('active');
    expect(rows(el).map((r) => text(r)).filter((t) => t.includes('Expired')), 'no expired row under Active').to.deep.equal([]);
    expect(text(root(el).querySelector<HTMLTableRowElement>('tr.marked')!.cells[1]!)).to.equal('3');
    await waitUntil(() => said(el).includes('3 licenses were added to the account.'), 'said with the count of the page kept');
  });

  it('Renew, in place: the licenses’ subscription renewed, then the list with the later end date; Add licenses opens the change', async () => {
    const { el } = await open(html`<license-list account-id="acc-contoso-hq" create-in-place status="active" draft-key="k-renew"></license-list>`);
    const laptops = () => rows(el).find((r) => text(r).includes('Managed Laptop'))!;
    const endBefore = text(laptops().cells[3]!);
    expect(heads(el).at(-1)).to.equal('Subscription');
    laptops().querySelector<HTMLButtonElement>('[part=renew-button]')!.click();
    await waitUntil(() => root(el).querySelector('subscription-change')?.shadowRoot?.querySelector('[part=preview] [data-testid=new-term]'), 'renewal preview', { timeout: 4000 });
    const change = root(el).querySelector('subscription-change')!;
    expect(change.draftKey).to.equal('k-renew');
    expect(text(change.shadowRoot!.querySelector('[part=preview]')!)).to.contain('Includes a renewal fee of $150.00.');
    change.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
    await waitUntil(() => !root(el).querySelector('subscription-change') && rows(el).length, 'back to the list', { timeout: 5000 });
    await settled(el);
    await waitUntil(() => said(el).includes('The licenses were changed.'), 'said');
    const endAfter = text(laptops().cells[3]!);
    expect(Number(endAfter.slice(-4))).to.equal(Number(endBefore.slice(-4)) + 1);
    laptops().querySelector<HTMLButtonElement>('[part=add-button]')!.click();
    await waitUntil(() => root(el).querySelector('subscription-change')?.shadowRoot?.querySelector('[data-path=quantity]'), 'add licenses', { timeout: 4000 });
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    await loadLanguage('es');
    const { el } = await open(ACTIVE_TAB, { locale: 'es' });
    expect(text(root(el).querySelector('[part=heading]')!)).to.equal('Licencias de dispositivos');
    expect(text(root(el).querySelector('[part=buy-button]')!)).to.equal('Comprar');
    expect(range(el)).to.match(/ de \d+$/);
    await expect(el).to.be.accessible();
  });

  it('without listLicenses, or without an account, it says so', async () => {
    const { el, provider } = await mountList<LicenseList>(html`<license-list></license-list>`, 'license-list');
    await waitUntil(() => root(el).querySelector('[part=no-account]'), 'no account');
    expect(text(root(el).querySelector('[part=no-account]')!)).to.contain('account-id');
    provider.adapter = new RestAdapter();
    el.accountId = 'acc-contoso-hq';
    await waitUntil(() => root(el).querySelector('[part=no-method]'), 'no method');
    expect(text(root(el).querySelector('[part=no-method]')!)).to.contain('listLicenses');
  });
});
