import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/define-kit.js';
import type { CkTextField } from '../../src/ui/index.js';
import { deepActive } from '../components/helpers.js';

describe('form kit: read-only values (#14)', () => {
  it('are text under their label, not tab stops', async () => {
    const root = await fixture(html`<div>
      <button id="before">before</button>
      <ck-text-field label="Distribution Price" readonly .value=${'$25.00 per user'} hint="Tiers apply"></ck-text-field>
      <ck-text-field label="Status" readonly .value=${'Pending Approval'}></ck-text-field>
      <ck-text-field label="Sale name"></ck-text-field>
    </div>`);
    const [price, status, name] = [...root.querySelectorAll<CkTextField>('ck-text-field')];
    expect(price!.shadowRoot!.querySelector('input, textarea')).to.equal(null);
    expect(price!.shadowRoot!.querySelector('.value')!.textContent).to.equal('$25.00 per user');
    expect(status!.shadowRoot!.textContent).to.contain('Status').and.contain('Pending Approval');
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    // From the button straight to the one input: the two values are passed over.
    expect(deepActive() === name!.shadowRoot!.querySelector('input')).to.equal(true);
    await expect(root).to.be.accessible();
  });
});
