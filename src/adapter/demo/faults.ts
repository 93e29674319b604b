/** Fault injection: the routes of the REST contract by name, and the faults a route can be given. */
import type { FieldErrors } from '../../schemas/validate.js';

/** Names of the routes, for fault injection. */
export type RouteName =
  | 'plan-context'
  | 'get-plan'
  | 'save-plan'
  | 'copy-plan'
  | 'seller'
  | 'search-organizations'
  | 'distributions'
  | 'create-sale'
  | 'contracts'
  | 'accounts'
  | 'save-contract-account'
  | 'contract-products'
  | 'stock'
  | 'active-licenses'
  | 'purchase'
  | 'order-options'
  | 'create-order'
  | 'list-sales'
  | 'get-sale'
  | 'approve-sale'
  | 'reject-sale'
  | 'license-batches'
  | 'list-plans'
  | 'set-plan-active'
  | 'list-subscriptions'
  | 'get-subscription'
  | 'change-subscription'
  | 'cancel-pending-change'
  | 'plan-versions'
  | 'preview-version-move'
  | 'move-version';

/** Each route of the REST contract: method, path below the API root, name. */
const ROUTES: readonly [string, RegExp, RouteName][] = [
  ['GET', /^\/products\/[^/]+\/plan-context$/, 'plan-context'],
  ['GET', /^\/plans\/[^/]+$/, 'get-plan'],
  ['POST', /^\/products\/[^/]+\/plans$/, 'save-plan'],
  ['PUT', /^\/plans\/[^/]+$/, 'save-plan'],
  ['POST', /^\/plans\/[^/]+\/copy$/, 'copy-plan'],
  ['GET', /^\/seller$/, 'seller'],
  ['GET', /^\/organizations$/, 'search-organizations'],
  ['GET', /^\/distributions$/, 'distributions'],
  ['POST', /^\/sales$/, 'create-sale'],
  ['GET', /^\/contracts$/, 'contracts'],
  ['GET', /^\/accounts$/, 'accounts'],
  ['PUT', /^\/contracts\/[^/]+\/account$/, 'save-contract-account'],
  ['GET', /^\/contracts\/[^/]+\/products$/, 'contract-products'],
  ['GET', /^\/contracts\/[^/]+\/stock$/, 'stock'],
  ['GET', /^\/accounts\/[^/]+\/licenses$/, 'active-licenses'],
  ['POST', /^\/license-purchases$/, 'purchase'],
  ['GET', /^\/order-options$/, 'order-options'],
  ['POST', /^\/orders$/, 'create-order'],
  ['GET', /^\/sales$/, 'list-sales'],
  ['GET', /^\/sales\/[^/]+$/, 'get-sale'],
  ['POST', /^\/sales\/[^/]+\/approve$/, 'approve-sale'],
  ['POST', /^\/sales\/[^/]+\/reject$/, 'reject-sale'],
  ['GET', /^\/accounts\/[^/]+\/license-batches$/, 'license-batches'],
  ['GET', /^\/plans$/, 'list-plans'],
  ['PUT', /^\/plans\/[^/]+\/active$/, 'set-plan-active'],
  ['GET', /^\/subscriptions$/, 'list-subscriptions'],
  ['GET', /^\/subscriptions\/[^/]+$/, 'get-subscription'],
  ['POST', /^\/subscriptions\/[^/]+\/changes$/, 'change-subscription'],
  ['POST', /^\/subscriptions\/[^/]+\/pending-change\/cancel$/, 'cancel-pending-change'],
  ['GET', /^\/plans\/[^/]+\/versions$/, 'plan-versions'],
  ['GET', /^\/plans\/[^/]+\/versions\/[^/]+\/move-preview$/, 'preview-version-move'],
  ['POST', /^\/plans\/[^/]+\/versions\/[^/]+\/move$/, 'move-version'],
];

/** The route a request is for (`path` below the API root), or null. */
export function routeOf(method: string, path: string): RouteName | null {
  return ROUTES.find(([m, pattern]) => m === method && pattern.test(path))?.[2] ?? null;
}

export type FaultKind = 'latency' | 'server' | 'validation' | 'forbidden' | 'conflict' | 'network' | 'malformed' | 'timeout';

export interface Fault {
  kind: FaultKind;
  /** Latency in ms (for 'latency', or added before any other fault). */
  ms?: number;
  /** For 'validation': the field errors to return. */
  fields?: FieldErrors;
  /** A reason code for the error body. */
  code?: string;
  message?: string;
  /** How many requests the fault applies to; undefined means every one. */
  times?: number;
  /** For 'network': fail after the request was processed (the record exists; a retry must not duplicate it). */
  after?: boolean;
}
