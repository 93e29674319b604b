/**
 * The views the four widgets share (src/ui/widget-views.ts): each draws what the widgets drew,
 * its buttons call back, and what it draws passes axe.
 */
import { expect, fixture, html as testHtml, oneEvent, waitUntil } from '@open-wc/testing';
import { Task } from '@lit/task';
import { html, type TemplateResult } from 'lit';
import { AdapterError } from '../../src/adapter/errors.js';
import type { FieldErrors } from '../../src/schemas/validate.js';
import '../../src/ui/define-kit.js';
import { CkElement } from '../../src/ui/ck-element.js';
import { FormState } from '../../src/ui/controllers/form-state.js';
import { defineElement } from '../../src/ui/define-element.js';
import type { CkTextField } from '../../src/ui/text-field.js';
import { draftNotes, failureAlert, loadingNote, noAdapterAlert, renderLoad, submitButton, successScreen, textFields, wizardNav } from '../../src/ui/widget-views.js';

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

async function show(view: TemplateResult): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(testHtml`<div>${view}</div>`);
  await Promise.all([...el.querySelectorAll('ck-alert, ck-text-field')].map((e) => (e as CkElement).updateComplete));
  return el;
}

/** A load as a widget holds it: resolves, or rejects, when the test says. */
class TestLoad extends CkElement {
  settle: { resolve: (v: string) => void; reject: (e: unknown) => void } | null = null;
  runs = 0;
  readonly task = new Task(this, {
    args: () => [] as const,
    task: () => {
      this.runs++;
      return new Promise<string>((resolve, reject) => (this.settle = { resolve, reject }));
    },
  });
  protected override render() {
    return html`<main>${renderLoad('en', this.task, 'The things could not be loaded', () => html`<p id="view">${this.task.value}</p>`, this.task.value)}</main>`;
  }
}
defineElement('test-widget-load', TestLoad);

/** A form with the shared text field maker. */
class TestFields extends CkElement {
  readonly form = new FormState<{ name: string; email: string }>(this, { name: '', email: '' }, { validate: (d): FieldErrors => (d.name ? {} : { name: 'Enter a name.' }) });
  protected override render() {
    const text = textFields(this.form, '(optional)');
    return html`<main>${text('name', 'Name', { required: true, maxlength: 50 })} ${text('email', 'Email', { type: 'email', hint: 'We write here.', wide: true, autocomplete: 'email' })}</main>`;
  }
}
defineElement('test-widget-fields', TestFields);

