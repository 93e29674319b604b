/**
 * The storage the server's rules run on: a small interface with an in-memory implementation
 * (memory-repository.ts, browser-safe) and SQL ones (sql/, PostgreSQL and PGlite). It stores
 * and returns; it decides nothing. Every rule lives in the server's route modules, so every
 * repository behaves the same.
 *
 * Every record belongs to a seller organization. Reads take a scope (the organizations a
 * principal sees) and return only rows of those organizations; writes take the seller.
 */
import type { Account, Contract, License, Product, Purchase } from '../schemas/license.js';
import type { PriceListVersion } from '../core/economics.js';
import type { LicenseBatch, SaleRow, SaleStatus, SaleStatusChange, SaleUser } from '../schemas/lists.js';
import type { DataCenter, Order, PlanPackage } from '../schemas/order.js';
import type { PlanContext, ServicePlan } from '../schemas/plan.js';
import type { BillingMethod, Distribution, Organization, Sale } from '../schemas/sale.js';
import type { BillingTypeId } from '../core/billing-types.js';
import type { CalendarDate } from '../core/dates.js';
import type { Money } from '../core/money.js';
import type { PlanEconomics, Subscription, SubscriptionPlan } from '../schemas/subscription.js';

/** Organization ids whose records may be read. */
export type Scope = readonly string[];

/** A seller organization's own settings. */
export interface SellerRecord {
  organization: Organization;
  hasLtiService: boolean;
  billingMethods: BillingMethod[];
  /** Currencies Cloud and SaaS orders may be placed in. */
  orderCurrencies: string[];
  /** The seller's reseller tier in its distributor's price lists (Gold, Silver); absent or null: none. */
  priceTier?: string | null;
}

export type PlanCatalog = Omit<PlanContext, 'plans'>;

/** A product a contract sells, at the contract's price. */
export type ContractProduct = Product & { contractId: string };

export interface StockLevel {
  contractId: string;
  productId: string;
  available: number;
}

/**
 * A sale as stored: what createSale answers, plus what its detail shows (the users, each line's
 * key length, the status history) and, for the demo's delayed approval, when it approves itself.
 */
export interface SaleRecord extends Omit<Sale, 'status' | 'lines'> {
  status: SaleStatus;
  lines: (Sale['lines'][number] & { keyLengthDays: number })[];
  users: SaleUser[];
  /** Oldest first; the first is the creation. */
  statusHistory: SaleStatusChange[];
  /** An instant: once the server's clock passes it, a sale still pending is approved (ServerOptions.autoApproveSalesAfterMs). */
  approveAt?: string;
}

/** A stored sale with the organization that registered it. */
export type StoredSale = SaleRecord & { sellerOrganizationId: string };

/** A page of the sales list as a repository reads it: the scope is already narrowed, the status filter is the only one. */
export interface SalesPageQuery {
  search: string;
  filters: { status?: SaleStatus };
  sort: { key: string; direction: 'asc' | 'desc' } | null;
  page: number;
  pageSize: number;
}

/**
 * A plan a subscription may move to, in the catalog of its product (`productKey`: an order kind's
 * packages, a contract's products, a service product). A subscription is offered the active plans
 * of its product, currency and billing type (src/server/subscription-records.ts).
 */
export interface CatalogPlan extends SubscriptionPlan {
  productKey: string;
  billingType: BillingTypeId;
  currency: string;
  active: boolean;
  /** What the plan costs the seller and its suggested retail price, shaped like its price; absent when unknown. Sent only with `see-cost`. */
  economics?: PlanEconomics | null;
  /** Commitment terms: hours after seats are added during which a decrease refunds them (absent: REFUND_WINDOW_HOURS). */
  refundWindowHours?: number | null;
}

/** A subscription as stored: what the API shows, plus what the server needs to settle and change it. */
export interface SubscriptionRecord extends Subscription {
  /** The catalog its plans come from. */
  productKey: string;
  /** The end of the billing period `periodMaxQuantity` was counted in. */
  periodMaxUntil: CalendarDate;
  /** The first day something changes by itself (a pending change, the term's end, a new period's highest quantity); written by the server. */
  settleOn: CalendarDate;
  /** License subscriptions: the account whose licenses it counts, and the contract they are bought under. */
  accountId: string | null;
  contractId: string | null;
  createdAt: string;
  /** The service plan it is a subscriber of when its own plan is not one (an order of a package that sells one; plan versions). */
  servicePlanId?: string | null;
}

