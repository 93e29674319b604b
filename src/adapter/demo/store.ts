/**
 * The demo backend: channelkit/server's fetch handler over its in-memory repository, seeded
 * with the demo data, plus what only a demo needs: fault injection, scenarios that make it
 * behave like another customer, and views of its data that tests and the demo page read and
 * edit in place. It holds no business rule of its own: the demo, the tests and the server
 * cannot disagree. handlers.ts serves it with msw.
 */
import { type Clock, systemClock, todayFrom } from '../../core/clock.js';
import type { CalendarDate } from '../../core/dates.js';
import type { Purchase } from '../../schemas/license.js';
import type { Order } from '../../schemas/order.js';
import type { ServicePlan } from '../../schemas/plan.js';
import type { Sale } from '../../schemas/sale.js';
import type { FieldErrors } from '../../schemas/validate.js';
import { createServer, type FetchHandler } from '../../server/app.js';
import { MemoryRepository, type MemoryState } from '../../server/memory-repository.js';
import type { Principal } from '../../server/principal.js';
import { DEMO_PRINCIPAL, DEMO_PRINCIPAL_WITHOUT_LTI, demoTenants } from '../../server/seed.js';
import type { DemoData } from './seed.js';

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
  | 'create-order';

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

export interface DemoResponse {
  status: number;
  body: unknown;
}

/** Switches that make the demo behave like a different customer. */
export interface DemoScenario {
  /** The seller has no LTI service: requests act as the demo seller without it. */
  sellerWithoutLti?: boolean;
  /** The user may not create licenses: no contract allows it. */
  contractsUnusable?: boolean;
}

/** What was created or changed since the seed. */
export interface DemoRecords {
  sales: Sale[];
  orders: Order[];
  purchases: Purchase[];
  /** Plans created, copied or saved. */
  plans: ServicePlan[];
  accountsByContract: Record<string, string>;
}

/** What the demo page keeps in localStorage: everything, with the day the data was seeded. */
export interface DemoSnapshot {
  version: 1;
  seededOn: CalendarDate;
  state: MemoryState;
}

type Tables = MemoryState;
type Table = keyof Tables;

/**
 * The repository's live rows in the shape of the demo seed (DemoData): reading a field lists
 * them, editing a row edits the backend's data, assigning a field replaces the demo seller's rows.
 */
