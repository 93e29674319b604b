import { expect, fixture, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../components/license-list/define.js';
import '../../components/license-purchase/define.js';
import '../../components/order-form/define.js';
import '../../components/sale-wizard/define.js';
import '../../components/sales-list/define.js';
import '../../components/service-plan-editor/define.js';
import '../../components/service-plan-list/define.js';
import '../../components/subscription-change/define.js';
import '../../components/subscription-list/define.js';
import '../../src/context/define-provider.js';
import type { ChannelkitProvider } from '../../src/context/index.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { testClock } from '../support/clock.js';
import { root, text } from './helpers.js';

/** An adapter with exactly `methods`, each a request that never answers (the widget must not need an answer to say what is missing). */
const adapterWith = (methods: readonly string[]) => Object.fromEntries(methods.map((m) => [m, () => new Promise(() => undefined)]));

/** Each widget, with the methods it needs and attributes that let it start. */
const WIDGETS: { tag: string; attrs?: string; needs: string[] }[] = [
  { tag: 'order-form', needs: ['getOrderOptions', 'createOrder'] },
  { tag: 'license-purchase', attrs: 'open', needs: ['listContracts', 'listAccounts', 'saveContractAccount', 'listContractProducts', 'getStock', 'getActiveLicenses', 'purchaseLicenses'] },
  { tag: 'sale-wizard', needs: ['getSellerContext', 'searchOrganizations', 'listDistributions', 'createSale'] },
  { tag: 'service-plan-editor', attrs: 'product-id="prod-backup"', needs: ['getPlanContext', 'getPlan', 'savePlan', 'copyPlan'] },
  { tag: 'subscription-change', attrs: 'subscription-id="SUB-SEATS"', needs: ['getSubscription', 'changeSubscription', 'cancelPendingChange'] },
  { tag: 'sales-list', needs: ['listSales'] },
  { tag: 'license-list', attrs: 'account-id="acc-1"', needs: ['listLicenses'] },
  { tag: 'service-plan-list', needs: ['listPlans'] },
  { tag: 'subscription-list', needs: ['listSubscriptions'] },
];

/** Runs `fn`, collecting what it logs with console.error. */
async function loggedErrors<T>(fn: () => Promise<T>): Promise<[T, string[]]> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  try {
    return [await fn(), errors];
  } finally {
    console.error = original;
  }
}

/** Mounts `tag` in a provider with `adapter`, counting console errors while it renders (and renders again). */
async function mountWith(tag: string, attrs: string, adapter: object, locale = 'en') {
  const [el, errors] = await loggedErrors(async () => {
    const provider = await fixture<ChannelkitProvider>(
      staticHtml`<channelkit-provider .adapter=${adapter} .clock=${testClock} locale=${locale}><${unsafeStatic(tag)} ${unsafeStatic(attrs)}></${unsafeStatic(tag)}></channelkit-provider>`,
    );
    const widget = provider.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };
    await widget.updateComplete;
    // Renders again (as a locale or property change makes) do not log again.
    for (let i = 0; i < 2; i++) {
      widget.requestUpdate();
      await widget.updateComplete;
    }
    return widget;
  });
  return { el, provider: el.parentElement as ChannelkitProvider, errors, alert: root(el).querySelector('[part=no-method]') };
}

describe('a widget whose adapter lacks a method it needs', () => {
  for (const { tag, attrs = '', needs } of WIDGETS) {
    const missing = needs[needs.length - 1]!;
    it(`<${tag}> without ${missing}: an alert naming it and one console error`, async () => {
      const { el, errors, alert } = await mountWith(tag, attrs, adapterWith(needs.filter((m) => m !== missing)));
      expect(alert !== null, 'alert shown').to.equal(true);
      expect(text(alert!)).to.contain(missing);
      for (const other of needs.filter((m) => m !== missing)) expect(text(alert!)).not.to.contain(other);
      expect(errors.length, errors.join('\n')).to.equal(1);
      expect(errors[0]).to.contain(`<${tag}>`).and.contain(missing);
      // Nothing of the widget's own view is drawn under it: no field, no table, no button.
      expect(root(el).querySelector('[data-path], table, button:not([part=retry])')).to.equal(null);
    });

    it(`<${tag}> with every method it needs: no such alert, nothing logged`, async () => {
      const { errors, alert } = await mountWith(tag, attrs, adapterWith(needs));
      expect(alert).to.equal(null);
      expect(errors.filter((e) => e.includes(`<${tag}>`))).to.deep.equal([]);
    });
  }

  it('names every missing method, once per adapter given, and again for a new adapter', async () => {
    const { el, provider, errors, alert } = await mountWith('order-form', '', {});
    expect(text(alert!)).to.contain('needs methods its adapter does not have: getOrderOptions and createOrder.');
    expect(errors.length).to.equal(1);
    const [, later] = await loggedErrors(async () => {
      provider.adapter = adapterWith(['getOrderOptions']) as ChannelkitProvider['adapter'];
      await waitUntil(() => !text(root(el).querySelector('[part=no-method]')!).includes('getOrderOptions'), 'updated');
    });
    expect(text(root(el).querySelector('[part=no-method]')!)).to.contain('a method its adapter does not have: createOrder.');
    expect(later.length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('says it in Spanish', async () => {
    await loadLanguage('es');
    const { alert } = await mountWith('sale-wizard', '', adapterWith(['getSellerContext', 'listDistributions', 'createSale']), 'es');
    expect(text(alert!)).to.contain('un método que su adaptador no tiene: searchOrganizations');
  });
});
