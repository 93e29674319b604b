/**
 * The repository over SQL (PostgreSQL or PGlite, through SqlDatabase). Parameterized statements
 * only; every statement names seller_org_id: reads filter by the scope, writes stamp the seller.
 * Rows come back as the schemas' objects, with the schemas' key order and optional fields left
 * out when empty, so a record reads the same from SQL as from memory.
 */
import type { Account, Contract, License, Purchase } from '../../schemas/license.js';
import type { DataCenter, Order, PlanPackage } from '../../schemas/order.js';
import type { ServicePlan } from '../../schemas/plan.js';
import type { Distribution, Organization, Sale } from '../../schemas/sale.js';
import type { Repository, RepositoryReads, RepositoryTransaction, Scope, TenantData } from '../repository.js';
import type { Row, SqlDatabase, SqlQueryable } from './database.js';

/** Sets `key` on `target` only when the value is not null (the schemas' optional fields). */
function optional<T extends object, K extends string, V>(target: T, key: K, value: V | null | undefined): T & Partial<Record<K, V>> {
  if (value !== null && value !== undefined) (target as Record<string, unknown>)[key] = value;
  return target;
}

const str = (v: unknown) => v as string;
const num = (v: unknown) => v as number;

function organization(r: Row): Organization {
  return optional({ id: str(r.id), name: str(r.name), kind: r.kind as Organization['kind'], parentId: (r.parent_id as string | null) ?? null }, 'country', r.country as string | null);
}

function contract(r: Row): Contract {
  const c = {
    id: str(r.id),
    name: str(r.name),
    status: r.status as Contract['status'],
    canCreateLicenses: r.can_create_licenses as boolean,
    conditions: str(r.conditions),
    currency: str(r.currency),
    termMonths: num(r.term_months),
    startDate: str(r.start_date),
    endDate: str(r.end_date),
  };
  optional(c, 'minQuantity', r.min_quantity as number | null);
  optional(c, 'maxQuantity', r.max_quantity as number | null);
  return { ...c, productIds: r.product_ids as string[], accountId: (r.account_id as string | null) ?? null };
}

function license(r: Row): License {
  return {
    id: str(r.id),
    productId: str(r.product_id),
    accountId: str(r.account_id),
    contractId: str(r.contract_id),
    startDate: str(r.start_date),
    endDate: str(r.end_date),
    status: r.status as License['status'],
    fromStock: r.from_stock as boolean,
  };
}

function reads(q: SqlQueryable): RepositoryReads {
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
        };
        if (r.has_tiers) {
          d.tiers = tiers.filter((t) => t.seller_org_id === r.seller_org_id && t.distribution_id === r.id).map((t) => ({ upTo: (t.up_to as number | null) ?? null, unitPrice: num(t.unit_price) }));
        }
        optional(d, 'minUsers', r.min_users as number | null);
        optional(d, 'maxUsers', r.max_users as number | null);
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
      return rows.map((r) => ({ id: str(r.id), name: str(r.name), sku: str(r.sku), description: str(r.description), unitPrice: num(r.unit_price) }));
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
        return {
          id: str(r.id),
          kind: r.kind as PlanPackage['kind'],
          name: str(r.name),
          description: str(r.description),
          maxUsers: (r.max_users as number | null) ?? null,
          monthlyPrice: map('monthly_price'),
          perUserPrice: map('per_user_price'),
          prepaidMonths: num(r.prepaid_months),
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
  };
}

