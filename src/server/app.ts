/**
 * channelkit/server: the REST contract of docs/openapi.yaml as a standard fetch handler,
 * `(request: Request) => Promise<Response>`, built on Hono. It runs wherever fetch does: Node
 * (see node.ts), Deno, Bun, workers, and inside msw in a browser (the demo backend). It keeps no
 * state of its own: everything is in the repository, so several processes can share one database.
 *
 * Every create runs in one repository transaction that first claims its Idempotency-Key: the
 * same key with the same body gets the first response; with another body, 422
 * `idempotency-key-reused`; concurrent duplicates wait for the first and get its response.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { type Clock, stampFrom, systemClock, todayFrom } from '../core/clock.js';
import { parseJson } from './body.js';
import type { Answer, RequestContext } from './context.js';
import * as licenses from './licenses.js';
import * as orders from './orders.js';
import * as planVersions from './plan-versions.js';
import * as plans from './plans.js';
import * as priceOverride from './price-override.js';
import { type AuthHook, type Principal, scopeOf } from './principal.js';
import { Refusal } from './refusal.js';
import type { Repository, RepositoryReads, RepositoryTransaction } from './repository.js';
import * as sales from './sales.js';
import * as subscriptions from './subscriptions.js';

export interface ServerOptions {
  repository: Repository;
  /**
   * The host's auth hook. When set, a request it answers null for gets 401. When not set, every
   * request acts as `defaultPrincipal`: only for a server on loopback (see docs/server.md).
   */
  auth?: AuthHook;
  /** The principal when there is no auth hook (the demo seller with every permission). */
  defaultPrincipal?: Principal;
  /** The server's clock: "today", stamps. Default: the system clock. */
  clock?: Clock;
  /** The business time zone "today" is read in (IANA name). Default: the runtime's. */
  timeZone?: string;
  /** Where the API is mounted. Default "/api". */
  basePath?: string;
  /** Largest request body in bytes; larger ones get 413. Default 256 KiB. */
  maxBodyBytes?: number;
  /** Origins allowed to call cross-origin. Default: none (no CORS headers at all). */
  corsOrigins?: readonly string[];
  /** Told about every unexpected error (answered 500). Default: console.error. */
  onError?: (error: unknown, request: Request) => void;
  /** New record ids. Default: prefix + random UUID. */
  newId?: (prefix: string) => string;
  /**
   * When set, a new sale approves itself this many milliseconds after it was created, by the
   * server's clock (the demo's "you will receive a notification email once the sale has been
   * approved"). Settled before every read of sales, so it needs no timer and survives restarts.
   * Default: off (a sale waits for POST /sales/{id}/approve).
   */
  autoApproveSalesAfterMs?: number;
}

export type FetchHandler = (request: Request) => Promise<Response>;

export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/** Longest Idempotency-Key accepted (a UUID is 36). */
const MAX_KEY_LENGTH = 255;

type Env = { Variables: { ctx: RequestContext } };

const errorJson = (c: Context, refusal: Refusal) => c.json(refusal.body, refusal.status as 400);

/** JSON with its keys sorted, so two bodies that mean the same have one fingerprint. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

async function fingerprint(method: string, path: string, body: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(`${method} ${path}\n${canonical(body)}`);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Builds the fetch handler. */
export function createServer(options: ServerOptions): FetchHandler {
  return createApp(options).fetch as FetchHandler;
}

