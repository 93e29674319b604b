/**
 * The main states of each form widget, walked in a locale, calling `check(state)` at each: the
 * 320 px layout test (layout.test.ts) and the pseudo-locale test (pseudo-locale.test.ts) share them.
 */
import { html, waitUntil } from '@open-wc/testing';
import '../../components/license-purchase/define.js';
import '../../components/order-form/define.js';
import '../../components/sale-wizard/define.js';
import '../../components/service-plan-editor/define.js';
import type { LicensePurchase } from '../../components/license-purchase/license-purchase.js';
import type { OrderForm } from '../../components/order-form/order-form.js';
import type { SaleWizard } from '../../components/sale-wizard/sale-wizard.js';
import type { ServicePlanEditor } from '../../components/service-plan-editor/service-plan-editor.js';
import { addLine, chooseOrg, fillBasic, fillCloud, next, toQuantity } from './flows.js';
import { fill, mount, pick, root } from './helpers.js';

export type Check = (state: string, el: Element) => Promise<void>;

const stepped = (el: Element) => waitUntil(() => root(el).querySelector('ck-steps'), 'loaded', { timeout: 4000 });

/** Every step, errors shown, and a 120-character unbroken sale name to the success card. */
export async function walkSaleWizard(check: Check, locale = 'en') {
  const { el } = await mount<SaleWizard>(html`<sale-wizard></sale-wizard>`, 'sale-wizard', locale);
  await stepped(el);
  await check('account', el);
  await next(el);
  await check('account with errors', el);
  await chooseOrg(el, 'contoso', 'Contoso Training Partners');
  await next(el);
  await check('distribution', el);
  await addLine(el, 'dist-itpro-usd', '12');
  await check('distribution with a line', el);
  await next(el);
  await next(el);
  await check('setup with errors', el);
  await pick(el, 'billingMethodId', 'bm-invoice-30');
  await fill(el, 'name', 'N'.repeat(120));
  await next(el);
  await check('review with a long name', el);
  root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
  await waitUntil(() => root(el).querySelector('[part=success]'), 'created', { timeout: 4000 });
  await check('success with a long name', el);
}

/** The chooser, then the Cloud form empty, with its errors and priced; returns the priced form. */
export async function walkOrderForm(check: Check, locale = 'en'): Promise<OrderForm> {
  const chooser = await mount<OrderForm>(html`<order-form></order-form>`, 'order-form', locale);
  await waitUntil(() => root(chooser.el).querySelector('[part=order-button]'), 'the kinds', { timeout: 4000 });
  await check('choosing Cloud or SaaS', chooser.el);
  const { el } = await mount<OrderForm>(html`<order-form kind="cloud"></order-form>`, 'order-form', locale);
  await waitUntil(() => root(el).querySelector('[part=submit-button]'), 'loaded', { timeout: 4000 });
  await check('empty', el);
  root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
  await waitUntil(() => root(el).querySelector('[part~=error-summary]:not([hidden])'), 'errors', { timeout: 3000 });
  await check('errors', el);
  await fillCloud(el, 'x'.repeat(60) + '.com');
  await check('priced', el);
  return el;
}

/** The contract step and the quantity step. */
export async function walkLicensePurchase(check: Check, locale = 'en') {
  const { el } = await mount<LicensePurchase>(html`<license-purchase open></license-purchase>`, 'license-purchase', locale);
  await stepped(el);
  await check('contract', el);
  await toQuantity(el);
  await check('quantity', el);
}

/** Empty, with its errors, and filled with its schedule. */
export async function walkPlanEditor(check: Check, locale = 'en') {
  const { el } = await mount<ServicePlanEditor>(html`<service-plan-editor product-id="prod-backup"></service-plan-editor>`, 'service-plan-editor', locale);
  await waitUntil(() => root(el).querySelector('[part=submit-button], [part=price-summary]'), 'loaded', { timeout: 4000 });
  await check('empty', el);
  root(el).querySelector<HTMLButtonElement>('[part=submit-button]')!.click();
  await waitUntil(() => root(el).querySelector('[part~=error-summary]:not([hidden])'), 'errors', { timeout: 3000 });
  await check('errors', el);
  await fillBasic(el);
  await check('filled', el);
  // Its recurring fee by graduated tiers, with the price curve (issue 22).
  await pick(el, 'resources.0.pricing.recurring.model', 'graduated');
  await waitUntil(() => root(el).querySelector('[data-path="resources.0.pricing.recurring.tiers.1.prices.USD"]'), 'tiers', { timeout: 4000 });
  await fill(el, 'resources.0.pricing.recurring.tiers.0.prices.USD', '30.00');
  await fill(el, 'resources.0.pricing.recurring.tiers.1.prices.USD', '25.00');
  await waitUntil(() => root(el).querySelector('[data-testid=price-curve]'), 'curve', { timeout: 3000 });
  await check('tiered', el);
}
