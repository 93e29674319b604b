/**
 * Refund windows (Microsoft's new commerce rule): each batch of seats or licenses added can be
 * reduced with a prorated refund only strictly before its `refundableUntil`, by default 168 hours
 * after it was added; after that a decrease waits for the renewal. `changeQuote` splits a decrease
 * with `planDecrease`. docs/billing.md, "Refund windows".
 */
import { instantAfter } from './clock.js';
import { checkWhole } from './input-checks.js';

/** Hours after a batch is added during which it can be reduced with a refund (Microsoft's new commerce: 7 days). */
export const REFUND_WINDOW_HOURS = 168;
const HOUR_MS = 3_600_000;

export interface SeatBatch {
  id: string;
  quantity: number;
  /** When it was added: an ISO instant ("2027-03-01T10:00:00Z"). */
  addedAt: string;
}

/** The instant a batch stops being refundable: refundable strictly before it. */
export function refundableUntil(addedAt: string, windowHours = REFUND_WINDOW_HOURS): string {
  return instantAfter(addedAt, windowHours * HOUR_MS);
}

export interface DecreasePlan {
  /** Units taken from batches still in their window, each with its deadline: refunded now. */
  refunded: { batchId: string; quantity: number; refundableUntil: string }[];
  /** Units that cannot be refunded: the decrease of these waits for the renewal. */
  scheduled: number;
}

/**
 * How a decrease of `by` units splits at `now`: from the batches still refundable (newest first,
 * so the most recently added seats go first), the rest scheduled for the renewal. Never refunds
 * more than a batch holds, nor a batch whose window has closed (refundable strictly before its end).
 */
export function planDecrease(batches: readonly SeatBatch[], by: number, now: Date, windowHours = REFUND_WINDOW_HOURS): DecreasePlan {
  let left = checkWhole(by, 'decrease');
  const open = batches
    .map((b) => ({ b, until: refundableUntil(b.addedAt, windowHours) }))
    .filter(({ until }) => now.getTime() < Date.parse(until))
    .sort((x, y) => Date.parse(y.b.addedAt) - Date.parse(x.b.addedAt));
  const refunded: DecreasePlan['refunded'] = [];
  for (const { b, until } of open) {
    if (left === 0) break;
    const take = Math.min(left, checkWhole(b.quantity, 'batch quantity'));
    if (take > 0) refunded.push({ batchId: b.id, quantity: take, refundableUntil: until });
    left -= take;
  }
  return { refunded, scheduled: left };
}

/**
 * The part of a decrease of `by` units that the refund windows let go at `refund.now`: how many
 * units, from which batches, and how many are left to schedule. Null when nothing is refundable.
 */
export function refundNow(refund: { batches: readonly SeatBatch[]; now: string; windowHours?: number }, by: number): { quantity: number; batches: DecreasePlan['refunded']; scheduled: number } | null {
  if (by <= 0) return null;
  const plan = planDecrease(refund.batches, by, new Date(refund.now), refund.windowHours);
  const quantity = plan.refunded.reduce((n, b) => n + b.quantity, 0);
  return quantity > 0 ? { quantity, batches: plan.refunded, scheduled: plan.scheduled } : null;
}
