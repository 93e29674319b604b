/**
 * The repository in memory: the demo backend's storage (it runs in a browser) and the quickest
 * one for tests. Rows keep their insertion order, as the SQL repositories do (ORDER BY seq).
 * Transactions run one at a time and roll back by undoing each write, so it behaves like the
 * SQL repositories: a refused create leaves nothing behind, and concurrent requests with one
 * idempotency key create one record. Reads return copies; rows keep their identity across
 * transactions, so an embedder may edit them in place (`tables`).
 */
import type { CatalogPlan, Repository, RepositoryReads, RepositoryTransaction, SalesPageQuery, Scope, SubscriptionRecord, TenantData } from './repository.js';
import { compareDates } from '../core/dates.js';
import { licensesFromStock } from '../core/quotes.js';
import { batchLicenses } from './license-list.js';
import { dueSalesOf, saleOf, salesPageOf } from './sale-list.js';
import { type MemoryState, type Row, TABLES, type Tables } from './memory-tables.js';

export type { MemoryState } from './memory-tables.js';

const copy = <T>(value: T): T => structuredClone(value);

/** Every read of RepositoryReads: a transaction reads what the repository reads (the compiler checks the list is whole). */
const READS = ['seller', 'organizations', 'distributions', 'contracts', 'accounts', 'contractProducts', 'stock', 'licenses', 'dataCenters', 'packages', 'planCatalog', 'plans', 'plan', 'allPlans', 'salesPage', 'sale', 'dueSales', 'licenseBatches', 'subscriptions', 'subscription', 'subscriptionsOfSource', 'dueSubscriptions', 'subscriptionPlans', 'priceLists', 'subscriptionsOfPlan', 'planVersions'] as const satisfies readonly (keyof RepositoryReads)[];
const _readsAreWhole: Exclude<keyof RepositoryReads, (typeof READS)[number]> extends never ? true : never = true;

export class MemoryRepository implements Repository {
  private readonly state: MemoryState;
  private queue: Promise<unknown> = Promise.resolve();
  /** Inverse operations of the running transaction's writes, newest last. */
  private undo: (() => void)[] = [];

  constructor(state?: MemoryState) {
    this.state = state ? copy(state) : (Object.fromEntries(TABLES.map((t) => [t, []])) as unknown as MemoryState);
    // A state saved before a table existed (the demo keeps one in the browser) gets it empty.
    for (const t of TABLES) (this.state as Record<string, unknown[]>)[t] ??= [];
  }

  /** A repository holding `data`, loaded at once (no transaction to wait for). */
  static withData(data: readonly TenantData[]): MemoryRepository {
    const repo = new MemoryRepository();
    repo.insertAll(data);
    repo.undo = [];
    return repo;
  }

  /** A copy of everything held, to persist. */
  snapshot(): MemoryState {
    return copy(this.state);
  }

  /**
   * The live tables, for an embedder that edits data in place (the demo and its tests poison
   * names, expire contracts, replace a catalog). Edits here bypass transactions.
   */
  get tables(): MemoryState {
    return this.state;
  }

  /** The rows of a table in scope, live (not copies). */
  private live<K extends keyof Tables>(table: K, scope: Scope): Tables[K][] {
    return (this.state[table] as Row<K>[]).filter((r) => scope.includes(r.sellerId)).map((r) => r.row);
  }

  /** Copies of the rows of a table in scope. */
  private rows<K extends keyof Tables>(table: K, scope: Scope): Tables[K][] {
    return copy(this.live(table, scope));
  }

  private insert<K extends keyof Tables>(table: K, sellerId: string, row: Tables[K]): void {
    const rows = this.state[table] as Row<K>[];
    const added = { sellerId, row: copy(row) };
    rows.push(added);
    this.undo.push(() => rows.splice(rows.indexOf(added), 1));
  }

  /** Sets a property of a live row, undoably. */
  private set<T extends object, P extends keyof T>(row: T, property: P, value: T[P]): void {
    const before = row[property];
    row[property] = value;
    this.undo.push(() => (row[property] = before));
  }

