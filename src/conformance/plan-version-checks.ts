/**
 * Conformance checks of plan versions (issue 22): a save of a plan with subscriptions on its
 * current version makes the next version while the older one keeps them; the preview of moving
 * them prices each with the core's changeQuote at the current version's prices (versionPrices),
 * and the move, made once per Idempotency-Key, charges exactly what the preview showed. It uses a
 * plan of the fixtures' product that has subscriptions on its current version (a seed step
 * provides one) and leaves that plan one version further, its subscriptions moved to it.
 */
import { changeQuote } from '../core/change-quote.js';
import { planContextSchema, servicePlanShape, type ServicePlan } from '../schemas/plan.js';
import { planVersionResponses, versionPrices, type PlanVersions } from '../schemas/plan-version.js';
import { changeDate, subscriptionResponses, subscriptionTerms } from '../schemas/subscription.js';
import type { Check, Env } from './check.js';
import { check, expectBody, expectEqual, Skip } from './expect.js';

const versionsOf = async ({ api }: Env, planId: string): Promise<PlanVersions> =>
  expectBody(await api.get(`/plans/${encodeURIComponent(planId)}/versions`), 200, planVersionResponses.getPlanVersions, `GET /plans/${planId}/versions`);

const onCurrent = (v: PlanVersions) => v.versions.find((x) => x.current)?.subscriptions ?? 0;

/** The plan's recurring fees one minor unit per 10 higher in every currency (at least 1): a new price for its subscribers. */
function raised(plan: ServicePlan): ServicePlan {
  const up = (fees: Record<string, number>) => Object.fromEntries(Object.entries(fees).map(([c, m]) => [c, m + Math.max(1, Math.round(m / 10))]));
  return { ...plan, resources: plan.resources.map((r) => (r.fees.recurring ? { ...r, fees: { ...r.fees, recurring: up(r.fees.recurring) } } : r)) };
}

export const PLAN_VERSION_CHECKS: Check[] = [
  [
    'Plan versions: a save with subscribers makes the next version; the move preview is what the move charges',
    async (env) => {
      const { api, fx } = env;
      const ctx = expectBody(await api.get(`/products/${fx.planProductId}/plan-context`), 200, planContextSchema, 'GET plan-context');
      let found: { id: string; versions: PlanVersions } | null = null;
      for (const p of ctx.plans) {
        const versions = await versionsOf(env, p.id);
        if (onCurrent(versions) > 0) {
          found = { id: p.id, versions };
          break;
        }
      }
      if (!found) throw new Skip(`no plan of product ${fx.planProductId} has subscriptions on its current version (seed one)`);
      const path = `/plans/${encodeURIComponent(found.id)}`;
      const plan = expectBody(await api.get(path), 200, servicePlanShape, `GET ${path}`);
      const from = found.versions.currentVersion;
      const saved = expectBody(await api.send('PUT', path, raised(plan)), 200, servicePlanShape, `PUT ${path} with subscribers on its version`);
      expectEqual(saved.version, from + 1, 'a save with subscribers on the version makes the next version');
      const after = await versionsOf(env, found.id);
      expectEqual(after.currentVersion, from + 1, 'the current version after the save');
      expectEqual(after.versions.find((v) => v.version === from)?.subscriptions, onCurrent(found.versions), 'the older version keeps its subscriptions');
      expectEqual(onCurrent(after), 0, 'the new version has none yet');

      const today = await fx.today();
      const preview = expectBody(await api.get(`${path}/versions/${from}/move-preview`), 200, planVersionResponses.previewVersionMove, 'GET the move preview');
      check(preview.subscriptions.length > 0, 'the preview lists the older version’s subscriptions');
      for (const row of preview.subscriptions) {
        const s = expectBody(await api.get(`/subscriptions/${encodeURIComponent(row.subscriptionId)}`), 200, subscriptionResponses.getSubscription, 'GET a subscription to move').subscription;
        expectEqual(s.planVersion, from, 'a subscription not yet moved is on its version');
        const prices = versionPrices(saved, s.currency, s.periodMonths);
        check(prices, `the current version prices ${s.currency}`);
        const q = changeQuote(subscriptionTerms(s, preview.quotedOn), { kind: 'change', plan: { id: s.planId, ...prices } }, changeDate(s, preview.quotedOn));
        expectEqual({ dueNow: row.dueNow, after: row.after, applies: row.applies }, { dueNow: q.dueNow, after: q.nextCharge, applies: q.applies }, `the preview of ${s.id}: changeQuote at the current version's prices`);
      }
      const key = crypto.randomUUID();
      const moved = expectBody(await api.send('POST', `${path}/versions/${from}/move`, undefined, key), 201, planVersionResponses.moveVersion, 'POST the move');
      if (moved.quotedOn === preview.quotedOn && preview.quotedOn === today) expectEqual(moved, preview, 'the move charges what the preview showed');
      const replay = await api.send('POST', `${path}/versions/${from}/move`, undefined, key);
      expectEqual(replay.status, 201, 'the same Idempotency-Key replays the move');
      expectEqual((await versionsOf(env, found.id)).versions.find((v) => v.version === from)?.subscriptions, 0, 'the moved version keeps no subscriptions');
    },
  ],
];