function dataView(repo: MemoryRepository): DemoData {
  const t = (): Tables => repo.tables;
  const seller = DEMO_PRINCIPAL.organizationId;
  const rows = <K extends Table>(table: K, owner: string | null = seller) =>
    (t()[table] as Tables[K]).filter((r) => owner === null || r.sellerId === owner).map((r) => r.row) as Tables[K][number]['row'][];
  const replace = <K extends Table>(table: K, keep: (r: Tables[K][number]) => boolean, added: Tables[K][number][]) => {
    (t() as Record<Table, unknown[]>)[table] = [...(t()[table] as Tables[K][number][]).filter(keep), ...added];
  };
  const own = <K extends Table>(table: K) => ({
    get: () => rows(table),
    set: (list: Tables[K][number]['row'][]) =>
      replace(
        table,
        (r) => r.sellerId !== seller,
        list.map((row) => ({ sellerId: seller, row }) as Tables[K][number]),
      ),
  });
  const sellerRecord = (lti: boolean) => t().sellers.find((s) => s.row.hasLtiService === lti)!.row;
  const view = {};
  const define = (name: keyof DemoData, accessors: { get: () => unknown; set?: (v: never) => void }) =>
    Object.defineProperty(view, name, { enumerable: true, get: accessors.get, set: accessors.set ?? (() => undefined) });

  define('sellers', { get: () => ({ withLti: sellerRecord(true).organization, withoutLti: sellerRecord(false).organization }) });
  define('organizations', {
    // The seller sees its organizations and those of its children; the other demo seller is apart.
    get: () => rows('organizations', null).filter((o) => o.id !== DEMO_PRINCIPAL_WITHOUT_LTI.organizationId),
    set: (list: DemoData['organizations']) =>
      replace(
        'organizations',
        (r) => r.sellerId === DEMO_PRINCIPAL_WITHOUT_LTI.organizationId,
        list.map((row) => ({ sellerId: row.parentId ?? row.id, row })),
      ),
  });
  define('billingMethods', { get: () => sellerRecord(true).billingMethods, set: (v: DemoData['billingMethods']) => (sellerRecord(true).billingMethods = v) });
  define('orderCurrencies', { get: () => sellerRecord(true).orderCurrencies, set: (v: string[]) => (sellerRecord(true).orderCurrencies = v) });
  for (const name of ['distributions', 'contracts', 'accounts', 'licenses', 'dataCenters', 'packages', 'plans'] as const) define(name, own(name));
  define('planContext', { get: () => rows('planCatalogs')[0], set: (v: DemoData['planContext']) => own('planCatalogs').set([v]) });
  define('takenDomains', { get: () => rows('domains', null).map((d) => d.ascii) });
  define('contractProducts', {
    get: () =>
      new Proxy({} as DemoData['contractProducts'], {
        get: (_, contractId) => rows('contractProducts').filter((p) => p.contractId === contractId),
        set: (_, contractId, products: DemoData['contractProducts'][string]) => {
          replace(
            'contractProducts',
            (r) => r.row.contractId !== contractId,
            products.map((p) => ({ sellerId: seller, row: { ...p, contractId: String(contractId) } })),
          );
          return true;
        },
        ownKeys: () => [...new Set(rows('contractProducts').map((p) => p.contractId))],
        getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
      }),
  });
  define('stock', {
    get: () =>
      new Proxy({} as DemoData['stock'], {
        get: (_, key) => rows('stock').find((s) => `${s.contractId}|${s.productId}` === key)?.available,
        set: (_, key, available: number) => {
          const [contractId = '', productId = ''] = String(key).split('|');
          const found = rows('stock').find((s) => s.contractId === contractId && s.productId === productId);
          if (found) found.available = available;
          else t().stock.push({ sellerId: seller, row: { contractId, productId, available } });
          return true;
        },
        ownKeys: () => rows('stock').map((s) => `${s.contractId}|${s.productId}`),
        getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
      }),
  });
  return view as DemoData;
}

export class DemoStore {
  scenario: DemoScenario = {};
  readonly faults = new Map<RouteName | '*', Fault>();
  private repo!: MemoryRepository;
  private seededOn!: CalendarDate;
  /** The seed's plans by id, with their updatedAt, to tell saved plans from seeded ones. */
  private seededPlans = new Map<string, string | undefined>();
  private handlers = new Map<string, FetchHandler>();

  /**
   * @param clock The backend's own clock: "today", `createdAt` stamps and ids come from it.
   * @param timeZone The business time zone that decides "today" (default: the runtime's).
   */
  constructor(
    public clock: Clock = systemClock,
    public timeZone?: string,
  ) {
    this.reset();
  }

  /** Today in the business time zone, from the backend's clock. */
  today(): CalendarDate {
    return todayFrom(this.clock, this.timeZone);
  }

  /** The in-memory repository the server runs on. */
  get repository(): MemoryRepository {
    return this.repo;
  }

  /** Who the requests act as: the demo seller, or the customer a scenario asks for. */
  principal(): Principal {
    if (this.scenario.sellerWithoutLti) return DEMO_PRINCIPAL_WITHOUT_LTI;
    if (this.scenario.contractsUnusable) return { ...DEMO_PRINCIPAL, permissions: DEMO_PRINCIPAL.permissions.filter((p) => p !== 'create-licenses') };
    return DEMO_PRINCIPAL;
  }

