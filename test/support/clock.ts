/**
 * "Today" in the tests. Every test reads it from here and hands the same clock to the
 * provider and to the demo backend, never the machine's date. `npm test` pins it through the
 * kit's own clock with CK_TODAY=YYYY-MM-DD (the date matrix in scripts/test.mjs); unset, it is
 * the real date, so the day the suite runs is exercised too.
 */
import { type Clock, todayFrom } from '../../src/core/clock.js';
import { type CalendarDate, dayOf, monthOf, yearOf } from '../../src/core/dates.js';

const g = globalThis as { __CK_TODAY__?: string; process?: { env: Record<string, string | undefined> } };
const pinned = g.__CK_TODAY__ || g.process?.env.CK_TODAY;

/** The calendar date the tests run "on". */
export const TODAY: CalendarDate = pinned || todayFrom();

/** A clock that reads `hours:minutes` local time on `date` (so "today" in the runtime's zone is `date`). */
export function clockAt(date: CalendarDate, hours = 10, minutes = 0): Clock {
  const instant = new Date(yearOf(date), monthOf(date) - 1, dayOf(date), hours, minutes);
  instant.setFullYear(yearOf(date));
  return () => new Date(instant.getTime());
}

/** The clock every test hands to the provider and the demo backend. */
export const testClock: Clock = clockAt(TODAY);

/** A clock whose time a test moves (e.g. from 23:59 to 00:01 the next day). */
export function movableClock(date: CalendarDate, hours: number, minutes: number): Clock & { set(date: CalendarDate, hours: number, minutes: number): void } {
  let current = clockAt(date, hours, minutes);
  const clock = (() => current()) as Clock & { set(date: CalendarDate, hours: number, minutes: number): void };
  clock.set = (d, h, m) => {
    current = clockAt(d, h, m);
  };
  return clock;
}
