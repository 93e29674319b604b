/**
 * The demo backend's in-memory store: the business rules of a real backend (the same
 * schemas and billing core as the widgets), idempotency keys, and fault injection.
 * It knows nothing of HTTP; handlers.ts serves it over the REST contract with msw.
 */
import { type Clock, pricingDate, stampFrom, systemClock, todayFrom } from '../../core/clock.js';
import { type CalendarDate, compareDates } from '../../core/dates.js';
import { licenseQuote, orderQuote, saleCancellationDate, saleLineQuote } from '../../core/quotes.js';
import { sumMoney } from '../../core/money.js';
import { checkDomain } from '../../schemas/domain.js';
import { purchaseInputSchema, type Contract, type License, type Purchase } from '../../schemas/license.js';
import { orderInputSchema, type Order } from '../../schemas/order.js';
import { servicePlanSchema, type ServicePlan } from '../../schemas/plan.js';
import { saleInputSchema, type Organization, type Sale } from '../../schemas/sale.js';
import { type FieldErrors, validate } from '../../schemas/validate.js';
import { type DemoData, seedData } from './seed.js';

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
  /** The seller has no LTI service. */
  sellerWithoutLti?: boolean;
  /** Every contract is expired or lacks the create-license permission. */
  contractsUnusable?: boolean;
}

export interface DemoRecords {
  sales: Sale[];
  orders: Order[];
  purchases: Purchase[];
  plans: ServicePlan[];
  accountsByContract: Record<string, string>;
}

const ok = (body: unknown, status = 200): DemoResponse => ({ status, body });
const fail = (status: number, message: string, extra: { code?: string; fields?: FieldErrors; quote?: unknown } = {}): DemoResponse => ({
  status,
  body: { error: { message, ...extra } },
});

export class DemoStore {
  data: DemoData;
  records: DemoRecords;
  scenario: DemoScenario = {};
  readonly faults = new Map<RouteName | '*', Fault>();
  /** Responses by idempotency key: a repeated key gets the first response, never a second record. */
  readonly idempotency = new Map<string, DemoResponse>();
  private seq = 0;

  /**
   * @param clock The backend's own clock: "today", `createdAt` stamps and ids come from it.
   * @param timeZone The business time zone that decides "today" (default: the runtime's).
   */
  constructor(
    public clock: Clock = systemClock,
    public timeZone?: string,
  ) {
    this.data = seedData(this.today());
    this.records = { sales: [], orders: [], purchases: [], plans: [], accountsByContract: {} };
  }

  /** Today in the business time zone, from the backend's clock. */
  today(): CalendarDate {
    return todayFrom(this.clock, this.timeZone);
  }

  /** The date a create is priced with (its `quotedOn` when honoured), or a 409 `quote-changed`. */
  private priceDate(quotedOn: CalendarDate | undefined, quote: (date: CalendarDate) => unknown): CalendarDate | DemoResponse {
    const date = pricingDate(quotedOn, this.today());
    return date ?? fail(409, 'The price or dates changed since the preview. Review the new preview and submit again.', { code: 'quote-changed', quote: quote(this.today()) });
  }

  /** Everything created so far, to persist (the demo keeps it in localStorage). */
  snapshot(): DemoRecords {
    return structuredClone(this.records);
  }

  restore(records: DemoRecords): void {
    this.records = structuredClone(records);
    for (const p of this.records.purchases) this.applyPurchase(p);
    for (const [c, a] of Object.entries(this.records.accountsByContract)) {
      const contract = this.data.contracts.find((x) => x.id === c);
      if (contract) contract.accountId = a;
    }
  }

  reset(): void {
    this.data = seedData(this.today());
    this.records = { sales: [], orders: [], purchases: [], plans: [], accountsByContract: {} };
    this.idempotency.clear();
    this.faults.clear();
    this.scenario = {};
  }

  setFault(route: RouteName | '*', fault: Fault | null): void {
    if (fault) this.faults.set(route, fault);
    else this.faults.delete(route);
  }

