import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/license-purchase/define.js';
import '../../components/order-form/define.js';
import '../../components/sale-wizard/define.js';
import '../../components/service-plan-editor/define.js';
import '../../components/subscription-change/define.js';
import type { LicensePurchase } from '../../components/license-purchase/license-purchase.js';
import type { OrderForm } from '../../components/order-form/order-form.js';
import type { SaleWizard } from '../../components/sale-wizard/sale-wizard.js';
import type { ServicePlanEditor } from '../../components/service-plan-editor/service-plan-editor.js';
import type { SubscriptionChange } from '../../components/subscription-change/subscription-change.js';
import { RestListAdapter } from '../../src/adapter/lists.js';
import type { DemoStore, Fault, RouteName } from '../../src/adapter/demo/store.js';
import { fillBasic, fillCloud, next, toQuantity, toReview } from './flows.js';
import { fill, mount, root, shownError, text } from './helpers.js';

type El = HTMLElement & { updateComplete: Promise<unknown> };

interface WidgetCase {
  name: string;
  template: TemplateResult;
  tag: string;
  route: RouteName;
  /** Walks to the point of submitting. */
  prepare(el: El): Promise<void>;
  /** Submits (or resubmits after a failure). */
  submit(el: El): Promise<void>;
  /** A server field error: its backend path, and the draft path of the field that shows it. */
  serverField: string;
  fieldPath: string;
  /** A value the user entered, that must still be there after any failure. */
  kept(el: El): unknown;
  keptValue: unknown;
  records(store: DemoStore): { id?: string | null }[];
}

const submitButton = (el: El) => root(el).querySelector<HTMLButtonElement>('[part=submit-button]');

const CASES: WidgetCase[] = [
  {
    name: 'order-form',
    template: html`<order-form kind="cloud"></order-form>`,
    tag: 'order-form',
    route: 'create-order',
    prepare: async (el) => {
      await waitUntil(() => root(el).querySelector('form'), 'form', { timeout: 4000 });
      await fillCloud(el as OrderForm);
    },
    submit: async (el) => submitButton(el)!.click(),
    serverField: 'customer.email',
    fieldPath: 'customer.email',
    kept: (el) => (el as OrderForm).draft.customer.companyName,
    keptValue: 'Acme Widgets',
    records: (s) => s.records.orders,
  },
  {
    name: 'license-purchase',
    template: html`<license-purchase open></license-purchase>`,
    tag: 'license-purchase',
    route: 'purchase',
    prepare: async (el) => {
      await waitUntil(() => root(el).querySelector('[data-path=contractId]'), 'contracts', { timeout: 4000 });
      await toQuantity(el as LicensePurchase, 'ctr-device-2025', 'acc-contoso-hq', 'prd-phone');
      (el as LicensePurchase).draft = { ...(el as LicensePurchase).draft, quantity: '4', note: 'Dock 4' };
      await next(el);
    },
    submit: async (el) => {
      const lp = el as LicensePurchase;
      const step = (): string => lp.stepId;
      for (let i = 0; i < 4 && step() !== 'preview'; i++) await next(el);
      submitButton(el)!.click();
    },
    serverField: 'quantity',
    fieldPath: 'quantity',
    kept: (el) => (el as LicensePurchase).draft.note,
    keptValue: 'Dock 4',
    records: (s) => s.records.purchases,
  },
  {
    name: 'sale-wizard',
    template: html`<sale-wizard></sale-wizard>`,
    tag: 'sale-wizard',
    route: 'create-sale',
    prepare: async (el) => {
      await waitUntil(() => root(el).querySelector('ck-combobox'), 'wizard', { timeout: 4000 });
      await toReview(el as SaleWizard);
    },
    submit: async (el) => {
      const w = el as SaleWizard;
      if (w.step !== 'review') w.goTo('review');
      await w.updateComplete;
      submitButton(el)!.click();
    },
    serverField: 'name',
    fieldPath: 'name',
    kept: (el) => (el as SaleWizard).draft.name,
    keptValue: 'Contoso spring cohort',
    records: (s) => s.records.sales,
  },
  {
    name: 'service-plan-editor',
    template: html`<service-plan-editor product-id="prod-backup"></service-plan-editor>`,
    tag: 'service-plan-editor',
    route: 'save-plan',
    prepare: async (el) => {
      await waitUntil(() => submitButton(el), 'editor', { timeout: 4000 });
      await fillBasic(el as ServicePlanEditor);
    },
    submit: async (el) => submitButton(el)!.click(),
    serverField: 'sku',
    fieldPath: 'sku',
    kept: (el) => (el as ServicePlanEditor).draft.resources[0]?.fees.recurring?.EUR,
    keptValue: '27.50',
    records: (s) => s.records.plans,
  },
  {
    name: 'subscription-change',
    // Its own adapter: the subscription methods are on RestListAdapter.
    template: html`<subscription-change subscription-id="sub-seed-001" .adapter=${new RestListAdapter({ timeoutMs: 3000 })}></subscription-change>`,
    tag: 'subscription-change',
    route: 'change-subscription',
    prepare: async (el) => {
      await waitUntil(() => root(el).querySelector('[data-path=quantity]'), 'subscription', { timeout: 4000 });
      await fill(el, 'quantity', '31');
    },
    submit: async (el) => submitButton(el)!.click(),
    serverField: 'quantity',
    fieldPath: 'quantity',
    kept: (el) => (el as SubscriptionChange).form.draft.quantity,
    keptValue: '31',
    records: (s) => s.records.subscriptionChanges,
  },
];

