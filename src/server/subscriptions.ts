/**
 * Subscriptions: the list, a subscription with the plans it may move to, changes priced by
 * `changeQuote` (more or fewer units, another plan, a renewal) and cancelling a scheduled change;
 * and the subscriptions orders and license purchases start or grow. What changes by itself with
 * time is settled before every read and change, by the server's clock (settleDueSubscriptions).
 */
import { ChangeRefusedError, changeQuote, type ChangeQuote, type SubscriptionChange } from '../core/change-quote.js';
import { type CalendarDate, compareDates } from '../core/dates.js';
import { resolvePrice } from '../core/economics.js';
import type { Money } from '../core/money.js';
import type { Contract, License, Product, Purchase } from '../schemas/license.js';
import type { Order, PlanPackage } from '../schemas/order.js';
import { changeDate, requestedChange, subscriptionChangeInputSchema, subscriptionsQuerySchema, subscriptionTerms, type PlanEconomics, type PriceLists, type SubscriptionChangeResult, type SubscriptionPlan } from '../schemas/subscription.js';
import { parseBody } from './body.js';
import { type Answer, ok, type RequestContext } from './context.js';
import { pageOf, parseListQuery } from './list-page.js';
import { boughtPlanVersion } from './plan-versions.js';
import { can } from './principal.js';
import { priceAsQuoted, readClaim } from './quote-check.js';
import { invalidField, Refusal } from './refusal.js';
import type { CatalogPlan, Repository, RepositoryReads, RepositoryTransaction, SubscriptionChangeRecord, SubscriptionRecord } from './repository.js';
import {
  contractPlans,
  contractProductKey,
  licenseSubscription,
  offeredPlans,
  orderProductKey,
  orderSubscription,
  packagePlans,
  publicSubscription,
  scheduled,
  settle,
  SUBSCRIPTION_LIST,
  withAddedBatch,
  withRefundTaken,
} from './subscription-records.js';

const notFound = () => new Refusal(404, 'This subscription was not found.', { code: 'subscription-not-found' });
export const conflict = () => new Refusal(409, 'This subscription was changed since it was loaded. Load it again and review the change.', { code: 'conflict' });

const REFUSALS: Record<ChangeRefusedError['code'], string> = {
  'plan-deactivated': 'The plan of this subscription was deactivated: it runs until its term ends and cannot be renewed.',
  ended: 'This subscription has ended: it cannot be changed or renewed.',
  'not-in-period': 'This change falls outside the subscription’s current billing period.',
};

export async function found(repo: RepositoryReads, ctx: RequestContext, subscriptionId: string): Promise<SubscriptionRecord> {
  const s = await repo.subscription(ctx.scope, subscriptionId);
  if (!s) throw notFound();
  return s;
}

/** The seller's reseller tier and that tier's price list versions (none without a tier). */
export async function priceListsOf(repo: RepositoryReads, ctx: RequestContext): Promise<PriceLists> {
  const tier = (await repo.seller(ctx.principal.organizationId))?.priceTier ?? null;
  return { tier, versions: tier ? await repo.priceLists(ctx.scope, tier) : [] };
}

/** GET /price-lists: the seller's tier and its price list versions. */
export const priceLists = async (repo: RepositoryReads, ctx: RequestContext): Promise<Answer> => ok(await priceListsOf(repo, ctx));

/**
 * The plans a subscription may move to: its own at its locked price (or its negotiated price, as
 * the current period is charged: subscriptionTerms), the others at the tier's price list version
 * in force today, else their own price.
 */
async function plansOf(repo: RepositoryReads, ctx: RequestContext, s: SubscriptionRecord) {
  const [catalog, lists] = await Promise.all([repo.subscriptionPlans(ctx.scope, s.productKey), priceListsOf(repo, ctx)]);
  const [own, ...others] = offeredPlans(s, catalog, (p) => resolvePrice({ planId: p.id, currency: s.currency, date: ctx.today, tier: lists.tier, planPrice: p.unitPrice }, lists.versions).unitPrice);
  return [{ ...own!, unitPrice: s.status === 'active' ? subscriptionTerms(s, ctx.today).unitPrice : own!.unitPrice }, ...others];
}

