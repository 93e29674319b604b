/**
 * The price shown is the price charged. A create may carry `quotedOn` (the date its preview was
 * made) and `expected` (the figures it showed). The server prices with `quotedOn` when the core
 * honours it (today or yesterday in the business time zone), re-prices with the same core, and
 * answers 409 `quote-changed` with its own quote, in the shape of `expected` plus `quotedOn`,
 * when the date is stale or a figure differs. A client may send that quote back as `expected`.
 */
import * as z from 'zod/mini';
import { pricingDate } from '../core/clock.js';
import type { CalendarDate } from '../core/dates.js';
import type { Money } from '../core/money.js';
import { calendarDateSchema, moneySchema } from '../schemas/common.js';
import { parseBody } from './body.js';
import { Refusal } from './refusal.js';

/** The figures a client may expect; each one present is compared. */
export interface QuoteFigures {
  total: Money;
  startDate?: CalendarDate;
  endDate?: CalendarDate;
  firstChargeDate?: CalendarDate;
}

const claimSchema = z.object({
  quotedOn: z.optional(calendarDateSchema()),
  expected: z.optional(
    z.object({
      total: z.optional(moneySchema()),
      endDate: z.optional(calendarDateSchema()),
      firstChargeDate: z.optional(calendarDateSchema()),
    }),
  ),
});

const QUOTE_CHANGED = 'The price or dates changed since the preview. Review the new preview and submit again.';

export type QuoteClaim = z.infer<typeof claimSchema>;

/** The `quotedOn` and `expected` a create carries (both optional). */
export function readClaim(body: unknown): QuoteClaim {
  return parseBody(claimSchema, body);
}

/** The date rules that depend on "today" use: the honoured `quotedOn`, else today. */
export function claimedToday(claim: QuoteClaim, today: CalendarDate): CalendarDate {
  return pricingDate(claim.quotedOn, today) ?? today;
}

function differs(expected: QuoteClaim['expected'], figures: QuoteFigures): boolean {
  if (!expected) return false;
  if (expected.total && (expected.total.minor !== figures.total.minor || expected.total.currency !== figures.total.currency)) return true;
  if (expected.endDate && expected.endDate !== figures.endDate) return true;
  return !!expected.firstChargeDate && expected.firstChargeDate !== figures.firstChargeDate;
}

/**
 * Prices a create: `price(date)` gives the core's quote and its figures. Returns the date priced
 * with and the quote, or throws 409 quote-changed with the server's quote for today.
 */
export function priceAsQuoted<Q>(claim: QuoteClaim, today: CalendarDate, price: (date: CalendarDate) => { quote: Q; figures: QuoteFigures }): { date: CalendarDate; quote: Q } {
  const date = pricingDate(claim.quotedOn, today);
  const priced = date === null ? null : price(date);
  if (date === null || differs(claim.expected, priced!.figures)) {
    const own = date === today && priced ? priced : price(today);
    throw new Refusal(409, QUOTE_CHANGED, { code: 'quote-changed', quote: { quotedOn: today, ...own.figures } });
  }
  return { date, quote: priced!.quote };
}
