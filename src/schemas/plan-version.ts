/**
 * Plan versions (issue 22, point 5): a service plan's published version (`planVersion`; not the
 * `etag` that guards concurrent saves). A save of a plan whose current version has subscriptions
 * publishes a new version; the subscriptions keep the version and the prices they bought until
 * they are moved to the current one, which is previewed first (docs/billing.md, "Plan versions").
 */
import * as z from 'zod/mini';
import type { ServicePlan } from './plan.js';
import { calendarDateSchema, currencyCodeSchema, id, moneySchema, wholeNumber } from './common.js';

/** One version of a plan and how many running subscriptions are on it. */
export const planVersionSummarySchema = z.object({
  version: wholeNumber(1),
  /** When this version was published (its first save); absent when unknown. */
  savedAt: z.optional(z.string()),
  subscriptions: wholeNumber(0),
  current: z.boolean(),
});
export type PlanVersionSummary = z.infer<typeof planVersionSummarySchema>;

/** A plan's versions, oldest first; the last is the current one. */
export const planVersionsSchema = z.object({
  planId: id(),
  currentVersion: wholeNumber(1),
  versions: z.array(planVersionSummarySchema),
});
export type PlanVersions = z.infer<typeof planVersionsSchema>;

const nextChargeSchema = z.object({ date: calendarDateSchema(), amount: moneySchema() });

/** One subscription moved from an older version to the current one, priced by changeQuote. */
export const versionMoveRowSchema = z.object({
  subscriptionId: id(),
  customerName: z.string(),
  quantity: wholeNumber(0),
  currency: currencyCodeSchema(),
  /** When the new price applies (a decrease waits as its billing type says) and what is due today. */
  applies: z.enum(['now', 'period-end', 'term-end']),
  effectiveDate: calendarDateSchema(),
  dueNow: moneySchema(),
  /** The next regular charge on the version it has, and once moved; null when it ends first. */
  before: z.nullable(nextChargeSchema),
  after: z.nullable(nextChargeSchema),
  /** after − before (0 when either is null). */
  difference: moneySchema(),
});
export type VersionMoveRow = z.infer<typeof versionMoveRowSchema>;

/** The preview of moving an older version's subscriptions to the current version, and what a move did (the same shape). */
export const versionMoveSchema = z.object({
  planId: id(),
  fromVersion: wholeNumber(1),
  toVersion: wholeNumber(1),
  /** The calendar date it was priced on. */
  quotedOn: calendarDateSchema(),
  subscriptions: z.array(versionMoveRowSchema),
});
export type VersionMove = z.infer<typeof versionMoveSchema>;

/** What each plan version adapter method answers. */
export const planVersionResponses = {
  getPlanVersions: planVersionsSchema,
  previewVersionMove: versionMoveSchema,
  moveVersion: versionMoveSchema,
};

/** A subscription's prices on a plan version: one unit for one billing period, the period fee, the renewal fee per unit. */
export interface VersionPrices {
  unitPrice: number;
  periodFee: number;
  renewalFee: number;
}

/**
 * What a subscription in `currency` with billing periods of `periodMonths` pays on this plan
 * version: its unit is the plan's first resource with a recurring fee in the currency (a month's
 * fee times the period's months), or else the first with an overuse fee (pay as you go, as is);
 * the plan period fee of its first paid period; that resource's renewal fee. Null when the version
 * has no such price in the currency, or when that fee is priced by tiers or packages (a
 * subscription records one unit price).
 */
export function versionPrices(plan: Pick<ServicePlan, 'periods' | 'resources'>, currency: string, periodMonths: number): VersionPrices | null {
  const has = (fees: Partial<Record<string, number>> | undefined) => fees !== undefined && Object.hasOwn(fees, currency);
  const recurring = plan.resources.find((r) => has(r.fees.recurring) || (r.fees.recurring && r.pricing?.recurring));
  const resource = recurring ?? plan.resources.find((r) => has(r.fees.overuse));
  if (!resource) return null;
  // A subscription keeps one unit price: a fee priced by tiers or packages has none to give it (not moved, never mispriced).
  const modelled = resource.pricing?.[recurring ? 'recurring' : 'overuse'];
  if (modelled && modelled.model !== 'per-unit') return null;
  const unitPrice = recurring ? recurring.fees.recurring![currency]! * periodMonths : resource.fees.overuse![currency]!;
  const paid = plan.periods.find((p) => !p.trial);
  return { unitPrice, periodFee: paid?.fees[currency] ?? 0, renewalFee: resource.fees.renewal?.[currency] ?? 0 };
}