/** The cost and list price of each offered plan the catalog knows them for (in the subscription's currency and billing type). */
async function economicsOf(repo: RepositoryReads, ctx: RequestContext, s: SubscriptionRecord, plans: readonly SubscriptionPlan[]): Promise<Record<string, PlanEconomics>> {
  const catalog = await repo.subscriptionPlans(ctx.scope, s.productKey);
  const out: Record<string, PlanEconomics> = {};
  for (const p of plans) {
    const e = catalog.find((c) => c.id === p.id && c.currency === s.currency && c.billingType === s.billingType)?.economics;
    if (e) out[p.id] = e;
  }
  return out;
}

/**
 * Keeps a license subscription's licenses as the subscription says from `on`: the extra ones end
 * on `on`, the rest move to its product and term end, missing ones are added (a purchase of
 * `total`). Other subscriptions have no records of their own to keep.
 */
async function syncLicenses(tx: RepositoryTransaction, ctx: RequestContext, before: SubscriptionRecord, after: SubscriptionRecord, on: CalendarDate, total: Money): Promise<void> {
  if (before.source !== 'license' || !before.accountId || !before.contractId) return;
  const running = (await tx.licenses(ctx.scope, before.accountId, before.planId)).filter((l) => l.status === 'active' && compareDates(l.endDate, on) > 0);
  const kept = running.slice(0, after.quantity).map((l) => l.id);
  const ending = running.slice(after.quantity).map((l) => l.id);
  if (ending.length) await tx.updateLicenses(ctx.scope, ending, { endDate: on });
  const ends = after.status === 'active' ? after.termEnd : before.termEnd;
  if (kept.length && (after.planId !== before.planId || ends !== before.termEnd)) await tx.updateLicenses(ctx.scope, kept, { productId: after.planId, endDate: ends });
  const missing = after.quantity - kept.length;
  if (missing <= 0) return;
  const purchaseId = ctx.newId('pur');
  const licenses: License[] = Array.from({ length: missing }, (_, i) => ({
    id: `${purchaseId}-${i + 1}`,
    productId: after.planId,
    accountId: before.accountId!,
    contractId: before.contractId!,
    startDate: on,
    endDate: ends,
    status: 'active',
    fromStock: false,
  }));
  const purchase: Purchase = { id: purchaseId, licenses, total, createdAt: ctx.now };
  await tx.insertPurchase(ctx.principal.organizationId, purchase);
}

/**
 * Settles what changed by itself since the subscriptions in scope were last written (scheduled
 * changes whose day came, terms that ended or renewed, a new period's highest quantity): before
 * any read or change of subscriptions, so no timer is needed and every process agrees. A
 * subscription another request saved meanwhile is left to it (compare and set on the etag).
 */
export async function settleDueSubscriptions(repo: Repository, ctx: RequestContext): Promise<void> {
  const due = await repo.dueSubscriptions(ctx.scope, ctx.today);
  if (!due.length) return;
  await repo.transaction(async (tx) => {
    for (const id of due) {
      const s = await tx.subscription(ctx.scope, id);
      const after = s && settle(s, ctx.today, await tx.subscriptionPlans(ctx.scope, s.productKey), ctx.newId('v'));
      if (!s || !after || !(await tx.saveSubscription(ctx.scope, ctx.principal.organizationId, after, s.etag))) continue;
      await syncLicenses(tx, ctx, s, after, s.pendingChange?.effectiveDate ?? ctx.today, { currency: s.currency, minor: 0 });
    }
  });
}

/** GET /subscriptions: a page of the subscriptions the principal sees (the list model of GET /sales). */
export async function listSubscriptions(repo: RepositoryReads, ctx: RequestContext, url: string): Promise<Answer> {
  const query = parseListQuery(subscriptionsQuerySchema, ['source', 'status'], url);
  return ok(pageOf((await repo.subscriptions(ctx.scope)).map(publicSubscription), query, SUBSCRIPTION_LIST));
}