interface FaultCase {
  name: string;
  fault: Fault;
  /** What the user reads while or after it happens. */
  expect: (el: El, c: WidgetCase) => Promise<void>;
}

const alertText = (el: El) => text(root(el).querySelector('#failure') ?? document.createElement('div'));
const waitAlert = (el: El, words: string) => waitUntil(() => alertText(el).includes(words), `expected “${words}”`, { timeout: 6000 });

const FAULTS: FaultCase[] = [
  {
    name: '3 s latency',
    fault: { kind: 'latency', ms: 3000 },
    expect: async (el) => {
      await aTimeout(300);
      expect(submitButton(el)?.getAttribute('aria-disabled')).to.equal('true');
    },
  },
  { name: '500', fault: { kind: 'server' }, expect: (el) => waitAlert(el, 'The server had a problem.') },
  {
    name: '422 with field errors',
    fault: { kind: 'validation', fields: {} },
    expect: async (el, c) => {
      // The widget goes to the step that holds the field, then shows the message next to it.
      await waitUntil(async () => !!root(el).querySelector(`[data-path="${c.fieldPath}"]`) && (await shownError(el, c.fieldPath)) === 'The server refused this value.', `${c.fieldPath} error`, {
        timeout: 6000,
      });
    },
  },
  { name: '403', fault: { kind: 'forbidden', message: 'You may not do this for this customer.' }, expect: (el) => waitAlert(el, 'You may not do this for this customer.') },
  { name: 'network failure', fault: { kind: 'network' }, expect: (el) => waitAlert(el, 'The server could not be reached.') },
  { name: 'malformed JSON', fault: { kind: 'malformed' }, expect: (el) => waitAlert(el, 'could not be read') },
  { name: 'timeout', fault: { kind: 'timeout' }, expect: (el) => waitAlert(el, 'took too long') },
];

describe('fault matrix: every widget under every fault', function () {
  this.timeout(30000);
  for (const c of CASES) {
    for (const f of FAULTS) {
      it(`${c.name}: ${f.name} — a specific message, nothing lost, one record after a retry`, async () => {
        const { el, store } = await mount<El>(c.template, c.tag);
        await c.prepare(el);
        const fault: Fault = { ...f.fault, times: 1 };
        if (fault.kind === 'validation') fault.fields = { [c.serverField]: 'The server refused this value.' };
        store.setFault(c.route, fault);
        await c.submit(el);
        await f.expect(el, c);
        expect(c.kept(el)).to.equal(c.keptValue);
        if (f.fault.kind !== 'latency') {
          expect(c.records(store)).to.have.length(0);
          await c.submit(el);
        }
        await waitUntil(() => c.records(store).length === 1 && !submitButton(el)?.getAttribute('aria-disabled')?.includes('true'), 'saved once', { timeout: 8000 });
        await aTimeout(50);
        const records = c.records(store);
        expect(records).to.have.length(1);
        const keys = [...store.idempotency.entries()].filter(([, r]) => (r.body as { id?: string }).id === records[0]!.id);
        expect(keys, 'one idempotency key holds the record').to.have.length(1);
      });
    }
  }
});

