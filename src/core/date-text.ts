/**
 * Calendar dates as people type them: the locale's short numeric date ("03/25/2027" in
 * en-US, "25/03/2027" in Spanish, "25.03.2027" in German), read back to `YYYY-MM-DD`.
 * The order of day, month and year and the separator come from Intl (formatToParts), so
 * every locale Intl knows works without a table. ISO `YYYY-MM-DD` is read in every locale.
 * Years have four digits: "3/25/27" is refused, never guessed as 1927 or 2027.
 */
import { calendarDate, daysInMonth, yearOf, monthOf, dayOf, type CalendarDate } from './dates.js';

export type DatePart = 'day' | 'month' | 'year';

/** How a locale writes a short date: the order of the parts and the separator between them. */
export interface DatePattern {
  order: [DatePart, DatePart, DatePart];
  separator: string;
  /** What follows the last part (German and Hungarian may end in "."), usually "". */
  end: string;
}

const patterns = new Map<string, DatePattern>();
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string): Intl.DateTimeFormat {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
    formatters.set(locale, f);
  }
  return f;
}

/** The short date pattern of a locale: en → month/day/year "/", es → day/month/year "/", de → "." */
export function datePattern(locale: string): DatePattern {
  let p = patterns.get(locale);
  if (!p) {
    const parts = formatter(locale).formatToParts(new Date(Date.UTC(2027, 2, 25)));
    const order = parts.filter((x): x is Intl.DateTimeFormatPart & { type: DatePart } => x.type === 'day' || x.type === 'month' || x.type === 'year').map((x) => x.type);
    const literals = parts.filter((x) => x.type === 'literal').map((x) => x.value);
    const last = parts[parts.length - 1]!;
    p = {
      order: order.length === 3 ? (order as DatePattern['order']) : ['year', 'month', 'day'],
      separator: (literals[0] ?? '-').replace(/\u200f|\u200e/g, ''),
      end: last.type === 'literal' ? last.value.trim() : '',
    };
    patterns.set(locale, p);
  }
  return p;
}

/** A calendar date as the locale writes it in a field ("03/25/2027"), in UTC so no zone shifts it. */
export function formatDateText(date: CalendarDate, locale: string): string {
  const { order, separator, end } = datePattern(locale);
  const value = { year: String(yearOf(date)).padStart(4, '0'), month: String(monthOf(date)).padStart(2, '0'), day: String(dayOf(date)).padStart(2, '0') };
  return order.map((part) => value[part]).join(separator) + end;
}

/** Why typed text is not a date: not in the format, a year without four digits, or a day no calendar has (2/30). */
export type DateTextProblem = 'format' | 'year' | 'impossible';

export type DateTextResult = { ok: true; date: CalendarDate } | { ok: false; problem: DateTextProblem };

/**
 * Reads what was typed in a date field: the locale's short date (any of "/", ".", "-" or a space
 * between the parts, one or two digits for day and month, four for the year) or ISO `YYYY-MM-DD`.
 */
export function readDateText(text: string, locale: string): DateTextResult {
  const t = text.trim().replace(/\.$/, '');
  const groups = /^(\d+)[./\-\s]+(\d+)[./\-\s]+(\d+)$/.exec(t);
  if (!groups) return { ok: false, problem: 'format' };
  const iso = /^\d{4}-\d{1,2}-\d{1,2}$/.test(t);
  const order: DatePart[] = iso ? ['year', 'month', 'day'] : datePattern(locale).order;
  const value: Record<DatePart, string> = { year: '', month: '', day: '' };
  order.forEach((part, i) => (value[part] = groups[i + 1]!));
  if (value.year.length !== 4) return { ok: false, problem: 'year' };
  if (value.month.length > 2 || value.day.length > 2) return { ok: false, problem: 'format' };
  const [y, m, d] = [Number(value.year), Number(value.month), Number(value.day)];
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return { ok: false, problem: 'impossible' };
  return { ok: true, date: calendarDate(y, m, d) };
}
