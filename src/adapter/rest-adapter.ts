/**
 * RestAdapter: the adapter contract over fetch, against the REST API in docs/openapi.yaml.
 *
 * - `baseUrl` prefixes every path ("/api" or "https://partner.example.com/api").
 * - `headers(signal)` is called before every request, for auth (a bearer token, a CSRF header).
 *   It runs under the same timeout and abort signal as the request itself.
 * - Creating and saving requests carry the `Idempotency-Key` header.
 * - Redirects are never followed (`redirect: 'manual'`): headers and bodies go to `baseUrl`'s
 *   server only, and an answer from anywhere else is never taken as data.
 * - Bodies are read as a stream and refused past `maxResponseBytes`.
 * - Every response body is validated with channelkit/schemas; anything else is a `bad-response`.
 * - Errors map by status: 400/422 validation (with field errors), 401 unauthorized, 403 forbidden,
 *   404 not-found, 409 conflict, 429 rate-limited, 408/504 timeout, other 5xx server; a
 *   redirect or a non-JSON success (a login page) is unauthorized; fetch failures are
 *   `network`; the timeout is `timeout`; a caller's abort is `aborted`. docs/adapter.md has it all.
 */
import * as z from 'zod/mini';
import { issuesToFieldErrors } from '../schemas/validate.js';
import { licenseResponses } from '../schemas/license.js';
import { orderResponses } from '../schemas/order.js';
import { planResponses, type ServicePlan } from '../schemas/plan.js';
import { planVersionResponses } from '../schemas/plan-version.js';
import { saleResponses } from '../schemas/sale.js';
import { CHECKS_RESPONSES } from './checked-adapter.js';
import { type Clock, systemClock } from '../core/clock.js';
import { AdapterError } from './errors.js';
import { DEFAULT_MESSAGES, isRecord, kindForStatus, readErrorBody, retryAt } from './rest-errors.js';
import { readText, untilAborted } from './response-text.js';
import type { ChannelkitAdapter } from './types.js';

export interface RestAdapterOptions {
  baseUrl?: string;
  /**
   * Extra headers for every request (auth). May be async; it is given the request's signal, which
   * aborts on the caller's abort and on the timeout. If it throws or rejects, the call fails with
   * `unauthorized` (code `auth-hook-failed`), or with the AdapterError it threw.
   */
  headers?: (signal: AbortSignal) => Record<string, string> | Promise<Record<string, string>>;
  /** Milliseconds before a call (auth hook, request and reading the answer) fails with `timeout`. Default 15000. */
  timeoutMs?: number;
  /** The clock a Retry-After in seconds is counted from (default: the system clock; tests pin it). */
  clock?: Clock;
  /** Largest response body read, in bytes; a larger one fails with `bad-response`. Default 5 MiB. */
  maxResponseBytes?: number;
  /**
   * Whether cookies go with requests. Default `'same-origin'`, the safe choice: cookies only reach
   * the page's own origin. Cookie auth to an API on another origin needs `'include'` and a server
   * that allows it (`Access-Control-Allow-Credentials: true` and an explicit allowed origin).
   */
  credentials?: RequestCredentials;
  /** The fetch to use; defaults to the global one. RestAdapter asks it not to follow redirects. */
  fetch?: typeof fetch;
}

/** 5 MiB: far above any answer of the contract, far below what hurts a page. */
export const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

const isJsonType = (type: string) => /^application\/([\w.+-]*\+)?json\b/i.test(type.trim());

export class RestAdapter implements ChannelkitAdapter {
  /** Answers are checked here, with the same schemas: widgets use this adapter as it is. */
  readonly [CHECKS_RESPONSES] = true;

  readonly baseUrl: string;
  private readonly options: RestAdapterOptions;

  constructor(options: RestAdapterOptions = {}) {
    this.options = options;
    this.baseUrl = (options.baseUrl ?? '/api').replace(/\/$/, '');
  }

