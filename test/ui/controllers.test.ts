import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, nothing } from 'lit';
import { CkElement } from '../../src/ui/ck-element.js';
import { bindField } from '../../src/ui/controllers/bind-field.js';
import { FormState } from '../../src/ui/controllers/form-state.js';
import { StepFlow } from '../../src/ui/controllers/step-flow.js';
import { defineElement } from '../../src/ui/define-element.js';
import { CkTextField } from '../../src/ui/text-field.js';
import type { FieldErrors } from '../../src/schemas/validate.js';
import type { StepChangeDetail } from '../../src/ui/step-change.js';

interface Draft {
  name: string;
  contact: { email: string };
}
type Step = 'who' | 'how' | 'review';

let validations = 0;
function errorsOf(step: Step, d: Draft): FieldErrors {
  validations++;
  const e: FieldErrors = {};
  if (step === 'who' && !d.name) e.name = 'Enter a name';
  if (step === 'how' && !d.contact.email.includes('@')) e['contact.email'] = 'Enter an email address';
  return e;
}

/** A two-field wizard built only from the shared controllers, as a widget would be. */
class TestWizard extends CkElement {
  static override dependencies = { 'ck-text-field': CkTextField };
  changes: Draft[] = [];
  skipHow = false;
  passOverHow = false;
  extra = false;
  readonly form: FormState<Draft> = new FormState<Draft>(this, { name: '', contact: { email: '' } }, {
    validate: (d) => errorsOf(this.flow.current, d),
    keys: () => [this.flow.current],
    changed: (d) => this.changes.push(d),
  });
  readonly flow: StepFlow<Step> = new StepFlow<Step>(this, this.form, 'who', {
    steps: () => (this.skipHow ? ['who', 'review'] : ['who', 'how', 'review']),
    errorsOf: (s) => errorsOf(s, this.form.draft),
    passOver: (s) => this.passOverHow && s === 'how',
  });

  protected override render() {
    const f = this.form;
    return html`${this.flow.current === 'who' ? html`<ck-text-field label="Name" ${bindField(f, 'name')}></ck-text-field>` : nothing}
    ${this.extra ? html`<ck-text-field label="Email" ${bindField(f, 'contact.email')}></ck-text-field>` : nothing}
    ${this.flow.current === 'how' ? html`<ck-text-field label="Email" ${bindField(f, 'contact.email')}></ck-text-field>` : nothing}`;
  }
}
defineElement('test-wizard', TestWizard);

