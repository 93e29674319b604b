/**
 * The calendar battery: every day of a range of years through the core's date arithmetic,
 * compared with a reference that only ever uses UTC (Date.UTC and toISOString) and shares
 * no code with src/core. Run by the browser tests and by the Node runs in many zones.
 */
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  daysInMonth,
  formatDate,
  isCalendarDate,
  nextBillingDate,
  previousBillingDate,
} from '../../../src/core/index.js';

const DAY_MS = 86_400_000;

export interface BatteryResult {
  days: number;
  checks: number;
  /** The first mismatches (at most 20), as "operation: got …, expected …". */
  failures: string[];
  failureCount: number;
}

/** Runs every day from fromYear-01-01 to toYear-12-31 through the core and the UTC reference. */
export function calendarBattery(fromYear: number, toYear: number): BatteryResult {
  // The reference: every date from five years before to five years after, by day number.
  const base = Date.UTC(fromYear - 5, 0, 1);
  const table: string[] = [];
  for (let ms = base; ms < Date.UTC(toYear + 6, 0, 1); ms += DAY_MS) table.push(new Date(ms).toISOString().slice(0, 10));
  const at = (y: number, m: number, d: number) => table[(Date.UTC(y, m - 1, d) - base) / DAY_MS];
  const monthDays = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  const plusMonths = (y: number, m: number, d: number, n: number) => {
    const index = y * 12 + (m - 1) + n;
    const ty = Math.floor(index / 12);
    const tm = index - ty * 12 + 1;
    return at(ty, tm, Math.min(d, monthDays(ty, tm)));
  };
  const billingDate = (y: number, m: number, b: number) => at(y, m, Math.min(b, monthDays(y, m)));
  const utcFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

  const result: BatteryResult = { days: 0, checks: 0, failures: [], failureCount: 0 };
  const check = (what: string, got: () => unknown, expected: unknown) => {
    result.checks++;
    let value: unknown;
    try {
      value = got();
    } catch (e) {
      value = `throws ${(e as Error).message}`;
    }
    if (value !== expected) {
      result.failureCount++;
      if (result.failures.length < 20) result.failures.push(`${what}: got ${String(value)}, expected ${String(expected)}`);
    }
  };
  const epoch = (Date.UTC(1970, 0, 1) - base) / DAY_MS;
  const first = (Date.UTC(fromYear, 0, 1) - base) / DAY_MS;
  const last = (Date.UTC(toYear, 11, 31) - base) / DAY_MS;
  for (let i = first; i <= last; i++) {
    result.days++;
    const date = table[i]!;
    const t = new Date(base + i * DAY_MS);
    const [y, m, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
    check(`isCalendarDate(${date})`, () => isCalendarDate(date), true);
    if (d === 1) check(`daysInMonth(${y}, ${m})`, () => daysInMonth(y, m), monthDays(y, m));
    for (const n of [1, -1, 30, 365, -366]) check(`addDays(${date}, ${n})`, () => addDays(date, n), table[i + n]);
    for (const n of [1, -1, 13, -25]) check(`addMonths(${date}, ${n})`, () => addMonths(date, n), plusMonths(y, m, d, n));
    for (const n of [1, -4]) check(`addYears(${date}, ${n})`, () => addYears(date, n), plusMonths(y, m, d, 12 * n));
    check(`daysBetween(1970-01-01, ${date})`, () => daysBetween('1970-01-01', date), i - epoch);
    check(`daysBetween(${date}, +40)`, () => daysBetween(date, table[i + 40]!), 40);
    for (const b of [1, 29, 31]) {
      const same = billingDate(y, m, b)!;
      const next = same > date ? same : m === 12 ? billingDate(y + 1, 1, b) : billingDate(y, m + 1, b);
      const previous = same <= date ? same : m === 1 ? billingDate(y - 1, 12, b) : billingDate(y, m - 1, b);
      check(`nextBillingDate(${date}, ${b})`, () => nextBillingDate(date, b), next);
      check(`previousBillingDate(${date}, ${b})`, () => previousBillingDate(date, b), previous);
    }
    check(`formatDate(${date})`, () => formatDate(date, 'en'), utcFormat.format(t));
  }
  return result;
}
