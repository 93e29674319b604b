/**
 * Subscriptions as records, without storage: what an order or a license purchase starts, the
 * plans a subscription may move to, what changes by itself with time (a scheduled change, a term
 * that ends or renews, a new period's highest quantity), and the list's order. Pure: the routes
 * (subscriptions.ts), the seed and both repositories use these, so they cannot disagree.
 */
import { CHANGE_RULES } from '../core/change-rules.js';
import type { ChangeQuote } from '../core/change-quote.js';
import { REFUND_WINDOW_HOURS, refundableUntil } from '../core/refund-windows.js';
import { addMonths, billingDateInMonth, type CalendarDate, compareDates, dayOf, monthOf, yearOf } from '../core/dates.js';
import { nameKey } from '../schemas/common.js';
import type { Contract, Product } from '../schemas/license.js';
import type { Order, PlanPackage } from '../schemas/order.js';
import { SUBSCRIPTIONS_DEFAULT_SORT, subscriptionSchema, subscriptionTerms, type Subscription, type SubscriptionPlan } from '../schemas/subscription.js';
import type { ListSpec } from './list-page.js';
import type { CatalogPlan, SubscriptionRecord } from './repository.js';

/** The catalog key of an order kind's packages and of a contract's products. */
export const orderProductKey = (kind: Order['kind']) => `order-${kind}`;
export const contractProductKey = (contractId: string) => `contract-${contractId}`;

/** What an order's subscription is called in lists. */
export const ORDER_PRODUCT_NAMES: Record<Order['kind'], string> = { cloud: 'Cloud', saas: 'SaaS' };

/** A post-paid order's term: it is billed monthly in arrears and renews yearly (docs/server.md). */
export const POST_PAID_TERM_MONTHS = 12;

/** The date `months` after `from` on the billing day (past a month's end, its last day). */
function onBillingDay(from: CalendarDate, months: number, billingDay: number): CalendarDate {
  const landed = addMonths(from, months);
  return billingDateInMonth(yearOf(landed), monthOf(landed), billingDay);
}

/** The end of the term after the one ending on `termEnd`: the billing day kept, as changeQuote renews. */
export const nextTermEnd = (s: Pick<Subscription, 'termEnd' | 'termMonths' | 'billingDay'>) => onBillingDay(s.termEnd, s.termMonths, s.billingDay);

/** The first term end after `today` of terms that started on `anchor`. */
export function termEndAfter(anchor: CalendarDate, billingDay: number, termMonths: number, today: CalendarDate): CalendarDate {
  let k = 1;
  while (compareDates(onBillingDay(anchor, k * termMonths, billingDay), today) <= 0) k++;
  return onBillingDay(anchor, k * termMonths, billingDay);
}

/** A package sold in a currency as the two plans of an order: pre-paid (reservation) and post-paid (pay as you go, billed monthly). */
export function packagePlans(packages: readonly PlanPackage[]): CatalogPlan[] {
  return packages.flatMap((p) =>
    Object.entries(p.monthlyPrice).flatMap(([currency, monthly]): CatalogPlan[] => {
      const common = { productKey: orderProductKey(p.kind), id: p.id, name: p.name, currency, renewalFee: 0, maxQuantity: p.maxUsers, active: true };
      return [
        { ...common, billingType: 'reservation', unitPrice: 0, periodFee: monthly * p.prepaidMonths },
        { ...common, billingType: 'payg-external', unitPrice: p.perUserPrice[currency] ?? 0, periodFee: 0 },
      ];
    }),
  );
}

/** A contract's products as the plans of its license subscriptions: one license for one term, at the contract's price. */
export function contractPlans(contract: Contract, products: readonly Product[], renewalFees: Readonly<Record<string, number>> = {}): CatalogPlan[] {
  return products.map((p) => ({
    productKey: contractProductKey(contract.id),
    id: p.id,
    name: p.name,
    billingType: 'reservation',
    currency: contract.currency,
    unitPrice: p.unitPrice,
    periodFee: 0,
    renewalFee: renewalFees[p.id] ?? 0,
    maxQuantity: contract.maxQuantity ?? null,
    active: true,
  }));
}

const asPlan = (p: CatalogPlan): SubscriptionPlan => ({ id: p.id, name: p.name, unitPrice: p.unitPrice, periodFee: p.periodFee, renewalFee: p.renewalFee, maxQuantity: p.maxQuantity });

/**
 * The plans a subscription may move to: its product's, in its currency and billing type, still
 * sold; its own first, at the prices the subscription has (even when no longer sold).
 */
