import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../../src/context/define-provider.js';
import '../../src/ui/define-kit.js';
import { WidgetElement, type ChannelkitProvider } from '../../src/context/index.js';
import type { AnyAdapter } from '../../src/adapter/index.js';
import type { CkSelectField } from '../../src/ui/index.js';
import { loadLanguage } from '../../src/i18n/index.js';

class ProbeWidget extends WidgetElement {
  get usedAdapter() {
    return this.adapterInEffect;
  }
  get usedLocale() {
    return this.loc;
  }
  protected override render() {
    return litHtml`<ck-select-field label="x" .options=${[{ value: 'a', label: 'A' }]}></ck-select-field>`;
  }
}
customElements.define('probe-widget', ProbeWidget);

const placeholder = async (w: ProbeWidget) => {
  const sel = w.shadowRoot!.querySelector<CkSelectField>('ck-select-field')!;
  // The provider starts loading its language's catalog; the parts switch to it when it arrives.
  await loadLanguage('es');
  await sel.updateComplete;
  return sel.shadowRoot!.querySelector('option')!.textContent;
};

describe('channelkit-provider', () => {
  it('provides the adapter and locale to widgets inside, and follows changes', async () => {
    const a: AnyAdapter = { listAccounts: async () => [] };
    const b: AnyAdapter = { listAccounts: async () => [] };
    const p = await fixture<ChannelkitProvider>(html`<channelkit-provider .adapter=${a} locale="es"><probe-widget></probe-widget></channelkit-provider>`);
    const w = p.querySelector<ProbeWidget>('probe-widget')!;
    await w.updateComplete;
    expect(w.usedAdapter).to.equal(a);
    expect(w.usedLocale).to.equal('es');
    expect(w.getAttribute('lang')).to.equal('es');
    expect(await placeholder(w)).to.equal('Elige…');
    p.adapter = b;
    p.locale = 'en';
    await p.updateComplete;
    await w.updateComplete;
    expect(w.usedAdapter).to.equal(b);
    expect(await placeholder(w)).to.equal('Choose…');
  });

  it("lets a widget's own adapter and locale win, down to the kit parts inside it", async () => {
    const fromContext: AnyAdapter = {};
    const own: AnyAdapter = {};
    const p = await fixture<ChannelkitProvider>(html`<channelkit-provider .adapter=${fromContext} locale="en"><probe-widget locale="es" .adapter=${own}></probe-widget></channelkit-provider>`);
    const w = p.querySelector<ProbeWidget>('probe-widget')!;
    await w.updateComplete;
    expect(w.usedAdapter).to.equal(own);
    expect(await placeholder(w)).to.equal('Elige…');
  });

  it('works without a provider: English, no adapter', async () => {
    const w = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    expect(w.usedAdapter).to.equal(undefined);
    expect(await placeholder(w)).to.equal('Choose…');
  });

  it('is not defined twice when the kit is loaded twice', async () => {
    const { defineElement } = await import('../../src/ui/define-element.js');
    expect(() => defineElement('channelkit-provider', class extends HTMLElement {})).not.to.throw();
  });
});
