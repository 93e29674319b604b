/**
 * The repository over SQL (PostgreSQL or PGlite, through SqlDatabase). Parameterized statements
 * only; every statement names seller_org_id: reads filter by the scope, writes stamp the seller.
 * Rows come back as the schemas' objects, with the schemas' key order and optional fields left
 * out when empty, so a record reads the same from SQL as from memory.
 */
import type { Repository, RepositoryReads, RepositoryTransaction, SalesPageQuery, Scope, SubscriptionRecord, TenantData } from '../repository.js';
import type { SqlDatabase } from './database.js';
import { reads } from './sql-reads.js';
import { planVersionWrites } from './sql-plan-versions.js';
import { loadTenant } from './sql-tenant-load.js';
import { writes } from './sql-writes.js';

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
  allPlans = (scope: Scope) => this.reads.allPlans(scope);
  salesPage = (scope: Scope, query: SalesPageQuery) => this.reads.salesPage(scope, query);
  sale = (scope: Scope, saleId: string) => this.reads.sale(scope, saleId);
  dueSales = (scope: Scope, now: string) => this.reads.dueSales(scope, now);
  licenseBatches = (scope: Scope, accountId: string) => this.reads.licenseBatches(scope, accountId);
  subscriptions = (scope: Scope) => this.reads.subscriptions(scope);
  subscription = (scope: Scope, subscriptionId: string) => this.reads.subscription(scope, subscriptionId);
  subscriptionsOfSource = (scope: Scope, source: SubscriptionRecord['source'], sourceId: string) => this.reads.subscriptionsOfSource(scope, source, sourceId);
  dueSubscriptions = (scope: Scope, today: string) => this.reads.dueSubscriptions(scope, today);
  subscriptionPlans = (scope: Scope, productKey: string) => this.reads.subscriptionPlans(scope, productKey);
  priceLists = (scope: Scope, tier: string) => this.reads.priceLists(scope, tier);
  subscriptionsOfPlan = (scope: Scope, productKey: string, planId: string) => this.reads.subscriptionsOfPlan(scope, productKey, planId);
  planVersions = (scope: Scope, planId: string) => this.reads.planVersions(scope, planId);

  transaction<T>(work: (tx: RepositoryTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction((q) => work({ ...reads(q), ...writes(q) }));
  }

  async load(data: readonly TenantData[]): Promise<void> {
    await this.db.transaction(async (q) => {
      for (const d of data) {
        await loadTenant(q, d);
        for (const v of d.planVersions ?? []) await planVersionWrites(q).insertPlanVersion(d.sellerId, v);
      }
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
