/**
 * axe in every language (#14, Done when): each widget's main states (the walks the layout and
 * pseudo-locale tests take) and the lists, in Spanish, German, French and Portuguese (Brazil), have
 * no axe violations, and so do they in the dark theme in each of these and English. A translation changes accessible names, labels and lang-dependent text: a
 * name left empty, a label that no longer matches, a duplicate id from a message would show here.
 */
import { expect } from '@open-wc/testing';
import { loadLanguage } from '../../src/i18n/index.js';
import { walkLists, walkSubscriptions } from './layout-fit.js';
import { type Check, walkLicensePurchase, walkOrderForm, walkPlanEditor, walkSaleWizard } from './layout-walks.js';
import { walkPlanVersions } from './plan-versions-walk.js';

/** axe on the widget as it is now; the state names the failure. */
const axe: Check = async (state, el) => {
  try {
    await expect(el).to.be.accessible();
  } catch (e) {
    throw new Error(`${state}: ${(e as Error).message}`);
  }
};

/** axe over every widget's walked states and the lists, in `locale`. */
function axeWalks(locale = 'en') {
  it('<sale-wizard>: every step, errors shown, the success card', () => walkSaleWizard(axe, locale));
  it('<order-form>: the chooser, empty, errors shown, priced', async () => void (await walkOrderForm(axe, locale)));
  it('<license-purchase>: the contract and quantity steps', () => walkLicensePurchase(axe, locale));
  it('<service-plan-editor>: empty, errors shown, filled', () => walkPlanEditor(axe, locale));
  it('<service-plan-editor>: its versions, a move reviewed and refused', async () => void (await walkPlanVersions(axe, locale)));
  it('the lists: loading and a page of rows', () => walkLists(axe, locale));
  it('<subscription-list> and <subscription-change>', () => walkSubscriptions(axe, locale));
}

for (const locale of ['es', 'de', 'fr', 'pt-BR']) {
  describe(`axe in ${locale} (#14)`, () => {
    // Loaded first, so the widgets draw in the language from their first render.
    before(() => loadLanguage(locale));
    axeWalks(locale);
  });
}

// Dark: the kit's dark defaults (light-dark() on the inherited color-scheme), in every language.
for (const locale of ['en', 'es', 'de', 'fr', 'pt-BR']) {
  describe(`axe in the dark theme, ${locale} (#14)`, () => {
    before(async () => {
      document.documentElement.style.colorScheme = 'dark';
      await loadLanguage(locale);
    });
    after(() => void (document.documentElement.style.colorScheme = ''));
    axeWalks(locale);
  });
}
