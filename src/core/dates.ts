/**
 * Calendar dates as `YYYY-MM-DD` strings.
 *
 * A calendar date has no time and no zone, so it is never held in a local-time Date
 * that a browser's zone could shift. For arithmetic the string becomes a Date at local
 * noon (a time no daylight-saving change moves to another day), date-fns does the
 * calendar work, and the result is read back with the local getters. The result is the
 * same in every time zone.
 */
import { addDays as fnsAddDays } from 'date-fns/addDays';
import { addMonths as fnsAddMonths } from 'date-fns/addMonths';
import { addYears as fnsAddYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';

/** A calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in `YYYY-MM-DD` form (2025-02-29 is false). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const m = PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function parts(date: CalendarDate): [number, number, number] {
  const m = PATTERN.exec(date);
  if (!m || !isCalendarDate(date)) throw new RangeError(`"${date}" is not a calendar date (YYYY-MM-DD)`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function toNoon(date: CalendarDate): Date {
  const [y, m, d] = parts(date);
  const result = new Date(2000, m - 1, d, 12);
  result.setFullYear(y);
  return result;
}

function fromDate(date: Date): CalendarDate {
  return calendarDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** Builds `YYYY-MM-DD` from numbers (month 1..12). */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  const d = new Date(2000, month - 1, 1, 12);
  d.setFullYear(year);
  return getDaysInMonth(d);
}

export function yearOf(date: CalendarDate): number {
  return parts(date)[0];
}
export function monthOf(date: CalendarDate): number {
  return parts(date)[1];
}
export function dayOf(date: CalendarDate): number {
  return parts(date)[2];
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDate(fnsAddDays(toNoon(date), days));
}

/** Adds months; a day past the end of the target month becomes its last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return fromDate(fnsAddMonths(toNoon(date), months));
}

export function addYears(date: CalendarDate, years: number): CalendarDate {
  return fromDate(fnsAddYears(toNoon(date), years));
}

export type DurationUnit = 'day' | 'month' | 'year';

export interface Duration {
  quantity: number;
  unit: DurationUnit;
}

/** The date a duration after `date`. */
export function addDuration(date: CalendarDate, duration: Duration): CalendarDate {
  if (duration.unit === 'day') return addDays(date, duration.quantity);
  if (duration.unit === 'month') return addMonths(date, duration.quantity);
  return addYears(date, duration.quantity);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(toNoon(to), toNoon(from));
}

/** Negative, zero or positive, like a sort comparator. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  parts(a);
  parts(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Today's calendar date where the user is (or in `timeZone`), read with Intl so the
 * answer is the date on the user's wall calendar.
 */
export function today(timeZone?: string, now: Date = new Date()): CalendarDate {
  const fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const p = Object.fromEntries(fmt.formatToParts(now).map((x) => [x.type, x.value]));
  return calendarDate(Number(p.year), Number(p.month), Number(p.day));
}

/**
 * The billing date of a month: the billing day, or the month's last day when the
 * billing day is past it (billing day 31 in February is Feb 28 or 29).
 */
export function billingDateInMonth(year: number, month: number, billingDay: number): CalendarDate {
  checkBillingDay(billingDay);
  return calendarDate(year, month, Math.min(billingDay, daysInMonth(year, month)));
}

export function checkBillingDay(billingDay: number): void {
  if (!Number.isInteger(billingDay) || billingDay < 1 || billingDay > 31) {
    throw new RangeError(`billing day must be a whole number from 1 to 31, got ${billingDay}`);
  }
}

/** The first billing date strictly after `date`. */
export function nextBillingDate(date: CalendarDate, billingDay: number): CalendarDate {
  const [y, m] = parts(date);
  const sameMonth = billingDateInMonth(y, m, billingDay);
  if (sameMonth > date) return sameMonth;
  const next = addMonths(calendarDate(y, m, 1), 1);
  return billingDateInMonth(yearOf(next), monthOf(next), billingDay);
}

/** The last billing date on or before `date`. */
export function previousBillingDate(date: CalendarDate, billingDay: number): CalendarDate {
  const [y, m] = parts(date);
  const sameMonth = billingDateInMonth(y, m, billingDay);
  if (sameMonth <= date) return sameMonth;
  const prev = addMonths(calendarDate(y, m, 1), -1);
  return billingDateInMonth(yearOf(prev), monthOf(prev), billingDay);
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** Formats a calendar date for display in a locale ("Mar 11, 2025", "11 mar 2025"), in UTC so no zone shifts it. */
export function formatDate(date: CalendarDate, locale = 'en', style: 'medium' | 'long' | 'short' = 'medium'): string {
  const [y, m, d] = parts(date);
  const key = `${locale}|${style}`;
  let f = dateFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
    dateFormatters.set(key, f);
  }
  const utc = new Date(Date.UTC(2000, m - 1, d));
  utc.setUTCFullYear(y);
  return f.format(utc);
}