  /**
   * One call: JSON in, validated JSON out, typed errors. The timeout and the caller's signal cover
   * all of it: the auth hook, the request and reading the answer.
   */
  async request<T>(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    schema: z.ZodMiniType<T>,
    { body, idempotencyKey, signal }: { body?: unknown; idempotencyKey?: string; signal: AbortSignal },
  ): Promise<T> {
    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? 15000);
    const combined = AbortSignal.any([signal, timeout]);
    try {
      const headers = await this.headersFor(body, idempotencyKey, combined);
      let response: Response;
      try {
        response = await untilAborted(
          (this.options.fetch ?? fetch)(`${this.baseUrl}${path}`, {
            method,
            headers,
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: combined,
            credentials: this.options.credentials ?? 'same-origin',
            redirect: 'manual',
          }),
          combined,
        );
      } catch (e) {
        throw new AdapterError('network', DEFAULT_MESSAGES.network, { cause: e });
      }
      return await this.read(response, `${method} ${path}`, schema, combined);
    } catch (e) {
      if (signal.aborted) throw new AdapterError('aborted', DEFAULT_MESSAGES.aborted, { cause: e });
      if (timeout.aborted) throw new AdapterError('timeout', DEFAULT_MESSAGES.timeout, { cause: e });
      throw e;
    }
  }

  /** The request's headers, the auth hook's included. */
  private async headersFor(body: unknown, idempotencyKey: string | undefined, signal: AbortSignal): Promise<Record<string, string>> {
    let extra: Record<string, string> | undefined;
    try {
      const hook = this.options.headers;
      extra = await untilAborted(Promise.resolve().then(() => hook?.(signal)), signal);
      if (extra != null && !isRecord(extra)) throw new TypeError(`it returned ${typeof extra}, not an object of headers`);
    } catch (e) {
      if (signal.aborted || e instanceof AdapterError) throw e;
      throw new AdapterError('unauthorized', `${DEFAULT_MESSAGES.unauthorized} (the auth headers hook failed: ${e instanceof Error ? e.message : String(e)})`, {
        code: 'auth-hook-failed',
        cause: e,
      });
    }
    const headers: Record<string, string> = { Accept: 'application/json', ...extra };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    return headers;
  }

  /** The answer: refused when redirected, too large, an error status, not JSON, or not of the schema. */
  private async read<T>(response: Response, call: string, schema: z.ZodMiniType<T>, signal: AbortSignal): Promise<T> {
    const { status } = response;
    if (response.type === 'opaqueredirect' || response.redirected || (status >= 300 && status < 400)) {
      void response.body?.cancel().catch(() => {});
      const location = response.headers.get('Location');
      throw new AdapterError(
        'unauthorized',
        `${DEFAULT_MESSAGES.unauthorized} (${call} was redirected${location ? ` to ${location}` : ''}; RestAdapter follows no redirect: a sign-in page, or a baseUrl that is not the API's)`,
        { status: status || undefined, code: 'redirected' },
      );
    }
    let text = '';
    try {
      text = await readText(response, this.options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES, signal);
    } catch (e) {
      if (signal.aborted) throw e;
      // An error answer too large or too broken to read still says what its status says.
      if (response.ok) throw e instanceof AdapterError ? e : new AdapterError('network', `${DEFAULT_MESSAGES.network} (the answer to ${call} was cut off)`, { status, cause: e });
    }
    let json: unknown;
    let parseError: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch (e) {
      parseError = e;
    }
    if (!response.ok) {
      const kind = kindForStatus(status);
      const err = readErrorBody(json);
      throw new AdapterError(kind, err.message ?? DEFAULT_MESSAGES[kind], { status, fieldErrors: err.fieldErrors, code: err.code, retryAt: retryAt(response.headers, (this.options.clock ?? systemClock)().getTime()), clock: this.options.clock });
    }
    if (parseError) {
      const type = response.headers.get('Content-Type') ?? '';
      // JSON cut short is worth a retry; a page of another kind (a sign-in form) is not.
      if (!type || isJsonType(type)) throw new AdapterError('bad-response', `${DEFAULT_MESSAGES['bad-response']} (${call}: not valid JSON)`, { status, cause: parseError });
      throw new AdapterError('unauthorized', `${DEFAULT_MESSAGES.unauthorized} (${call} answered ${type} instead of JSON: usually a sign-in page)`, {
        status,
        code: 'not-json',
        cause: parseError,
      });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const fields = issuesToFieldErrors(parsed.error.issues);
      const where = Object.keys(fields).slice(0, 3).join(', ') || 'the body';
      throw new AdapterError('bad-response', `${DEFAULT_MESSAGES['bad-response']} (${call}: unexpected ${where})`, { status, cause: parsed.error });
    }
    return parsed.data;
  }

  // PlanAdapter
  getPlanContext(productId: string, signal: AbortSignal) {
    return this.request('GET', `/products/${enc(productId)}/plan-context`, planResponses.getPlanContext, { signal });
  }
  getPlan(planId: string, signal: AbortSignal) {
    return this.request('GET', `/plans/${enc(planId)}`, planResponses.getPlan, { signal });
  }
  savePlan(plan: ServicePlan, idempotencyKey: string, signal: AbortSignal) {
    return plan.id
      ? this.request('PUT', `/plans/${enc(plan.id)}`, planResponses.savePlan, { body: plan, idempotencyKey, signal })
      : this.request('POST', `/products/${enc(plan.productId)}/plans`, planResponses.savePlan, { body: plan, idempotencyKey, signal });
  }
  copyPlan(planId: string, name: string, idempotencyKey: string, signal: AbortSignal) {
    return this.request('POST', `/plans/${enc(planId)}/copy`, planResponses.copyPlan, { body: { name }, idempotencyKey, signal });
  }
  getPlanVersions(planId: string, signal: AbortSignal) {
    return this.request('GET', `/plans/${enc(planId)}/versions`, planVersionResponses.getPlanVersions, { signal });
  }
  previewVersionMove(planId: string, fromVersion: number, signal: AbortSignal) {
    return this.request('GET', `/plans/${enc(planId)}/versions/${fromVersion}/move-preview`, planVersionResponses.previewVersionMove, { signal });
  }
  moveVersion(planId: string, fromVersion: number, idempotencyKey: string, signal: AbortSignal) {
    return this.request('POST', `/plans/${enc(planId)}/versions/${fromVersion}/move`, planVersionResponses.moveVersion, { idempotencyKey, signal });
  }

  // SaleAdapter
  getSellerContext(signal: AbortSignal) {
    return this.request('GET', '/seller', saleResponses.getSellerContext, { signal });
  }
  searchOrganizations(query: string, signal: AbortSignal) {
    return this.request('GET', `/organizations?q=${enc(query)}`, saleResponses.searchOrganizations, { signal });
  }
  listDistributions(signal: AbortSignal) {
    return this.request('GET', '/distributions', saleResponses.listDistributions, { signal });
  }
  createSale(input: Parameters<ChannelkitAdapter['createSale']>[0], idempotencyKey: string, signal: AbortSignal) {
    return this.request('POST', '/sales', saleResponses.createSale, { body: input, idempotencyKey, signal });
  }

  // LicenseAdapter
  listContracts(signal: AbortSignal) {
    return this.request('GET', '/contracts', licenseResponses.listContracts, { signal });
  }
  listAccounts(signal: AbortSignal) {
    return this.request('GET', '/accounts', licenseResponses.listAccounts, { signal });
  }
  saveContractAccount(contractId: string, accountId: string, idempotencyKey: string, signal: AbortSignal) {
    return this.request('PUT', `/contracts/${enc(contractId)}/account`, licenseResponses.saveContractAccount, { body: { accountId }, idempotencyKey, signal });
  }
  listContractProducts(contractId: string, signal: AbortSignal) {
    return this.request('GET', `/contracts/${enc(contractId)}/products`, licenseResponses.listContractProducts, { signal });
  }
  getStock(contractId: string, productId: string, signal: AbortSignal) {
    return this.request('GET', `/contracts/${enc(contractId)}/stock?productId=${enc(productId)}`, licenseResponses.getStock, { signal });
  }
  getActiveLicenses(accountId: string, productId: string, signal: AbortSignal) {
    return this.request('GET', `/accounts/${enc(accountId)}/licenses?productId=${enc(productId)}&status=active`, licenseResponses.getActiveLicenses, { signal });
  }
  purchaseLicenses(input: Parameters<ChannelkitAdapter['purchaseLicenses']>[0], idempotencyKey: string, signal: AbortSignal) {
    return this.request('POST', '/license-purchases', licenseResponses.purchaseLicenses, { body: input, idempotencyKey, signal });
  }

  // OrderAdapter
  getOrderOptions(signal: AbortSignal) {
    return this.request('GET', '/order-options', orderResponses.getOrderOptions, { signal });
  }
  createOrder(input: Parameters<ChannelkitAdapter['createOrder']>[0], idempotencyKey: string, signal: AbortSignal) {
    return this.request('POST', '/orders', orderResponses.createOrder, { body: input, idempotencyKey, signal });
  }
}

const enc = encodeURIComponent;