/** GET /subscriptions/{id}: the subscription and the plans it may move to, its own first. */
export async function getSubscription(repo: RepositoryReads, ctx: RequestContext, subscriptionId: string): Promise<Answer> {
  const s = await found(repo, ctx, subscriptionId);
  const plans = await plansOf(repo, ctx, s);
  // Cost only for a user allowed to see it: never sent to anyone else, not merely hidden.
  const economics = can(ctx.principal, 'see-cost') ? await economicsOf(repo, ctx, s, plans) : undefined;
  return ok({ subscription: publicSubscription(s), plans, ...(economics ? { economics } : {}) });
}

const UNIT_WORDS: Record<SubscriptionRecord['unit'], string> = { 'user-accounts': 'user accounts', licenses: 'licenses', seats: 'seats' };

/** The 422s of a change: a plan not offered, a quantity over the plan's limit, below one, or no change at all. */
function checkChange(input: { quantity?: number; planId?: string }, s: SubscriptionRecord, plans: readonly SubscriptionPlan[]): void {
  const plan = plans.find((p) => p.id === (input.planId ?? s.planId));
  if (!plan) throw invalidField('planId', 'This plan is not offered for this subscription. Choose one of its plans.');
  const quantity = input.quantity ?? s.quantity;
  if (quantity < 1) throw invalidField('quantity', `Keep at least 1 of the ${UNIT_WORDS[s.unit]}.`);
  if (plan.maxQuantity !== null && quantity > plan.maxQuantity) throw invalidField('quantity', `${plan.name} allows at most ${plan.maxQuantity} ${UNIT_WORDS[s.unit]}.`);
  if (quantity === s.quantity && plan.id === s.planId) throw invalidField('quantity', 'This is the subscription as it is. Choose a different quantity or plan.');
}

/** The subscription once a priced change is made on `date` at the instant `now`. */
function changed(s: SubscriptionRecord, q: ChangeQuote, date: CalendarDate, plans: readonly SubscriptionPlan[], ids: { etag: string; batch: string }, now: string): SubscriptionRecord {
  const { etag } = ids;
  if (q.kind === 'renew') return scheduled({ ...s, termEnd: q.after.termEnd, etag });
  const plan = plans.find((p) => p.id === q.after.planId)!;
  if (q.applies !== 'now') {
    // Units still in their refund window go now; the rest of the decrease waits.
    const refunded = q.refund ? withRefundTaken({ ...s, quantity: s.quantity - q.refund.quantity }, q.refund, now) : s;
    // Its own plan keeps its locked price (a negotiated one is resolved by date, not stored in it).
    const pendingChange = { effectiveDate: q.effectiveDate, planId: plan.id, planName: plan.name, quantity: q.after.quantity, unitPrice: plan.id === s.planId ? s.unitPrice : q.after.unitPrice.minor, periodFee: q.after.periodFee.minor };
    return scheduled({ ...refunded, pendingChange, etag });
  }
  const terms = subscriptionTerms(s, date);
  const added = q.after.quantity - s.quantity;
  const batches = q.refund ? withRefundTaken(s, q.refund, now) : withAddedBatch(s, added, now, ids.batch);
  // A change made now replaces a scheduled one (the subscription as changed is what renews).
  return scheduled({
    ...batches,
    planId: plan.id,
    planName: plan.name,
    quantity: q.after.quantity,
    unitPrice: plan.id === s.planId ? s.unitPrice : plan.unitPrice,
    periodFee: plan.periodFee,
    renewalFee: plan.renewalFee,
    maxQuantity: plan.maxQuantity,
    periodMaxQuantity: Math.max(terms.periodMaxQuantity ?? s.quantity, s.quantity, q.after.quantity),
    periodMaxUntil: terms.periodEnd,
    pendingChange: null,
    etag,
  });
}