export function offeredPlans(s: SubscriptionRecord, catalog: readonly CatalogPlan[], unitPrice: (p: CatalogPlan) => number = (p) => p.unitPrice): SubscriptionPlan[] {
  const own: SubscriptionPlan = { id: s.planId, name: s.planName, unitPrice: s.unitPrice, periodFee: s.periodFee, renewalFee: s.renewalFee, maxQuantity: s.maxQuantity };
  const others = catalog.filter((p) => p.currency === s.currency && p.billingType === s.billingType && p.active && p.id !== s.planId);
  return [own, ...others.map((p) => ({ ...asPlan(p), unitPrice: unitPrice(p) }))];
}

const earliest = (dates: readonly (CalendarDate | null)[]) => dates.filter((d): d is CalendarDate => d !== null).reduce((a, b) => (compareDates(a, b) <= 0 ? a : b));

/** The record with its `settleOn`: the first day something changes by itself. */
export function scheduled(s: Omit<SubscriptionRecord, 'settleOn'> & { settleOn?: CalendarDate }): SubscriptionRecord {
  const settleOn = earliest([s.pendingChange?.effectiveDate ?? null, s.termEnd, s.periodMaxQuantity > s.quantity ? s.periodMaxUntil : null]);
  return { ...s, settleOn };
}

/** The end of the billing period `on` falls in. */
export const periodEndOn = (s: SubscriptionRecord, on: CalendarDate) => subscriptionTerms(s, on).periodEnd;

/**
 * The subscription as it stands on `today` by the server's clock, or null when nothing changed:
 * a scheduled change whose day came applies (with its plan's renewal fee and limit from the
 * catalog), a term that ended renews when it renews by itself and may, else the subscription
 * ends, and a new period starts counting its highest quantity from the quantity. Events apply in
 * date order; a new etag marks the change.
 */
export function settle(record: SubscriptionRecord, today: CalendarDate, catalog: readonly CatalogPlan[], etag: string): SubscriptionRecord | null {
  let s = record;
  while (s.status === 'active' && compareDates(s.settleOn, today) <= 0) {
    const on = s.settleOn;
    const p = s.pendingChange;
    if (p && p.effectiveDate === on) {
      const plan = catalog.find((c) => c.id === p.planId && c.currency === s.currency && c.billingType === s.billingType);
      s = { ...s, planId: p.planId, planName: p.planName, quantity: p.quantity, unitPrice: p.unitPrice, periodFee: p.periodFee, renewalFee: plan?.renewalFee ?? s.renewalFee, maxQuantity: plan ? plan.maxQuantity : s.maxQuantity, pendingChange: null };
      // A new term: the seats of the last one are no longer refundable.
      if (s.batches) s = { ...s, batches: [] };
      s = { ...s, periodMaxQuantity: s.quantity, periodMaxUntil: periodEndOn(s, on) };
    } else if (s.termEnd === on) {
      s = s.autoRenew && s.renewable ? { ...s, termEnd: nextTermEnd(s) } : { ...s, status: 'ended' };
      if (s.batches) s = { ...s, batches: [] };
      s = { ...s, periodMaxQuantity: s.quantity, periodMaxUntil: s.status === 'ended' ? s.termEnd : periodEndOn(s, on) };
    } else {
      s = { ...s, periodMaxQuantity: s.quantity, periodMaxUntil: periodEndOn(s, on) };
    }
    s = scheduled(s);
  }
  return s === record ? null : { ...s, etag };
}

/** Billing types whose decreases wait for the term's end: their added seats have refund windows. */
const hasRefundWindows = (s: Pick<Subscription, 'billingType'>) => CHANGE_RULES[s.billingType].decrease === 'term-end';

/** The batches whose window is still open at `now` (refundable strictly before `refundableUntil`). */
export const openBatches = (s: Pick<Subscription, 'batches'>, now: string) => s.batches?.filter((b) => Date.parse(b.refundableUntil) > Date.parse(now));

/** The subscription with `quantity` units added at `now` as a batch of its own (where it has refund windows); closed windows dropped. */
export function withAddedBatch<T extends Subscription>(s: T, quantity: number, now: string, id: string): T {
  if (!s.batches || quantity <= 0) return s;
  return { ...s, batches: [...openBatches(s, now)!, { id, quantity, addedAt: now, refundableUntil: refundableUntil(now, s.refundWindowHours) }] };
}

/** The subscription with a quote's refunded units taken from their batches; closed windows dropped. */
export function withRefundTaken<T extends Subscription>(s: T, refund: ChangeQuote['refund'], now: string): T {
  if (!s.batches) return s;
  const taken = new Map((refund?.batches ?? []).map((b) => [b.batchId, b.quantity]));
  const batches = openBatches(s, now)!.map((b) => ({ ...b, quantity: b.quantity - (taken.get(b.id) ?? 0) })).filter((b) => b.quantity > 0);
  return { ...s, batches };
}

