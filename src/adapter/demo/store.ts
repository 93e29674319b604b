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
import { createServer, type FetchHandler } from '../../server/app.js';
import { MemoryRepository, type MemoryState } from '../../server/memory-repository.js';
import type { Principal } from '../../server/principal.js';
import type { SaleRecord, SubscriptionChangeRecord } from '../../server/repository.js';
import { DEMO_PRINCIPAL, DEMO_PRINCIPAL_WITHOUT_LTI, demoTenants } from '../../server/seed.js';
import { dataView, type Table, type Tables } from './data-view.js';
import type { Fault, RouteName } from './faults.js';
import { localizeBackendText } from './localized-text.js';
import type { DemoData } from './seed.js';

export { routeOf, type Fault, type FaultKind, type RouteName } from './faults.js';

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
  /** A customer-facing embed: requests act as the demo seller without `see-cost`, so no answer carries cost. */
  customerView?: boolean;
}

/** What was created or changed since the seed. */
export interface DemoRecords {
  /** Sales registered since the seed, and seeded sales whose status changed since. */
  sales: SaleRecord[];
  /** Orders placed since the seed (the seed's own orders are left out). */
  orders: Order[];
  purchases: Purchase[];
  /** Changes made to subscriptions (the subscriptions themselves are in the repository's tables). */
  subscriptionChanges: SubscriptionChangeRecord[];
  /** Plans created, copied or saved. */
  plans: ServicePlan[];
  accountsByContract: Record<string, string>;
}

/** What the demo page keeps in localStorage: everything, with the day the data was seeded. */
export interface DemoSnapshot {
  /** 2 since the seed holds sales (a snapshot of version 1 has none: it is refused, and the seed used). */
  version: 2;
  seededOn: CalendarDate;
  state: MemoryState;
}

export class DemoStore {
  scenario: DemoScenario = {};
  readonly faults = new Map<RouteName | '*', Fault>();
  /**
   * When set, a new sale approves itself this many milliseconds after it was registered (the
   * server's autoApproveSalesAfterMs, read on every request). Default: off; the demo page sets it,
   * and its scenario panel may call POST /sales/{id}/approve instead.
   */
  autoApproveSalesAfterMs: number | undefined = undefined;
  private repo!: MemoryRepository;
  private seededOn!: CalendarDate;
  /** The seed's plans by id, with their updatedAt, to tell saved plans from seeded ones. */
  private seededPlans = new Map<string, string | undefined>();
  /** The seed's sales by id, with the length of their status history, to tell changed ones. */
  private seededSales = new Map<string, number>();
  /** The seed's orders by id (the orders behind its subscriptions). */
  private seededOrders = new Set<string>();
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
    const without = (permission: Principal['permissions'][number]) => ({ ...DEMO_PRINCIPAL, permissions: DEMO_PRINCIPAL.permissions.filter((p) => p !== permission) });
    if (this.scenario.contractsUnusable) return without('create-licenses');
    if (this.scenario.customerView) return without('see-cost');
    return DEMO_PRINCIPAL;
  }

  /** Serves one request of the REST contract, mounted at `basePath`, with channelkit/server's handler. */
  fetch(request: Request, basePath = '/api'): Promise<Response> {
    const key = `${basePath}|${this.timeZone ?? ''}`;
    let handler = this.handlers.get(key);
    if (!handler) {
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getter below reads the store's current setting
      const store = this;
      handler = createServer({
        repository: this.delegate,
        auth: () => this.principal(),
        clock: () => this.clock(),
        timeZone: this.timeZone,
        basePath,
        get autoApproveSalesAfterMs() {
          return store.autoApproveSalesAfterMs;
        },
      });
      this.handlers.set(key, handler);
    }
    const answer = handler(request);
    return Promise.resolve(answer).then((response) => localizeBackendText(request, response));
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
      sales: live('sales').filter((s) => this.seededSales.get(s.id) !== s.statusHistory.length),
      orders: live('orders').filter((o) => !this.seededOrders.has(o.id)),
      purchases: live('purchases'),
      subscriptionChanges: live('subscriptionChanges'),
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
    return { version: 2, seededOn: this.seededOn, state: this.repo.snapshot() };
  }

  /**
   * Restores a snapshot when it is one, of data seeded today (demo data is relative to the day it
   * is made on); returns whether it did.
   */
  restore(snapshot: unknown): boolean {
    const s = snapshot as Partial<DemoSnapshot> | null;
    const tables = s?.state && typeof s.state === 'object' ? Object.entries(this.repo.tables) : [];
    const valid =
      s?.version === 2 &&
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
    this.seededSales = new Map(tenants.flatMap((t) => t.sales ?? []).map((s) => [s.id, s.statusHistory.length]));
    this.seededOrders = new Set(tenants.flatMap((t) => t.orders ?? []).map((o) => o.id));
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
