import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../components/order-form/define.js';
import { OrderForm } from '../../components/order-form/order-form.js';
import '../../components/sale-wizard/define.js';
import type { SaleWizard } from '../../components/sale-wizard/sale-wizard.js';
import { resetWarmUp, warmControls, warmUpSettled } from '../../src/ui/warm-up.js';
import { mount } from '../components/helpers.js';

const orderControls = () => Object.keys(OrderForm.dependencies);

/** The boxes the warm-up appends to the body, as they are appended (with what they hold then). */
function watchBody() {
  const boxes: { box: HTMLElement; tags: string[] }[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) {
        if (!(n instanceof HTMLElement) || n.localName !== 'div' || n.getAttribute('aria-hidden') !== 'true') continue;
        boxes.push({ box: n, tags: [...n.children].map((c) => c.localName) });
      }
  });
  observer.observe(document.body, { childList: true });
  return { boxes, stop: () => observer.disconnect() };
}

describe('warm-up: first-use costs paid while idle', () => {
  beforeEach(() => resetWarmUp());

  it('renders one of each control a widget uses out of sight and out of the accessibility tree, then removes them; focus stays', async () => {
    const button = await fixture<HTMLButtonElement>(html`<button>Before</button>`);
    button.focus();
    const { boxes, stop } = watchBody();
    const warming = warmControls(orderControls());
    const box = document.body.lastElementChild as HTMLElement;
    expect(box.getAttribute('aria-hidden')).to.equal('true');
    expect(box.inert).to.equal(true);
    const style = getComputedStyle(box);
    expect([style.visibility, style.position, style.overflow, box.getBoundingClientRect().width]).to.deep.equal(['hidden', 'fixed', 'hidden', 1]);
    await warming;
    await warmUpSettled();
    stop();
    expect(box.isConnected, 'removed once painted').to.equal(false);
    expect(boxes).to.have.length(1);
    const tags = [...box.children].map((c) => c.localName);
    // order-form defines these (its dependencies): each warmed once.
    for (const tag of ['ck-text-field', 'ck-number-field', 'ck-select-field', 'ck-radio-group', 'ck-checkbox', 'ck-summary-list', 'ck-alert']) expect(tags).to.include(tag);
    expect(new Set(tags).size).to.equal(tags.length);
    // The controls rendered their own templates and styles: what the user's first click then does not pay.
    expect(box.querySelector('ck-select-field')!.shadowRoot!.querySelectorAll('select option').length).to.be.greaterThan(0);
    expect(box.querySelector('ck-text-field')!.shadowRoot!.querySelector('input')).to.not.equal(null);
    expect(document.activeElement === button, 'focus where it was').to.equal(true);
  });

  it('warms each control once per page, whichever widget asks first', async () => {
    await warmControls(orderControls());
    const { boxes, stop } = watchBody();
    await warmControls(orderControls());
    stop();
    expect(boxes).to.have.length(0);
  });

  it('a widget warms the page once it is idle after its first render, and leaves nothing behind', async () => {
    const { boxes, stop } = watchBody();
    const el = await fixture(html`<order-form></order-form>`);
    await waitUntil(() => boxes.length === 1, 'warmed when idle', { timeout: 5000 });
    await waitUntil(() => !boxes[0]!.box.isConnected, 'removed', { timeout: 5000 });
    stop();
    expect(el.isConnected).to.equal(true);
    expect(document.body.querySelectorAll(':scope > div[aria-hidden=true]')).to.have.length(0);
  });

  it('does nothing for a widget removed before the page is idle', async () => {
    const { boxes, stop } = watchBody();
    const el = await fixture(html`<order-form></order-form>`);
    el.remove();
    // Idle callbacks run in the order they were asked for: the widget's would have run before this one.
    await new Promise((r) => requestIdleCallback(r));
    await new Promise((r) => setTimeout(r, 50));
    stop();
    expect(boxes).to.have.length(0);
  });
});

describe('warm-up: the view a user opens next, rehearsed while idle', () => {
  beforeEach(() => resetWarmUp());

  /** The first rehearsal's box (a box with a shadow root: the view in the widget's styles), once it is gone. */
  async function rehearsal(boxes: { box: HTMLElement }[]): Promise<ShadowRoot> {
    await waitUntil(() => boxes.some((b) => b.box.shadowRoot), 'rehearsed once loaded and idle', { timeout: 5000 });
    await warmUpSettled();
    const { box } = boxes.find((b) => b.box.shadowRoot)!;
    expect(box.isConnected, 'removed once painted').to.equal(false);
    expect([box.getAttribute('aria-hidden'), box.inert, box.parentNode]).to.deep.equal(['true', true, null]);
    return box.shadowRoot!;
  }

  it('<order-form> rehearses the Cloud form out of sight; the choice on screen and the draft are untouched', async () => {
    const { boxes, stop } = watchBody();
    const { el } = await mount<OrderForm>(html`<order-form></order-form>`, 'order-form');
    await waitUntil(() => el.options, 'options loaded'); // the draft takes an offered currency then
    const draft = el.draft;
    const view = await rehearsal(boxes);
    stop();
    // The Cloud form itself, with the widget's styles, its fields and the 250 countries rendered:
    // what the first "Order" click of the page then finds ready.
    expect(view.querySelector('#heading')!.textContent).to.equal('Cloud order');
    expect(view.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(view.querySelectorAll('[data-path]').length).to.be.greaterThan(5);
    const country = view.querySelector<HTMLElement>('[data-path="customer.country"]');
    expect(country!.shadowRoot!.querySelectorAll('option').length).to.be.greaterThan(200);
    expect(el.kind).to.equal(null);
    expect(el.draft === draft, 'the draft is the same object').to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('[part=order-button]').length).to.equal(2);
    expect(el.shadowRoot!.querySelector('[data-path]')).to.equal(null);
  });

  it('rehearses a view once per page: another <order-form> finds it ready and does not take the time again', async () => {
    const { boxes, stop } = watchBody();
    await mount<OrderForm>(html`<order-form></order-form>`, 'order-form');
    await rehearsal(boxes);
    const { el } = await mount<OrderForm>(html`<order-form></order-form>`, 'order-form');
    await waitUntil(() => el.options, 'options loaded');
    await el.updateComplete;
    // Idle callbacks run in the order they were asked for: the second widget's would have run before these.
    for (let i = 0; i < 2; i++) await new Promise((r) => requestIdleCallback(r));
    await warmUpSettled();
    stop();
    expect(boxes.filter((b) => b.box.shadowRoot)).to.have.length(1);
  });

  it('<sale-wizard> rehearses its next step; the step shown and the draft are untouched', async () => {
    const { boxes, stop } = watchBody();
    const { el } = await mount<SaleWizard>(html`<sale-wizard></sale-wizard>`, 'sale-wizard');
    const draft = el.draft;
    const view = await rehearsal(boxes);
    stop();
    expect(view.querySelector('[data-path="pending.distributionId"]')).to.not.equal(null);
    expect(el.flow.current).to.equal('account');
    expect(el.draft === draft, 'the draft is the same object').to.equal(true);
    expect(el.shadowRoot!.querySelector('[data-path="pending.distributionId"]')).to.equal(null);
  });
});
