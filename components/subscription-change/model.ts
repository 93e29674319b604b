/**
 * The change draft, its validation and its preview: no DOM, testable on its own. The preview is
 * `changeQuote` over `subscriptionTerms`, the same functions the backend charges with.
 */
import * as z from 'zod/mini';
import { ChangeRefusedError, type ChangeQuote, type ChangeRefusal, changeQuote } from '../../src/core/change-quote.js';
import type { CalendarDate } from '../../src/core/dates.js';
import { type Economics, periodEconomics } from '../../src/core/economics.js';
import { parseWholeNumber } from '../../src/core/whole-number.js';
import { draftText } from '../../src/schemas/draft.js';
import { changeDate, requestedChange, type SeatBatchRecord, type SubscriptionChangeInput, type SubscriptionDetail, type SubscriptionPlan, subscriptionTerms } from '../../src/schemas/subscription.js';
import type { FieldErrors } from '../../src/schemas/validate.js';
import { msg } from './messages.js';

export type ChangeAction = 'change' | 'renew';

/** What the user chose, as typed: nothing is lost when it is not valid yet. */
export interface ChangeDraft {
  /** The subscription the draft is for: a stored draft of another one is not restored into it. */
  subscriptionId: string;
  action: ChangeAction;
  planId: string;
  quantity: string;
  /** The seller confirmed a new price below its cost. */
  belowCost: boolean;
}

/** The shape of a stored draft (see DraftStorage): bump CHANGE_DRAFT_VERSION when it changes. */
export const changeDraftSchema = z.object({ subscriptionId: draftText(), action: z.enum(['change', 'renew']), planId: draftText(), quantity: draftText(), belowCost: z._default(z.boolean(), false) });
export const CHANGE_DRAFT_VERSION = 1;

/** Renewing is offered where the subscription does not renew by itself. */
export const offersRenewal = (detail: SubscriptionDetail | null): boolean => !!detail && !detail.subscription.autoRenew;

/** The draft of a subscription as it is: its plan and quantity. */
export function draftOf(detail: SubscriptionDetail | null, action: ChangeAction = 'change'): ChangeDraft {
  const s = detail?.subscription;
  return { subscriptionId: s?.id ?? '', action: action === 'renew' && offersRenewal(detail) ? 'renew' : 'change', planId: s?.planId ?? '', quantity: s ? String(s.quantity) : '', belowCost: false };
}

/** Whether the draft differs from the subscription as it is (a reload keeps it). */
export function hasInput(draft: ChangeDraft, detail: SubscriptionDetail | null): boolean {
  const base = draftOf(detail);
  return draft.action !== base.action || draft.planId !== base.planId || draft.quantity.trim() !== base.quantity;
}


export const chosenPlan = (draft: ChangeDraft, detail: SubscriptionDetail | null): SubscriptionPlan | undefined => detail?.plans.find((p) => p.id === draft.planId);

/**
 * The quantity typed, if `plan` allows it: a whole number from 1 (the backend keeps at least one)
 * to the plan's limit. Validation says why not; the preview prices only an allowed quantity.
 */
function allowedQuantity(draft: ChangeDraft, plan: SubscriptionPlan | undefined): number | 'not-whole' | 'over-max' {
  const quantity = parseWholeNumber(draft.quantity);
  if (quantity === null || quantity < 1) return 'not-whole';
  return plan?.maxQuantity != null && quantity > plan.maxQuantity ? 'over-max' : quantity;
}

/**
 * The field errors of a draft: the quantity as typed, within the chosen plan's limit, a change at
 * all, and, when the change's new price is below the seller's cost (`belowCost`), its confirmation.
 */
