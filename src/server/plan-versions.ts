/**
 * Plan versions (issue 22, point 5; docs/billing.md, "Plan versions"). A service plan's
 * subscriptions are those of its product's catalog with its id. A save of a plan whose current
 * version has running subscriptions keeps that version as it was (read-only) and publishes the
 * next; without subscriptions on it, a save updates it in place. Subscriptions keep the version and
 * the prices they bought until moved: a move to the current version is priced per subscription
 * with `changeQuote`, as a change to the same plan at the version's prices (versionPrices), and
 * the preview is what the move charges.
 */
import { ChangeRefusedError, changeQuote, type ChangeQuote } from '../core/change-quote.js';
import type { CalendarDate } from '../core/dates.js';
import { money } from '../core/money.js';
import { versionPrices, type PlanVersions, type VersionMove, type VersionMoveRow, type VersionPrices } from '../schemas/plan-version.js';
import type { ServicePlan } from '../schemas/plan.js';
import { changeDate, subscriptionTerms } from '../schemas/subscription.js';
import { type Answer, ok, type RequestContext } from './context.js';
import { can } from './principal.js';
import { Refusal } from './refusal.js';
import type { RepositoryReads, RepositoryTransaction, SubscriptionChangeRecord, SubscriptionRecord } from './repository.js';
import { scheduled } from './subscription-records.js';

/** The version a plan is at, and a subscription is on: those from before versions are on version 1. */
const versionOf = (plan: Pick<ServicePlan, 'version'>) => plan.version ?? 1;
const boughtVersion = (s: Pick<SubscriptionRecord, 'planVersion'>) => s.planVersion ?? 1;

const planNotFound = () => new Refusal(404, 'This service plan was not found.', { code: 'plan-not-found' });

/** The running subscriptions of a service plan. */
async function subscribers(repo: RepositoryReads, ctx: RequestContext, plan: ServicePlan): Promise<SubscriptionRecord[]> {
  return (await repo.subscriptionsOfPlan(ctx.scope, plan.productId, plan.id!)).filter((s) => s.status === 'active');
}

/**
 * The version a save of `existing` (null: a new plan) gets: 1 for a new plan; the next one, with
 * the current one kept as it was, when running subscriptions are on the current one; else the same.
 */
export async function versionOnSave(tx: RepositoryTransaction, ctx: RequestContext, existing: ServicePlan | null): Promise<number> {
  if (!existing) return 1;
  const current = versionOf(existing);
  if (!(await subscribers(tx, ctx, existing)).some((s) => boughtVersion(s) === current)) return current;
  await tx.insertPlanVersion(ctx.principal.organizationId, { ...existing, version: current });
  return current + 1;
}

/** Packages or distributions with the current version of the service plan each sells (the version a new order or sale buys). */
export async function withPlanVersions<T extends { servicePlanId?: string | undefined }>(repo: RepositoryReads, ctx: RequestContext, items: readonly T[]): Promise<T[]> {
  const versions = new Map<string, number | null>();
  for (const id of new Set(items.map((x) => x.servicePlanId).filter((id): id is string => !!id))) {
    const plan = await repo.plan(ctx.scope, id);
    versions.set(id, plan ? versionOf(plan) : null);
  }
  return items.map((x) => {
    const v = x.servicePlanId ? versions.get(x.servicePlanId) : null;
    return v ? { ...x, planVersion: v } : x;
  });
}

/** The service plan an order's package sells and its current version, for the order's subscription; nothing when it sells none. */
export async function boughtPlanVersion(repo: RepositoryReads, ctx: RequestContext, servicePlanId: string | undefined): Promise<{ servicePlanId: string; planVersion: number } | Record<string, never>> {
  const plan = servicePlanId ? await repo.plan(ctx.scope, servicePlanId) : null;
  return plan ? { servicePlanId: plan.id!, planVersion: versionOf(plan) } : {};
}

async function foundPlan(repo: RepositoryReads, ctx: RequestContext, planId: string): Promise<ServicePlan> {
  const plan = await repo.plan(ctx.scope, planId);
  if (!plan) throw planNotFound();
  return plan;
}

/** GET /plans/{id}/versions: every version kept, oldest first, with the running subscriptions on each. */
export async function planVersions(repo: RepositoryReads, ctx: RequestContext, planId: string): Promise<Answer> {
  const plan = await foundPlan(repo, ctx, planId);
  const subs = await subscribers(repo, ctx, plan);
  const current = versionOf(plan);
  const summary = (p: ServicePlan) => ({
    version: versionOf(p),
    ...(p.updatedAt === undefined ? {} : { savedAt: p.updatedAt }),
    subscriptions: subs.filter((s) => boughtVersion(s) === versionOf(p)).length,
    current: versionOf(p) === current,
  });
  const answer: PlanVersions = { planId, currentVersion: current, versions: [...(await repo.planVersions(ctx.scope, planId)), plan].map(summary) };
  return ok(answer);
}

interface Move {
  s: SubscriptionRecord;
  prices: VersionPrices;
  quote: ChangeQuote;
  row: VersionMoveRow;
}