  // ---- reads ---------------------------------------------------------------------------------
  async seller(organizationId: string) {
    return this.rows('sellers', [organizationId])[0] ?? null;
  }
  async organizations(scope: Scope) { return this.rows('organizations', scope); }
  async distributions(scope: Scope) { return this.rows('distributions', scope); }
  async contracts(scope: Scope) { return this.rows('contracts', scope); }
  async accounts(scope: Scope) { return this.rows('accounts', scope); }
  async contractProducts(scope: Scope, contractId: string) {
    return this.rows('contractProducts', scope)
      .filter((p) => p.contractId === contractId)
      .map(({ contractId: _, ...product }) => product);
  }
  async stock(scope: Scope, contractId: string, productId: string) {
    return this.live('stock', scope).find((s) => s.contractId === contractId && s.productId === productId)?.available ?? 0;
  }
  async licenses(scope: Scope, accountId: string, productId: string) {
    return this.rows('licenses', scope).filter((l) => l.accountId === accountId && l.productId === productId);
  }
  async dataCenters(scope: Scope) { return this.rows('dataCenters', scope); }
  async packages(scope: Scope) { return this.rows('packages', scope); }
  async planCatalog(scope: Scope, productId: string) {
    return copy(this.live('planCatalogs', scope).find((c) => c.product.id === productId) ?? null);
  }
  async plans(scope: Scope, productId: string) {
    return this.rows('plans', scope).filter((p) => p.productId === productId);
  }
  async plan(scope: Scope, planId: string) {
    return copy(this.live('plans', scope).find((p) => p.id === planId) ?? null);
  }
  async allPlans(scope: Scope) {
    return this.rows('plans', scope);
  }
  async salesPage(scope: Scope, query: SalesPageQuery) {
    return copy(salesPageOf(this.state.sales, scope, query));
  }
  async sale(scope: Scope, saleId: string) {
    return copy(saleOf(this.state.sales, scope, saleId));
  }
  async dueSales(scope: Scope, now: string) {
    return dueSalesOf(this.live('sales', scope), now);
  }
  async licenseBatches(scope: Scope, accountId: string) {
    return batchLicenses(
      this.live('licenses', scope).filter((l) => l.accountId === accountId),
      this.live('contractProducts', scope),
    );
  }
  async subscriptions(scope: Scope) {
    return this.rows('subscriptions', scope);
  }
  async subscription(scope: Scope, subscriptionId: string) {
    return copy(this.live('subscriptions', scope).find((s) => s.id === subscriptionId) ?? null);
  }
  async subscriptionsOfSource(scope: Scope, source: SubscriptionRecord['source'], sourceId: string) {
    return this.rows('subscriptions', scope).filter((s) => s.status === 'active' && s.source === source && s.sourceId === sourceId);
  }
  async dueSubscriptions(scope: Scope, today: string) {
    return this.live('subscriptions', scope)
      .filter((s) => s.status === 'active' && compareDates(s.settleOn, today) <= 0)
      .map((s) => s.id);
  }
  async subscriptionPlans(scope: Scope, productKey: string) {
    return this.rows('subscriptionPlans', scope).filter((p) => p.productKey === productKey);
  }
  async priceLists(scope: Scope, tier: string) {
    return this.rows('priceLists', scope).filter((v) => v.tier === tier).sort((a, b) => compareDates(a.effectiveFrom, b.effectiveFrom)); }
  async subscriptionsOfPlan(scope: Scope, productKey: string, planId: string) {
    return this.rows('subscriptions', scope).filter((s) => (s.productKey === productKey && s.planId === planId) || s.servicePlanId === planId); }
  async planVersions(scope: Scope, planId: string) {
    return this.rows('planVersions', scope).filter((p) => p.id === planId).sort((a, b) => (a.version ?? 1) - (b.version ?? 1)); }

