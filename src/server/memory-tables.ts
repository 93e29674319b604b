/** The memory repository's tables: what each holds, and the plain data the demo persists. */
import type { PriceListVersion } from '../core/economics.js';
import type { Account, Contract, License, Purchase } from '../schemas/license.js';
import type { DataCenter, Order, PlanPackage } from '../schemas/order.js';
import type { ServicePlan } from '../schemas/plan.js';
import type { Distribution, Organization } from '../schemas/sale.js';
import type { CatalogPlan, ContractProduct, PlanCatalog, SaleRecord, SellerRecord, StockLevel, StoredResponse, SubscriptionChangeRecord, SubscriptionRecord } from './repository.js';

export interface Tables {
  sellers: SellerRecord;
  organizations: Organization;
  distributions: Distribution;
  contracts: Contract;
  accounts: Account;
  contractProducts: ContractProduct;
  stock: StockLevel;
  licenses: License;
  dataCenters: DataCenter;
  packages: PlanPackage;
  planCatalogs: PlanCatalog;
  plans: ServicePlan;
  /** Superseded plan versions (plan-versions.ts). */
  planVersions: ServicePlan;
  sales: SaleRecord;
  orders: Order;
  purchases: Purchase;
  subscriptionPlans: CatalogPlan;
  subscriptions: SubscriptionRecord;
  subscriptionChanges: SubscriptionChangeRecord;
  priceLists: PriceListVersion;
  keys: { key: string; fingerprint: string; response: StoredResponse };
  counters: { name: string; value: number };
  domains: { ascii: string };
}

export type Row<K extends keyof Tables> = { sellerId: string; row: Tables[K] };

/** Everything the repository holds, as plain data (the demo can persist it). */
export type MemoryState = { [K in keyof Tables]: Row<K>[] };

export const TABLES: (keyof Tables)[] = [
  'sellers',
  'organizations',
  'distributions',
  'contracts',
  'accounts',
  'contractProducts',
  'stock',
  'licenses',
  'dataCenters',
  'packages',
  'planCatalogs',
  'plans',
  'planVersions',
  'sales',
  'orders',
  'purchases',
  'subscriptionPlans',
  'subscriptions',
  'subscriptionChanges',
  'priceLists',
  'keys',
  'counters',
  'domains',
];