/** What a subscription takes from its plan, with its quantity. */
export function onPlan(plan: CatalogPlan, quantity: number) {
  return {
    ...(hasRefundWindows(plan) ? { batches: [], refundWindowHours: plan.refundWindowHours ?? REFUND_WINDOW_HOURS } : {}),
    planId: plan.id,
    planName: plan.name,
    billingType: plan.billingType,
    currency: plan.currency,
    quantity,
    periodMaxQuantity: quantity,
    maxQuantity: plan.maxQuantity,
    unitPrice: plan.unitPrice,
    periodFee: plan.periodFee,
    renewalFee: plan.renewalFee,
    productKey: plan.productKey,
  };
}

/** A subscription's fields as the API shows them (the schema's keys, in its order). */
export function publicSubscription(s: SubscriptionRecord): Subscription {
  return Object.fromEntries(Object.keys(subscriptionSchema.shape).map((k) => [k, s[k as keyof Subscription]])) as Subscription;
}

/** The subscription an order starts: its package's plan for the payment method, from the first billed day. */
export function orderSubscription(order: Order, plan: CatalogPlan, billedFrom: CalendarDate, prepaidMonths: number, today: CalendarDate, ids: { id: string; etag: string }): SubscriptionRecord {
  const prePaid = plan.billingType === 'reservation';
  const periodMonths = prePaid ? prepaidMonths : 1;
  const termMonths = prePaid ? prepaidMonths : POST_PAID_TERM_MONTHS;
  const quantity = Math.max(order.users ?? 1, 1);
  const billingDay = dayOf(billedFrom);
  const base = {
    id: ids.id,
    source: 'order' as const,
    sourceId: order.id,
    customerName: order.companyName,
    productName: ORDER_PRODUCT_NAMES[order.kind],
    ...onPlan(plan, quantity),
    unit: 'user-accounts' as const,
    anchorDate: billedFrom,
    billingDay,
    periodMonths,
    termMonths,
    termEnd: onBillingDay(billedFrom, termMonths, billingDay),
    autoRenew: true,
    renewable: true,
    status: 'active' as const,
    pendingChange: null,
    etag: ids.etag,
    accountId: null,
    contractId: null,
    createdAt: order.createdAt,
  };
  return scheduled({ ...base, periodMaxUntil: periodEndOn({ ...base, periodMaxUntil: base.termEnd, settleOn: base.termEnd }, today) });
}

/**
 * An account's active licenses of one product as a subscription: the licenses' end date is the
 * term's end, a term is the contract's, a period is a term, one unit is one license for a term.
 * Its product is the contract (its plans are the contract's products: the upgrade targets).
 * Licenses end unless renewed.
 */
export function licenseSubscription(
  license: { accountId: string; accountName: string; contract: Contract; plan: CatalogPlan; quantity: number; endDate: CalendarDate },
  today: CalendarDate,
  ids: { id: string; etag: string; createdAt: string },
): SubscriptionRecord {
  const { contract, plan } = license;
  const billingDay = dayOf(license.endDate);
  // The term the licenses are in: back from their end by whole terms to on or before today.
  let k = 1;
  while (compareDates(onBillingDay(license.endDate, -k * contract.termMonths, billingDay), today) > 0) k++;
  const anchorDate = onBillingDay(license.endDate, -k * contract.termMonths, billingDay);
  return scheduled({
    id: ids.id,
    source: 'license',
    sourceId: license.accountId,
    customerName: license.accountName,
    productName: contract.name,
    ...onPlan(plan, license.quantity),
    unit: 'licenses',
    anchorDate,
    billingDay,
    periodMonths: contract.termMonths,
    termMonths: contract.termMonths,
    termEnd: license.endDate,
    autoRenew: false,
    renewable: plan.active,
    status: 'active',
    pendingChange: null,
    etag: ids.etag,
    periodMaxUntil: license.endDate,
    accountId: license.accountId,
    contractId: contract.id,
    createdAt: ids.createdAt,
  });
}

/** The subscriptions list: search of customer, product, plan and source; filters source and status. */
export const SUBSCRIPTION_LIST: ListSpec<Subscription> = {
  searchable: (r) => [r.customerName, r.productName, r.planName, r.sourceId],
  filters: { source: (r, v) => r.source === v, status: (r, v) => r.status === v },
  sorts: {
    customerName: (r) => nameKey(r.customerName),
    productName: (r) => nameKey(r.productName),
    planName: (r) => nameKey(r.planName),
    quantity: (r) => r.quantity,
    termEnd: (r) => r.termEnd,
  },
  defaultSort: SUBSCRIPTIONS_DEFAULT_SORT,
  id: (r) => r.id,
};
