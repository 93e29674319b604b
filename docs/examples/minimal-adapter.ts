// A complete adapter of your own: every method of every widget (the four creation flows, the lists,
// the subscriptions) over a backend that is not the REST contract — here one JSON endpoint per
// method, `POST /rpc/<method>`. Type-checked by `npm test` (scripts/check-examples.mjs) and shown in
// docs/adapter.md. What it must do, and does: pass the widget's AbortSignal on, send the
// idempotency key with everything that creates or saves, and reject with AdapterError (field
// errors by path for a validation failure). It need not check the answers' shape: every widget
// checks what an adapter returns with the kit's response schemas.
import { AdapterError, type ChannelkitAdapter } from 'channelkit/adapter';

/** One call to the host's backend: the method's arguments as JSON, its answer as JSON. */
async function call<T>(method: string, args: object, signal: AbortSignal, idempotencyKey?: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/rpc/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}) },
      body: JSON.stringify(args),
      signal,
    });
  } catch (e) {
    // An abort stays an abort; anything else is the network.
    throw signal.aborted ? new AdapterError('aborted', 'Cancelled.', { cause: e }) : new AdapterError('network', 'The server cannot be reached.', { cause: e });
  }
  const body = (await response.json().catch(() => null)) as { error?: { message?: string; code?: string; fields?: Record<string, string> } } | null;
  if (response.ok) return body as T;
  const { message = 'The request failed.', code, fields } = body?.error ?? {};
  const status = response.status;
  const kind = status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : status === 404 ? 'not-found' : status === 409 ? 'conflict' : status === 422 ? 'validation' : 'server';
  throw new AdapterError(kind, message, { status, code, fieldErrors: fields });
}

/** Every method of ChannelkitAdapter, the optional list and subscription ones included. */
export const minimalAdapter: Required<ChannelkitAdapter> = {
  // <service-plan-editor>
  getPlanContext: (productId, signal) => call('getPlanContext', { productId }, signal),
  getPlan: (planId, signal) => call('getPlan', { planId }, signal),
  savePlan: (plan, key, signal) => call('savePlan', { plan }, signal, key),
  copyPlan: (planId, name, key, signal) => call('copyPlan', { planId, name }, signal, key),
  getPlanVersions: (planId, signal) => call('getPlanVersions', { planId }, signal),
  previewVersionMove: (planId, fromVersion, signal) => call('previewVersionMove', { planId, fromVersion }, signal),
  moveVersion: (planId, fromVersion, key, signal) => call('moveVersion', { planId, fromVersion }, signal, key),
  // <sale-wizard>
  getSellerContext: (signal) => call('getSellerContext', {}, signal),
  searchOrganizations: (query, signal) => call('searchOrganizations', { query }, signal),
  listDistributions: (signal) => call('listDistributions', {}, signal),
  createSale: (input, key, signal) => call('createSale', { input }, signal, key),
  // <license-purchase>
  listContracts: (signal) => call('listContracts', {}, signal),
  listAccounts: (signal) => call('listAccounts', {}, signal),
  saveContractAccount: (contractId, accountId, key, signal) => call('saveContractAccount', { contractId, accountId }, signal, key),
  listContractProducts: (contractId, signal) => call('listContractProducts', { contractId }, signal),
  getStock: (contractId, productId, signal) => call('getStock', { contractId, productId }, signal),
  getActiveLicenses: (accountId, productId, signal) => call('getActiveLicenses', { accountId, productId }, signal),
  purchaseLicenses: (input, key, signal) => call('purchaseLicenses', { input }, signal, key),
  // <order-form>
  getOrderOptions: (signal) => call('getOrderOptions', {}, signal),
  createOrder: (input, key, signal) => call('createOrder', { input }, signal, key),
  // <sales-list>, <license-list>, <service-plan-list>
  listSales: (query, signal) => call('listSales', { query }, signal),
  getSale: (saleId, signal) => call('getSale', { saleId }, signal),
  approveSale: (saleId, note, key, signal) => call('approveSale', { saleId, note }, signal, key),
  rejectSale: (saleId, note, key, signal) => call('rejectSale', { saleId, note }, signal, key),
  listLicenses: (accountId, query, signal) => call('listLicenses', { accountId, query }, signal),
  listPlans: (productId, query, signal) => call('listPlans', { productId, query }, signal),
  setPlanActive: (planId, active, key, signal) => call('setPlanActive', { planId, active }, signal, key),
  // <subscription-list>, <subscription-change>
  listSubscriptions: (query, signal) => call('listSubscriptions', { query }, signal),
  getSubscription: (subscriptionId, signal) => call('getSubscription', { subscriptionId }, signal),
  changeSubscription: (subscriptionId, input, key, signal) => call('changeSubscription', { subscriptionId, input }, signal, key),
  cancelPendingChange: (subscriptionId, key, signal) => call('cancelPendingChange', { subscriptionId }, signal, key),
  getPriceLists: (signal) => call('getPriceLists', {}, signal),
  setPriceOverride: (subscriptionId, input, key, signal) => call('setPriceOverride', { subscriptionId, input }, signal, key),
};