/** One change made to a subscription (POST /subscriptions/{id}/changes). */
export interface SubscriptionChangeRecord {
  id: string;
  subscriptionId: string;
  kind: 'change' | 'renew';
  applies: 'now' | 'period-end' | 'term-end';
  effectiveDate: CalendarDate;
  /** The quote it was made with (changeQuote's result), as JSON. */
  quote: unknown;
  dueNow: Money;
  creditBalance: Money;
  createdAt: string;
}

/** Everything one seller organization owns, for loading seed or fixture data. */
export interface TenantData {
  sellerId: string;
  seller?: SellerRecord;
  organizations?: Organization[];
  distributions?: Distribution[];
  contracts?: Contract[];
  accounts?: Account[];
  contractProducts?: ContractProduct[];
  stock?: StockLevel[];
  licenses?: License[];
  dataCenters?: DataCenter[];
  packages?: PlanPackage[];
  /** Domains in use, in their ASCII form. */
  takenDomains?: string[];
  planCatalogs?: PlanCatalog[];
  plans?: ServicePlan[];
  /** Sales this organization registered. */
  sales?: SaleRecord[];
  orders?: Order[];
  subscriptionPlans?: CatalogPlan[];
  subscriptions?: SubscriptionRecord[];
  /** The distributor's price list versions, every tier. */
  priceLists?: PriceListVersion[];
  /** Superseded versions of `plans` (each with its `version`). */
  planVersions?: ServicePlan[];
}

/** The first response to an idempotency key, replayed for every repeat of it. */
export interface StoredResponse {
  status: number;
  body: unknown;
}

export interface RepositoryReads {
  seller(organizationId: string): Promise<SellerRecord | null>;
  organizations(scope: Scope): Promise<Organization[]>;
  distributions(scope: Scope): Promise<Distribution[]>;
  contracts(scope: Scope): Promise<Contract[]>;
  accounts(scope: Scope): Promise<Account[]>;
  contractProducts(scope: Scope, contractId: string): Promise<Product[]>;
  stock(scope: Scope, contractId: string, productId: string): Promise<number>;
  licenses(scope: Scope, accountId: string, productId: string): Promise<License[]>;
  dataCenters(scope: Scope): Promise<DataCenter[]>;
  packages(scope: Scope): Promise<PlanPackage[]>;
  planCatalog(scope: Scope, productId: string): Promise<PlanCatalog | null>;
  plans(scope: Scope, productId: string): Promise<ServicePlan[]>;
  plan(scope: Scope, planId: string): Promise<ServicePlan | null>;
  /** Every plan in scope, of every product. */
  allPlans(scope: Scope): Promise<ServicePlan[]>;
  /** One page of the sales list, in the order of src/server/sale-list.ts, and how many match. */
  salesPage(scope: Scope, query: SalesPageQuery): Promise<{ items: SaleRow[]; total: number }>;
  sale(scope: Scope, saleId: string): Promise<StoredSale | null>;
  /** Ids of pending sales whose `approveAt` is not after `now`. */
  dueSales(scope: Scope, now: string): Promise<{ id: string; approveAt: string }[]>;
  /** The account's licenses grouped by product, contract, dates and stored status, with the product's name. */
  licenseBatches(scope: Scope, accountId: string): Promise<LicenseBatch[]>;
  /** Every subscription in scope, in the order they were added. */
  subscriptions(scope: Scope): Promise<SubscriptionRecord[]>;
  subscription(scope: Scope, subscriptionId: string): Promise<SubscriptionRecord | null>;
  /** The active subscriptions of a source (`order` and its id, `license` and the account id). */
  subscriptionsOfSource(scope: Scope, source: Subscription['source'], sourceId: string): Promise<SubscriptionRecord[]>;
  /** Ids of active subscriptions whose `settleOn` is not after `today`. */
  dueSubscriptions(scope: Scope, today: CalendarDate): Promise<string[]>;
  /** The catalog of a product: every plan, active or not, in the order added. */
  subscriptionPlans(scope: Scope, productKey: string): Promise<CatalogPlan[]>;
  /** The price list versions of `tier`, oldest first. */
  priceLists(scope: Scope, tier: string): Promise<PriceListVersion[]>;
  /** Every subscription (any status) of catalog plan `planId` of `productKey`: a service plan's are its product's. */
  subscriptionsOfPlan(scope: Scope, productKey: string, planId: string): Promise<SubscriptionRecord[]>;
  /** The superseded versions of a service plan (read-only), oldest first; the current one is `plan`. */
  planVersions(scope: Scope, planId: string): Promise<ServicePlan[]>;
}