function writes(q: SqlQueryable): Omit<RepositoryTransaction, keyof RepositoryReads> {
  const insertLicense = (sellerId: string, l: License, purchaseId: string | null) =>
    q.query(
      `INSERT INTO licenses (seller_org_id, id, purchase_id, product_id, account_id, contract_id, start_date, end_date, status, from_stock)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [sellerId, l.id, purchaseId, l.productId, l.accountId, l.contractId, l.startDate, l.endDate, l.status, l.fromStock],
    );
  return {
    async claimKey(sellerId, key, fingerprint) {
      const inserted = await q.query(
        'INSERT INTO idempotency_keys (seller_org_id, key, fingerprint, status) VALUES ($1, $2, $3, 0) ON CONFLICT (seller_org_id, key) DO NOTHING RETURNING key',
        [sellerId, key, fingerprint],
      );
      if (inserted.length) return null;
      const [r] = await q.query('SELECT fingerprint, status, body FROM idempotency_keys WHERE seller_org_id = $1 AND key = $2', [sellerId, key]);
      return { fingerprint: str(r!.fingerprint), response: { status: num(r!.status), body: r!.body } };
    },
    async saveResponse(sellerId, key, response) {
      await q.query('UPDATE idempotency_keys SET status = $3, body = $4::json WHERE seller_org_id = $1 AND key = $2', [sellerId, key, response.status, JSON.stringify(response.body)]);
    },
    async insertOrganization(sellerId, o) {
      await q.query('INSERT INTO organizations (seller_org_id, id, name, kind, parent_id, country) VALUES ($1, $2, $3, $4, $5, $6)', [sellerId, o.id, o.name, o.kind, o.parentId, o.country ?? null]);
    },
    async insertSale(sellerId, s: Sale) {
      await q.query(
        `INSERT INTO sales (seller_org_id, id, status, name, organization_id, organization_name, activation_date, cancellation_date, currency, total,
           customer_po, order_number, billing_method_id, comment, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
        [sellerId, s.id, s.status, s.name, s.organizationId, s.organizationName, s.activationDate, s.cancellationDate, s.total.currency, s.total.minor, s.customerPo, s.orderNumber, s.billingMethodId, s.comment, s.createdAt],
      );
      for (const [i, l] of s.lines.entries()) {
        await q.query(
          'INSERT INTO sale_lines (seller_org_id, sale_id, position, distribution_id, distribution_name, users, unit_price, total) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
          [sellerId, s.id, i, l.distributionId, l.distributionName, l.users, l.unitPrice.minor, l.total.minor],
        );
      }
    },
    async setContractAccount(scope, contractId, accountId) {
      await q.query('UPDATE contracts SET account_id = $3 WHERE seller_org_id = ANY($1::text[]) AND id = $2', [scope, contractId, accountId]);
    },
    async takeStock(scope, contractId, productId, wanted) {
      const [r] = await q.query('SELECT seller_org_id, available FROM stock WHERE seller_org_id = ANY($1::text[]) AND contract_id = $2 AND product_id = $3 FOR UPDATE', [scope, contractId, productId]);
      if (!r) return 0;
      const taken = Math.max(0, Math.min(num(r.available), wanted));
      await q.query('UPDATE stock SET available = available - $4 WHERE seller_org_id = $1 AND contract_id = $2 AND product_id = $3', [r.seller_org_id, contractId, productId, taken]);
      return taken;
    },
    async insertPurchase(sellerId, p: Purchase) {
      await q.query('INSERT INTO purchases (seller_org_id, id, currency, total, created_at) VALUES ($1, $2, $3, $4, $5)', [sellerId, p.id, p.total.currency, p.total.minor, p.createdAt]);
      for (const l of p.licenses) await insertLicense(sellerId, l, p.id);
    },
    async claimDomain(sellerId, ascii) {
      return (await q.query('INSERT INTO taken_domains (ascii, seller_org_id) VALUES ($1, $2) ON CONFLICT (ascii) DO NOTHING RETURNING ascii', [ascii, sellerId])).length > 0;
    },
    // One sequence for every counter and seller: numbers are unique and never wait for another
    // transaction; they may skip (a rolled-back create does not give its number back).
    async nextNumber() {
      const [r] = await q.query("SELECT nextval('record_numbers') AS value");
      return num(r!.value);
    },
    async insertOrder(sellerId, o: Order) {
      await q.query(
        `INSERT INTO orders (seller_org_id, id, kind, status, package_id, currency, payment_method, postponed_billing, first_charge_date, company_name,
           credentials_sent_to, credentials_to_author, domain, monthly_price, users, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text[], $12, $13, $14, $15, $16)`,
        [sellerId, o.id, o.kind, o.status, o.packageId, o.currency, o.paymentMethod, o.postponedBilling, o.firstChargeDate, o.companyName, o.credentialsSentTo, o.credentialsToAuthor ?? null, o.domain, o.monthlyPrice ?? null, o.users ?? null, o.createdAt],
      );
    },
    async savePlan(scope, sellerId, plan) {
      const updated = await q.query('UPDATE plans SET document = $3::json, product_id = $4 WHERE seller_org_id = ANY($1::text[]) AND id = $2 RETURNING id', [scope, plan.id, JSON.stringify(plan), plan.productId]);
      if (!updated.length) await q.query('INSERT INTO plans (seller_org_id, id, product_id, document) VALUES ($1, $2, $3, $4::json)', [sellerId, plan.id, plan.productId, JSON.stringify(plan)]);
    },
  };
}