  // ---- writes --------------------------------------------------------------------------------
  /** One transaction at a time; a throw undoes its writes, newest first. */
  transaction<T>(work: (tx: RepositoryTransaction) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      this.undo = [];
      try {
        return await work(this.tx);
      } catch (e) {
        for (const step of this.undo.reverse()) step();
        throw e;
      } finally {
        this.undo = [];
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The reads, bound to this repository, for the transaction object. */
  private reads(): RepositoryReads {
    return Object.fromEntries(READS.map((name) => [name, (this[name] as (...a: unknown[]) => unknown).bind(this)])) as unknown as RepositoryReads;
  }

  private get tx(): RepositoryTransaction {
    const key = (sellerId: string, key: string) => this.live('keys', [sellerId]).find((k) => k.key === key);
    return {
      ...this.reads(),
      claimKey: async (sellerId, k, fingerprint) => {
        const seen = key(sellerId, k);
        if (seen) return copy({ fingerprint: seen.fingerprint, response: seen.response });
        this.insert('keys', sellerId, { key: k, fingerprint, response: { status: 0, body: null } });
        return null;
      },
      saveResponse: async (sellerId, k, response) => this.set(key(sellerId, k)!, 'response', copy(response)),
      insertOrganization: async (sellerId, organization) => this.insert('organizations', sellerId, organization),
      insertSale: async (sellerId, sale) => this.insert('sales', sellerId, sale),
      setSaleStatus: async (scope, saleId, from, change) => {
        const sale = this.live('sales', scope).find((s) => s.id === saleId);
        if (!sale || sale.status !== from) return false;
        this.set(sale, 'status', change.status);
        this.set(sale, 'statusHistory', [...sale.statusHistory, copy(change)]);
        if (sale.approveAt !== undefined) this.set(sale, 'approveAt', undefined);
        return true;
      },
      setContractAccount: async (scope, contractId, accountId) => {
        for (const c of this.live('contracts', scope)) if (c.id === contractId) this.set(c, 'accountId', accountId);
      },
      takeStock: async (scope, contractId, productId, wanted) => {
        const s = this.live('stock', scope).find((x) => x.contractId === contractId && x.productId === productId);
        const taken = s ? licensesFromStock(s.available, wanted) : 0;
        if (s) this.set(s, 'available', s.available - taken);
        return taken;
      },
      insertPurchase: async (sellerId, purchase) => {
        this.insert('purchases', sellerId, purchase);
        for (const l of purchase.licenses) this.insert('licenses', sellerId, l);
      },
      claimDomain: async (sellerId, ascii) => {
        if (this.state.domains.some((d) => d.row.ascii === ascii)) return false;
        this.insert('domains', sellerId, { ascii });
        return true;
      },
      nextNumber: async (sellerId, name) => {
        let counter = this.live('counters', [sellerId]).find((c) => c.name === name);
        if (!counter) {
          this.insert('counters', sellerId, { name, value: 0 });
          counter = this.live('counters', [sellerId]).find((c) => c.name === name)!;
        }
        this.set(counter, 'value', counter.value + 1);
        return counter.value;
      },
      insertOrder: async (sellerId, order) => this.insert('orders', sellerId, order),
      saveSubscription: async (scope, sellerId, subscription, expectedEtag) => {
        if (expectedEtag === null) {
          this.insert('subscriptions', sellerId, subscription);
          return true;
        }
        const found = this.state.subscriptions.find((r) => scope.includes(r.sellerId) && r.row.id === subscription.id);
        if (!found || found.row.etag !== expectedEtag) return false;
        this.set(found, 'row', copy(subscription));
        return true;
      },
      insertSubscriptionChange: async (scope, change) => {
        const owner = this.state.subscriptions.find((r) => scope.includes(r.sellerId) && r.row.id === change.subscriptionId)!.sellerId;
        this.insert('subscriptionChanges', owner, change);
      },
      addSubscriptionPlans: async (sellerId, plans) => {
        const same = (a: CatalogPlan, b: CatalogPlan) => a.productKey === b.productKey && a.id === b.id && a.currency === b.currency && a.billingType === b.billingType;
        for (const p of plans) if (!this.live('subscriptionPlans', [sellerId]).some((x) => same(x, p))) this.insert('subscriptionPlans', sellerId, p);
      },
      updateLicenses: async (scope, ids, patch) => {
        for (const l of this.live('licenses', scope)) {
          if (!ids.includes(l.id)) continue;
          if (patch.productId !== undefined) this.set(l, 'productId', patch.productId);
          if (patch.endDate !== undefined) this.set(l, 'endDate', patch.endDate);
        }
      },
      savePlan: async (scope, sellerId, plan) => {
        const found = this.state.plans.find((p) => scope.includes(p.sellerId) && p.row.id === plan.id);
        if (found) this.set(found, 'row', copy(plan));
        else this.insert('plans', sellerId, plan);
      },
      insertPlanVersion: async (sellerId, plan) => this.insert('planVersions', sellerId, plan),
    };
  }

  async load(data: readonly TenantData[]): Promise<void> {
    await this.transaction(async () => this.insertAll(data));
  }

  private insertAll(data: readonly TenantData[]): void {
    for (const d of data) {
      const id = d.sellerId;
      if (d.seller) this.insert('sellers', id, d.seller);
      const add = <K extends keyof Tables>(table: K, rows: readonly Tables[K][] | undefined) => rows?.forEach((r) => this.insert(table, id, r));
      add('organizations', d.organizations);
      add('distributions', d.distributions);
      add('contracts', d.contracts);
      add('accounts', d.accounts);
      add('contractProducts', d.contractProducts);
      add('stock', d.stock);
      add('licenses', d.licenses);
      add('dataCenters', d.dataCenters);
      add('packages', d.packages);
      add('planCatalogs', d.planCatalogs);
      add('plans', d.plans);
      add('planVersions', d.planVersions);
      add('sales', d.sales);
      add('orders', d.orders);
      add('subscriptionPlans', d.subscriptionPlans);
      add('subscriptions', d.subscriptions);
      add('priceLists', d.priceLists);
      add('domains', d.takenDomains?.map((ascii) => ({ ascii })));
    }
  }

  async isEmpty(): Promise<boolean> {
    return TABLES.every((t) => this.state[t].length === 0);
  }

  async close(): Promise<void> {}
}