/** 422 when the preview refunded more units than are still refundable now (a window closed meanwhile). */
function checkRefundWindows(input: { refundQuantity?: number | undefined }, s: SubscriptionRecord, change: SubscriptionChange, ctx: RequestContext): void {
  if (!input.refundQuantity) return;
  const now = changeQuote(subscriptionTerms(s, ctx.today, ctx.now), change, changeDate(s, ctx.today)).refund?.quantity ?? 0;
  if (now >= input.refundQuantity) return;
  const unit = UNIT_WORDS[s.unit];
  throw new Refusal(422, `The refund window closed for ${input.refundQuantity - now} of the ${unit} this change would refund: ${now ? `only ${now} can be refunded now` : 'none can be refunded now'}, the rest of the decrease would wait for the term's end on ${s.termEnd}. Review the change.`, {
    code: 'refund-window-closed',
    fields: { quantity: `Only ${now} of the ${unit} can still be refunded.` },
  });
}

/**
 * POST /subscriptions/{id}/changes: checks the etag and the request, prices it with the same
 * `changeQuote(subscriptionTerms(record, date), change, changeDate(record, date))` as the preview
 * (409 quote-changed with the server's quote when the expected total or term end differ), then
 * applies it now or schedules it, and records the change.
 */
export async function changeSubscription(tx: RepositoryTransaction, ctx: RequestContext, subscriptionId: string, body: unknown): Promise<Answer> {
  const input = parseBody(subscriptionChangeInputSchema, body);
  const s = await found(tx, ctx, subscriptionId);
  if (input.etag !== s.etag) throw conflict();
  const plans = await plansOf(tx, ctx, s);
  if (input.kind === 'change') checkChange(input, s, plans);
  const change = requestedChange(input, plans, s.planId)!;
  let priced: { date: CalendarDate; quote: ChangeQuote };
  try {
    checkRefundWindows(input, s, change, ctx);
    priced = priceAsQuoted(readClaim(body), ctx.today, (date) => {
      const quote = changeQuote(subscriptionTerms(s, date, ctx.now), change, changeDate(s, date));
      return { quote, figures: { total: quote.total, endDate: quote.after.termEnd } };
    });
  } catch (e) {
    if (e instanceof ChangeRefusedError) throw new Refusal(409, REFUSALS[e.code], { code: e.code });
    throw e;
  }
  const { date, quote: q } = priced;
  const after = changed(s, q, date, plans, { etag: ctx.newId('v'), batch: ctx.newId('bat') }, ctx.now);
  const seller = ctx.principal.organizationId;
  if (!(await tx.saveSubscription(ctx.scope, seller, after, s.etag))) throw conflict();
  if (q.applies === 'now' || q.kind === 'renew') await syncLicenses(tx, ctx, s, after, changeDate(s, date), q.dueNow);
  const record: SubscriptionChangeRecord = { id: ctx.newId('chg'), subscriptionId: s.id, kind: q.kind, applies: q.applies, effectiveDate: q.effectiveDate, quote: q, dueNow: q.dueNow, creditBalance: q.creditBalance, createdAt: ctx.now };
  await tx.insertSubscriptionChange(ctx.scope, record);
  const result: SubscriptionChangeResult = { id: record.id, subscription: publicSubscription(after), applies: q.applies, effectiveDate: q.effectiveDate, dueNow: q.dueNow, creditBalance: q.creditBalance };
  return ok(result, 201);
}

/** POST /subscriptions/{id}/pending-change/cancel: the subscription continues exactly as before the change was scheduled. */
export async function cancelPendingChange(tx: RepositoryTransaction, ctx: RequestContext, subscriptionId: string): Promise<Answer> {
  const s = await found(tx, ctx, subscriptionId);
  if (!s.pendingChange) throw new Refusal(409, 'This subscription has no scheduled change to cancel.', { code: 'no-pending-change' });
  const after = scheduled({ ...s, pendingChange: null, etag: ctx.newId('v') });
  if (!(await tx.saveSubscription(ctx.scope, ctx.principal.organizationId, after, s.etag))) throw conflict();
  return ok(publicSubscription(after));
}