describe('double submits: 20 rapid clicks and repeated Enter', function () {
  this.timeout(30000);
  for (const c of CASES) {
    it(`${c.name} creates exactly one record`, async () => {
      const { el, store } = await mount<El>(c.template, c.tag);
      await c.prepare(el);
      store.setFault(c.route, { kind: 'latency', ms: 400, times: 1 });
      await c.submit(el);
      const b = submitButton(el)!;
      for (let i = 0; i < 19; i++) b.click();
      b.focus();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Enter' });
      await waitUntil(() => c.records(store).length >= 1, 'saved', { timeout: 6000 });
      await aTimeout(600);
      expect(c.records(store)).to.have.length(1);
    });
  }
});

describe('Enter in a single-line field does the primary action, once', function () {
  this.timeout(60000);
  /** Presses Enter `times` times in the input of the field at `path`. */
  async function enterIn(el: El, path: string, times: number): Promise<void> {
    root(el).querySelector(`[data-path="${path}"]`)!.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
    for (let i = 0; i < times; i++) await sendKeys({ press: 'Enter' });
  }

  it('order-form: 50 Enter presses in Company name place one order', async () => {
    const c = CASES.find((x) => x.name === 'order-form')!;
    const { el, store } = await mount<El>(c.template, c.tag);
    await c.prepare(el);
    store.setFault(c.route, { kind: 'latency', ms: 300, times: 1 });
    await enterIn(el, 'customer.companyName', 50);
    await waitUntil(() => store.records.orders.length >= 1, 'ordered', { timeout: 6000 });
    await aTimeout(400);
    expect(store.records.orders).to.have.length(1);
  });

  it('service-plan-editor: 50 Enter presses in the plan name save one plan', async () => {
    const c = CASES.find((x) => x.name === 'service-plan-editor')!;
    const { el, store } = await mount<El>(c.template, c.tag);
    await c.prepare(el);
    await enterIn(el, 'name', 50);
    await waitUntil(() => store.records.plans.length >= 1, 'saved', { timeout: 6000 });
    await aTimeout(400);
    expect(store.records.plans).to.have.length(1);
  });

  it('sale-wizard: Enter in a field of the setup step moves on to the review, which creates nothing by itself', async () => {
    const { el, store } = await mount<SaleWizard>(html`<sale-wizard></sale-wizard>`, 'sale-wizard');
    await waitUntil(() => root(el).querySelector('ck-combobox'), 'wizard', { timeout: 4000 });
    await toReview(el);
    el.goTo('setup');
    await el.updateComplete;
    await enterIn(el as El, 'name', 1);
    await waitUntil(() => el.step === 'review', 'review', { timeout: 3000 });
    await aTimeout(300);
    expect(store.records.sales).to.have.length(0);
  });

  it('license-purchase: Enter in Quantity moves on to the next step', async () => {
    const { el } = await mount<LicensePurchase>(html`<license-purchase open></license-purchase>`, 'license-purchase');
    await waitUntil(() => root(el).querySelector('[data-path=contractId]'), 'contracts', { timeout: 4000 });
    await toQuantity(el, 'ctr-device-2025', 'acc-contoso-hq', 'prd-phone');
    await enterIn(el as El, 'quantity', 1);
    await waitUntil(() => el.stepId === 'preview', 'preview', { timeout: 3000 });
  });

  it('Enter in the copy dialog’s name confirms the copy, not a save of the plan', async () => {
    const { el, store } = await mount<ServicePlanEditor>(html`<service-plan-editor product-id="prod-backup" plan-id="plan-backup-monthly"></service-plan-editor>`, 'service-plan-editor');
    await waitUntil(() => root(el).querySelector('[part=copy-button]'), 'editor', { timeout: 4000 });
    root(el).querySelector<HTMLButtonElement>('[part=copy-button]')!.click();
    await waitUntil(() => (root(el).querySelector('#copy-dialog') as HTMLElement & { open: boolean }).open, 'dialog', { timeout: 3000 });
    root(el).querySelector('#copy-dialog ck-text-field')!.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => store.records.plans.some((p) => p.name.startsWith('Copy of')), 'copied', { timeout: 4000 });
    expect(store.records.plans).to.have.length(1);
  });
});