/** Each running subscription on version `from` priced onto the current version on `today` (those the version cannot price stay, left out). */
function priceMoves(plan: ServicePlan, subs: readonly SubscriptionRecord[], from: number, today: CalendarDate): Move[] {
  return subs.flatMap((s): Move[] => {
    const prices = boughtVersion(s) === from ? versionPrices(plan, s.currency, s.periodMonths) : null;
    if (!prices) return [];
    const terms = subscriptionTerms(s, today);
    const on = changeDate(s, today);
    try {
      const before = changeQuote(terms, { kind: 'change' }, on).nextCharge;
      const quote = changeQuote(terms, { kind: 'change', plan: { id: s.planId, ...prices } }, on);
      const after = quote.nextCharge;
      const difference = money(s.currency, before && after ? after.amount.minor - before.amount.minor : 0);
      const row: VersionMoveRow = { subscriptionId: s.id, customerName: s.customerName, quantity: s.quantity, currency: s.currency, applies: quote.applies, effectiveDate: quote.effectiveDate, dueNow: quote.dueNow, before, after, difference };
      return [{ s, prices, quote, row }];
    } catch (e) {
      if (e instanceof ChangeRefusedError) return [];
      throw e;
    }
  });
}

/** The plan and the older version named in the path (404 when it is not one). */
async function olderVersion(repo: RepositoryReads, ctx: RequestContext, planId: string, version: string): Promise<{ plan: ServicePlan; from: number }> {
  const plan = await foundPlan(repo, ctx, planId);
  const from = Number(version);
  if (!/^[1-9]\d{0,8}$/.test(version) || from >= versionOf(plan)) {
    throw new Refusal(404, `Version ${version} is not an older version of this service plan: only the subscriptions of an older version can be moved.`, { code: 'plan-version-not-found' });
  }
  return { plan, from };
}

const moveOf = (plan: ServicePlan, from: number, today: CalendarDate, moves: readonly Move[]): VersionMove => ({ planId: plan.id!, fromVersion: from, toVersion: versionOf(plan), quotedOn: today, subscriptions: moves.map((m) => m.row) });

/** GET /plans/{id}/versions/{version}/move-preview: per subscription on that version, the next charge before and after a move, and what is due today. */
export async function previewVersionMove(repo: RepositoryReads, ctx: RequestContext, planId: string, version: string): Promise<Answer> {
  const { plan, from } = await olderVersion(repo, ctx, planId, version);
  return ok(moveOf(plan, from, ctx.today, priceMoves(plan, await subscribers(repo, ctx, plan), from, ctx.today)));
}

/** The subscription once moved: the version's prices now, or from the day its decrease waits for. */
function moved(m: Move, to: number, etag: string): SubscriptionRecord {
  const { s, prices, quote } = m;
  if (quote.applies === 'now') {
    // A scheduled change to the same plan keeps its quantity and takes the version's prices.
    const pending = s.pendingChange && s.pendingChange.planId === s.planId ? { ...s.pendingChange, unitPrice: prices.unitPrice, periodFee: prices.periodFee } : s.pendingChange;
    return scheduled({ ...s, ...prices, planVersion: to, pendingChange: pending, etag });
  }
  const pendingChange = { effectiveDate: quote.effectiveDate, planId: s.planId, planName: s.planName, quantity: s.pendingChange?.quantity ?? s.quantity, unitPrice: prices.unitPrice, periodFee: prices.periodFee };
  return scheduled({ ...s, planVersion: to, pendingChange, etag });
}

/**
 * POST /plans/{id}/versions/{version}/move: moves the running subscriptions of an older version to
 * the current one, priced as the preview on the same day, each recorded as a change of its
 * subscription. Idempotent by its Idempotency-Key; a subscription changed meanwhile is 409 conflict.
 */
export async function moveVersion(tx: RepositoryTransaction, ctx: RequestContext, planId: string, version: string): Promise<Answer> {
  if (!can(ctx.principal, 'edit-plans')) throw new Refusal(403, 'You are not allowed to edit service plans.', { code: 'no-permission' });
  const { plan, from } = await olderVersion(tx, ctx, planId, version);
  const moves = priceMoves(plan, await subscribers(tx, ctx, plan), from, ctx.today);
  for (const m of moves) {
    if (!(await tx.saveSubscription(ctx.scope, ctx.principal.organizationId, moved(m, versionOf(plan), ctx.newId('v')), m.s.etag))) {
      throw new Refusal(409, 'A subscription of this version was changed meanwhile. Review the move again.', { code: 'conflict' });
    }
    const q = m.quote;
    const record: SubscriptionChangeRecord = { id: ctx.newId('chg'), subscriptionId: m.s.id, kind: 'change', applies: q.applies, effectiveDate: q.effectiveDate, quote: q, dueNow: q.dueNow, creditBalance: q.creditBalance, createdAt: ctx.now };
    await tx.insertSubscriptionChange(ctx.scope, record);
  }
  return ok(moveOf(plan, from, ctx.today, moves), 201);
}