export function validateChange(draft: ChangeDraft, detail: SubscriptionDetail | null, locale: string, belowCost = false): FieldErrors {
  if (!detail) return {};
  const s = detail.subscription;
  if (s.status === 'ended') return { action: msg(locale, 'refusedEnded', { date: s.termEnd }) };
  if (draft.action === 'renew') return s.renewable ? {} : { action: msg(locale, 'refusedDeactivated') };
  const plan = chosenPlan(draft, detail);
  if (!plan) return { planId: msg(locale, 'noChange') };
  if (!draft.quantity.trim()) return { quantity: msg(locale, 'required') };
  const quantity = allowedQuantity(draft, plan);
  if (quantity === 'not-whole') return { quantity: msg(locale, 'wholeQuantity') };
  if (quantity === 'over-max') return { quantity: msg(locale, 'overMax', { count: plan.maxQuantity ?? 0 }) };
  if (quantity === s.quantity && plan.id === s.planId) return { quantity: msg(locale, 'noChange') };
  return belowCost && !draft.belowCost ? { belowCost: msg(locale, 'confirmBelowCost') } : {};
}

export type Preview = { quote: ChangeQuote } | { refused: ChangeRefusal } | null;

/**
 * The preview of a valid draft on `today` at the instant `now` (refund windows are instants), a
 * refusal the core gave, or null while the draft is not valid.
 */
export function previewChange(draft: ChangeDraft, detail: SubscriptionDetail | null, today: CalendarDate, now?: string): Preview {
  if (!detail) return null;
  const allowed = allowedQuantity(draft, chosenPlan(draft, detail));
  const quantity = typeof allowed === 'number' ? allowed : null;
  const change = requestedChange({ kind: draft.action, planId: draft.planId, ...(quantity === null ? {} : { quantity }) }, detail.plans, detail.subscription.planId);
  const s = detail.subscription;
  // Nothing to preview until the quantity is one the plan allows and something differs: no price for 0 or past the limit.
  if (!change || (draft.action === 'change' && (quantity === null || (quantity === s.quantity && draft.planId === s.planId)))) return null;
  try {
    return { quote: changeQuote(subscriptionTerms(s, today, now), change, changeDate(s, today)) };
  } catch (e) {
    if (e instanceof ChangeRefusedError) return { refused: e.code };
    return null;
  }
}

/** What Confirm sends: the change, the etag it was previewed from, the preview's date and total, and how many units it refunds. */
export function toInput(draft: ChangeDraft, detail: SubscriptionDetail, quote: ChangeQuote | null, quotedOn: CalendarDate): SubscriptionChangeInput {
  const quantity = parseWholeNumber(draft.quantity);
  return {
    kind: draft.action,
    ...(draft.action === 'change' ? { planId: draft.planId, ...(quantity === null ? {} : { quantity }) } : {}),
    etag: detail.subscription.etag,
    quotedOn,
    ...(quote ? { expected: { total: quote.total } } : {}),
    ...(quote?.refund ? { refundQuantity: quote.refund.quantity } : {}),
  };
}

/** The batches of units added this term still in their refund window at `now`, oldest first. */
export function openRefundWindows(detail: SubscriptionDetail | null, now: Date): SeatBatchRecord[] {
  return (detail?.subscription.batches ?? []).filter((b) => Date.parse(b.refundableUntil) > now.getTime()).sort((a, b) => Date.parse(a.addedAt) - Date.parse(b.addedAt));
}

/**
 * For a user allowed to see cost (the backend sent the plans' economics): one period's cost, price
 * and margin as the subscription is, and after the previewed change. Null for anyone else.
 */
export type Margin = { now: Economics; after: Economics | null } | null;
export function marginOf(detail: SubscriptionDetail | null, quote: ChangeQuote | null): Margin {
  const s = detail?.subscription;
  const mine = s && detail.economics?.[s.planId];
  if (!s || !mine) return null;
  const now = periodEconomics(s.currency, s.quantity, s, mine);
  const a = quote?.kind === 'change' ? quote.after : null;
  const target = a && detail.economics?.[a.planId];
  return { now, after: a && target ? periodEconomics(s.currency, a.quantity, { unitPrice: a.unitPrice.minor, periodFee: a.periodFee.minor }, target) : null };
}
