/**
 * Conformance checks of subscriptions: the list and a subscription's plans, a change previewed
 * with the core's changeQuote from the detail and accepted at that total, a stale total answered
 * with the backend's quote (which is then accepted), one change per Idempotency-Key, a stale etag,
 * renewing a subscription whose plan was deactivated, the 422s, cancelling a scheduled decrease,
 * a decrease refunded within the seats' refund windows, and the price lists pricing the plans. Date-independent: "today" is the
 * backend's (Fixtures.today); its instant is not known, so a subscription with a refund window
 * closing within a day and a half of today is not used (refundInstant).
 */
import { CHANGE_RULES, changeQuote, type ChangeQuote } from '../core/change-quote.js';
import { addDays, compareDates } from '../core/dates.js';
import { resolvePrice } from '../core/economics.js';
import { listQueryParams } from '../schemas/lists.js';
import { changeDate, requestedChange, subscriptionResponses, subscriptionTerms, type Subscription, type SubscriptionDetail } from '../schemas/subscription.js';
import type { Check, Env } from './check.js';
import { check, expectBody, expectEqual, expectError, expectFieldError, Skip } from './expect.js';

type Change = { kind: 'change' | 'renew'; quantity?: number; planId?: string };

async function subscriptions({ api }: Env, query: Parameters<typeof listQueryParams>[0] = {}): Promise<Subscription[]> {
  const path = `/subscriptions?${listQueryParams({ pageSize: 100, ...query })}`;
  return expectBody(await api.get(path), 200, subscriptionResponses.listSubscriptions, `GET ${path}`).items;
}

async function detail({ api }: Env, id: string): Promise<SubscriptionDetail> {
  return expectBody(await api.get(`/subscriptions/${encodeURIComponent(id)}`), 200, subscriptionResponses.getSubscription, `GET /subscriptions/${id}`);
}

/**
 * An instant that stands for the backend's now in the refund windows: the backend's day at noon
 * UTC. Its time zone is unknown, so its now is anywhere from the day before to the day after;
 * null when a batch's window closes in that span (the refund would depend on the hour).
 */
function refundInstant(d: SubscriptionDetail, today: string): string | null {
  const [from, to] = [Date.parse(`${addDays(today, -1)}T00:00:00Z`), Date.parse(`${addDays(today, 2)}T00:00:00Z`)];
  const unsure = (d.subscription.batches ?? []).some((b) => Date.parse(b.refundableUntil) > from && Date.parse(b.refundableUntil) <= to);
  return unsure ? null : `${today}T12:00:00.000Z`;
}

/** The widget's preview: changeQuote of the record's terms on its change date; null when the core refuses it or the refund windows are too near to know. */
function preview(d: SubscriptionDetail, change: Change, today: string): ChangeQuote | null {
  const requested = requestedChange(change, d.plans, d.subscription.planId);
  const now = refundInstant(d, today);
  if (!requested || !now) return null;
  try {
    return changeQuote(subscriptionTerms(d.subscription, today, now), requested, changeDate(d.subscription, today));
  } catch {
    return null;
  }
}

/** A running subscription that takes one more unit (and, with `where`, more), with its detail and the preview of that change. */
async function oneMore(env: Env, where: (s: Subscription) => boolean = () => true) {
  const today = await env.fx.today();
  for (const s of await subscriptions(env, { filters: { status: 'active' } })) {
    if (!where(s) || (s.maxQuantity !== null && s.quantity + 1 > s.maxQuantity)) continue;
    const d = await detail(env, s.id);
    const change: Change = { kind: 'change', quantity: s.quantity + 1 };
    const q = preview(d, change, today);
    if (q) return { d, change, q, today };
  }
  throw new Skip('no running subscription takes one more unit (load the seed: channelkit-conformance --print-seed)');
}

const changePath = (id: string) => `/subscriptions/${encodeURIComponent(id)}/changes`;
const body = (d: SubscriptionDetail, change: Change, today: string, q: Pick<ChangeQuote, 'total' | 'after' | 'refund'>) => ({
  ...change,
  etag: d.subscription.etag,
  quotedOn: today,
  expected: { total: q.total, endDate: q.after.termEnd },
  ...(q.refund ? { refundQuantity: q.refund.quantity } : {}),
});

