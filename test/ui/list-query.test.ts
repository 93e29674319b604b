import { aTimeout, expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { CkElement } from '../../src/ui/ck-element.js';
import { type ListPage, type ListQuery, ListQueryController, type ListQueryChangeDetail } from '../../src/ui/controllers/list-query.js';
import { defineElement } from '../../src/ui/define-element.js';

const ROWS = Array.from({ length: 60 }, (_, i) => ({ id: `r${i}`, name: `Row ${String(i).padStart(2, '0')}` }));
type Row = (typeof ROWS)[number];

/** A fake backend: records each request and its signal, answers after `delayMs`. */
const calls: { query: ListQuery; signal: AbortSignal }[] = [];
function load(query: ListQuery, signal: AbortSignal): Promise<ListPage<Row>> {
  calls.push({ query, signal });
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      let rows = ROWS.filter((r) => r.name.toLowerCase().includes(query.search.toLowerCase()));
      if (query.sort?.direction === 'desc') rows = [...rows].reverse();
      const start = (query.page - 1) * query.pageSize;
      resolve({ items: rows.slice(start, start + query.pageSize), total: rows.length, page: query.page, pageSize: query.pageSize });
    }, 20);
    signal.addEventListener('abort', () => {
      clearTimeout(t);
      reject(signal.reason as Error);
    });
  });
}

class TestList extends CkElement {
  readonly list = new ListQueryController<Row>(this, { load, initial: { pageSize: 10 }, debounceMs: 60 });
  protected override render() {
    return html`<ul>
      ${this.list.page?.items.map((r) => html`<li>${r.name}</li>`)}
    </ul>`;
  }
}
defineElement('test-list', TestList);

const names = (el: TestList) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);

describe('controllers: list query', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('loads the first page and returns it from the task', async () => {
    const el = await fixture<TestList>(testHtml`<test-list></test-list>`);
    await waitUntil(() => names(el).length === 10);
    expect(names(el)[0]).to.equal('Row 00');
    expect(el.list.pageCount).to.equal(6);
  });

  it('typing a word sends one request per pause, and a newer query aborts the older request', async () => {
    const el = await fixture<TestList>(testHtml`<test-list></test-list>`);
    await waitUntil(() => el.list.page !== null);
    calls.length = 0;
    for (const prefix of ['R', 'Ro', 'Row', 'Row ', 'Row 1']) {
      el.list.search(prefix);
      await aTimeout(10);
    }
    await waitUntil(() => calls.length === 1 && el.list.page?.total === 10);
    expect(calls.map((c) => c.query.search)).to.deep.equal(['Row 1']);
    el.list.searchNow('Row 2');
    await el.updateComplete;
    expect(calls.map((c) => c.query.search)).to.deep.equal(['Row 1', 'Row 2']);
    el.list.searchNow('Row 3');
    await waitUntil(() => names(el)[0] === 'Row 30');
    expect(calls[1]!.signal.aborted, 'the stale request was aborted').to.equal(true);
  });

  it('search, filter and sort go back to page 1; each change fires list-query-change', async () => {
    const el = await fixture<TestList>(testHtml`<test-list></test-list>`);
    const events: ListQueryChangeDetail[] = [];
    el.addEventListener('list-query-change', (e) => events.push(e.detail));
    await waitUntil(() => el.list.page !== null);
    el.list.goToPage(3);
    await waitUntil(() => names(el)[0] === 'Row 20');
    el.list.sortBy('name');
    expect(el.list.query.sort).to.deep.equal({ key: 'name', direction: 'asc' });
    el.list.sortBy('name');
    expect(el.list.query).to.include({ page: 1 });
    expect(el.list.query.sort).to.deep.equal({ key: 'name', direction: 'desc' });
    await waitUntil(() => names(el)[0] === 'Row 59');
    el.list.filter('status', 'approved');
    el.list.filter('status', 'approved');
    expect(events.map((e) => [e.query.page, e.query.sort?.direction ?? null, e.query.filters.status ?? null])).to.deep.equal([
      [3, null, null],
      [1, 'asc', null],
      [1, 'desc', null],
      [1, 'desc', 'approved'],
    ]);
  });

  it('pages stay within the pages there are', async () => {
    const el = await fixture<TestList>(testHtml`<test-list></test-list>`);
    await waitUntil(() => el.list.page !== null);
    el.list.goToPage(99);
    expect(el.list.query.page).to.equal(6);
    el.list.goToPage(0);
    expect(el.list.query.page).to.equal(1);
  });
});
