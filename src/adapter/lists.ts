/**
 * channelkit/adapter/lists: RestListAdapter (RestAdapter plus the list methods the list elements
 * need: listSales, getSale, approveSale, rejectSale, listLicenses, listPlans, setPlanActive) and
 * the list types. An entry of its own so a page without a list does not load the list schemas.
 */
export { RestListAdapter } from './rest-list-adapter.js';
export type { ListAdapter, SubscriptionAdapter } from './types.js';
export type { ListPage, ListQueryInput, SaleRow, SaleDetail, LicenseRow, PlanRow } from '../schemas/lists.js';
export type { Subscription, SubscriptionChangeInput, SubscriptionChangeResult, SubscriptionDetail, SubscriptionPlan } from '../schemas/subscription.js';