// ---- what orders and license purchases start --------------------------------------------------

/**
 * A new order's subscription, in the order's transaction: its package's plan for the payment
 * method, from the first billed day, at the price the order was charged (`priced`: the packages
 * as priced on the order's date, by the seller's price list where it prices them).
 */
export async function startOrderSubscription(tx: RepositoryTransaction, ctx: RequestContext, order: Order, packages: readonly PlanPackage[], billedFrom: CalendarDate, priced: readonly PlanPackage[] = packages): Promise<void> {
  const seller = ctx.principal.organizationId;
  await tx.addSubscriptionPlans(seller, packagePlans(packages.filter((p) => p.kind === order.kind)));
  const billingType = order.paymentMethod === 'pre-paid' ? 'reservation' : 'payg-external';
  const which = (p: CatalogPlan) => p.id === order.packageId && p.currency === order.currency && p.billingType === billingType;
  const charged = packagePlans(priced.filter((p) => p.id === order.packageId)).find(which)!;
  const catalogPlan = (await tx.subscriptionPlans(ctx.scope, orderProductKey(order.kind))).find(which)!;
  const plan = { ...catalogPlan, unitPrice: charged.unitPrice, periodFee: charged.periodFee };
  const pkg = packages.find((p) => p.id === order.packageId)!;
  // A package that sells a service plan: the subscription is that plan's, on its current version (plan versions).
  const started = { ...orderSubscription(order, plan, billedFrom, pkg.prepaidMonths, ctx.today, { id: ctx.newId('sub'), etag: ctx.newId('v') }), ...(await boughtPlanVersion(tx, ctx, pkg.servicePlanId)) };
  await tx.saveSubscription(ctx.scope, seller, withAddedBatch(started, started.quantity, ctx.now, ctx.newId('bat')), null);
}

/**
 * After a license purchase, in its transaction: the account's active licenses of the product are
 * one subscription, created or updated (co-termed licenses add to its quantity).
 */
export async function addLicensesToSubscription(tx: RepositoryTransaction, ctx: RequestContext, contract: Contract, products: readonly Product[], product: Product, accountId: string): Promise<void> {
  const seller = ctx.principal.organizationId;
  await tx.addSubscriptionPlans(seller, contractPlans(contract, products));
  const plan = (await tx.subscriptionPlans(ctx.scope, contractProductKey(contract.id))).find((p) => p.id === product.id)!;
  const running = (await tx.licenses(ctx.scope, accountId, product.id)).filter((l) => l.status === 'active' && compareDates(l.endDate, ctx.today) > 0);
  if (!running.length) return;
  const endDate = running.map((l) => l.endDate).reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
  const existing = (await tx.subscriptionsOfSource(ctx.scope, 'license', accountId)).find((s) => s.planId === product.id);
  const accountName = (await tx.accounts(ctx.scope)).find((a) => a.id === accountId)?.name ?? accountId;
  let next = licenseSubscription({ accountId, accountName, contract, plan, quantity: running.length, endDate }, ctx.today, {
    id: existing?.id ?? ctx.newId('sub'),
    etag: ctx.newId('v'),
    createdAt: existing?.createdAt ?? ctx.now,
  });
  if (existing) next = scheduled({ ...next, batches: existing.batches ?? next.batches, renewable: existing.renewable && plan.active, pendingChange: existing.pendingChange, periodMaxQuantity: Math.max(existing.periodMaxQuantity, next.quantity) });
  // The licenses just bought are a batch with its refund window.
  next = withAddedBatch(next, next.quantity - (existing?.quantity ?? 0), ctx.now, ctx.newId('bat'));
  if (!(await tx.saveSubscription(ctx.scope, seller, next, existing?.etag ?? null))) throw conflict();
}
