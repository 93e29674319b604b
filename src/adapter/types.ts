/**
 * The adapter contract: the only door between a widget and the outside world.
 *
 * A host implements these interfaces against any backend (or uses RestAdapter). Every
 * method takes an AbortSignal. Every method that creates or saves takes an idempotency
 * key, made once per user submission and reused on retry: the backend must return the
 * first result for a key it has seen instead of creating a second record.
 * Methods reject with AdapterError (see errors.ts).
 */
import type { Account, ActiveLicenses, Contract, Product, Purchase, PurchaseInput, Stock } from '../schemas/license.js';
import type { Order, OrderInput, OrderOptions } from '../schemas/order.js';
import type { PlanContext, ServicePlan } from '../schemas/plan.js';
import type { Distribution, Organization, Sale, SaleInput, SellerContext } from '../schemas/sale.js';

export interface PlanAdapter {
  /** The product's resources, the vendor's currencies and description languages, and the product's plans. */
  getPlanContext(productId: string, signal: AbortSignal): Promise<PlanContext>;
  getPlan(planId: string, signal: AbortSignal): Promise<ServicePlan>;
  /** Creates (plan.id null) or updates a plan. */
  savePlan(plan: ServicePlan, idempotencyKey: string, signal: AbortSignal): Promise<ServicePlan>;
  copyPlan(planId: string, name: string, idempotencyKey: string, signal: AbortSignal): Promise<ServicePlan>;
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

/** An adapter for the whole kit. */
export type ChannelkitAdapter = PlanAdapter & SaleAdapter & LicenseAdapter & OrderAdapter;

/** Any adapter a widget may be given. */
export type AnyAdapter = Partial<ChannelkitAdapter>;