describe('shared widget views', () => {
  it('no adapter and loading say so', async () => {
    const el = await show(html`${noAdapterAlert('en')}${loadingNote('en')}`);
    expect(el.querySelector('ck-alert')!.getAttribute('variant')).to.equal('error');
    expect(text(el.querySelector('ck-alert')!)).to.contain('This component has no backend adapter.');
    const note = el.querySelector('[part=skeleton]')!;
    expect(note.getAttribute('role'), 'not a live region: one inserted with its text is read unreliably').to.equal(null);
    expect(note.getAttribute('aria-busy')).to.equal('true');
    expect(text(note)).to.equal('Loading…');
    await expect(el).to.be.accessible();
  });

  it('a load: Loading…, then the view; a failed load offers Retry, which loads again', async () => {
    const el = await fixture<TestLoad>(testHtml`<test-widget-load></test-widget-load>`);
    const main = () => el.shadowRoot!.querySelector('main')!;
    expect(text(main())).to.equal('Loading…');
    el.settle!.reject(new AdapterError('network', 'down'));
    await waitUntil(() => main().querySelector('ck-alert'), 'failed');
    const alert = main().querySelector('ck-alert')!;
    expect(alert.getAttribute('heading')).to.equal('The things could not be loaded');
    expect(text(alert)).to.contain('The server could not be reached.');
    await (alert as CkElement).updateComplete;
    alert.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.click();
    await waitUntil(() => el.runs === 2, 'ran again');
    el.settle!.resolve('loaded');
    await waitUntil(() => main().querySelector('#view'), 'view');
    expect(text(main())).to.equal('loaded');
    await expect(el).to.be.accessible();
  });

  it('a failed send is #failure: the error, what was kept, Retry when it may work, more after', async () => {
    let retried = 0;
    const el = await show(failureAlert('en', new AdapterError('network', 'down'), 'The sale was not created', () => retried++, undefined, html`<button class="more">Change it</button>`));
    const alert = el.querySelector<HTMLElement>('#failure')!;
    // Focusable through its box (CkAlert.focus), not by a tabindex on the host, which would take Retry out of the Tab order.
    expect(alert.hasAttribute('tabindex')).to.equal(false);
    expect(alert.getAttribute('variant')).to.equal('error');
    expect(alert.getAttribute('heading')).to.equal('The sale was not created');
    expect(text(alert)).to.equal('The server could not be reached. Check the connection and try again. Nothing you entered was lost. Change it');
    const retry = alert.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!;
    setTimeout(() => retry.click());
    await oneEvent(alert, 'ck-retry');
    expect(retried).to.equal(1);
    await expect(el).to.be.accessible();
    const refused = await show(failureAlert('en', new AdapterError('forbidden', 'Not yours.'), 'Refused', () => retried++, 'Your choices are kept.'));
    const box = refused.querySelector('#failure')!;
    expect(box.hasAttribute('retry')).to.equal(false);
    expect(text(box)).to.equal('Not yours. Your choices are kept.');
  });

  it('draft notes: dropped and restored, Discard only where given, and it calls back', async () => {
    let discarded = 0;
    const el = await show(draftNotes('Could not be restored.', 'Restored.', 'Start over', () => discarded++));
    const alerts = [...el.querySelectorAll('ck-alert')];
    expect(alerts.map((a) => a.getAttribute('variant'))).to.deep.equal(['info', 'info']);
    expect(alerts.map(text)).to.deep.equal(['Could not be restored.', 'Restored. Start over']);
    const button = alerts[1]!.querySelector('button')!;
    expect(button.type).to.equal('button');
    button.click();
    expect(discarded).to.equal(1);
    await expect(el).to.be.accessible();
    const quiet = await show(draftNotes(false, 'Restored.'));
    expect(quiet.querySelectorAll('ck-alert').length).to.equal(1);
    expect(quiet.querySelector('button')).to.equal(null);
    expect((await show(draftNotes(false, false))).querySelector('ck-alert')).to.equal(null);
  });

  it('wizard buttons: Back after the first step, Next, and the submit button busy on the last', async () => {
    const calls: string[] = [];
    const submit = { label: 'Create', busyLabel: 'Creating…', busy: false, run: () => calls.push('create') };
    const first = await show(wizardNav({ index: 0, isLast: false, back: () => calls.push('back') }, 'Back', 'Next', () => calls.push('next'), submit));
    expect([...first.querySelectorAll('button')].map(text)).to.deep.equal(['Next']);
    first.querySelector<HTMLButtonElement>('[part=next-button]')!.click();
    const middle = await show(wizardNav({ index: 1, isLast: false, back: () => calls.push('back') }, 'Back', 'Next', null, submit));
    expect([...middle.querySelectorAll('button')].map(text)).to.deep.equal(['Back']);
    middle.querySelector('button')!.click();
    const last = await show(wizardNav({ index: 2, isLast: true, back: () => calls.push('back') }, 'Back', 'Next', () => calls.push('next'), submit));
    const send = last.querySelector<HTMLButtonElement>('[part=submit-button]')!;
    expect(text(send)).to.equal('Create');
    expect(send.getAttribute('aria-disabled')).to.equal('false');
    send.click();
    expect(calls).to.deep.equal(['next', 'back', 'create']);
    expect(last.querySelector('.spacer')).to.not.equal(null);
    await expect(last).to.be.accessible();
    const busy = await show(submitButton({ ...submit, busy: true }));
    expect(text(busy)).to.equal('Creating…');
    expect(busy.querySelector('.spinner')!.getAttribute('aria-hidden')).to.equal('true');
    expect(busy.querySelector('button')!.getAttribute('aria-disabled')).to.equal('true');
    const blocked = await show(submitButton({ label: 'Order', busyLabel: 'Ordering…', busy: false, blocked: true }));
    expect(blocked.querySelector('button')!.getAttribute('aria-disabled')).to.equal('true');
    expect(blocked.querySelector('button')!.type, 'without run it submits its form').to.equal('submit');
  });

  it('success: a heading that says what happened (focusable, at the level asked), the content, then the button for another', async () => {
    let again = 0;
    const el = await show(successScreen('Sale registered: Acme', html`<ck-alert variant="success">It worked.</ck-alert>`, 'New sale', () => again++));
    const part = el.querySelector('[part=success]')!;
    expect(part.classList.contains('stack')).to.equal(true);
    expect(text(part)).to.equal('Sale registered: Acme It worked. New sale');
    const heading = part.querySelector<HTMLElement>('#done-heading')!;
    expect([heading.tagName, heading.tabIndex, heading.getAttribute('part')]).to.deep.equal(['H2', -1, 'done-heading']);
    const inWizard = await show(successScreen('3 licenses added', 'x', 'Buy more', () => undefined, 3));
    expect(inWizard.querySelector('#done-heading')!.tagName).to.equal('H3');
    part.querySelector<HTMLButtonElement>('.actions button')!.click();
    expect(again).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('text fields: bound to their path, "(optional)" unless required, with their options', async () => {
    const el = await fixture<TestFields>(testHtml`<test-widget-fields></test-widget-fields>`);
    const [name, email] = [...el.shadowRoot!.querySelectorAll<CkTextField>('ck-text-field')];
    expect(name!.label).to.equal('Name');
    expect(name!.required).to.equal(true);
    expect(name!.maxlength).to.equal(50);
    expect(name!.dataset.path).to.equal('name');
    expect(email!.label).to.equal('Email (optional)');
    expect(email!.required).to.equal(false);
    expect(email!.type).to.equal('email');
    expect(email!.hint).to.equal('We write here.');
    expect(email!.autocomplete).to.equal('email');
    expect(email!.classList.contains('wide')).to.equal(true);
    email!.dispatchEvent(new CustomEvent('ck-input', { detail: { value: 'a@b.example' } }));
    expect(el.form.draft.email).to.equal('a@b.example');
    await el.form.attempt();
    await el.updateComplete;
    expect(name!.error).to.equal('Enter a name.');
    await expect(el).to.be.accessible();
  });
});
