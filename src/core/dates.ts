/**
 * Calendar dates as `YYYY-MM-DD` strings, from 0001-01-01 to 9999-12-31.
 *
 * A calendar date has no time and no zone, so the arithmetic never goes through a Date:
 * a date becomes a day number (days since 1970-01-01 in the proleptic Gregorian calendar)
 * with integer formulas, and back (H. Hinnant's days_from_civil / civil_from_days). No
 * time zone, daylight-saving rule or skipped day (Pacific/Kiritimati skipped 1994-12-31,
 * Pacific/Apia 2011-12-30) can change a result. A result outside 0001-01-01…9999-12-31 is
 * a RangeError, never a five-digit year or "0NaN-NaN-NaN".
 */

/** A calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;

/** The first and last dates the core handles. */
export const FIRST_CALENDAR_DATE: CalendarDate = '0001-01-01';
export const LAST_CALENDAR_DATE: CalendarDate = '9999-12-31';

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (!Number.isSafeInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`no month ${month} in year ${year}`);
  }
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

function isDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * Reads `YYYY-MM-DD` without a regular expression (dates are read in every step of a
 * schedule): [year, month, day], or null when the text is not in that form.
 */
function scan(value: string): [number, number, number] | null {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  let y = 0;
  let m = 0;
  let d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    if (i < 4) y = y * 10 + digit;
    else if (i < 7) m = m * 10 + digit;
    else d = d * 10 + digit;
  }
  return [y, m, d];
}

/** True for a real calendar date in `YYYY-MM-DD` form (2025-02-29 is false), 0001-01-01…9999-12-31. */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const p = scan(value);
  return !!p && isDay(p[0], p[1], p[2]);
}

function parts(date: CalendarDate): [number, number, number] {
  const p = typeof date === 'string' ? scan(date) : null;
  if (!p || !isDay(p[0], p[1], p[2])) {
    throw new RangeError(`"${date}" is not a calendar date (YYYY-MM-DD, ${FIRST_CALENDAR_DATE}…${LAST_CALENDAR_DATE})`);
  }
  return p;
}

function ymd(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Builds `YYYY-MM-DD` from numbers (month 1..12); a RangeError unless it is a real date in range. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  if (!isDay(year, month, day)) {
    throw new RangeError(`year ${year}, month ${month}, day ${day} is not a calendar date from ${FIRST_CALENDAR_DATE} to ${LAST_CALENDAR_DATE}`);
  }
  return ymd(year, month, day);
}

/** Days since 1970-01-01 (days_from_civil; exact for every year >= 0). */
function dayNumber(date: CalendarDate): number {
  const [year, m, d] = parts(date);
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const FIRST_DAY = -719_162; // 0001-01-01
const LAST_DAY = 2_932_896; // 9999-12-31

/** The date of a day number (civil_from_days), refused outside the calendar's range. */
function fromDayNumber(days: number, what: () => string): CalendarDate {
  if (!Number.isSafeInteger(days) || days < FIRST_DAY || days > LAST_DAY) throw outOfRange(what());
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  return ymd(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** A date arithmetic result outside 0001-01-01…9999-12-31. */
export class CalendarRangeError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarRangeError';
  }
}

function outOfRange(what: string): CalendarRangeError {
  return new CalendarRangeError(`${what} is outside the calendar the billing core handles (${FIRST_CALENDAR_DATE}…${LAST_CALENDAR_DATE})`);
}

function checkCount(n: number, what: string): number {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a whole number, got ${n}`);
  return n;
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
  return fromDayNumber(dayNumber(date) + checkCount(days, 'days'), () => `${date} + ${days} days`);
}

/** Adds months; a day past the end of the target month becomes its last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + checkCount(months, 'months');
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (!Number.isSafeInteger(index) || year < 1 || year > 9999) throw outOfRange(`${date} + ${months} months`);
  return ymd(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Adds years; Feb 29 + 1 year is Feb 28. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const months = checkCount(years, 'years') * 12;
  if (!Number.isSafeInteger(months)) throw outOfRange(`${date} + ${years} years`);
  return addMonths(date, months);
}

export type DurationUnit = 'day' | 'month' | 'year';

export const DURATION_UNITS: readonly DurationUnit[] = ['day', 'month', 'year'];

export interface Duration {
  quantity: number;
  unit: DurationUnit;
}

/** The date a duration after `date`; a RangeError for a unit other than day, month or year. */
export function addDuration(date: CalendarDate, duration: Duration): CalendarDate {
  switch (duration.unit) {
    case 'day':
      return addDays(date, duration.quantity);
    case 'month':
      return addMonths(date, duration.quantity);
    case 'year':
      return addYears(date, duration.quantity);
    default:
      throw new RangeError(`unknown duration unit "${String((duration as { unit: unknown }).unit)}" (day, month or year)`);
  }
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Whole months from `from` to `to`: the largest n with addMonths(from, n) <= to
 * (Jan 31 to Feb 28 is 1 month, Jan 31 to Feb 27 is 0). Negative when `to` is earlier.
 */
export function wholeMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  const n = (ty - fy) * 12 + (tm - fm);
  return Math.min(fd, daysInMonth(ty, tm)) > td ? n - 1 : n;
}

/** Negative, zero or positive, like a sort comparator. Both must be calendar dates. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return Math.sign(daysBetween(b, a));
}

/** The earlier of two dates. */
export function earlierDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) <= 0 ? a : b;
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
  if (compareDates(sameMonth, date) > 0) return sameMonth;
  const next = addMonths(ymd(y, m, 1), 1);
  return billingDateInMonth(yearOf(next), monthOf(next), billingDay);
}

/** The last billing date on or before `date`. */
export function previousBillingDate(date: CalendarDate, billingDay: number): CalendarDate {
  const [y, m] = parts(date);
  const sameMonth = billingDateInMonth(y, m, billingDay);
  if (compareDates(sameMonth, date) <= 0) return sameMonth;
  const prev = addMonths(ymd(y, m, 1), -1);
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

/**
 * An instant (ms or an ISO string) as a wall-clock time in `locale`, in the time zone of the user
 * (the runtime's, unless `timeZone` is given): deadlines and retry times, which are instants, not
 * calendar dates. A locale tag Intl refuses falls back to the runtime's own format.
 */
export function formatInstant(at: number | string, locale = 'en', options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' }): string {
  const t = typeof at === 'string' ? Date.parse(at) : at;
  try {
    return new Intl.DateTimeFormat(locale, options).format(t);
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(t);
  }
}