export const SUBSCRIPTION_CHECKS: Check[] = [
  [
    'GET /subscriptions lists them by the list model; a subscription’s detail offers its own plan first',
    async (env) => {
      const all = await subscriptions(env);
      check(all.length > 0, 'GET /subscriptions lists no subscription (load the seed: channelkit-conformance --print-seed)');
      const target = all.at(-1)!;
      check((await subscriptions(env, { search: target.sourceId })).some((s) => s.id === target.id), `searching "${target.sourceId}" did not find subscription "${target.id}"`);
      for (const source of ['order', 'license'] as const) check((await subscriptions(env, { filters: { source } })).every((s) => s.source === source), `filtered by source ${source}, another source is listed`);
      const d = await detail(env, target.id);
      expectEqual(d.subscription, target, 'the detail’s subscription against its row');
      expectEqual(d.plans[0]?.id, target.planId, 'the first plan offered');
      expectError(await env.api.get(`/subscriptions/${crypto.randomUUID()}`), 404, 'an unknown subscription');
      expectError(await env.api.get('/subscriptions?sort=nothing'), 422, 'an unknown sort key', 'invalid-query');
    },
  ],
  [
    'POST /subscriptions/{id}/changes makes the change previewed with changeQuote, at that total, once per Idempotency-Key',
    async (env) => {
      const { d, change, q, today } = await oneMore(env);
      const key = crypto.randomUUID();
      const first = expectBody(await env.api.send('POST', changePath(d.subscription.id), body(d, change, today, q), key), 201, subscriptionResponses.changeSubscription, 'a change at the previewed total');
      expectEqual([first.applies, first.effectiveDate, first.dueNow, first.creditBalance], [q.applies, q.effectiveDate, q.dueNow, q.creditBalance], 'applies, effective date, due now and credit');
      expectEqual(first.subscription.quantity, d.subscription.quantity + 1, 'the quantity after an increase (increases apply now)');
      check(first.subscription.etag !== d.subscription.etag, 'a change must give the subscription a new etag');
      const again = await env.api.send('POST', changePath(d.subscription.id), body(d, change, today, q), key);
      expectEqual([again.status, again.body], [201, first], 'the same request with the same Idempotency-Key');
      expectEqual((await detail(env, d.subscription.id)).subscription.quantity, d.subscription.quantity + 1, 'the quantity after one change sent twice with one key');
    },
  ],
  [
    'POST /subscriptions/{id}/changes: a stale expected total is 409 quote-changed with the backend’s quote, which is then accepted',
    async (env) => {
      const { d, change, q, today } = await oneMore(env);
      const stale = { ...q, total: { ...q.total, minor: q.total.minor + 1 } };
      const error = expectError(await env.api.send('POST', changePath(d.subscription.id), body(d, change, today, stale)), 409, 'a change with a stale expected total', 'quote-changed');
      const quote = error.quote as { quotedOn?: string; total?: unknown } | undefined;
      check(quote && quote.quotedOn === today, `a 409 quote-changed must carry the backend's quote with quotedOn ${today}: { error: { quote: { quotedOn, total, endDate } } }, got ${JSON.stringify(error)}`);
      expectEqual(quote.total, q.total, 'the backend’s total (the same core prices it)');
      const resent = { ...change, etag: d.subscription.etag, quotedOn: quote.quotedOn, expected: quote };
      expectBody(await env.api.send('POST', changePath(d.subscription.id), resent), 201, subscriptionResponses.changeSubscription, 'the change resent with the backend’s quote');
    },
  ],
  [
    'POST /subscriptions/{id}/changes refuses a stale etag (409 conflict), more than the plan allows, no change and a plan not offered (422)',
    async (env) => {
      const { d, change, q, today } = await oneMore(env);
      const path = changePath(d.subscription.id);
      expectError(await env.api.send('POST', path, { ...body(d, change, today, q), etag: `${d.subscription.etag}-stale` }), 409, 'a change to a version not loaded', 'conflict');
      expectFieldError(await env.api.send('POST', path, { kind: 'change', quantity: d.subscription.quantity, etag: d.subscription.etag }), 'quantity', 'the same quantity and plan');
      expectFieldError(await env.api.send('POST', path, { kind: 'change', planId: crypto.randomUUID(), etag: d.subscription.etag }), 'planId', 'a plan not offered');
      const limited = d.plans[0]!.maxQuantity;
      if (limited !== null) expectFieldError(await env.api.send('POST', path, { kind: 'change', quantity: limited + 1, etag: d.subscription.etag }), 'quantity', 'more than the plan allows');
      expectError(await env.api.send('POST', changePath(crypto.randomUUID()), body(d, change, today, q)), 404, 'a change to an unknown subscription');
    },
  ],
  [
    'POST /subscriptions/{id}/changes: renewing a subscription whose plan was deactivated is 409 plan-deactivated',
    async (env) => {
      const retired = (await subscriptions(env, { filters: { status: 'active' } })).find((s) => !s.renewable);
      if (!retired) throw new Skip('no running subscription is on a deactivated plan (load the seed: channelkit-conformance --print-seed)');
      expectError(await env.api.send('POST', changePath(retired.id), { kind: 'renew', etag: retired.etag }), 409, 'renewing a subscription on a deactivated plan', 'plan-deactivated');
    },
  ],
  [
    'POST /subscriptions/{id}/pending-change/cancel: a scheduled decrease is cancelled and the subscription is as before it',
    async (env) => {
      const today = await env.fx.today();
      for (const s of await subscriptions(env, { filters: { status: 'active' } })) {
        if (CHANGE_RULES[s.billingType].decrease === 'now' || s.quantity < 2 || s.pendingChange) continue;
        const before = await detail(env, s.id);
        const change: Change = { kind: 'change', quantity: s.quantity - 1 };
        const q = preview(before, change, today);
        if (!q || q.applies === 'now') continue;
        const made = expectBody(await env.api.send('POST', changePath(s.id), body(before, change, today, q)), 201, subscriptionResponses.changeSubscription, 'a decrease');
        expectEqual([made.applies, made.subscription.quantity, made.subscription.pendingChange?.quantity], [q.applies, s.quantity, s.quantity - 1], 'a scheduled decrease: applies, quantity until then, quantity scheduled');
        const cancelled = expectBody(await env.api.call(`/subscriptions/${encodeURIComponent(s.id)}/pending-change/cancel`, { method: 'POST', key: crypto.randomUUID() }), 200, subscriptionResponses.cancelPendingChange, 'cancelling the scheduled decrease');
        expectEqual({ ...cancelled, etag: '' }, { ...before.subscription, etag: '' }, 'the subscription after the cancel, against before the change (all but its etag)');
        return;
      }
      throw new Skip('no running subscription takes a scheduled decrease (load the seed: channelkit-conformance --print-seed)');
    },
  ],

  [
    'POST /subscriptions/{id}/changes: a decrease refunds the seats still in their refund windows now, as previewed, and schedules the rest',
    async (env) => {
      const today = await env.fx.today();
      for (const s of await subscriptions(env, { filters: { status: 'active' } })) {
        if (CHANGE_RULES[s.billingType].decrease !== 'term-end' || s.pendingChange || !s.batches?.length) continue;
        const d = await detail(env, s.id);
        const open = preview(d, { kind: 'change', quantity: 0 }, today)?.refund?.quantity ?? 0;
        if (!open || s.quantity <= open + 1) continue;
        // One more than the open windows hold: those refunded now, one unit left for the term's end.
        const change: Change = { kind: 'change', quantity: s.quantity - open - 1 };
        const q = preview(d, change, today)!;
        const made = expectBody(await env.api.send('POST', changePath(s.id), body(d, change, today, q)), 201, subscriptionResponses.changeSubscription, 'a decrease past the open refund windows');
        const expected: unknown[] = ['term-end', q.creditBalance, s.quantity - open, s.quantity - open - 1];
        expectEqual([made.applies, made.creditBalance, made.subscription.quantity, made.subscription.pendingChange?.quantity], expected, 'applies, the refund, the quantity until the term end, the quantity scheduled');
        check(q.creditBalance.minor > 0, 'the refunded seats must be credited');
        const noon = Date.parse(`${today}T12:00:00Z`);
        const left = (made.subscription.batches ?? []).reduce((n, b) => n + (Date.parse(b.refundableUntil) > noon ? b.quantity : 0), 0);
        expectEqual(left, 0, 'seats left in open refund windows after they were refunded');
        return;
      }
      throw new Skip('no running subscription has seats in an open refund window (load the seed: channelkit-conformance --print-seed)');
    },
  ],

  [
    'GET /price-lists answers the seller’s tier and its versions; the plans a subscription may move to are priced by the version in force today',
    async (env) => {
      const today = await env.fx.today();
      const lists = expectBody(await env.api.get('/price-lists'), 200, subscriptionResponses.getPriceLists, 'GET /price-lists');
      check(lists.versions.every((v) => v.tier === lists.tier), 'GET /price-lists: every version must be of the seller’s tier');
      check(lists.versions.every((v, i, all) => i === 0 || all[i - 1]!.effectiveFrom < v.effectiveFrom), 'GET /price-lists: versions oldest first');
      if (!lists.tier) throw new Skip('the seller has no reseller tier (load the seed: channelkit-conformance --print-seed)');
      for (const s of await subscriptions(env, { filters: { status: 'active' } })) {
        for (const p of (await detail(env, s.id)).plans.slice(1)) {
          const r = resolvePrice({ planId: p.id, currency: s.currency, date: today, tier: lists.tier, planPrice: p.unitPrice }, lists.versions);
          if (r.source !== 'price-list') continue;
          expectEqual(p.unitPrice, r.unitPrice, `the unit price of plan ${p.id} offered to subscription ${s.id} (the version of ${r.version?.effectiveFrom} in force on ${today})`);
          return;
        }
      }
      throw new Skip('no subscription may move to a plan the price list names (load the seed: channelkit-conformance --print-seed)');
    },
  ],

  [
    'PUT /subscriptions/{id}/price-override: a negotiated price from the current period prices the change and the next charge; 422 with field paths for an end before the start and a negative price',
    async (env) => {
      // A subscription charged in advance and renewing by itself, whose next charge is its value.
      const { d, today } = await oneMore(env, (s) => CHANGE_RULES[s.billingType]?.timing === 'advance' && s.autoRenew && s.renewable && !s.pendingChange);
      const s = d.subscription;
      const path = `/subscriptions/${encodeURIComponent(s.id)}/price-override`;
      const { periodStart, periodEnd } = subscriptionTerms(s, today);
      const bad = await env.api.send('PUT', path, { etag: s.etag, priceOverride: { unitPrice: -1, from: periodEnd, until: periodStart } });
      if (bad.status === 403) throw new Skip('the principal may not set prices (it needs see-cost and set-prices)');
      expectFieldError(bad, 'priceOverride.until', 'an end before the start');
      expectFieldError(bad, 'priceOverride.unitPrice', 'a negative price');
      const price = Math.max(0, s.unitPrice - 1);
      const set = expectBody(await env.api.send('PUT', path, { etag: s.etag, priceOverride: { unitPrice: price, from: periodStart, until: null } }), 200, subscriptionResponses.setPriceOverride, 'PUT price-override');
      expectEqual(set.priceOverride, { unitPrice: price, from: periodStart, until: null }, 'the negotiated price answered');
      const after = await detail(env, s.id);
      expectEqual(after.plans[0]?.unitPrice, price, 'its own plan in the detail, at the negotiated price');
      const change: Change = { kind: 'change', quantity: s.quantity + 1 };
      const q = preview(after, change, today);
      check(q, 'the preview of one more unit at the negotiated price');
      check(q.lines.every((l) => l.unitPrice.minor === price), 'the change is priced at the negotiated price');
      expectEqual(q.nextCharge?.amount.minor, price * (s.quantity + 1) + s.periodFee + (compareDates(periodEnd, s.termEnd) >= 0 ? s.renewalFee * (s.quantity + 1) : 0), 'the next charge at the negotiated price');
      const made = expectBody(await env.api.send('POST', changePath(s.id), body(after, change, today, q)), 201, subscriptionResponses.changeSubscription, 'a change at the negotiated price');
      expectEqual(made.subscription.priceOverride, set.priceOverride, 'the negotiated price kept by the change');
      expectBody(await env.api.send('PUT', path, { etag: made.subscription.etag, priceOverride: null }), 200, subscriptionResponses.setPriceOverride, 'removing the negotiated price');
    },
  ],
];
