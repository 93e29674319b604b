/** The periods of a term: month or year intervals from its origin, or stretches between billing days. */
import { addMonths, type CalendarDate, compareDates, earlierDate, nextBillingDate, previousBillingDate, wholeMonthsBetween } from './dates.js';
import { type ProrationFactor, prorationFactor } from './proration.js';

/** A stretch that is charged once, within the whole period it belongs to. */
export interface Segment {
  start: CalendarDate;
  end: CalendarDate;
  /** The whole period this stretch belongs to, for proration. */
  fullStart: CalendarDate;
  fullEnd: CalendarDate;
}

/**
 * One term, and where its months are counted from: month and year terms count from the
 * schedule's anchor (the first day of the first term), so renewals keep the anchor's day
 * (Jan 31 renews on Feb 28, Mar 31, Apr 30); day terms count from their own start.
 * Month `offset` from `origin` is the term's start.
 */
export interface Term {
  start: CalendarDate;
  end: CalendarDate;
  origin: CalendarDate;
  offset: number;
}

/** Periods of `stepMonths` months counted from the term's origin, the last one cut at the term's end. */
export function intervalSegments(term: Term, stepMonths: number): Segment[] {
  const out: Segment[] = [];
  for (let k = 0; ; k++) {
    const s = addMonths(term.origin, term.offset + k * stepMonths);
    if (compareDates(s, term.end) >= 0) break;
    const fullEnd = addMonths(term.origin, term.offset + (k + 1) * stepMonths);
    out.push({ start: s, end: earlierDate(fullEnd, term.end), fullStart: s, fullEnd });
  }
  return out;
}

/** Stretches from billing date to billing date, the first from the term's start, the last cut at its end. */
export function billingDaySegments(term: Term, billingDay: number): Segment[] {
  const out: Segment[] = [];
  let s = term.start;
  while (compareDates(s, term.end) < 0) {
    const fullStart = previousBillingDate(s, billingDay);
    const fullEnd = nextBillingDate(s, billingDay);
    out.push({ start: s, end: earlierDate(fullEnd, term.end), fullStart, fullEnd });
    s = fullEnd;
  }
  return out;
}

/** The stretch is its whole period (not prorated). */
export function isWhole(seg: Segment): boolean {
  return seg.start === seg.fullStart && seg.end === seg.fullEnd;
}

/**
 * Months (and a prorated remainder) of a whole term charged at once, counted from the term's
 * origin so that a renewal of a month-end anchor is whole months too.
 */
export function termMultiplier(term: Term): { months: number; rest: ProrationFactor | null } {
  const months = wholeMonthsBetween(term.origin, term.end) - term.offset;
  const from = addMonths(term.origin, term.offset + months);
  if (from === term.end) return { months, rest: null };
  return { months, rest: prorationFactor(from, term.end, from, addMonths(term.origin, term.offset + months + 1)) };
}
