/**
 * The adapter contract: the only door between a widget and the outside world.
 *
 * A host implements these interfaces against any backend (or uses RestAdapter). Every
 * method takes an AbortSignal. Every method that creates or saves takes an idempotency
 * key, made once per user submission and reused on retry: the backend must return the
 * first result for a key it has seen instead of creating a second record.
 * Methods reject with AdapterError (see errors.ts).
 */
import type { LicenseRow, ListPage, ListQueryInput, PlanRow, SaleDetail, SaleRow } from '../schemas/lists.js';
import type { Account, ActiveLicenses, Contract, Product, Purchase, PurchaseInput, Stock } from '../schemas/license.js';
import type { Order, OrderInput, OrderOptions } from '../schemas/order.js';
import type { PlanContext, ServicePlan } from '../schemas/plan.js';
import type { Distribution, Organization, Sale, SaleInput, SellerContext } from '../schemas/sale.js';
import type { PlanVersions, VersionMove } from '../schemas/plan-version.js';
import type { Subscription, SubscriptionChangeInput, SubscriptionChangeResult, SubscriptionDetail, PriceLists, PriceOverrideInput } from '../schemas/subscription.js';

export interface PlanAdapter {
  /** The product's resources, the vendor's currencies and description languages, and the product's plans. */
  getPlanContext(productId: string, signal: AbortSignal): Promise<PlanContext>;
  getPlan(planId: string, signal: AbortSignal): Promise<ServicePlan>;
  /** Creates (plan.id null) or updates a plan. */
  savePlan(plan: ServicePlan, idempotencyKey: string, signal: AbortSignal): Promise<ServicePlan>;
  copyPlan(planId: string, name: string, idempotencyKey: string, signal: AbortSignal): Promise<ServicePlan>;
  /** The plan's versions, oldest first, with the running subscriptions on each. Optional: without it the editor shows no versions. */
  getPlanVersions?(planId: string, signal: AbortSignal): Promise<PlanVersions>;
  /** Per subscription on an older version: its next charge on that version and on the current one, and what a move charges today. */
  previewVersionMove?(planId: string, fromVersion: number, signal: AbortSignal): Promise<VersionMove>;
  /** Moves an older version's subscriptions to the current version, priced as the preview. */
  moveVersion?(planId: string, fromVersion: number, idempotencyKey: string, signal: AbortSignal): Promise<VersionMove>;
}

export interface SaleAdapter {
  getSellerContext(signal: AbortSignal): Promise<SellerContext>;
  /** The seller's own organization, its child organizations and resellers whose name matches. */
  searchOrganizations(query: string, signal: AbortSignal): Promise<Organization[]>;
  listDistributions(signal: AbortSignal): Promise<Distribution[]>;
  createSale(input: SaleInput, idempotencyKey: string, signal: AbortSignal): Promise<Sale>;
}

export interface LicenseAdapter {
  listContracts(signal: AbortSignal): Promise<Contract[]>;
  listAccounts(signal: AbortSignal): Promise<Account[]>;
  /** Saves the account the contract's purchases are tracked under. */
  saveContractAccount(contractId: string, accountId: string, idempotencyKey: string, signal: AbortSignal): Promise<Contract>;
  listContractProducts(contractId: string, signal: AbortSignal): Promise<Product[]>;
  getStock(contractId: string, productId: string, signal: AbortSignal): Promise<Stock>;
  getActiveLicenses(accountId: string, productId: string, signal: AbortSignal): Promise<ActiveLicenses>;
  purchaseLicenses(input: PurchaseInput, idempotencyKey: string, signal: AbortSignal): Promise<Purchase>;
}

export interface OrderAdapter {
  getOrderOptions(signal: AbortSignal): Promise<OrderOptions>;
  createOrder(input: OrderInput, idempotencyKey: string, signal: AbortSignal): Promise<Order>;
}