  /** The fault to apply to one request of `route`, consuming one of its `times`. */
  takeFault(route: RouteName): Fault | null {
    for (const key of [route, '*'] as const) {
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

  /** Runs a creating operation once per idempotency key. */
  once(key: string | null, run: () => DemoResponse): DemoResponse {
    if (!key) return fail(400, 'The Idempotency-Key header is required.', { code: 'idempotency-key-missing' });
    const seen = this.idempotency.get(key);
    if (seen) return seen;
    const response = run();
    // Only successes are remembered: a rejected request may be corrected and sent again.
    if (response.status < 400) this.idempotency.set(key, response);
    return response;
  }

  private nextId(prefix: string): string {
    this.seq += 1;
    return `${prefix}-${this.clock().getTime().toString(36)}${this.seq.toString(36)}`;
  }

  // ---- sales -------------------------------------------------------------------------------
  seller(): DemoResponse {
    const organization = this.scenario.sellerWithoutLti ? this.data.sellers.withoutLti : this.data.sellers.withLti;
    return ok({ organization, hasLtiService: !this.scenario.sellerWithoutLti, billingMethods: this.data.billingMethods });
  }

  searchOrganizations(query: string): DemoResponse {
    const q = query.trim().toLocaleLowerCase();
    const all = this.scenario.sellerWithoutLti ? [this.data.sellers.withoutLti] : this.data.organizations;
    const found = all.filter((o) => !q || o.name.toLocaleLowerCase().includes(q)).slice(0, 20);
    return ok(found);
  }

  distributions(): DemoResponse {
    return ok(this.data.distributions);
  }

  createSale(body: unknown, key: string | null): DemoResponse {
    return this.once(key, () => {
      if (this.scenario.sellerWithoutLti) {
        return fail(403, 'Only organizations with the LTI service can register a sale for a subscription plan.', { code: 'lti-required' });
      }
      const v = validate(saleInputSchema, body);
      if (!v.ok) return fail(422, 'Some values were not accepted.', { fields: v.errors });
      const input = v.value;
      const on = this.priceDate(input.quotedOn, () => ({ activationDate: this.today() }));
      if (typeof on !== 'string') return on;
      const fields: FieldErrors = {};
      if (compareDates(input.activationDate, on) < 0) fields.activationDate = 'The activation date cannot be in the past.';
      if (!this.data.billingMethods.some((b) => b.id === input.billingMethodId)) fields.billingMethodId = 'Choose a billing method.';
      let organization: Organization | undefined;
      if (input.organization.kind === 'existing') {
        const id = input.organization.id;
        organization = this.data.organizations.find((o) => o.id === id);
        if (!organization) fields['organization.id'] = 'This organization no longer exists.';
      }
      const lines = input.lines.map((l, i) => {
        const d = this.data.distributions.find((x) => x.id === l.distributionId);
        if (!d || !d.validForSubscriptionPlan) {
          fields[`lines.${i}.distributionId`] = 'This distribution cannot be sold as a subscription plan.';
          return null;
        }
        if ((d.minUsers && l.users < d.minUsers) || (d.maxUsers && l.users > d.maxUsers)) {
          fields[`lines.${i}.users`] = `Enter between ${d.minUsers ?? 1} and ${d.maxUsers ?? '∞'} users.`;
          return null;
        }
        const q = saleLineQuote(d, l.users);
        return { distributionId: d.id, distributionName: d.name, users: l.users, unitPrice: q.unitPrice, total: q.total };
      });
      if (Object.keys(fields).length) return fail(422, 'Some values were not accepted.', { fields });
      const okLines = lines.filter((l) => l !== null);
      const currency = okLines[0]!.total.currency;
      if (okLines.some((l) => l.total.currency !== currency)) {
        return fail(422, 'All lines of a sale must be in one currency.', { fields: { lines: 'All lines of a sale must be in one currency.' } });
      }
      if (input.organization.kind === 'new') {
        organization = { id: this.nextId('org'), name: input.organization.organization.name, kind: 'child', parentId: this.data.sellers.withLti.id, country: input.organization.organization.country };
        this.data.organizations.push(organization);
      }
      const sale: Sale = {
        id: this.nextId('sale'),
        status: 'pending-approval',
        name: input.name,
        organizationId: organization!.id,
        organizationName: organization!.name,
        activationDate: input.activationDate,
        cancellationDate: saleCancellationDate(input.activationDate),
        lines: okLines,
        total: sumMoney(currency, okLines.map((l) => l.total)),
        customerPo: input.customerPo,
        orderNumber: input.orderNumber,
        billingMethodId: input.billingMethodId,
        comment: input.comment,
        createdAt: stampFrom(this.clock),
      };
      this.records.sales.push(sale);
      return ok(sale, 201);
    });
  }

  // ---- licenses ----------------------------------------------------------------------------
  private visibleContracts(): Contract[] {
    if (!this.scenario.contractsUnusable) return this.data.contracts;
    return this.data.contracts.map((c) => (c.status === 'active' ? { ...c, canCreateLicenses: false } : c));
  }

  contracts(): DemoResponse {
    return ok(this.visibleContracts());
  }

  accounts(): DemoResponse {
    return ok(this.data.accounts);
  }

  /** Why a contract cannot be used to create licenses, as an error response, or null. */
  private contractProblem(contractId: string): DemoResponse | null {
    const c = this.visibleContracts().find((x) => x.id === contractId);
    if (!c) return fail(404, 'This contract no longer exists.', { code: 'contract-not-found' });
    if (c.status !== 'active') return fail(409, `The contract “${c.name}” is no longer active.`, { code: 'contract-inactive' });
    if (!c.canCreateLicenses) return fail(403, `You no longer have permission to create licenses under “${c.name}”.`, { code: 'no-permission' });
    return null;
  }

  saveContractAccount(contractId: string, body: unknown, key: string | null): DemoResponse {
    return this.once(key, () => {
      const problem = this.contractProblem(contractId);
      if (problem) return problem;
      const accountId = (body as { accountId?: unknown } | null)?.accountId;
      if (typeof accountId !== 'string' || !this.data.accounts.some((a) => a.id === accountId)) {
        return fail(422, 'Choose an account.', { fields: { accountId: 'Choose an account.' } });
      }
      const c = this.data.contracts.find((x) => x.id === contractId)!;
      c.accountId = accountId;
      this.records.accountsByContract[contractId] = accountId;
      return ok(this.visibleContracts().find((x) => x.id === contractId));
    });
  }

  contractProducts(contractId: string): DemoResponse {
    const c = this.data.contracts.find((x) => x.id === contractId);
    if (!c) return fail(404, 'This contract no longer exists.', { code: 'contract-not-found' });
    return ok(this.data.contractProducts[contractId] ?? []);
  }

  stock(contractId: string, productId: string): DemoResponse {
    return ok({ productId, available: this.data.stock[`${contractId}|${productId}`] ?? 0 });
  }

  activeLicenses(accountId: string, productId: string): DemoResponse {
    return ok(this.activeLicensesOn(accountId, productId, this.today()));
  }

  /** The account's licenses of a product still active on `today`, summarised. */
  private activeLicensesOn(accountId: string, productId: string, today: CalendarDate): { accountId: string; productId: string; count: number; endDate: CalendarDate | null } {
    const active = this.data.licenses.filter((l) => l.accountId === accountId && l.productId === productId && l.status === 'active' && l.endDate > today);
    const endDate = active.reduce<CalendarDate | null>((latest, l) => (latest === null || l.endDate > latest ? l.endDate : latest), null);
    return { accountId, productId, count: active.length, endDate };
  }

  private applyPurchase(p: Purchase): void {
    for (const l of p.licenses) {
      if (!this.data.licenses.some((x) => x.id === l.id)) this.data.licenses.push(l);
      if (l.fromStock) {
        const k = `${l.contractId}|${l.productId}`;
        this.data.stock[k] = Math.max(0, (this.data.stock[k] ?? 0) - 1);
      }
    }
  }

  purchase(body: unknown, key: string | null): DemoResponse {
    return this.once(key, () => {
      const v = validate(purchaseInputSchema, body);
      if (!v.ok) return fail(422, 'Some values were not accepted.', { fields: v.errors });
      const input = v.value;
      const problem = this.contractProblem(input.contractId);
      if (problem) return problem;
      const contract = this.data.contracts.find((x) => x.id === input.contractId)!;
      const product = (this.data.contractProducts[contract.id] ?? []).find((p) => p.id === input.productId);
      if (!product || !contract.productIds.includes(input.productId)) {
        return fail(409, 'This product is no longer part of the contract. Choose another product.', { code: 'product-not-in-contract' });
      }
      if ((contract.minQuantity && input.quantity < contract.minQuantity) || (contract.maxQuantity && input.quantity > contract.maxQuantity)) {
        return fail(422, 'The quantity is outside the contract’s limits.', {
          fields: { quantity: `Enter between ${contract.minQuantity ?? 1} and ${contract.maxQuantity ?? '∞'} licenses.` },
        });
      }
      if (!this.data.accounts.some((a) => a.id === input.accountId)) return fail(422, 'Choose an account.', { fields: { accountId: 'Choose an account.' } });
      const available = this.data.stock[`${contract.id}|${product.id}`] ?? 0;
      const fromStock = input.useStock ? Math.min(available, input.quantity) : 0;
      const quoteOn = (today: CalendarDate) => {
        const existing = this.activeLicensesOn(input.accountId, product.id, today);
        return licenseQuote({ today, currency: contract.currency, unitPrice: product.unitPrice, termMonths: contract.termMonths, quantity: input.quantity, fromStock, existing });
      };
      const on = this.priceDate(input.quotedOn, quoteOn);
      if (typeof on !== 'string') return on;
      const q = quoteOn(on);
      if (q.total.minor !== input.expected.total.minor || q.total.currency !== input.expected.total.currency || q.endDate !== input.expected.endDate) {
        return fail(409, 'The price or dates changed since the preview. Review the new preview and buy again.', { code: 'quote-changed', quote: quoteOn(this.today()) });
      }
      const purchaseId = this.nextId('pur');
      const licenses: License[] = Array.from({ length: input.quantity }, (_, i) => ({
        id: `${purchaseId}-${i + 1}`,
        productId: product.id,
        accountId: input.accountId,
        contractId: contract.id,
        startDate: q.startDate,
        endDate: q.endDate,
        status: 'active',
        fromStock: i < fromStock,
      }));
      const purchase: Purchase = { id: purchaseId, licenses, total: q.total, createdAt: stampFrom(this.clock) };
      this.applyPurchase(purchase);
      this.records.purchases.push(purchase);
      return ok(purchase, 201);
    });
  }

  // ---- orders ------------------------------------------------------------------------------
  orderOptions(): DemoResponse {
    return ok({ currencies: this.data.orderCurrencies, dataCenters: this.data.dataCenters, packages: this.data.packages, onPremiseSold: false });
  }

  createOrder(body: unknown, key: string | null): DemoResponse {
    return this.once(key, () => {
      const v = validate(orderInputSchema, body);
      if (!v.ok) return fail(422, 'Some values were not accepted.', { fields: v.errors });
      const input = v.value;
      const pkg = this.data.packages.find((p) => p.id === input.packageId && p.kind === input.kind);
      if (!pkg) return fail(422, 'Choose a plan.', { fields: { packageId: 'Choose a plan.' } });
      if (pkg.monthlyPrice[input.currency] === undefined) {
        return fail(422, `This plan is not sold in ${input.currency}.`, { fields: { currency: `This plan is not sold in ${input.currency}.` } });
      }
      let domain: string | null = null;
      if (input.kind === 'cloud') {
        if (!this.data.dataCenters.some((d) => d.id === input.dataCenterId)) return fail(422, 'Choose a data location.', { fields: { dataCenterId: 'Choose a data location.' } });
        const d = checkDomain(input.domain);
        const taken = d.ok && this.data.takenDomains.includes(d.ascii);
        if (taken) return fail(409, 'This domain is already used by another customer.', { code: 'domain-taken', fields: { domain: 'This domain is already used by another customer.' } });
        domain = d.ok ? d.unicode : input.domain;
        if (d.ok) this.data.takenDomains.push(d.ascii);
      }
      const quoteOn = (orderDate: CalendarDate) =>
        orderQuote({
          currency: input.currency,
          monthlyPrice: pkg.monthlyPrice[input.currency]!,
          perUserPrice: pkg.perUserPrice[input.currency] ?? 0,
          prepaidMonths: pkg.prepaidMonths,
          users: 0,
          orderDate,
          postponedBilling: input.postponedBilling,
        });
      const on = this.priceDate(input.quotedOn, quoteOn);
      if (typeof on !== 'string') return on;
      const q = quoteOn(on);
      const order: Order = {
        id: `ORD-${String(100000 + this.records.orders.length + 1)}`,
        kind: input.kind,
        status: 'active',
        packageId: pkg.id,
        currency: input.currency,
        paymentMethod: input.paymentMethod,
        postponedBilling: input.postponedBilling,
        firstChargeDate: q.firstChargeDate,
        companyName: input.customer.companyName,
        credentialsSentTo: input.kind === 'cloud' ? [input.customer.email] : [],
        credentialsToAuthor: input.kind === 'cloud' && input.sendCredentialsToAuthor,
        domain,
        createdAt: stampFrom(this.clock),
        monthlyPrice: q.monthlyPrice.minor,
      };
      this.records.orders.push(order);
      return ok(order, 201);
    });
  }

  // ---- plans -------------------------------------------------------------------------------
  private allPlans(): ServicePlan[] {
    const saved = new Map(this.records.plans.map((p) => [p.id, p]));
    const seeded = this.data.plans.filter((p) => !saved.has(p.id));
    return [...seeded, ...this.records.plans];
  }

  planContext(productId: string): DemoResponse {
    if (productId !== this.data.planContext.product.id) return fail(404, 'This product was not found.', { code: 'product-not-found' });
    const plans = this.allPlans()
      .filter((p) => p.productId === productId)
      .map((p) => ({ id: p.id!, name: p.name, billingType: p.billingType, active: p.active, sku: p.sku }));
    return ok({ ...this.data.planContext, plans });
  }

  getPlan(planId: string): DemoResponse {
    const plan = this.allPlans().find((p) => p.id === planId);
    return plan ? ok(plan) : fail(404, 'This service plan was not found.', { code: 'plan-not-found' });
  }

  savePlan(planId: string | null, body: unknown, key: string | null): DemoResponse {
    return this.once(key, () => {
      const v = validate(servicePlanSchema({ currencies: this.data.planContext.currencies }), body);
      if (!v.ok) return fail(422, 'Some values were not accepted.', { fields: v.errors });
      const existing = planId ? this.allPlans().find((p) => p.id === planId) : undefined;
      if (planId && !existing) return fail(404, 'This service plan was not found.', { code: 'plan-not-found' });
      const plan: ServicePlan = { ...v.value, id: planId ?? this.nextId('plan'), updatedAt: stampFrom(this.clock) };
      this.records.plans = [...this.records.plans.filter((p) => p.id !== plan.id), plan];
      return ok(plan, planId ? 200 : 201);
    });
  }

  copyPlan(planId: string, body: unknown, key: string | null): DemoResponse {
    return this.once(key, () => {
      const source = this.allPlans().find((p) => p.id === planId);
      if (!source) return fail(404, 'This service plan was not found.', { code: 'plan-not-found' });
      const name = typeof (body as { name?: unknown })?.name === 'string' ? (body as { name: string }).name.trim() : '';
      if (!name) return fail(422, 'Enter a name for the copy.', { fields: { name: 'Enter a name for the copy.' } });
      const copy: ServicePlan = { ...structuredClone(source), id: this.nextId('plan'), name, updatedAt: stampFrom(this.clock) };
      this.records.plans.push(copy);
      return ok(copy, 201);
    });
  }
}

