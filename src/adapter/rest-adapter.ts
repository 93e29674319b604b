/**
 * RestAdapter: the adapter contract over fetch, against the REST API in docs/openapi.yaml.
 *
 * - `baseUrl` prefixes every path ("/api" or "https://partner.example.com/api").
 * - `headers()` is called before every request, for auth (a bearer token, a CSRF header).
 * - Creating and saving requests carry the `Idempotency-Key` header.
 * - Every response body is validated with channelkit/schemas; anything else is a `bad-response`.
 * - Errors map by status: 400/422 validation (with field errors), 401/403 forbidden,
 *   404 not-found, 409 conflict, 408/504 timeout, other 5xx server; fetch failures are
 *   `network`; the timeout is `timeout`; a caller's abort is `aborted`.
 */
import * as z from 'zod/mini';
import { issuesToFieldErrors } from '../schemas/validate.js';
import { accountSchema, activeLicensesSchema, contractSchema, productSchema, purchaseSchema, stockSchema } from '../schemas/license.js';
import { orderOptionsSchema, orderSchema } from '../schemas/order.js';
import { planContextSchema, servicePlanShape } from '../schemas/plan.js';
import { distributionSchema, organizationSchema, saleSchema, sellerContextSchema } from '../schemas/sale.js';
import { AdapterError, type AdapterErrorKind } from './errors.js';
import type { ChannelkitAdapter } from './types.js';

export interface RestAdapterOptions {
  baseUrl?: string;
  /** Extra headers for every request (auth). May be async. */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  /** Milliseconds before a request fails with `timeout`. Default 15000. */
  timeoutMs?: number;
  /** The fetch to use; defaults to the global one. */
  fetch?: typeof fetch;
}

/** The error body of the REST contract. */
const errorBodySchema = z.object({
  error: z.object({
    message: z.optional(z.string()),
    code: z.optional(z.string()),
    fields: z.optional(z.record(z.string(), z.string())),
  }),
});

function kindForStatus(status: number): AdapterErrorKind {
  if (status === 400 || status === 422) return 'validation';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 408 || status === 504) return 'timeout';
  return 'server';
}

const DEFAULT_MESSAGES: Record<AdapterErrorKind, string> = {
  network: 'The server could not be reached.',
  timeout: 'The server took too long to answer.',
  validation: 'Some values were not accepted.',
  forbidden: 'You are not allowed to do this.',
  'not-found': 'It was not found.',
  conflict: 'It changed in the meantime.',
  server: 'The server had a problem.',
  'bad-response': 'The server sent an answer that could not be read.',
  aborted: 'The request was cancelled.',
};

export class RestAdapter implements ChannelkitAdapter {
  readonly baseUrl: string;
  private readonly options: RestAdapterOptions;

  constructor(options: RestAdapterOptions = {}) {
    this.options = options;
    this.baseUrl = (options.baseUrl ?? '/api').replace(/\/$/, '');
  }

