import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/define-kit.js';
import type { CkCombobox, ComboboxOption } from '../../src/ui/index.js';

const ORGS: ComboboxOption[] = ['Contoso Training', 'Contoso Retail', 'Fabrikam Skills', 'Tailspin Education'].map((label, i) => ({ value: `o${i}`, label }));

function fakeSearch(delayMs = 10) {
  const calls: { query: string; signal: AbortSignal }[] = [];
  const search = (query: string, signal: AbortSignal) => {
    calls.push({ query, signal });
    return new Promise<ComboboxOption[]>((resolve, reject) => {
      const t = setTimeout(() => resolve(ORGS.filter((o) => o.label.toLowerCase().includes(query.toLowerCase()))), delayMs);
      signal.addEventListener('abort', () => {
        clearTimeout(t);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  };
  return { calls, search };
}

const input = (el: CkCombobox) => el.shadowRoot!.querySelector('input')!;
const options = (el: CkCombobox) => [...el.shadowRoot!.querySelectorAll('[role=option]')].map((o) => o.querySelector('span')!.textContent);
const status = (el: CkCombobox) => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

describe('form kit: combobox', () => {
  it('debounces typing into one search', async () => {
    const { calls, search } = fakeSearch();
    const el = await fixture<CkCombobox>(html`<ck-combobox label="Reseller or organization" .search=${search} debounce="80"></ck-combobox>`);
    input(el).focus();
    await sendKeys({ type: 'conto' });
    await aTimeout(200);
    expect(calls.map((c) => c.query)).to.deep.equal(['conto']);
    await waitUntil(() => options(el).length === 2);
    expect(options(el)).to.deep.equal(['Contoso Training', 'Contoso Retail']);
    expect(status(el)).to.equal('2 results. Use the up and down arrows to choose.');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('aborts a stale request so its answer never shows', async () => {
    const { calls, search } = fakeSearch(150);
    const el = await fixture<CkCombobox>(html`<ck-combobox label="Organization" .search=${search} debounce="0"></ck-combobox>`);
    input(el).focus();
    await sendKeys({ type: 'c' });
    await aTimeout(30);
    await sendKeys({ type: 'ontoso r' });
    await waitUntil(() => options(el).length > 0, 'results', { timeout: 2000 });
    expect(calls[0]!.signal.aborted).to.equal(true);
    expect(calls.at(-1)!.signal.aborted).to.equal(false);
    expect(options(el)).to.deep.equal(['Contoso Retail']);
  });

  it('is used with the keyboard: arrows, Enter, Escape', async () => {
    const { search } = fakeSearch();
    const el = await fixture<CkCombobox>(html`<ck-combobox label="Organization" .search=${search} debounce="0"></ck-combobox>`);
    const picked: (ComboboxOption | null)[] = [];
    el.addEventListener('ck-select', (e) => picked.push((e as CustomEvent).detail.option));
    input(el).focus();
    await sendKeys({ type: 'i' });
    await waitUntil(() => options(el).length === 4);
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('opt-0');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('opt-2');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('opt-3');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(picked.map((p) => p?.label)).to.deep.equal(['Tailspin Education']);
    expect(el.value).to.equal('o3');
    expect(input(el).value).to.equal('Tailspin Education');
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    // Escape with the list closed clears the choice.
    await sendKeys({ press: 'Escape' });
    expect(el.value).to.equal('');
    expect(picked.at(-1)).to.equal(null);
  });

  it('Tab with an option highlighted chooses it and says so; leaving with none puts back the chosen label', async () => {
    const { search } = fakeSearch();
    const host = await fixture<HTMLElement>(html`<div><ck-combobox label="Organization" .search=${search} debounce="0"></ck-combobox><button>Next</button></div>`);
    const el = host.querySelector<CkCombobox>('ck-combobox')!;
    const picked: (ComboboxOption | null)[] = [];
    el.addEventListener('ck-select', (e) => picked.push((e as CustomEvent).detail.option));
    input(el).focus();
    await sendKeys({ type: 'fabri' });
    await waitUntil(() => options(el).length === 1);
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => picked.length === 1, 'chosen on Tab', { timeout: 1000 });
    expect(picked[0]!.label).to.equal('Fabrikam Skills');
    expect(el.value).to.equal('o2');
    expect(input(el).value).to.equal('Fabrikam Skills');
    expect(status(el)).to.equal('Fabrikam Skills chosen.');
    expect(document.activeElement).to.equal(host.querySelector('button'));
    // Typing something that matches nothing, then leaving: the chosen organization stays.
    input(el).focus();
    await sendKeys({ type: 'zzz' });
    await waitUntil(() => status(el).startsWith('No results'));
    await sendKeys({ press: 'Tab' });
    await aTimeout(200);
    expect(picked).to.have.length(1);
    expect(input(el).value).to.equal('Fabrikam Skills');
  });

  it('says when nothing matches, and offers a retry when the search fails', async () => {
    const el = await fixture<CkCombobox>(html`<ck-combobox label="Organization" .search=${fakeSearch().search} debounce="0"></ck-combobox>`);
    input(el).focus();
    await sendKeys({ type: 'zzz' });
    await waitUntil(() => status(el).startsWith('No results'));
    expect(el.shadowRoot!.querySelector('[part=popup]')!.textContent).to.contain('No results for “zzz”.');
    expect(el.shadowRoot!.querySelector<HTMLElement>('[role=listbox]')!.hidden).to.equal(true);
    await expect(el).to.be.accessible();

    let fail = true;
    const flaky = async (q: string) => {
      if (fail) throw new Error('down');
      return ORGS.filter((o) => o.label.includes(q));
    };
    const el2 = await fixture<CkCombobox>(html`<ck-combobox label="Organization" .search=${flaky} debounce="0"></ck-combobox>`);
    input(el2).focus();
    await sendKeys({ type: 'Fab' });
    await waitUntil(() => status(el2) === 'The search did not work.');
    fail = false;
    el2.shadowRoot!.querySelector<HTMLButtonElement>('.failed button')!.click();
    await waitUntil(() => options(el2).length === 1);
    expect(options(el2)).to.deep.equal(['Fabrikam Skills']);
  });
});
