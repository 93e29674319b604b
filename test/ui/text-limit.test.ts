import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/define-kit.js';
import '../../src/context/define-provider.js';
import { loadLanguage } from '../../src/i18n/index.js';
import type { CkTextField } from '../../src/ui/index.js';

const control = (el: CkTextField) => el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
const shown = (el: CkTextField) => el.shadowRoot!.querySelector('#error')!.textContent!.trim();

/** Pastes as the browser's editing does (what a native maxlength cuts). */
function paste(input: HTMLInputElement | HTMLTextAreaElement, text: string) {
  input.focus();
  input.select();
  document.execCommand('insertText', false, text);
}

describe('form kit: a text over its length limit (#14)', () => {
  it('keeps pasted text past maxlength and says the limit once the field is left', async () => {
    const el = await fixture<CkTextField>(html`<ck-text-field label="Sale name" maxlength="10"></ck-text-field>`);
    const input = control(el);
    paste(input, 'Northwind Learning Iberia');
    await el.updateComplete;
    expect(el.value).to.equal('Northwind Learning Iberia');
    expect(input.value).to.equal('Northwind Learning Iberia');
    expect(el.hasAttribute('invalid')).to.equal(true);
    input.dispatchEvent(new Event('blur'));
    await el.updateComplete;
    expect(shown(el)).to.equal('Use at most 10 characters.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    // Shortened to the limit: valid again, nothing shown.
    paste(input, 'Northwind!');
    await el.updateComplete;
    expect(el.hasAttribute('invalid')).to.equal(false);
    expect(shown(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('keeps typed text past the limit, the counter says how many too many, in the kit language', async () => {
    await loadLanguage('es');
    const host = await fixture(html`<channelkit-provider locale="es"><ck-text-field label="Comentario" multiline maxlength="5" counter></ck-text-field></channelkit-provider>`);
    const el = host.querySelector<CkTextField>('ck-text-field')!;
    control(el).focus();
    await sendKeys({ type: 'abcdefg' });
    await el.updateComplete;
    expect(el.value).to.equal('abcdefg');
    expect(el.shadowRoot!.querySelector('#counter')!.textContent).to.equal('Sobran 2 caracteres');
    el.submitted = true;
    await el.updateComplete;
    expect(shown(el)).to.equal('Usa como máximo 5 caracteres.');
    await expect(el).to.be.accessible();
  });
});