  /** One request: JSON in, validated JSON out, typed errors. */
  async request<T>(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    schema: z.ZodMiniType<T>,
    { body, idempotencyKey, signal }: { body?: unknown; idempotencyKey?: string; signal: AbortSignal },
  ): Promise<T> {
    const timeoutMs = this.options.timeoutMs ?? 15000;
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = AbortSignal.any([signal, timeout]);
    const headers: Record<string, string> = { Accept: 'application/json', ...(await this.options.headers?.()) };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: combined,
        credentials: 'same-origin',
      });
    } catch (e) {
      if (signal.aborted) throw new AdapterError('aborted', DEFAULT_MESSAGES.aborted, { cause: e });
      if (timeout.aborted) throw new AdapterError('timeout', DEFAULT_MESSAGES.timeout, { cause: e });
      throw new AdapterError('network', DEFAULT_MESSAGES.network, { cause: e });
    }
    let json: unknown;
    let text = '';
    try {
      text = await response.text();
      json = text ? JSON.parse(text) : undefined;
    } catch (e) {
      if (signal.aborted) throw new AdapterError('aborted', DEFAULT_MESSAGES.aborted, { cause: e });
      if (timeout.aborted) throw new AdapterError('timeout', DEFAULT_MESSAGES.timeout, { cause: e });
      if (response.ok) throw new AdapterError('bad-response', DEFAULT_MESSAGES['bad-response'], { status: response.status, cause: e });
      json = undefined;
    }
    if (!response.ok) {
      const kind = kindForStatus(response.status);
      const parsed = errorBodySchema.safeParse(json);
      const err = parsed.success ? parsed.data.error : {};
      throw new AdapterError(kind, err.message || DEFAULT_MESSAGES[kind], { status: response.status, fieldErrors: err.fields, code: err.code });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const fields = issuesToFieldErrors(parsed.error.issues);
      const where = Object.keys(fields).slice(0, 3).join(', ') || 'the body';
      throw new AdapterError('bad-response', `${DEFAULT_MESSAGES['bad-response']} (${method} ${path}: unexpected ${where})`, {
        status: response.status,
        cause: parsed.error,
      });
    }
    return parsed.data;
  }

  // PlanAdapter
  getPlanContext(productId: string, signal: AbortSignal) {
    return this.request('GET', `/products/${enc(productId)}/plan-context`, planContextSchema, { signal });
  }
  getPlan(planId: string, signal: AbortSignal) {
    return this.request('GET', `/plans/${enc(planId)}`, servicePlanShape, { signal });
  }
  savePlan(plan: z.infer<typeof servicePlanShape>, idempotencyKey: string, signal: AbortSignal) {
    return plan.id
      ? this.request('PUT', `/plans/${enc(plan.id)}`, servicePlanShape, { body: plan, idempotencyKey, signal })
      : this.request('POST', `/products/${enc(plan.productId)}/plans`, servicePlanShape, { body: plan, idempotencyKey, signal });
  }
  copyPlan(planId: string, name: string, idempotencyKey: string, signal: AbortSignal) {
    return this.request('POST', `/plans/${enc(planId)}/copy`, servicePlanShape, { body: { name }, idempotencyKey, signal });
  }

  // SaleAdapter
  getSellerContext(signal: AbortSignal) {
    return this.request('GET', '/seller', sellerContextSchema, { signal });
  }
  searchOrganizations(query: string, signal: AbortSignal) {
    return this.request('GET', `/organizations?q=${enc(query)}`, z.array(organizationSchema), { signal });
  }
  listDistributions(signal: AbortSignal) {
    return this.request('GET', '/distributions', z.array(distributionSchema), { signal });
  }
  createSale(input: Parameters<ChannelkitAdapter['createSale']>[0], idempotencyKey: string, signal: AbortSignal) {
    return this.request('POST', '/sales', saleSchema, { body: input, idempotencyKey, signal });
  }

  // LicenseAdapter
  listContracts(signal: AbortSignal) {
    return this.request('GET', '/contracts', z.array(contractSchema), { signal });
  }
  listAccounts(signal: AbortSignal) {
    return this.request('GET', '/accounts', z.array(accountSchema), { signal });
  }
  saveContractAccount(contractId: string, accountId: string, idempotencyKey: string, signal: AbortSignal) {
    return this.request('PUT', `/contracts/${enc(contractId)}/account`, contractSchema, { body: { accountId }, idempotencyKey, signal });
  }
  listContractProducts(contractId: string, signal: AbortSignal) {
    return this.request('GET', `/contracts/${enc(contractId)}/products`, z.array(productSchema), { signal });
  }
  getStock(contractId: string, productId: string, signal: AbortSignal) {
    return this.request('GET', `/contracts/${enc(contractId)}/stock?productId=${enc(productId)}`, stockSchema, { signal });
  }
  getActiveLicenses(accountId: string, productId: string, signal: AbortSignal) {
    return this.request('GET', `/accounts/${enc(accountId)}/licenses?productId=${enc(productId)}&status=active`, activeLicensesSchema, { signal });
  }
  purchaseLicenses(input: Parameters<ChannelkitAdapter['purchaseLicenses']>[0], idempotencyKey: string, signal: AbortSignal) {
    return this.request('POST', '/license-purchases', purchaseSchema, { body: input, idempotencyKey, signal });
  }

  // OrderAdapter
  getOrderOptions(signal: AbortSignal) {
    return this.request('GET', '/order-options', orderOptionsSchema, { signal });
  }
  createOrder(input: Parameters<ChannelkitAdapter['createOrder']>[0], idempotencyKey: string, signal: AbortSignal) {
    return this.request('POST', '/orders', orderSchema, { body: input, idempotencyKey, signal });
  }
}

const enc = encodeURIComponent;
