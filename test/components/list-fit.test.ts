/**
 * The lists' tables fit their box at every width (#14): from 760 px of widget width up, where the
 * stacked rows of narrow screens stop, the sales table's nine columns scrolled sideways inside
 * its own box (they need 1,008 px in English, 1,224 px in German). Now each list is a table where
 * its columns fit and stacked rows where they do not (src/ui/fit-table.ts), in any language.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../components/license-list/define.js';
import '../../components/sales-list/define.js';
import '../../components/service-plan-list/define.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { root } from './helpers.js';
import { mountList, rows } from './list-helpers.js';

const LISTS = {
  'sales-list': html`<sales-list></sales-list>`,
  'license-list': html`<license-list account-id="acc-contoso-hq"></license-list>`,
  'service-plan-list': html`<service-plan-list></service-plan-list>`,
};

/** The list's table wrapper once its rows are in, measured after two frames. */
async function wrapOf(tag: keyof typeof LISTS, locale: string) {
  const { el } = await mountList(LISTS[tag], tag, { locale });
  await waitUntil(() => rows(el).length, `${tag} rows`, { timeout: 4000 });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return root(el).querySelector<HTMLElement>('.table-wrap')!;
}

const stacked = (wrap: HTMLElement) => getComputedStyle(wrap.querySelector('table')!).display === 'block';

describe('list tables fit their box (#14)', () => {
  before(() => loadLanguage('de'));
  after(() => setViewport({ width: 800, height: 600 }));

  // Widget widths 776 to 1,264 px (the page's body has 8 px margins).
  for (const width of [792, 840, 896, 1000, 1280]) {
    it(`at ${width} px, in English and German, no list scrolls sideways`, async () => {
      await setViewport({ width, height: 900 });
      for (const locale of ['en', 'de'])
        for (const tag of Object.keys(LISTS) as (keyof typeof LISTS)[]) {
          const wrap = await wrapOf(tag, locale);
          expect(wrap.scrollWidth <= wrap.clientWidth, `${tag} (${locale}) at ${width} px: ${wrap.scrollWidth} px of columns in ${wrap.clientWidth} px`).to.equal(true);
        }
    });
  }

  it('a list is a table wherever its columns fit, and follows its box when it narrows', async () => {
    await setViewport({ width: 1280, height: 900 });
    const plans = await wrapOf('service-plan-list', 'en');
    expect(stacked(plans), 'the plans table at 1280 px').to.equal(false);
    const sales = await wrapOf('sales-list', 'en');
    expect(stacked(sales), 'the sales table at 1280 px').to.equal(false);
    await setViewport({ width: 900, height: 900 });
    await waitUntil(() => stacked(sales), 'the sales rows stack when the box narrows', { timeout: 2000 });
    expect(sales.scrollWidth <= sales.clientWidth).to.equal(true);
    await setViewport({ width: 1280, height: 900 });
    await waitUntil(() => !stacked(sales), 'a table again when it widens', { timeout: 2000 });
  });
});
