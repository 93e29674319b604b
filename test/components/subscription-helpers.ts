// A subscriptions backend for the widgets' tests: re-prices with the same core, refuses a stale
// total or etag, keeps one change per idempotency key. Dated from the pinned "today".
import { AdapterError } from '../../src/adapter/errors.js';
import type { SubscriptionAdapter } from '../../src/adapter/types.js';
import { changeQuote } from '../../src/core/change-quote.js';
import { addMonths, dayOf } from '../../src/core/dates.js';
import type { ListQueryInput } from '../../src/schemas/list-model.js';
import { changeDate, type PlanEconomics, type PriceOverrideInput, requestedChange, type Subscription, type SubscriptionChangeInput, type SubscriptionDetail, subscriptionTerms } from '../../src/schemas/subscription.js';
import type { Clock } from '../../src/core/clock.js';
import { clockAt, TODAY } from '../support/clock.js';
import { subscriptionRecord } from '../support/subscriptions.js';

// A SaaS subscription of seats on CSP monthly, and an on-premise license subscription to renew,
// both dated from the pinned "today" so no test depends on the day it runs.
const anchor = addMonths(TODAY, -3);
export const seats = (): Subscription => subscriptionRecord({ anchorDate: anchor, billingDay: dayOf(anchor), termEnd: addMonths(anchor, 12) });
export const license = (): Subscription => ({
  ...seats(),
  id: 'SUB-LIC',
  source: 'license',
  sourceId: 'acc-contoso-hq',
  productName: 'Endpoint Security (on-premise)',
  planId: 'standard',
  planName: 'Standard',
  billingType: 'reservation',
  unit: 'licenses',
  quantity: 5,
  periodMaxQuantity: 5,
  unitPrice: 12000,
  renewalFee: 1000,
  periodMonths: 12,
  termMonths: 12,
  anchorDate: addMonths(TODAY, -9),
  billingDay: dayOf(addMonths(TODAY, -9)),
  termEnd: addMonths(addMonths(TODAY, -9), 12),
  autoRenew: false,
});
const PLANS = [
  { id: 'pro', name: 'Pro', unitPrice: 1000, periodFee: 0, renewalFee: 0, maxQuantity: 50 },
  { id: 'pro-plus', name: 'Pro Plus', unitPrice: 1500, periodFee: 0, renewalFee: 0, maxQuantity: null },
];

/** A backend that re-prices with the same core, refuses a stale total and keeps one change per key. */
export class FakeSubscriptionBackend implements SubscriptionAdapter {
  records = new Map<string, Subscription>([
    ['SUB-SEATS', seats()],
    ['SUB-LIC', license()],
  ]);
  calls: { key: string; input: SubscriptionChangeInput }[] = [];
  /** Prices differ from the widget's by this much (a price change on the backend). */
  drift = 0;
  failNext: AdapterError | null = null;
  private readonly byKey = new Map<string, unknown>();
  /** The backend's instant: refund windows close by it. */
  now: Clock = clockAt(TODAY);
  constructor(private readonly today: string) {}
  /** The plans' cost and list price, sent only when set (a user allowed to see cost). */
  economics: Record<string, PlanEconomics> | null = null;
  detail(id: string): SubscriptionDetail {
    const s = this.records.get(id)!;
    // Its own plan at the price its current period is charged (a negotiated price resolved by date), as the server offers it.
    const own = (p: { id: string; unitPrice: number }) => (p.id === s.planId && s.priceOverride ? subscriptionTerms(s, this.today).unitPrice : p.unitPrice);
    const plans = (s.source === 'license' ? [{ id: 'standard', name: 'Standard', unitPrice: 12000, periodFee: 0, renewalFee: 1000, maxQuantity: null }] : PLANS).map((p) => ({ ...p, unitPrice: own(p) + this.drift }));
    return { subscription: s, plans, ...(this.economics ? { economics: this.economics } : {}) };
  }
  queries: ListQueryInput[] = [];
  async listSubscriptions(query: ListQueryInput) {
    this.queries.push(query);
    const items = [...this.records.values()].filter((s) => !query.search || `${s.customerName} ${s.productName}`.toLowerCase().includes(query.search.toLowerCase()));
    return { items, total: items.length, page: 1, pageSize: 25 };
  }
  async getSubscription(id: string) {
    return this.detail(id);
  }
  async changeSubscription(id: string, input: SubscriptionChangeInput, key: string) {
    this.calls.push({ key, input });
    if (this.byKey.has(key)) return this.byKey.get(key) as never;
    if (this.failNext) throw [this.failNext, (this.failNext = null)][0]!;
    const detail = this.detail(id);
    const s = detail.subscription;
    if (input.etag !== s.etag) throw new AdapterError('conflict', 'changed', { status: 409, code: 'conflict' });
    const q = changeQuote(subscriptionTerms(s, this.today, this.now().toISOString()), requestedChange(input, detail.plans, s.planId)!, changeDate(s, this.today));
    const refundable = q.refund?.quantity ?? 0;
    if ((input.refundQuantity ?? 0) > refundable) {
      throw new AdapterError('validation', 'The refund window closed.', { status: 422, code: 'refund-window-closed', fieldErrors: { quantity: `Only ${refundable} can still be refunded.` } });
    }
    if (input.expected?.total?.minor !== q.total.minor) throw new AdapterError('conflict', 'The price or dates changed', { status: 409, code: 'quote-changed' });
    // Refunded units go now, from their batches; the rest of a decrease waits.
    const taken = new Map(q.refund?.batches.map((b) => [b.batchId, b.quantity]));
    const kept = { quantity: s.quantity - refundable, batches: s.batches?.map((b) => ({ ...b, quantity: b.quantity - (taken.get(b.id) ?? 0) })).filter((b) => b.quantity > 0) };
    const plan = detail.plans.find((p) => p.id === q.after.planId)!;
    const after: Subscription =
      q.applies === 'now'
        ? { ...s, batches: kept.batches, planId: plan.id, planName: plan.name, quantity: q.after.quantity, unitPrice: plan.unitPrice, etag: `${s.etag}+` }
        : input.kind === 'renew'
          ? { ...s, termEnd: q.after.termEnd, etag: `${s.etag}+` }
          : { ...s, ...kept, etag: `${s.etag}+`, pendingChange: { effectiveDate: q.effectiveDate, planId: plan.id, planName: plan.name, quantity: q.after.quantity, unitPrice: plan.unitPrice, periodFee: 0 } };
    this.records.set(id, after);
    const result = { id: `CHG-${this.calls.length}`, subscription: after, applies: q.applies, effectiveDate: q.effectiveDate, dueNow: q.dueNow, creditBalance: q.creditBalance };
    this.byKey.set(key, result);
    return result;
  }
  overrides: PriceOverrideInput[] = [];
  async setPriceOverride(id: string, input: PriceOverrideInput) {
    const s = this.records.get(id)!;
    if (input.etag !== s.etag) throw new AdapterError('conflict', 'changed', { status: 409, code: 'conflict' });
    this.overrides.push(input);
    const after = { ...s, priceOverride: input.priceOverride, etag: `${s.etag}+` };
    this.records.set(id, after);
    return after;
  }
  async cancelPendingChange(id: string) {
    const s = { ...this.records.get(id)!, pendingChange: null, etag: 'e3' };
    this.records.set(id, s);
    return s;
  }
}

