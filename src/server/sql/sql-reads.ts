/** The reads of the SQL repository: every statement filters by the scope's seller_org_id. */
import type { Account } from '../../schemas/license.js';
import type { DataCenter, PlanPackage } from '../../schemas/order.js';
import type { ServicePlan } from '../../schemas/plan.js';
import type { Distribution } from '../../schemas/sale.js';
import type { RepositoryReads } from '../repository.js';
import type { SqlQueryable } from './database.js';
import { saleReads } from './sql-sales.js';
import { subscriptionReads } from './sql-subscriptions.js';
import { contract, license, num, optional, organization, str } from './sql-rows.js';
import { servicePlanOf } from './sql-plan-versions.js';

/** The repository's reads over a connection or a transaction. */
export function reads(q: SqlQueryable): RepositoryReads {
  const scoped = (table: string, where = '', order = 'seq') => `SELECT * FROM ${table} WHERE seller_org_id = ANY($1::text[])${where ? ` AND ${where}` : ''} ORDER BY ${order}`;
  return {
    async seller(organizationId) {
      const [s] = await q.query('SELECT * FROM sellers WHERE seller_org_id = $1', [organizationId]);
      const [o] = await q.query('SELECT * FROM organizations WHERE seller_org_id = $1 AND id = $1', [organizationId]);
      if (!s || !o) return null;
      const methods = await q.query('SELECT id, name FROM billing_methods WHERE seller_org_id = $1 ORDER BY seq', [organizationId]);
      return {
        organization: organization(o),
        hasLtiService: s.has_lti_service as boolean,
        billingMethods: methods.map((m) => ({ id: str(m.id), name: str(m.name) })),
        orderCurrencies: s.order_currencies as string[],
        priceTier: (s.price_tier as string | null) ?? null,
      };
    },
    async organizations(scope) {
      return (await q.query(scoped('organizations'), [scope])).map(organization);
    },
    async distributions(scope) {
      const rows = await q.query(scoped('distributions'), [scope]);
      const tiers = await q.query(scoped('distribution_tiers', '', 'distribution_id, position'), [scope]);
      return rows.map((r) => {
        const d: Distribution = {
          id: str(r.id),
          name: str(r.name),
          validForSubscriptionPlan: r.valid_for_subscription_plan as boolean,
          currency: str(r.currency),
          unitPrice: num(r.unit_price),
          keyLengthDays: num(r.key_length_days),
          ...servicePlanOf(r),
        };
        if (r.has_tiers) {
          d.tiers = tiers.filter((t) => t.seller_org_id === r.seller_org_id && t.distribution_id === r.id).map((t) => ({ upTo: (t.up_to as number | null) ?? null, unitPrice: num(t.unit_price) }));
        }
        optional(d, 'minUsers', r.min_users as number | null);
        optional(d, 'maxUsers', r.max_users as number | null);
        if (r.unit_cost !== null) d.cost = { unitPrice: num(r.unit_cost) };
        return d;
      });
    },
    async contracts(scope) {
      return (await q.query(scoped('contracts'), [scope])).map(contract);
    },
    async accounts(scope) {
      return (await q.query(scoped('accounts'), [scope])).map((r): Account => ({ id: str(r.id), name: str(r.name) }));
    },
    async contractProducts(scope, contractId) {
      const rows = await q.query(scoped('contract_products', 'contract_id = $2'), [scope, contractId]);
      return rows.map((r) => ({ id: str(r.id), name: str(r.name), sku: str(r.sku), description: str(r.description), unitPrice: num(r.unit_price), ...(r.unit_cost !== null ? { cost: { unitPrice: num(r.unit_cost) } } : {}) }));
    },
    async stock(scope, contractId, productId) {
      const [r] = await q.query(scoped('stock', 'contract_id = $2 AND product_id = $3', 'contract_id'), [scope, contractId, productId]);
      return r ? num(r.available) : 0;
    },
    async licenses(scope, accountId, productId) {
      return (await q.query(scoped('licenses', 'account_id = $2 AND product_id = $3'), [scope, accountId, productId])).map(license);
    },
    async dataCenters(scope) {
      return (await q.query(scoped('data_centers'), [scope])).map((r): DataCenter => ({ id: str(r.id), name: str(r.name), location: str(r.location) }));
    },
    async packages(scope) {
      const rows = await q.query(scoped('packages'), [scope]);
      const prices = await q.query(scoped('package_prices'), [scope]);
      return rows.map((r): PlanPackage => {
        const mine = prices.filter((p) => p.seller_org_id === r.seller_org_id && p.package_id === r.id);
        const map = (column: string) => Object.fromEntries(mine.filter((p) => p[column] !== null).map((p) => [str(p.currency), num(p[column])]));
        const withCost = mine.some((p) => p.monthly_cost !== null || p.per_user_cost !== null);
        return {
          id: str(r.id),
          kind: r.kind as PlanPackage['kind'],
          name: str(r.name),
          description: str(r.description),
          maxUsers: (r.max_users as number | null) ?? null,
          monthlyPrice: map('monthly_price'),
          perUserPrice: map('per_user_price'),
          prepaidMonths: num(r.prepaid_months),
          ...servicePlanOf(r),
          ...(withCost ? { cost: { monthlyPrice: map('monthly_cost'), perUserPrice: map('per_user_cost') } } : {}),
        };
      });
    },
    async planCatalog(scope, productId) {
      const [r] = await q.query(scoped('plan_catalogs', 'product_id = $2'), [scope, productId]);
      if (!r) return null;
      return {
        product: { id: str(r.product_id), name: str(r.product_name) },
        resources: r.resources as { id: string; name: string; unit: string }[],
        currencies: r.currencies as string[],
        languages: r.languages as string[],
      };
    },
    async plans(scope, productId) {
      return (await q.query(scoped('plans', 'product_id = $2'), [scope, productId])).map((r) => r.document as ServicePlan);
    },
    async plan(scope, planId) {
      const [r] = await q.query(scoped('plans', 'id = $2'), [scope, planId]);
      return r ? (r.document as ServicePlan) : null;
    },
    async allPlans(scope) {
      return (await q.query(scoped('plans'), [scope])).map((r) => r.document as ServicePlan);
    },
    async licenseBatches(scope, accountId) {
      const rows = await q.query(
        `SELECT l.product_id, COALESCE(p.name, l.product_id) AS product_name, l.contract_id, l.start_date, l.end_date, l.status, count(*) AS quantity
         FROM licenses l LEFT JOIN contract_products p ON p.seller_org_id = l.seller_org_id AND p.contract_id = l.contract_id AND p.id = l.product_id
         WHERE l.seller_org_id = ANY($1::text[]) AND l.account_id = $2
         GROUP BY l.product_id, p.name, l.contract_id, l.start_date, l.end_date, l.status ORDER BY min(l.seq)`,
        [scope, accountId],
      );
      return rows.map((r) => ({
        productId: str(r.product_id),
        productName: str(r.product_name),
        contractId: str(r.contract_id),
        startDate: str(r.start_date),
        endDate: str(r.end_date),
        status: r.status as 'active' | 'expired',
        quantity: num(r.quantity),
      }));
    },
    ...saleReads(q),
    ...subscriptionReads(q),
  };
}
