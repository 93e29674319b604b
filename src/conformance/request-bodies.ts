/** The bodies the checks send: valid sales, orders and plans that a check then bends one field at a time. */
import type { Fixtures } from './fixtures.js';
import { Skip } from './expect.js';

// A string that breaks naive HTML, SQL and JSON handling, in NFC and with no format characters,
// so every schema passes it through unchanged.
export const HOSTILE = `Robert'); DROP TABLE sales;-- <script>alert("x")</script> &amp; \\ "q" 𝔘𝔫𝔦 مرحبا 日本語 %s \${x}`;

/** A valid sale between the seller and another organization, with `extra` over it. */
export async function saleBody(fx: Fixtures, extra: Record<string, unknown> = {}) {
  const [seller, orgs, today] = await Promise.all([fx.seller(), fx.organizations(), fx.today()]);
  const d = await fx.validDistribution();
  const org = orgs.find((o) => o.id !== seller.organization.id) ?? orgs[0];
  if (!org || !seller.billingMethods[0]) throw new Skip('the data has no organization or billing method for a sale');
  return {
    organization: { kind: 'existing', id: org.id },
    contacts: [],
    users: [],
    lines: [{ distributionId: d.id, users: d.minUsers ?? 1 }],
    customerPo: '',
    activationDate: today,
    orderNumber: '',
    billingMethodId: seller.billingMethods[0].id,
    name: 'Conformance sale',
    comment: '',
    ...extra,
  };
}

/** A valid Cloud or SaaS order (a fresh domain each time), with `extra` over it. */
export async function orderBody(fx: Fixtures, kind: 'cloud' | 'saas', extra: Record<string, unknown> = {}) {
  const options = await fx.orderOptions();
  const pkg = options.packages.find((p) => p.kind === kind);
  const currency = pkg && Object.keys(pkg.monthlyPrice)[0];
  if (!pkg || !currency) throw new Skip(`the data has no ${kind} package`);
  const common = {
    kind,
    currency,
    paymentMethod: 'pre-paid',
    packageId: pkg.id,
    postponedBilling: false,
    customer: { companyName: 'Conformance Ltd', contactName: 'Ada Lovelace', email: 'ada@example.com', phone: '', country: 'GB', address: '', vatNumber: '' },
  };
  if (kind === 'saas') return { ...common, ...extra };
  const dc = options.dataCenters[0];
  if (!dc) throw new Skip('the data has no data center');
  return { ...common, dataCenterId: dc.id, domain: `ck-${crypto.randomUUID().slice(0, 12)}.example`, adminUsername: 'admin', sendCredentialsToAuthor: true, sendCredentialsToCustomer: true, ...extra };
}

/** A valid one-period plan with a fee in each currency, with `extra` over it. */
export function planBody(productId: string, currencies: readonly string[], extra: Record<string, unknown> = {}) {
  const fees = Object.fromEntries(currencies.map((c) => [c, 100]));
  return {
    id: null,
    productId,
    name: 'Conformance plan',
    active: true,
    description: { en: 'A plan made by the conformance suite.' },
    billingType: 'csp-monthly',
    sku: `CK-${crypto.randomUUID().slice(0, 8)}`,
    periods: [{ id: 'p1', duration: { quantity: 1, unit: 'month' }, endless: false, trial: false, fees }],
    resources: [],
    ...extra,
  };
}
