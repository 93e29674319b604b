// Date fields in the kit locale's short format (#14): shown, typed, re-formatted on a locale switch.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/define-kit.js';
import '../../src/context/define-provider.js';
import { loadLanguage } from '../../src/i18n/index.js';
import type { ChannelkitProvider } from '../../src/context/index.js';
import type { CkDateField } from '../../src/ui/index.js';

const input = (el: Element) => el.shadowRoot!.querySelector<HTMLInputElement>('#control')!;
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
const shown = (el: Element) => plain(el.shadowRoot!.querySelector('#error')!.textContent);
const hint = (el: Element) => plain(el.shadowRoot!.querySelector('#hint')?.textContent);

async function mount(locale: string, value = '') {
  await loadLanguage('es');
  const host = await fixture<ChannelkitProvider>(html`<channelkit-provider locale=${locale}><ck-date-field label="Activation Date" hint="Today or later." value=${value} min="2027-03-01"></ck-date-field></channelkit-provider>`);
  const el = host.querySelector<CkDateField>('ck-date-field')!;
  await el.updateComplete;
  return { host, el };
}

async function type(el: CkDateField, text: string) {
  const i = input(el);
  i.focus();
  i.select();
  await sendKeys({ type: text });
  i.blur();
  await el.updateComplete;
}

describe('ck-date-field: the kit locale’s short date', () => {
  it('shows the date and its format in English, keeps YYYY-MM-DD in the value and events', async () => {
    const { el } = await mount('en', '2027-03-25');
    expect(input(el).type).to.equal('text');
    expect(input(el).value).to.equal('03/25/2027');
    expect(hint(el)).to.equal('Format: MM/DD/YYYY. Today or later.');
    expect(input(el).getAttribute('aria-describedby')).to.equal('hint');
    const values: unknown[] = [];
    el.addEventListener('ck-input', (e) => values.push(e.detail.value));
    await type(el, '4/5/2027');
    expect(el.value).to.equal('2027-04-05');
    expect(values.at(-1)).to.equal('2027-04-05');
    expect(input(el).value).to.equal('4/5/2027'); // what was typed stays as typed
    await type(el, '2027-12-31'); // ISO is read too
    expect(el.value).to.equal('2027-12-31');
    expect(shown(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('refuses impossible days and two-digit years with a message in the locale’s format, in English and Spanish', async () => {
    const { el } = await mount('en');
    await type(el, '2/30/2027');
    expect(el.value).to.equal('2/30/2027');
    expect(shown(el)).to.equal('That day does not exist in the calendar. Enter a real date as MM/DD/YYYY.');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    await type(el, '3/25/27');
    expect(shown(el)).to.equal('Enter the year with four digits, as MM/DD/YYYY.');
    await expect(el).to.be.accessible();

    const es = (await mount('es')).el;
    expect(hint(es)).to.equal('Formato: DD/MM/AAAA. Today or later.');
    await type(es, '30/2/2027');
    expect(shown(es)).to.equal('Ese día no existe en el calendario. Introduce una fecha real con el formato DD/MM/AAAA.');
    await type(es, '25/3/2027');
    expect(es.value).to.equal('2027-03-25');
    expect(shown(es)).to.equal('');
  });

  it('a locale switch re-formats a date and never invalidates or loses what was typed', async () => {
    const { host, el } = await mount('en');
    await type(el, '3/4/2027');
    expect(el.value).to.equal('2027-03-04');
    host.locale = 'es';
    await waitUntil(() => input(el).value === '04/03/2027', 'Spanish order', { timeout: 3000 });
    expect(el.value).to.equal('2027-03-04');
    expect(shown(el)).to.equal('');
    expect(el.hasAttribute('invalid')).to.equal(false);
    host.locale = 'en';
    await waitUntil(() => input(el).value === '3/4/2027', 'back in English, as it was typed', { timeout: 3000 });
    // Text that is not a date stays as typed in the other language, with the message in it.
    await type(el, '2/30/2027');
    host.locale = 'es';
    await waitUntil(() => hint(el).startsWith('Formato'), 'Spanish hint', { timeout: 3000 });
    expect(input(el).value).to.equal('2/30/2027');
    expect(shown(el)).to.match(/DD\/MM\/AAAA/);
  });

  it('the arrow keys move a day, Page keys 30 days, never before min', async () => {
    const { el } = await mount('en', '2027-03-02');
    input(el).focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(el.value).to.equal('2027-03-03');
    expect(input(el).value).to.equal('03/03/2027');
    await sendKeys({ press: 'PageUp' });
    expect(el.value).to.equal('2027-04-02');
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'PageDown' });
    expect(el.value).to.equal('2027-03-01');
  });
});
