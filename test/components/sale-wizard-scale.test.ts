/**
 * The sale wizard at scale (issue 25, item 8): a keystroke validates the step once, not once per
 * field. Counted (deterministic), not timed: a render with 40 contacts validates each contact once.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../components/sale-wizard/define.js';
import type { SaleWizard } from '../../components/sale-wizard/sale-wizard.js';
import { newContactSchema } from '../../src/schemas/sale.js';
import { fill, mount, root } from './helpers.js';

const person = (i: number) => ({ firstName: `First${i}`, lastName: `Last${i}`, email: `p${i}@example.com`, phone: '' });

describe('<sale-wizard> with many contacts and users', () => {
  it('a keystroke validates each contact once, not once per field on the step', async () => {
    const { el } = await mount<SaleWizard>(html`<sale-wizard></sale-wizard>`, 'sale-wizard');
    await waitUntil(() => root(el).querySelector('ck-steps'), 'wizard', { timeout: 4000 });
    const contacts = Array.from({ length: 40 }, (_, i) => person(i));
    el.draft = { ...el.draft, contacts, users: contacts.map(({ firstName, lastName, email }) => ({ firstName, lastName, email })) };
    await el.updateComplete;
    const safeParse = newContactSchema.safeParse;
    let validations = 0;
    newContactSchema.safeParse = ((...args: Parameters<typeof safeParse>) => {
      validations++;
      return safeParse(...args);
    }) as typeof safeParse;
    try {
      await fill(el, 'contacts.0.firstName', 'Ana');
    } finally {
      newContactSchema.safeParse = safeParse;
    }
    // One pass over the 40 contacts per new draft; before, every one of the ~330 fields re-ran it.
    expect(validations).to.be.greaterThan(0).and.at.most(2 * contacts.length);
  });
});
