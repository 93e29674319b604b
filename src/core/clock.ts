/**
 * The one clock. Every "today", every stamp (`createdAt`) and every generated id comes from a
 * `Clock`: the provider holds one, a widget may override it, tests pin it, and a backend
 * injects its own. This module is the only place that reads the machine's time.
 *
 * "Today" is a calendar date in the business time zone (the host sets it; by default the
 * user's), derived by `todayFrom` and nowhere else.
 */
import { addDays, calendarDate, type CalendarDate } from './dates.js';

/** An instant source: returns "now". */
export type Clock = () => Date;

/** The machine's clock. */
export const systemClock: Clock = () => new Date();

const todayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant on the wall calendar of `timeZone` (default: the runtime's zone). */
export function calendarDateAt(instant: Date, timeZone?: string): CalendarDate {
  const key = timeZone ?? '';
  let fmt = todayFormatters.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    todayFormatters.set(key, fmt);
  }
  const p: Record<string, string> = {};
  for (const part of fmt.formatToParts(instant)) p[part.type] = part.value;
  return calendarDate(Number(p.year), Number(p.month), Number(p.day));
}

/** Today's calendar date in `timeZone` (default: the runtime's zone) at the instant `now`. */
export function today(timeZone?: string, now: Date = systemClock()): CalendarDate {
  return calendarDateAt(now, timeZone);
}

/** Today in the business time zone, read once from `clock`. */
export function todayFrom(clock: Clock = systemClock, timeZone?: string): CalendarDate {
  return calendarDateAt(clock(), timeZone);
}

/** An ISO 8601 timestamp of now, for `createdAt` and `updatedAt`. */
export function stampFrom(clock: Clock = systemClock): string {
  return clock().toISOString();
}

/** The ISO instant `ms` milliseconds after the instant `at` (an ISO string from the clock); RangeError when `at` is not one. */
export function instantAfter(at: string, ms: number): string {
  const t = Date.parse(at);
  if (Number.isNaN(t)) throw new RangeError(`not an instant: ${JSON.stringify(at)}`);
  return new Date(t + ms).toISOString();
}

/**
 * Whether a backend still honours a quote made on `quotedOn`: it prices with that date when it
 * is today or yesterday in the business time zone (a flow left open over midnight keeps its
 * preview); any other date gets 409 `quote-changed` with the backend's own quote.
 */
export function quoteDateHonoured(quotedOn: CalendarDate, today: CalendarDate): boolean {
  return quotedOn === today || quotedOn === addDays(today, -1);
}

/**
 * The date a backend prices a create with: the client's `quotedOn` when it is honoured, today
 * when the client sent none, or null when the quote is stale (answer 409 `quote-changed`).
 */
export function pricingDate(quotedOn: CalendarDate | undefined | null, today: CalendarDate): CalendarDate | null {
  if (!quotedOn) return today;
  return quoteDateHonoured(quotedOn, today) ? quotedOn : null;
}
