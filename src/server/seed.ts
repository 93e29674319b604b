/**
 * The demo seed (src/adapter/demo/seed.ts) as repository data: the data `npm run server` starts
 * with and the conformance suite expects (`channelkit-conformance --print-seed` prints it).
 * Each organization row belongs to its parent (a seller sees its child organizations and the
 * resellers under them); a sale belongs to the organization that registered it (the seller or
 * one of its child organizations); everything else belongs to the seller (the subscriptions and
 * the orders behind them: src/adapter/demo/seed-subscriptions.ts).
 */
import type { CalendarDate } from '../core/dates.js';
import { money } from '../core/money.js';
import { percentOf } from '../core/pricing.js';
import { checkDomain } from '../schemas/domain.js';
import { seedData } from '../adapter/demo/seed.js';
import { seedSales } from '../adapter/demo/seed-sales.js';
import { seedSubscriptions } from '../adapter/demo/seed-subscriptions.js';
import { seedPlanVersions } from '../adapter/demo/seed-plan-versions.js';
import { DEMO_PRICE_TIER, seedPriceLists } from '../adapter/demo/seed-price-lists.js';
import { PERMISSIONS, type Principal } from './principal.js';
import type { TenantData } from './repository.js';

/** The seller's cost of what the create flows sell: 70 % of the price (HALF_UP), the share the demo's subscription plans cost it too. */
const COST_BASIS_POINTS = 7000;
const costOf = (currency: string, minor: number) => percentOf(money(currency, minor), COST_BASIS_POINTS).minor;
const costs = (prices: Readonly<Record<string, number>>) => Object.fromEntries(Object.entries(prices).map(([c, m]) => [c, costOf(c, m)]));

export function demoTenants(today: CalendarDate): TenantData[] {
  const data = seedData(today);
  const seller = data.sellers.withLti;
  const owner = (o: { id: string; parentId: string | null }) => o.parentId ?? o.id;
  const byOwner = new Map<string, TenantData>();
  const tenant = (sellerId: string) => {
    let t = byOwner.get(sellerId);
    if (!t) byOwner.set(sellerId, (t = { sellerId, organizations: [] }));
    return t;
  };
  const main = tenant(seller.id);
  const subscriptions = seedSubscriptions(today, data);
  Object.assign(main, {
    seller: { organization: seller, hasLtiService: true, billingMethods: data.billingMethods, orderCurrencies: data.orderCurrencies, priceTier: DEMO_PRICE_TIER },
    distributions: data.distributions.map((d) => ({ ...d, cost: { unitPrice: costOf(d.currency, d.unitPrice) } })),
    contracts: data.contracts,
    accounts: data.accounts,
    contractProducts: Object.entries(data.contractProducts).flatMap(([contractId, products]) => {
      const currency = data.contracts.find((c) => c.id === contractId)!.currency;
      return products.map((p) => ({ ...p, contractId, cost: { unitPrice: costOf(currency, p.unitPrice) } }));
    }),
    stock: Object.entries(data.stock).map(([k, available]) => {
      const [contractId, productId] = k.split('|') as [string, string];
      return { contractId, productId, available };
    }),
    licenses: data.licenses,
    dataCenters: data.dataCenters,
    packages: data.packages.map((p) => ({ ...p, cost: { monthlyPrice: costs(p.monthlyPrice), perUserPrice: costs(p.perUserPrice) } })),
    takenDomains: data.takenDomains.map((d) => {
      const r = checkDomain(d);
      return r.ok ? r.ascii : d;
    }),
    planCatalogs: [data.planContext],
    ...subscriptions,
    ...seedPlanVersions(data.plans, subscriptions.subscriptions),
    priceLists: seedPriceLists(subscriptions.subscriptionPlans, today),
  } satisfies Partial<TenantData>);
  for (const o of data.organizations) tenant(owner(o)).organizations!.push(o);
  for (const { sellerId, sales } of seedSales(today, data)) tenant(sellerId).sales = sales;
  const without = data.sellers.withoutLti;
  const other: TenantData = {
    sellerId: without.id,
    seller: { organization: without, hasLtiService: false, billingMethods: data.billingMethods, orderCurrencies: data.orderCurrencies },
    organizations: [without],
  };
  return [...byOwner.values(), other];
}

/** Child organizations of a seller in the demo seed. */
function demoChildren(sellerId: string): string[] {
  return seedData('2000-01-01')
    .organizations.filter((o) => o.kind === 'child' && o.parentId === sellerId)
    .map((o) => o.id);
}

/** The demo seller (with the LTI service) holding every permission: the principal when no auth hook is set. */
export const DEMO_PRINCIPAL: Principal = { organizationId: 'org-northwind', childOrganizationIds: demoChildren('org-northwind'), permissions: PERMISSIONS };

/** The demo seller without the LTI service. */
export const DEMO_PRINCIPAL_WITHOUT_LTI: Principal = { organizationId: 'org-blueyonder', childOrganizationIds: [], permissions: PERMISSIONS };
