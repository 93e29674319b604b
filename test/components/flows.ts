/**
 * Walks each widget to the point of submitting, as a user would: shared by the widget tests and
 * the fault matrix.
 */
import { aTimeout, waitUntil } from '@open-wc/testing';
import type { LicensePurchase } from '../../components/license-purchase/license-purchase.js';
import type { OrderForm } from '../../components/order-form/order-form.js';
import type { SaleWizard } from '../../components/sale-wizard/sale-wizard.js';
import type { ServicePlanEditor } from '../../components/service-plan-editor/service-plan-editor.js';
import { TABLE_PAUSE_MS } from '../../components/service-plan-editor/schedule-preview.js';
import type { CkCombobox } from '../../src/ui/combobox.js';
import { field, fill, pick, radio, root } from './helpers.js';

const stepHeading = (el: Element) => root(el).querySelector('ck-steps')?.shadowRoot?.querySelector('h2')?.textContent ?? '';
const showsErrors = (el: Element) => [...root(el).querySelectorAll<HTMLElement & { submitted?: boolean }>('[invalid]')].some((f) => f.submitted);

/**
 * Clicks the widget's Next button and waits until it moved to another step or shows why not.
 * (Next may first wait for a load, e.g. the stock lookup, so a fixed delay is not enough.)
 */
export async function next(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  const before = stepHeading(el);
  root(el).querySelector<HTMLButtonElement>('[part=next-button]')!.click();
  await waitUntil(() => stepHeading(el) !== before || showsErrors(el), 'Next did nothing', { timeout: 5000 }).catch(() => undefined);
  await aTimeout(0);
  await el.updateComplete;
}

/** Clicks a button of the widget. */
export async function click(el: HTMLElement & { updateComplete: Promise<unknown> }, selector: string): Promise<void> {
  root(el).querySelector<HTMLButtonElement>(selector)!.click();
  await el.updateComplete;
}

// <order-form>
export async function fillCloud(el: OrderForm, domain = 'acme-widgets.com') {
  await radio(el, 'paymentMethod', 'pre-paid');
  await pick(el, 'dataCenterId', 'dc-fra');
  await pick(el, 'packageId', 'pkg-cloud-starter');
  await fill(el, 'customer.companyName', 'Acme Widgets');
  await fill(el, 'customer.contactName', 'Ana Ruiz');
  await fill(el, 'customer.email', 'ana@acme-widgets.com');
  await pick(el, 'customer.country', 'ES');
  await fill(el, 'domain', domain);
}

// <license-purchase>
/** Walks to the quantity step with the given choices. */
export async function toQuantity(el: LicensePurchase, contract = 'ctr-device-2025', account = 'acc-contoso-hq', product = 'prd-laptop') {
  await radio(el, 'contractId', contract);
  await next(el);
  await pick(el, 'accountId', account);
  root(el).querySelector<HTMLButtonElement>('[part=save-account-button]')!.click();
  // The success alert, not its words: walks run in other languages too (pseudo-locale.test.ts).
  await waitUntil(() => root(el).querySelector('ck-alert[variant=success]'), 'saved', { timeout: 3000 });
  await next(el);
  await waitUntil(() => root(el).querySelector('[data-path=productId]'), 'products', { timeout: 3000 });
  await radio(el, 'productId', product);
  await next(el);
}

// <sale-wizard>
/** Chooses an organization through the combobox as a user would (type, wait, pick). */
export async function chooseOrg(el: SaleWizard, query: string, label: string) {
  const combo = field<CkCombobox>(el, 'organizationId');
  const input = combo.shadowRoot!.querySelector('input')!;
  input.focus();
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await waitUntil(() => [...combo.shadowRoot!.querySelectorAll('[role=option]')].some((o) => o.textContent!.includes(label)), `option ${label}`, { timeout: 3000 });
  [...combo.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')].find((o) => o.textContent!.includes(label))!.click();
  await el.updateComplete;
}

export async function addLine(el: SaleWizard, distributionId: string, users: string) {
  await pick(el, 'pending.distributionId', distributionId);
  await fill(el, 'pending.users', users);
  await click(el, '[data-action=add-distribution]');
}

/** A complete valid sale up to the review step. */
export async function toReview(el: SaleWizard) {
  await chooseOrg(el, 'contoso', 'Contoso Training Partners');
  await next(el);
  await addLine(el, 'dist-itpro-usd', '12');
  await next(el);
  await pick(el, 'billingMethodId', 'bm-invoice-30');
  await fill(el, 'name', 'Contoso spring cohort');
  await next(el);
}

// <service-plan-editor>
export async function addResource(el: ServicePlanEditor, id: string) {
  await pick(el, 'resourceToAdd', id);
  await click(el, '[data-action=add-resource]');
}
/** A valid plan: $30.00 a month per device, Monthly Commitment, one year. */
/**
 * The plan editor's table of charges once the edits pause: it is drawn TABLE_PAUSE_MS after the
 * last one (its timer was set first and is shorter, so it has run when this one ends).
 */
export async function tableDrawn(el: ServicePlanEditor): Promise<void> {
  await aTimeout(TABLE_PAUSE_MS + 20);
  await el.updateComplete;
}

export async function fillBasic(el: ServicePlanEditor) {
  await fill(el, 'name', 'Backup Pro');
  await fill(el, 'sku', 'BKP-PRO');
  await pick(el, 'billingType', 'monthly-commitment');
  await fill(el, 'description.en', 'Cloud backup for growing teams.');
  await pick(el, 'periods.0.duration.unit', 'year');
  await addResource(el, 'res-devices');
  await fill(el, 'resources.0.minimum', '1');
  await fill(el, 'resources.0.limit', '100');
  await fill(el, 'resources.0.fees.recurring.USD', '30.00');
  await fill(el, 'resources.0.fees.recurring.EUR', '27.50');
  await fill(el, 'resources.0.fees.recurring.JPY', '4500');
}