  /** Serves one request of the REST contract, mounted at `basePath`, with channelkit/server's handler. */
  fetch(request: Request, basePath = '/api'): Promise<Response> {
    const key = `${basePath}|${this.timeZone ?? ''}`;
    let handler = this.handlers.get(key);
    if (!handler) {
      handler = createServer({
        repository: this.delegate,
        auth: () => this.principal(),
        clock: () => this.clock(),
        timeZone: this.timeZone,
        basePath,
      });
      this.handlers.set(key, handler);
    }
    return handler(request);
  }

  /** The repository as the handler sees it: always the current one, across resets. */
  private readonly delegate = new Proxy({} as MemoryRepository, {
    get: (_, name: keyof MemoryRepository) => {
      const value = this.repo[name];
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(this.repo) : value;
    },
  });

  /** The demo data, live: read it, edit rows in place, or assign a field to replace it. */
  get data(): DemoData {
    return dataView(this.repo);
  }

  /** Everything created or changed since the seed. */
  get records(): DemoRecords {
    const t = this.repo.tables;
    const live = <K extends Table>(table: K) => (t[table] as Tables[K]).map((r) => r.row) as Tables[K][number]['row'][];
    return {
      sales: live('sales'),
      orders: live('orders'),
      purchases: live('purchases'),
      plans: live('plans').filter((p) => !this.seededPlans.has(p.id!) || this.seededPlans.get(p.id!) !== p.updatedAt),
      accountsByContract: Object.fromEntries(live('contracts').flatMap((c) => (c.accountId ? [[c.id, c.accountId]] : []))),
    };
  }

  /** The first response to each idempotency key, by key. */
  get idempotency(): Map<string, DemoResponse> {
    return new Map(this.repo.tables.keys.map((k) => [k.row.key, k.row.response]));
  }

  /** Everything held, to persist (the demo keeps it in localStorage). */
  snapshot(): DemoSnapshot {
    return { version: 1, seededOn: this.seededOn, state: this.repo.snapshot() };
  }

  /**
   * Restores a snapshot when it is one, of data seeded today (demo data is relative to the day it
   * is made on); returns whether it did.
   */
  restore(snapshot: unknown): boolean {
    const s = snapshot as Partial<DemoSnapshot> | null;
    const tables = s?.state && typeof s.state === 'object' ? Object.entries(this.repo.tables) : [];
    const valid =
      s?.version === 1 &&
      s.seededOn === this.today() &&
      tables.length > 0 &&
      tables.every(([name]) => Array.isArray((s.state as Record<string, unknown>)[name]) && ((s.state as Record<string, unknown[]>)[name]!).every((r) => !!r && typeof r === 'object' && 'sellerId' in r && 'row' in r));
    if (!valid) return false;
    this.repo = new MemoryRepository(s.state);
    return true;
  }

  /** Back to the seed data of today: no records, no keys, no faults, no scenario. */
  reset(): void {
    this.seededOn = this.today();
    const tenants = demoTenants(this.seededOn);
    this.repo = MemoryRepository.withData(tenants);
    this.seededPlans = new Map(tenants.flatMap((t) => t.plans ?? []).map((p) => [p.id!, p.updatedAt]));
    this.faults.clear();
    this.scenario = {};
  }

  setFault(route: RouteName | '*', fault: Fault | null): void {
    if (fault) this.faults.set(route, fault);
    else this.faults.delete(route);
  }

  /** The fault to apply to one request of `route`, consuming one of its `times`. */
  takeFault(route: RouteName | null): Fault | null {
    for (const key of route ? ([route, '*'] as const) : (['*'] as const)) {
      const f = this.faults.get(key);
      if (!f) continue;
      if (f.times !== undefined) {
        if (f.times <= 0) {
          this.faults.delete(key);
          continue;
        }
        f.times -= 1;
        if (f.times === 0) this.faults.delete(key);
      }
      return f;
    }
    return null;
  }
}
