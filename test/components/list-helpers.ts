/** Mounting a list element over the demo backend, and reading and driving its table. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/context/define-provider.js';
import { RestListAdapter } from '../../src/adapter/lists.js';
import type { ListQueryInput } from '../../src/schemas/lists.js';
import type { ChannelkitProvider } from '../../src/context/index.js';
import { testClock } from '../support/clock.js';
import { backend, root, text } from './helpers.js';

/** A RestListAdapter that counts the list requests it sends and keeps their queries. */
export class CountingAdapter extends RestListAdapter {
  readonly queries: ListQueryInput[] = [];
  override listSales(query: ListQueryInput, signal: AbortSignal) {
    this.queries.push(query);
    return super.listSales(query, signal);
  }
  override listLicenses(accountId: string, query: ListQueryInput, signal: AbortSignal) {
    this.queries.push(query);
    return super.listLicenses(accountId, query, signal);
  }
  override listPlans(productId: string | null, query: ListQueryInput, signal: AbortSignal) {
    this.queries.push(query);
    return super.listPlans(productId, query, signal);
  }
}

/** Mounts a list inside a provider with a counting RestListAdapter over the demo backend (reset). */
export async function mountList<T extends HTMLElement>(content: TemplateResult, selector: string, opts: { locale?: string; theme?: 'light' | 'dark' } = {}) {
  const store = await backend();
  store.reset();
  const adapter = new CountingAdapter({ timeoutMs: 3000 });
  const provider = await fixture<ChannelkitProvider>(
    html`<channelkit-provider .adapter=${adapter} .clock=${testClock} locale=${opts.locale ?? 'en'} theme=${opts.theme ?? 'light'}>${content}</channelkit-provider>`,
  );
  const el = provider.querySelector<T>(selector)!;
  return { el, store, provider, adapter };
}

export const rows = (el: Element) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody:not(.skeleton) tr[part=row]')];
/** The value in column `i` of every row: its text, without the "New" or "Updated" mark of a record just created or changed (asserted apart). */
export const column = (el: Element, i: number) =>
  rows(el).map((r) => {
    const cell = r.cells[i]!;
    const mark = cell.querySelector('[part=new-mark]');
    return mark ? text(cell).slice(0, -text(mark).length).trim() : text(cell);
  });
/** Waits until the list shows a settled page (not loading). */
export const settled = (el: Element & { updateComplete: Promise<unknown> }) =>
  waitUntil(() => root(el).querySelector('.list-body[aria-busy=false]') && (rows(el).length || root(el).querySelector('[part=empty], #failure')), 'the list did not settle', { timeout: 4000 });
export const range = (el: Element) => text(root(el).querySelector('[part=pager] .note')!);

/** Types `word` into the search box one character every `ms` (25 characters a second: 40 ms). */
export async function typeSearch(el: Element, word: string, ms = 40): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('[part=search]')!;
  input.focus();
  for (const ch of word) {
    input.value += ch;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, ms));
  }
}

export async function chooseFilter(el: Element & { updateComplete: Promise<unknown> }, name: string, value: string): Promise<void> {
  const select = root(el).querySelector<HTMLSelectElement>(`select[data-filter=${name}]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}
