import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html } from 'lit';
import * as z from 'zod/mini';
import type { Clock } from '../../src/core/clock.js';
import { CkElement } from '../../src/ui/ck-element.js';
import { DraftKeeper } from '../../src/ui/controllers/draft-keeper.js';
import { FormState } from '../../src/ui/controllers/form-state.js';
import { StepFlow } from '../../src/ui/controllers/step-flow.js';
import { defineElement } from '../../src/ui/define-element.js';
import { Submission } from '../../src/ui/submission.js';

interface Draft {
  name: string;
}
type Step = 'who' | 'review';
const schema = z.object({ name: z.string() });
const NOW = new Date('2025-03-10T12:00:00Z');
const clock: Clock = () => NOW;
const KEY = 'channelkit:test-keeper:k1';

/** A widget built only from the shared controllers, keeping its draft as a widget would. */
class TestKeeper extends CkElement {
  draftKey: string | undefined = 'k1';
  /** What the widget would say: restored calls and their answer. */
  restoredCalls = 0;
  readonly form: FormState<Draft> = new FormState<Draft>(this, { name: '' }, { validate: () => ({}) });
  readonly flow: StepFlow<Step> = new StepFlow<Step>(this, this.form, 'who', { steps: () => ['who', 'review'], errorsOf: () => ({}) });
  readonly submission = new Submission<{ id: string }>(this);
  readonly keeper = new DraftKeeper<Draft>(this, 'test-keeper', {
    version: 2,
    schema,
    clock: () => clock,
    form: this.form,
    flow: this.flow,
    submission: this.submission,
    initial: () => ({ name: 'fresh' }),
    restored: ({ draft }) => (this.restoredCalls++, draft.name !== ''),
  });
  said: { restored: boolean; dropped: boolean } | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.said = this.keeper.restore() ?? this.said;
  }

  protected override render() {
    return html`<p>${this.form.draft.name}</p>`;
  }
}
defineElement('test-keeper', TestKeeper);

const stored = () => JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { v: number; draft: Draft; step?: string; submission?: { key: string; fingerprint: string } } | null;
const put = (value: unknown) => sessionStorage.setItem(KEY, JSON.stringify(value));

describe('DraftKeeper: a widget draft kept with draft-key', () => {
  beforeEach(() => sessionStorage.clear());
  after(() => sessionStorage.clear());

  it('restores a stored draft and its step once, on the first connection only', async () => {
    put({ v: 2, savedAt: NOW.getTime(), draft: { name: 'Contoso' }, step: 'review' });
    const el = await fixture<TestKeeper>(testHtml`<test-keeper></test-keeper>`);
    expect(el.said).to.deep.equal({ restored: true, dropped: false });
    expect(el.form.draft).to.deep.equal({ name: 'Contoso' });
    expect(el.flow.current).to.equal('review');
    el.form.draft = { name: 'Edited' };
    await el.updateComplete;
    el.remove();
    document.body.append(el);
    await el.updateComplete;
    expect(el.restoredCalls, 'a second connection restores nothing').to.equal(1);
    expect(el.form.draft.name).to.equal('Edited');
    expect(el.keeper.restore()).to.equal(null);
    el.remove();
  });

  it('starts from the initial draft when nothing is stored, and drops a draft of another version or shape', async () => {
    const fresh = await fixture<TestKeeper>(testHtml`<test-keeper></test-keeper>`);
    expect(fresh.said).to.deep.equal({ restored: false, dropped: false });
    expect(fresh.form.draft.name).to.equal('fresh');
    fresh.remove();
    put({ v: 1, savedAt: NOW.getTime(), draft: { name: 'Old' } });
    const old = await fixture<TestKeeper>(testHtml`<test-keeper></test-keeper>`);
    expect(old.said).to.deep.equal({ restored: false, dropped: true });
    expect(old.form.draft.name).to.equal('fresh');
    old.remove();
    put({ v: 2, savedAt: NOW.getTime(), draft: { name: 7 } });
    const bad = await fixture<TestKeeper>(testHtml`<test-keeper></test-keeper>`);
    expect(bad.said).to.deep.equal({ restored: false, dropped: true });
    expect(bad.restoredCalls).to.equal(0);
    bad.remove();
  });

  it('stores the draft and step after every render that changed them; nothing without a draft-key', async () => {
    const el = await fixture<TestKeeper>(testHtml`<test-keeper></test-keeper>`);
    expect(stored()?.draft).to.deep.equal({ name: 'fresh' });
    el.form.set('name', 'Contoso');
    await el.updateComplete;
    expect(stored()).to.include({ v: 2, step: 'who' });
    expect(stored()?.draft).to.deep.equal({ name: 'Contoso' });
    el.flow.goTo('review');
    await el.updateComplete;
    expect(stored()?.step).to.equal('review');
    el.draftKey = undefined;
    el.form.set('name', 'Elsewhere');
    await el.updateComplete;
    expect(stored()?.draft.name, 'nothing stored without a key').to.equal('Contoso');
    el.remove();
  });

  it('keeps the key of a pending submission with the draft, so a reload sends it again under the same key', async () => {
    const el = await fixture<TestKeeper>(testHtml`<test-keeper></test-keeper>`);
    el.form.set('name', 'Contoso');
    let release!: () => void;
    const running = el.submission.run({ name: 'Contoso' }, () => new Promise((_, reject) => (release = () => reject(new Error('network down')))));
    el.keeper.save();
    const pending = el.submission.pending()!;
    expect(stored()?.submission).to.deep.equal(pending);
    release();
    await running;
    el.keeper.save();
    expect(stored()?.submission, 'a failed send keeps its key').to.deep.equal(pending);
    el.remove();
    const again = await fixture<TestKeeper>(testHtml`<test-keeper></test-keeper>`);
    expect(again.said?.restored).to.equal(true);
    expect(again.submission.keyFor({ name: 'Contoso' }), 'the same payload reuses the key').to.equal(pending.key);
    again.remove();
  });

  it('forgets the draft once the submission is done', async () => {
    const el = await fixture<TestKeeper>(testHtml`<test-keeper></test-keeper>`);
    el.form.set('name', 'Contoso');
    await el.updateComplete;
    expect(stored()).to.not.equal(null);
    await el.submission.run({ name: 'Contoso' }, async () => ({ id: 'S-1' }));
    el.keeper.save();
    expect(stored()).to.equal(null);
    el.form.set('name', 'After');
    await el.updateComplete;
    expect(stored(), 'still done: nothing kept').to.equal(null);
    el.remove();
  });

  it('forgets the draft when there is nothing to keep, and clear() forgets it at once', async () => {
    let open = true;
    const el = await fixture<TestKeeper>(testHtml`<test-keeper></test-keeper>`);
    const other = 'channelkit:other-keeper:k1';
    const keeper = new DraftKeeper<Draft>(el, 'other-keeper', { version: 2, schema, clock: () => clock, form: el.form, submission: el.submission, keep: () => open, restored: () => true });
    expect(keeper.restore()).to.deep.equal({ restored: false, dropped: false });
    el.form.set('name', 'Open');
    await el.updateComplete;
    expect(JSON.parse(sessionStorage.getItem(other)!).draft.name).to.equal('Open');
    open = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(sessionStorage.getItem(other), 'nothing to keep: forgotten').to.equal(null);
    expect(stored(), 'the widget name keeps drafts apart').to.not.equal(null);
    el.keeper.clear();
    expect(stored()).to.equal(null);
    el.remove();
  });
});
