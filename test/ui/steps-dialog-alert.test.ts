import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/define-kit.js';
import type { CkAlert, CkConfirmDialog, CkSteps, CkSummaryList } from '../../src/ui/index.js';

describe('form kit: steps, summary, alert, dialog', () => {
  it('steps show where the user is and move focus to the new heading', async () => {
    const el = await fixture<CkSteps>(
      html`<ck-steps .steps=${['Account and billing information', 'Product distribution', 'Setting up the product distribution']}><p>content</p></ck-steps>`,
    );
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    expect(items[0]!.getAttribute('aria-current')).to.equal('step');
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Step 1 of 3: Account and billing information');
    // First render does not steal focus.
    expect(el.shadowRoot!.activeElement).to.equal(null);
    el.current = 1;
    await el.updateComplete;
    // Once the new step is painted (focus before the paint would force a synchronous layout).
    await waitUntil(() => el.shadowRoot!.activeElement === heading, 'focus on the new heading', { timeout: 2000 });
    expect(items[0]!.textContent).to.contain('(completed)');
    expect(items[1]!.getAttribute('aria-current')).to.equal('step');
    // A labelled list, not a navigation landmark (its steps are not links).
    expect(el.shadowRoot!.querySelector('nav, [role=navigation]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal('Step 2 of 3');
    await expect(el).to.be.accessible();
  });

  it('radios are named by their title, described once, and carry the group error', async () => {
    const el = await fixture<HTMLElement & { error: string; submitted: boolean; updateComplete: Promise<unknown> }>(
      html`<ck-radio-group
        label="Payment method"
        .options=${[
          { value: 'pre', label: 'Pre-paid', description: 'Charged for the whole term today' },
          { value: 'post', label: 'Post-paid', description: 'Charged each month for use' },
        ]}
      ></ck-radio-group>`,
    );
    const radios = [...el.shadowRoot!.querySelectorAll('input')];
    const byId = (id: string) => el.shadowRoot!.getElementById(id)!.textContent!.trim();
    expect(byId(radios[0]!.getAttribute('aria-labelledby')!)).to.equal('Pre-paid');
    expect(radios[0]!.getAttribute('aria-describedby')).to.equal('desc-0');
    el.error = 'Choose a payment method.';
    el.submitted = true;
    await el.updateComplete;
    for (const r of radios) {
      expect(r.getAttribute('aria-invalid')).to.equal('true');
      expect(r.getAttribute('aria-describedby')!.split(' ')).to.include('error');
    }
    expect(byId('error')).to.equal('Choose a payment method.');
    await expect(el).to.be.accessible();
  });

  it('summary list is a description list', async () => {
    const el = await fixture<CkSummaryList>(html`<ck-summary-list .items=${[{ label: 'Status', value: 'Pending Approval' }, { label: 'Total', value: '$300.00', strong: true }]}></ck-summary-list>`);
    expect([...el.shadowRoot!.querySelectorAll('dt')].map((d) => d.textContent)).to.deep.equal(['Status', 'Total']);
    await expect(el).to.be.accessible();
  });

  it('alerts are not live regions (a widget says what must be heard once); retry fires ck-retry', async () => {
    const el = await fixture<CkAlert>(html`<ck-alert variant="error" heading="The sale was not created" retry>The server could not be reached.</ck-alert>`);
    // Not live: the widget says what must be heard once (focus or its status regions).
    expect(el.shadowRoot!.querySelector('[role=alert], [role=status], [aria-live]')).to.equal(null);
    const btn = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!;
    expect(btn.textContent).to.equal('Try again');
    setTimeout(() => btn.click());
    await oneEvent(el, 'ck-retry');
    await expect(el).to.be.accessible();
    const info = await fixture<CkAlert>(html`<ck-alert variant="success">Saved.</ck-alert>`);
    expect(info.shadowRoot!.querySelector('[part=alert]')!.hasAttribute('role')).to.equal(false);
  });

  it('an alert takes focus on its box, and its Retry is reached with Tab from before it', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><button id="before">Before</button><ck-alert variant="error" heading="The list could not be loaded" retry>The server had a problem.</ck-alert></div>`);
    const el = wrap.querySelector<CkAlert>('ck-alert')!;
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector('[part=alert]');
    const retry = el.shadowRoot!.querySelector('[part=retry-button]');
    el.focus();
    expect(el.shadowRoot!.activeElement === box, 'focus() focuses the box').to.equal(true);
    // A negative tabindex on the host would take Retry out of the Tab order: the box is focused instead.
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === retry, 'Tab reaches Retry').to.equal(true);
  });

  it('confirm dialog is modal, answers yes or no, and Escape cancels', async () => {
    const opener = await fixture<HTMLButtonElement>(html`<button>Deactivate</button>`);
    const el = await fixture<CkConfirmDialog>(
      html`<ck-confirm-dialog heading="Deactivate this plan?" confirm-label="Deactivate" danger>Active subscriptions keep working until they expire.</ck-confirm-dialog>`,
    );
    opener.focus();
    let answer = el.ask();
    await el.updateComplete;
    expect(el.open).to.equal(true);
    // Described by its text: the consequence is read with the question.
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    const description = el.shadowRoot!.getElementById(dialog.getAttribute('aria-describedby')!)!;
    expect(description.querySelector('slot')!.assignedNodes().map((n) => n.textContent).join('')).to.equal('Active subscriptions keep working until they expire.');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(await answer).to.equal(false);
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
    answer = el.ask();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm-button]')!.click();
    expect(await answer).to.equal(true);
  });
});