/** The Hono app behind `createServer`, for hosts that mount it inside their own Hono app. */
export function createApp(options: ServerOptions): Hono<Env> {
  const repo = options.repository;
  const clock = options.clock ?? systemClock;
  const newId = options.newId ?? ((prefix: string) => `${prefix}-${crypto.randomUUID()}`);
  const app = new Hono<Env>().basePath(options.basePath ?? '/api');

  if (options.corsOrigins?.length) {
    app.use('*', cors({ origin: [...options.corsOrigins], allowHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization'], allowMethods: ['GET', 'POST', 'PUT'], credentials: true }));
  }

  app.use('*', async (c, next) => {
    const principal = options.auth ? await options.auth(c.req.raw) : (options.defaultPrincipal ?? null);
    if (!principal) throw new Refusal(401, 'Sign in to continue.', { code: 'unauthenticated' });
    c.set('ctx', { principal, scope: scopeOf(principal), today: todayFrom(clock, options.timeZone), now: stampFrom(clock), newId, autoApproveSalesAfterMs: options.autoApproveSalesAfterMs });
    await next();
  });

  const limit = bodyLimit({
    maxSize: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    onError: (c) => errorJson(c, new Refusal(413, `The request body is larger than ${options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES} bytes.`, { code: 'body-too-large' })),
  });

  const send = (c: Context<Env>, a: Answer, replayed = false) => {
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return a.body === undefined ? c.body(null, a.status as 200) : c.json(a.body as object, a.status as 200);
  };

  /** A read: answered from the repository outside any transaction. */
  const read = (run: (repo: RepositoryReads, ctx: RequestContext, c: Context<Env>) => Promise<Answer>) => async (c: Context<Env>) => send(c, await run(repo, c.get('ctx'), c));

  /**
   * A create or save: JSON body, Idempotency-Key, one transaction. With `bodyless`, an action
   * that takes no body (its fingerprint is the path alone); a JSON body sent anyway is read.
   */
  const create = (run: (tx: RepositoryTransaction, ctx: RequestContext, body: unknown, c: Context<Env>) => Promise<Answer>, bodyless = false) => async (c: Context<Env>) => {
    const text = await c.req.text();
    const type = c.req.header('Content-Type') ?? '';
    if (!(bodyless && !text) && !/^application\/json\s*(;|$)/i.test(type)) {
      throw new Refusal(415, 'Send the body as JSON (Content-Type: application/json).', { code: 'unsupported-media-type' });
    }
    const body = bodyless && !text ? null : parseJson(text);
    const key = c.req.header('Idempotency-Key');
    if (!key) throw new Refusal(400, 'The Idempotency-Key header is required.', { code: 'idempotency-key-missing' });
    if (key.length > MAX_KEY_LENGTH) throw new Refusal(400, `The Idempotency-Key header is longer than ${MAX_KEY_LENGTH} characters.`, { code: 'idempotency-key-invalid' });
    const ctx = c.get('ctx');
    const seller = ctx.principal.organizationId;
    const print = await fingerprint(c.req.method, c.req.path, body);
    const { answer, replayed } = await repo.transaction(async (tx) => {
      const seen = await tx.claimKey(seller, key, print);
      if (seen) {
        if (seen.fingerprint !== print) {
          throw new Refusal(422, 'This Idempotency-Key was already used for a different request. Make a new key for a new request.', { code: 'idempotency-key-reused' });
        }
        return { answer: seen.response, replayed: true };
      }
      const result = await run(tx, ctx, body, c);
      // Only successes are kept: a refused request may be corrected and sent again with its key.
      await tx.saveResponse(seller, key, result);
      return { answer: result, replayed: false };
    });
    return send(c, answer, replayed);
  };

  /** Sales due for their automatic approval are approved before sales are read or decided. */
  const settled = async (c: Context<Env>, next: () => Promise<void>) => {
    await sales.settleDueSales(repo, c.get('ctx'));
    await next();
  };

  /** Subscriptions settled to the server's today before they are read or changed. */
  const current = async (c: Context<Env>, next: () => Promise<void>) => {
    await subscriptions.settleDueSubscriptions(repo, c.get('ctx'));
    await next();
  };

  const param = (c: Context<Env>, name: string) => c.req.param(name) ?? '';
  const query = (c: Context<Env>, name: string) => c.req.query(name) ?? '';

  // Plans
  app.get('/products/:productId/plan-context', read((r, ctx, c) => plans.planContext(r, ctx, param(c, 'productId'))));
  app.post('/products/:productId/plans', limit, create((tx, ctx, body, c) => plans.savePlan(tx, ctx, { productId: param(c, 'productId') }, body)));
  app.get('/plans/:planId', read((r, ctx, c) => plans.getPlan(r, ctx, param(c, 'planId'))));
  app.put('/plans/:planId', limit, create((tx, ctx, body, c) => plans.savePlan(tx, ctx, { planId: param(c, 'planId') }, body)));
  app.post('/plans/:planId/copy', limit, create((tx, ctx, body, c) => plans.copyPlan(tx, ctx, param(c, 'planId'), body)));
  app.get('/plans', read((r, ctx, c) => plans.listPlans(r, ctx, c.req.url)));
  app.put('/plans/:planId/active', limit, create((tx, ctx, body, c) => plans.setPlanActive(tx, ctx, param(c, 'planId'), body)));
  app.get('/plans/:planId/versions', current, read((r, ctx, c) => planVersions.planVersions(r, ctx, param(c, 'planId'))));
  app.get('/plans/:planId/versions/:version/move-preview', current, read((r, ctx, c) => planVersions.previewVersionMove(r, ctx, param(c, 'planId'), param(c, 'version'))));
  app.post('/plans/:planId/versions/:version/move', limit, current, create((tx, ctx, _body, c) => planVersions.moveVersion(tx, ctx, param(c, 'planId'), param(c, 'version')), true));
  // Sales
  app.get('/seller', read((r, ctx) => sales.sellerContext(r, ctx)));
  app.get('/price-lists', read((r, ctx) => subscriptions.priceLists(r, ctx)));
  app.get('/organizations', read((r, ctx, c) => sales.searchOrganizations(r, ctx, query(c, 'q'))));
  app.get('/distributions', read((r, ctx) => sales.distributions(r, ctx)));
  app.post('/sales', limit, create((tx, ctx, body) => sales.createSale(tx, ctx, body)));
  app.get('/sales', settled, read((r, ctx, c) => sales.listSales(r, ctx, c.req.url)));
  app.get('/sales/:saleId', settled, read((r, ctx, c) => sales.getSale(r, ctx, param(c, 'saleId'))));
  app.post('/sales/:saleId/approve', limit, settled, create((tx, ctx, body, c) => sales.decideSale(tx, ctx, param(c, 'saleId'), 'approved', body)));
  app.post('/sales/:saleId/reject', limit, settled, create((tx, ctx, body, c) => sales.decideSale(tx, ctx, param(c, 'saleId'), 'rejected', body)));
  // Licenses
  app.get('/contracts', read((r, ctx) => licenses.contracts(r, ctx)));
  app.get('/accounts', read((r, ctx) => licenses.accounts(r, ctx)));
  app.put('/contracts/:contractId/account', limit, create((tx, ctx, body, c) => licenses.saveContractAccount(tx, ctx, param(c, 'contractId'), body)));
  app.get('/contracts/:contractId/products', read((r, ctx, c) => licenses.contractProducts(r, ctx, param(c, 'contractId'))));
  app.get('/contracts/:contractId/stock', read((r, ctx, c) => licenses.stock(r, ctx, param(c, 'contractId'), query(c, 'productId'))));
  app.get('/accounts/:accountId/license-batches', read((r, ctx, c) => licenses.listLicenses(r, ctx, param(c, 'accountId'), c.req.url)));
  app.get('/accounts/:accountId/licenses', read((r, ctx, c) => licenses.activeLicenses(r, ctx, param(c, 'accountId'), query(c, 'productId'))));
  app.post('/license-purchases', limit, create((tx, ctx, body) => licenses.purchase(tx, ctx, body)));
  // Orders
  app.get('/order-options', read((r, ctx) => orders.orderOptions(r, ctx)));
  app.post('/orders', limit, create((tx, ctx, body) => orders.createOrder(tx, ctx, body)));
  // Subscriptions
  app.get('/subscriptions', current, read((r, ctx, c) => subscriptions.listSubscriptions(r, ctx, c.req.url)));
  app.get('/subscriptions/:subscriptionId', current, read((r, ctx, c) => subscriptions.getSubscription(r, ctx, param(c, 'subscriptionId'))));
  app.post('/subscriptions/:subscriptionId/changes', limit, current, create((tx, ctx, body, c) => subscriptions.changeSubscription(tx, ctx, param(c, 'subscriptionId'), body)));
  app.put('/subscriptions/:subscriptionId/price-override', limit, current, create((tx, ctx, body, c) => priceOverride.setPriceOverride(tx, ctx, param(c, 'subscriptionId'), body)));
  app.post('/subscriptions/:subscriptionId/pending-change/cancel', limit, current, create((tx, ctx, _body, c) => subscriptions.cancelPendingChange(tx, ctx, param(c, 'subscriptionId')), true));

  app.notFound((c) => errorJson(c, new Refusal(404, 'There is nothing at this address.', { code: 'not-found' })));
  app.onError((error, c) => {
    if (error instanceof Refusal) return errorJson(c, error);
    (options.onError ?? ((e) => console.error(e)))(error, c.req.raw);
    return errorJson(c, new Refusal(500, 'The server had a problem. Try again in a moment.', { code: 'internal' }));
  });
  return app;
}