/** Inserts seed or fixture data. */
async function loadTenant(q: SqlQueryable, d: TenantData): Promise<void> {
  const id = d.sellerId;
  const w = writes(q);
  if (d.seller) {
    await q.query('INSERT INTO sellers (seller_org_id, has_lti_service, order_currencies) VALUES ($1, $2, $3::text[])', [id, d.seller.hasLtiService, d.seller.orderCurrencies]);
    for (const b of d.seller.billingMethods) await q.query('INSERT INTO billing_methods (seller_org_id, id, name) VALUES ($1, $2, $3)', [id, b.id, b.name]);
  }
  for (const o of d.organizations ?? []) await w.insertOrganization(id, o);
  for (const x of d.distributions ?? []) {
    await q.query(
      `INSERT INTO distributions (seller_org_id, id, name, valid_for_subscription_plan, currency, unit_price, has_tiers, min_users, max_users, key_length_days)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [id, x.id, x.name, x.validForSubscriptionPlan, x.currency, x.unitPrice, x.tiers !== undefined, x.minUsers ?? null, x.maxUsers ?? null, x.keyLengthDays],
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
    await q.query('INSERT INTO contract_products (seller_org_id, contract_id, id, name, sku, description, unit_price) VALUES ($1, $2, $3, $4, $5, $6, $7)', [id, p.contractId, p.id, p.name, p.sku, p.description, p.unitPrice]);
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
    await q.query('INSERT INTO packages (seller_org_id, id, kind, name, description, max_users, prepaid_months) VALUES ($1, $2, $3, $4, $5, $6, $7)', [id, p.id, p.kind, p.name, p.description, p.maxUsers, p.prepaidMonths]);
    for (const currency of new Set([...Object.keys(p.monthlyPrice), ...Object.keys(p.perUserPrice)])) {
      await q.query('INSERT INTO package_prices (seller_org_id, package_id, currency, monthly_price, per_user_price) VALUES ($1, $2, $3, $4, $5)', [id, p.id, currency, p.monthlyPrice[currency] ?? null, p.perUserPrice[currency] ?? null]);
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
}

export class SqlRepository implements Repository {
  private readonly reads: RepositoryReads;

  constructor(private readonly db: SqlDatabase) {
    this.reads = reads(db);
  }

  /** The database underneath (to migrate it). */
  get database(): SqlDatabase {
    return this.db;
  }

  seller = (organizationId: string) => this.reads.seller(organizationId);
  organizations = (scope: Scope) => this.reads.organizations(scope);
  distributions = (scope: Scope) => this.reads.distributions(scope);
  contracts = (scope: Scope) => this.reads.contracts(scope);
  accounts = (scope: Scope) => this.reads.accounts(scope);
  contractProducts = (scope: Scope, contractId: string) => this.reads.contractProducts(scope, contractId);
  stock = (scope: Scope, contractId: string, productId: string) => this.reads.stock(scope, contractId, productId);
  licenses = (scope: Scope, accountId: string, productId: string) => this.reads.licenses(scope, accountId, productId);
  dataCenters = (scope: Scope) => this.reads.dataCenters(scope);
  packages = (scope: Scope) => this.reads.packages(scope);
  planCatalog = (scope: Scope, productId: string) => this.reads.planCatalog(scope, productId);
  plans = (scope: Scope, productId: string) => this.reads.plans(scope, productId);
  plan = (scope: Scope, planId: string) => this.reads.plan(scope, planId);

  transaction<T>(work: (tx: RepositoryTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction((q) => work({ ...reads(q), ...writes(q) }));
  }

  async load(data: readonly TenantData[]): Promise<void> {
    await this.db.transaction(async (q) => {
      for (const d of data) await loadTenant(q, d);
    });
  }

  async isEmpty(): Promise<boolean> {
    const [r] = await this.db.query('SELECT NOT EXISTS (SELECT 1 FROM organizations) AND NOT EXISTS (SELECT 1 FROM sellers) AS empty');
    return r!.empty as boolean;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
