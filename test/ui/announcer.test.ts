import { aTimeout, expect, fixture, html as testHtml, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { CkElement } from '../../src/ui/ck-element.js';
import { Announcer, PRICE_PAUSE_MS } from '../../src/ui/controllers/announcer.js';
import { defineElement } from '../../src/ui/define-element.js';
import { visuallyHidden } from '../../src/ui/styles.js';

class TestAnnouncing extends CkElement {
  static override styles = visuallyHidden;
  readonly announcer = new Announcer(this);
  loaded = false;
  protected override render() {
    return this.loaded ? html`<p>Form</p>` : html`<p>Loading</p>`;
  }
}
defineElement('test-announcing', TestAnnouncing);

const text = (el: Element) => el.shadowRoot!.textContent ?? '';
const region = (el: Element, urgency: string) => el.shadowRoot!.querySelector(`[data-announce=${urgency}]`)!;

describe('controllers: announcer', () => {
  it('puts both regions in the shadow root before the first render, live and empty; renders never replace them', async () => {
    const el = await fixture<TestAnnouncing>(testHtml`<test-announcing></test-announcing>`);
    const polite = region(el, 'polite');
    const assertive = region(el, 'assertive');
    expect(polite.getAttribute('role')).to.equal('status');
    expect(polite.getAttribute('aria-live')).to.equal('polite');
    expect(assertive.getAttribute('aria-live')).to.equal('assertive');
    expect(polite.textContent).to.equal('');
    expect(el.shadowRoot!.querySelectorAll('[data-announce]')).to.have.length(2);
    el.loaded = true;
    el.requestUpdate();
    el.announcer.say('Sale registered: pending approval');
    await el.updateComplete;
    expect(text(el), 'rendered beside the regions').to.contain('Form');
    expect(region(el, 'polite'), 'the same node, not a new one').to.equal(polite);
    expect(polite.textContent).to.equal('Sale registered: pending approval');
    expect(polite.getBoundingClientRect().width).to.be.at.most(1);
    el.announcer.alert('The purchase failed');
    expect(assertive.textContent).to.equal('The purchase failed');
    el.remove();
    document.body.append(el);
    expect(el.shadowRoot!.querySelectorAll('[data-announce]'), 'reconnecting adds none').to.have.length(2);
  });

  it('the regions exist before the first render of the element', async () => {
    const el = document.createElement('test-announcing') as TestAnnouncing;
    document.body.append(el);
    expect(el.hasUpdated).to.equal(false);
    expect(el.shadowRoot!.querySelector('[data-announce=polite]')).to.not.equal(null);
    await el.updateComplete;
    el.remove();
  });

  it('the same words said twice are read twice: the region empties for a frame first', async () => {
    const el = await fixture<TestAnnouncing>(testHtml`<test-announcing></test-announcing>`);
    const texts: string[] = [];
    new MutationObserver(() => texts.push(region(el, 'polite').textContent ?? '')).observe(region(el, 'polite'), { childList: true, subtree: true, characterData: true });
    el.announcer.say('Distribution added');
    await el.updateComplete;
    el.announcer.say('Distribution added');
    await waitUntil(() => texts.filter((t) => t === 'Distribution added').length === 2);
    expect(texts.filter(Boolean)).to.deep.equal(['Distribution added', 'Distribution added']);
  });

  it('prices are read once they settle, never on first show, and not again when unchanged', async () => {
    const el = await fixture<TestAnnouncing>(testHtml`<test-announcing></test-announcing>`);
    const polite = region(el, 'polite');
    el.announcer.price('Total $10.00');
    await aTimeout(PRICE_PAUSE_MS + 100);
    expect(polite.textContent, 'what the widget first shows is not news').to.equal('');
    for (const t of ['Total $20.00', 'Total $200.00', 'Total $2,000.00']) {
      el.announcer.price(t);
      await aTimeout(50);
    }
    expect(polite.textContent, 'not while it changes').to.equal('');
    await aTimeout(PRICE_PAUSE_MS + 100);
    expect(polite.textContent).to.equal('Total $2,000.00');
    polite.textContent = '';
    el.announcer.price('Total $2,000.00');
    await aTimeout(PRICE_PAUSE_MS + 100);
    expect(polite.textContent, 'unchanged: not read again').to.equal('');
    el.announcer.price('Total $3,000.00', false);
    await aTimeout(PRICE_PAUSE_MS + 100);
    expect(polite.textContent, 'a change the user did not make (a load) is not news').to.equal('');
  });
});
