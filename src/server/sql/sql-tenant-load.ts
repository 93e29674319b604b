/** Loads a seller's seed or fixture data into the SQL tables. */
import type { TenantData } from '../repository.js';
import type { SqlQueryable } from './database.js';
import { writes } from './sql-writes.js';

/** Inserts seed or fixture data. */
export async function loadTenant(q: SqlQueryable, d: TenantData): Promise<void> {
  const id = d.sellerId;
  const w = writes(q);
  if (d.seller) {
    await q.query('INSERT INTO sellers (seller_org_id, has_lti_service, order_currencies, price_tier) VALUES ($1, $2, $3::text[], $4)', [id, d.seller.hasLtiService, d.seller.orderCurrencies, d.seller.priceTier ?? null]);
    for (const b of d.seller.billingMethods) await q.query('INSERT INTO billing_methods (seller_org_id, id, name) VALUES ($1, $2, $3)', [id, b.id, b.name]);
  }
  for (const o of d.organizations ?? []) await w.insertOrganization(id, o);
  for (const x of d.distributions ?? []) {
    await q.query(
      `INSERT INTO distributions (seller_org_id, id, name, valid_for_subscription_plan, currency, unit_price, has_tiers, min_users, max_users, key_length_days, unit_cost, service_plan_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [id, x.id, x.name, x.validForSubscriptionPlan, x.currency, x.unitPrice, x.tiers !== undefined, x.minUsers ?? null, x.maxUsers ?? null, x.keyLengthDays, x.cost?.unitPrice ?? null, x.servicePlanId ?? null],
    );
    for (const [i, t] of (x.tiers ?? []).entries()) {
      await q.query('INSERT INTO distribution_tiers (seller_org_id, distribution_id, position, up_to, unit_price) VALUES ($1, $2, $3, $4, $5)', [id, x.id, i, t.upTo, t.unitPrice]);
    }
  }
  for (const c of d.contracts ?? []) {
    await q.query(
      `INSERT INTO contracts (seller_org_id, id, name, status, can_create_licenses, conditions, currency, term_months, start_date, end_date,
         min_quantity, max_quantity, product_ids, account_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::text[], $14)`,
      [id, c.id, c.name, c.status, c.canCreateLicenses, c.conditions, c.currency, c.termMonths, c.startDate, c.endDate, c.minQuantity ?? null, c.maxQuantity ?? null, c.productIds, c.accountId],
    );
  }
  for (const a of d.accounts ?? []) await q.query('INSERT INTO accounts (seller_org_id, id, name) VALUES ($1, $2, $3)', [id, a.id, a.name]);
  for (const p of d.contractProducts ?? []) {
    await q.query('INSERT INTO contract_products (seller_org_id, contract_id, id, name, sku, description, unit_price, unit_cost) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
      id,
      p.contractId,
      p.id,
      p.name,
      p.sku,
      p.description,
      p.unitPrice,
      p.cost?.unitPrice ?? null,
    ]);
  }
  for (const s of d.stock ?? []) await q.query('INSERT INTO stock (seller_org_id, contract_id, product_id, available) VALUES ($1, $2, $3, $4)', [id, s.contractId, s.productId, s.available]);
  for (const l of d.licenses ?? []) {
    await q.query(
      `INSERT INTO licenses (seller_org_id, id, purchase_id, product_id, account_id, contract_id, start_date, end_date, status, from_stock)
       VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, $8, $9)`,
      [id, l.id, l.productId, l.accountId, l.contractId, l.startDate, l.endDate, l.status, l.fromStock],
    );
  }
  for (const dc of d.dataCenters ?? []) await q.query('INSERT INTO data_centers (seller_org_id, id, name, location) VALUES ($1, $2, $3, $4)', [id, dc.id, dc.name, dc.location]);
  for (const p of d.packages ?? []) {
    await q.query('INSERT INTO packages (seller_org_id, id, kind, name, description, max_users, prepaid_months, service_plan_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [id, p.id, p.kind, p.name, p.description, p.maxUsers, p.prepaidMonths, p.servicePlanId ?? null]);
    for (const currency of new Set([...Object.keys(p.monthlyPrice), ...Object.keys(p.perUserPrice)])) {
      await q.query('INSERT INTO package_prices (seller_org_id, package_id, currency, monthly_price, per_user_price, monthly_cost, per_user_cost) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        id,
        p.id,
        currency,
        p.monthlyPrice[currency] ?? null,
        p.perUserPrice[currency] ?? null,
        p.cost?.monthlyPrice[currency] ?? null,
        p.cost?.perUserPrice[currency] ?? null,
      ]);
    }
  }
  for (const ascii of d.takenDomains ?? []) await w.claimDomain(id, ascii);
  for (const c of d.planCatalogs ?? []) {
    await q.query('INSERT INTO plan_catalogs (seller_org_id, product_id, product_name, resources, currencies, languages) VALUES ($1, $2, $3, $4::json, $5::text[], $6::text[])', [
      id,
      c.product.id,
      c.product.name,
      JSON.stringify(c.resources),
      c.currencies,
      c.languages,
    ]);
  }
  for (const p of d.plans ?? []) await w.savePlan([id], id, p);
  for (const s of d.sales ?? []) await w.insertSale(id, s);
  for (const o of d.orders ?? []) await w.insertOrder(id, o);
  await w.addSubscriptionPlans(id, d.subscriptionPlans ?? []);
  for (const s of d.subscriptions ?? []) await w.saveSubscription([id], id, s, null);
  for (const v of d.priceLists ?? []) {
    await q.query('INSERT INTO price_list_versions (seller_org_id, tier, effective_from, prices) VALUES ($1, $2, $3, $4::json)', [id, v.tier, v.effectiveFrom, JSON.stringify(v.prices)]);
  }
}