const field = (el: TestWizard) => el.shadowRoot!.querySelector<CkTextField>('ck-text-field')!;
async function type(el: TestWizard, text: string) {
  const f = field(el);
  f.dispatchEvent(new CustomEvent('ck-input', { detail: { value: text }, bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('controllers: form state, field binding, step flow', () => {
  it('defineElement registers the dependencies an element lists', () => {
    expect(customElements.get('ck-text-field')).to.equal(CkTextField);
  });

  it('binds a field to its path: value, error, submitted, data-path, and typing edits the draft', async () => {
    const el = await fixture<TestWizard>(testHtml`<test-wizard></test-wizard>`);
    const f = field(el);
    expect(f.dataset.path).to.equal('name');
    expect(f.error).to.equal('Enter a name');
    expect(f.submitted).to.equal(false);
    await type(el, 'Contoso');
    expect(el.form.draft.name).to.equal('Contoso');
    expect(f.value).to.equal('Contoso');
    expect(f.error).to.equal('');
    expect(el.changes).to.have.length(1);
  });

  it('computes errors once per draft and step, however many fields ask', async () => {
    const el = await fixture<TestWizard>(testHtml`<test-wizard></test-wizard>`);
    validations = 0;
    el.form.set('name', 'x');
    for (let i = 0; i < 10; i++) el.form.err('name');
    expect(validations).to.equal(1);
    el.flow.goTo('how');
    el.form.err('contact.email');
    el.form.err('name');
    expect(validations, 'another step is validated again').to.equal(2);
  });

  it('Next on an invalid step shows its errors and focuses the field; a valid step moves on with step-change', async () => {
    const el = await fixture<TestWizard>(testHtml`<test-wizard></test-wizard>`);
    const events: StepChangeDetail[] = [];
    el.addEventListener('step-change', (e) => events.push(e.detail));
    expect(await el.flow.next()).to.equal(false);
    await el.updateComplete;
    expect(el.form.submitted).to.equal(true);
    expect(field(el).submitted).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(field(el));
    await type(el, 'Contoso');
    expect(await el.flow.next()).to.equal(true);
    await el.updateComplete;
    expect(el.flow.current).to.equal('how');
    expect(el.form.submitted, 'a new step starts unsubmitted').to.equal(false);
    expect(events).to.deep.equal([{ step: 1, name: 'how' }]);
    el.flow.back();
    expect(el.flow.current).to.equal('who');
    expect(el.form.draft.name, 'back keeps what was typed').to.equal('Contoso');
  });

  it('a skipped step is a condition: next goes past it and indexes follow', async () => {
    const el = await fixture<TestWizard>(testHtml`<test-wizard></test-wizard>`);
    el.skipHow = true;
    el.form.set('name', 'Contoso');
    await el.flow.next();
    expect(el.flow.current).to.equal('review');
    expect(el.flow.index).to.equal(1);
    expect(el.flow.isLast).to.equal(true);
  });

  it('a field that appears after a failed submit starts fresh; the fields that were on screen show their errors', async () => {
    const el = await fixture<TestWizard>(testHtml`<test-wizard></test-wizard>`);
    expect(await el.flow.next()).to.equal(false);
    el.extra = true;
    el.requestUpdate();
    await el.updateComplete;
    const [name, email] = [...el.shadowRoot!.querySelectorAll<CkTextField>('ck-text-field')];
    expect(name!.submitted).to.equal(true);
    expect(email!.submitted, 'appeared after the attempt').to.equal(false);
    expect(await el.flow.next()).to.equal(false);
    await el.updateComplete;
    expect(email!.submitted, 'on screen at the next attempt').to.equal(true);
  });

  it('a step passed over stays listed and counted, but next, back and the final check go past it', async () => {
    const el = await fixture<TestWizard>(testHtml`<test-wizard></test-wizard>`);
    const events: StepChangeDetail[] = [];
    el.addEventListener('step-change', (e) => events.push(e.detail));
    el.passOverHow = true;
    el.form.set('name', 'Contoso');
    await el.flow.next();
    expect(el.flow.current).to.equal('review');
    expect(el.flow.index, 'still counted: review is step 3 of 3').to.equal(2);
    expect(events).to.deep.equal([{ step: 2, name: 'review' }]);
    expect(await el.flow.checkAll(), 'the empty email of the passed-over step does not block').to.equal(true);
    el.flow.back();
    expect(el.flow.current).to.equal('who');
  });

  it('before a submit every step is checked and the first failing one is shown', async () => {
    const el = await fixture<TestWizard>(testHtml`<test-wizard></test-wizard>`);
    el.form.set('name', 'Contoso');
    el.flow.goTo('review');
    expect(await el.flow.checkAll()).to.equal(false);
    expect(el.flow.current).to.equal('how');
    expect(el.form.submitted).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(field(el));
  });

  it('a 422 goes to the step that holds its field; editing the field drops the backend error', async () => {
    const el = await fixture<TestWizard>(testHtml`<test-wizard></test-wizard>`);
    el.form.draft = { name: 'Contoso', contact: { email: 'a@b.example' } };
    el.flow.goTo('review');
    const located = await el.flow.route({ 'customer.email': 'This address is taken' }, (p) => ({ step: 'how', path: p.replace('customer', 'contact') }));
    expect(located?.path).to.equal('contact.email');
    expect(el.flow.current).to.equal('how');
    await el.updateComplete;
    expect(field(el).error).to.equal('This address is taken');
    await type(el, 'c@d.example');
    expect(field(el).error).to.equal('');
    expect(el.form.serverErrors).to.deep.equal({});
  });

  it('a failed submit focuses the error summary when the view has one', async () => {
    const el = await fixture<TestWizard>(testHtml`<test-wizard></test-wizard>`);
    const summary = document.createElement('div');
    summary.setAttribute('part', 'error-summary');
    summary.tabIndex = -1;
    el.shadowRoot!.append(summary);
    await el.form.attempt();
    expect(el.shadowRoot!.activeElement).to.equal(summary);
  });

  it('emit is typed by the event name', () => {
    const el = document.createElement('test-wizard') as TestWizard;
    // @ts-expect-error step-change carries { step, name }, not a plan
    el.emit('step-change', { plan: 1 });
    // @ts-expect-error no such event is declared
    el.emit('no-such-event', {});
  });
});