/**
 * The list screens (Sales management, an account's Active tab, a product's service plans). One
 * list model for all: a query `{ search, filters, sort, page, pageSize }` (as ListQueryController
 * holds it) and a page `{ items, total, page, pageSize }`; see src/schemas/lists.ts and
 * docs/adapter.md. Its methods are optional in ChannelkitAdapter, so adapters written before
 * them still type-check; a list element says so when its method is missing.
 */
export interface ListAdapter {
  /** Filters: `status` (pending-approval, approved, rejected, cancelled), `scope` (own, children, all). */
  listSales(query: ListQueryInput, signal: AbortSignal): Promise<ListPage<SaleRow>>;
  getSale(saleId: string, signal: AbortSignal): Promise<SaleDetail>;
  /** Approves a sale Pending Approval (needs the approve-sales permission); `note` goes in its status history. */
  approveSale(saleId: string, note: string, idempotencyKey: string, signal: AbortSignal): Promise<SaleDetail>;
  rejectSale(saleId: string, note: string, idempotencyKey: string, signal: AbortSignal): Promise<SaleDetail>;
  /** The account's licenses, one row per product, contract and dates. Filters: `status` (active, expiring, expired), `productId`. */
  listLicenses(accountId: string, query: ListQueryInput, signal: AbortSignal): Promise<ListPage<LicenseRow>>;
  /** The plans of one product, or of every product when `productId` is null. Filters: `status` (active, inactive), `billingType`. */
  listPlans(productId: string | null, query: ListQueryInput, signal: AbortSignal): Promise<ListPage<PlanRow>>;
  /** Activates or deactivates a plan; answers the plan saved (a new etag). */
  setPlanActive(planId: string, active: boolean, idempotencyKey: string, signal: AbortSignal): Promise<ServicePlan>;
}

/**
 * Running subscriptions (what orders and license purchases leave) and changes to them, previewed
 * with `changeQuote` and charged by the backend with the same core (src/schemas/subscription.ts).
 */
export interface SubscriptionAdapter {
  /** Filters: `source` (order, license), `status` (active, ended). */
  listSubscriptions(query: ListQueryInput, signal: AbortSignal): Promise<ListPage<Subscription>>;
  /** The subscription and the plans it may move to. */
  getSubscription(subscriptionId: string, signal: AbortSignal): Promise<SubscriptionDetail>;
  /**
   * Changes the quantity or the plan, or renews. Carries the preview's `quotedOn` and `expected`
   * total: the backend answers 409 `quote-changed` with its own quote when they differ, 409
   * `conflict` when the subscription changed since `etag`, 409 `plan-deactivated` / `ended` when
   * it cannot be renewed.
   */
  changeSubscription(subscriptionId: string, input: SubscriptionChangeInput, idempotencyKey: string, signal: AbortSignal): Promise<SubscriptionChangeResult>;
  /** Cancels a scheduled decrease; the subscription continues as before it. */
  cancelPendingChange(subscriptionId: string, idempotencyKey: string, signal: AbortSignal): Promise<Subscription>;
  /** The seller's reseller tier and its price list versions (the prices of plans it moves subscriptions to). Optional: no widget needs it yet. */
  getPriceLists?(signal: AbortSignal): Promise<PriceLists>;
  /**
   * Sets the price negotiated for this subscription, with its dates, or removes it (null). For a
   * user allowed to see cost and to set prices; 409 `conflict` when it changed since `etag`, 422
   * with field paths (`priceOverride.until` before its start, `priceOverride.unitPrice` negative).
   * Optional: without it, <subscription-change> shows no negotiated price form.
   */
  setPriceOverride?(subscriptionId: string, input: PriceOverrideInput, idempotencyKey: string, signal: AbortSignal): Promise<Subscription>;
}

/** An adapter for the whole kit (the list and subscription methods optional). */
export type ChannelkitAdapter = PlanAdapter & SaleAdapter & LicenseAdapter & OrderAdapter & Partial<ListAdapter> & Partial<SubscriptionAdapter>;

/** Any adapter a widget may be given. */
export type AnyAdapter = Partial<ChannelkitAdapter>;
