import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../components/sale-wizard/define.js';
import type { SaleWizard } from '../../components/sale-wizard/sale-wizard.js';
import { chooseOrg, next } from './flows.js';
import { field, fill, mount, pick, root, shownError, text } from './helpers.js';

const stepHeading = (el: SaleWizard) => text(root(el).querySelector('ck-steps')!.shadowRoot!.querySelector('h2')!);

async function toDistribution() {
  const { el } = await mount<SaleWizard>(html`<sale-wizard></sale-wizard>`, 'sale-wizard');
  await waitUntil(() => root(el).querySelector('ck-steps'), 'loaded', { timeout: 4000 });
  await chooseOrg(el, 'contoso', 'Contoso Training Partners');
  await next(el);
  return el;
}

describe('<sale-wizard> messages (#14)', () => {
  it('drops "Add at least one distribution" once one is chosen, and Next adds the line composed', async () => {
    const el = await toDistribution();
    await next(el);
    expect(await shownError(el, 'pending.distributionId')).to.equal('Add at least one distribution to the sale.');
    await pick(el, 'pending.distributionId', 'dist-itpro-eur');
    // The choice answers the message: what still keeps the line out is said where it is.
    expect(await shownError(el, 'pending.distributionId')).to.equal('');
    expect(await shownError(el, 'pending.users')).to.equal('Enter a whole number of users from 5 to 1,000.');
    expect(text(root(el).querySelector('[part~=error-summary]')!)).not.to.contain('Add at least one');
    await fill(el, 'pending.users', '6');
    expect(await shownError(el, 'pending.users')).to.equal('');
    await next(el);
    expect(stepHeading(el)).to.contain('Setting up the product distribution');
    expect(el.draft.lines).to.deep.equal([{ distributionId: 'dist-itpro-eur', users: 6 }]);
  });

  it('shows every error of step 3 at once when the date typed is impossible', async () => {
    const el = await toDistribution();
    await pick(el, 'pending.distributionId', 'dist-itpro-usd');
    await fill(el, 'pending.users', '5');
    await next(el);
    const input = field(el, 'activationDate').shadowRoot!.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: '2/30/2031' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part~=error-summary]:not([hidden])'), 'the summary', { timeout: 3000 });
    expect(await shownError(el, 'activationDate')).not.to.equal('');
    expect(await shownError(el, 'billingMethodId')).to.equal('This field is required.');
    expect(await shownError(el, 'name')).to.equal('This field is required.');
  });
});