/** What a create may do, inside one transaction: all of it lands, or none of it. */
export interface RepositoryTransaction extends RepositoryReads {
  /**
   * Claims an idempotency key for this transaction. Returns null when it was free (the caller
   * then stores its response with `saveResponse`), or the fingerprint and response of the
   * request that used it first. A concurrent claim of the same key waits for this one.
   */
  claimKey(sellerId: string, key: string, fingerprint: string): Promise<{ fingerprint: string; response: StoredResponse } | null>;
  saveResponse(sellerId: string, key: string, response: StoredResponse): Promise<void>;
  insertOrganization(sellerId: string, organization: Organization): Promise<void>;
  insertSale(sellerId: string, sale: SaleRecord): Promise<void>;
  /**
   * Moves a sale in scope from status `from` to `change.status`, adding `change` to its history
   * and clearing its `approveAt`; false (and nothing written) when it is not in status `from`.
   */
  setSaleStatus(scope: Scope, saleId: string, from: SaleStatus, change: SaleStatusChange): Promise<boolean>;
  setContractAccount(scope: Scope, contractId: string, accountId: string): Promise<void>;
  /** Takes up to `wanted` licenses from a contract's stock (locking it) and returns how many it took. */
  takeStock(scope: Scope, contractId: string, productId: string, wanted: number): Promise<number>;
  insertPurchase(sellerId: string, purchase: Purchase): Promise<void>;
  /** Marks a domain (ASCII form) as used; false when it already was. */
  claimDomain(sellerId: string, asciiDomain: string): Promise<boolean>;
  /** A number of this counter no other record of the seller got (increasing; numbers may skip). */
  nextNumber(sellerId: string, counter: string): Promise<number>;
  insertOrder(sellerId: string, order: Order): Promise<void>;
  /** Replaces the plan with this id in scope, or creates it under `sellerId`. */
  savePlan(scope: Scope, sellerId: string, plan: ServicePlan): Promise<void>;
  /** Keeps a superseded version of a plan (its `version` set), as it was: it is never changed again. */
  insertPlanVersion(sellerId: string, plan: ServicePlan): Promise<void>;
  /**
   * Creates a subscription under `sellerId` (`expectedEtag` null), or replaces the one with its id
   * in scope if its etag is still `expectedEtag` (compare and set); false when it was not.
   */
  saveSubscription(scope: Scope, sellerId: string, subscription: SubscriptionRecord, expectedEtag: string | null): Promise<boolean>;
  /** Records a change of a subscription in scope, under the subscription's own seller. */
  insertSubscriptionChange(scope: Scope, change: SubscriptionChangeRecord): Promise<void>;
  /** Adds the catalog plans not there yet (by product, id, currency and billing type); existing ones are kept as they are. */
  addSubscriptionPlans(sellerId: string, plans: readonly CatalogPlan[]): Promise<void>;
  /** Sets the product and/or end date of these licenses in scope. */
  updateLicenses(scope: Scope, licenseIds: readonly string[], patch: { productId?: string; endDate?: CalendarDate }): Promise<void>;
}

export interface Repository extends RepositoryReads {
  /** Runs `work` in one transaction; a throw rolls everything back and is re-thrown. */
  transaction<T>(work: (tx: RepositoryTransaction) => Promise<T>): Promise<T>;
  /** Adds seed or fixture data. */
  load(data: readonly TenantData[]): Promise<void>;
  /** Whether anything was loaded yet (a first run seeds an empty database). */
  isEmpty(): Promise<boolean>;
  close(): Promise<void>;
}
