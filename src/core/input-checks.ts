/** Input checks the core's quotes share: a RangeError that names what is wrong. Internal. */
import { type CalendarDate, isCalendarDate } from './dates.js';

/** A count or a price in minor units must be a whole number >= min; anything else is a RangeError. */
export function checkWhole(value: number, what: string, min = 0): number {
  if (!Number.isSafeInteger(value) || value < min) throw new RangeError(`${what} must be a whole number of at least ${min}, got ${value}`);
  return value;
}

export function checkDate(value: CalendarDate, what: string): CalendarDate {
  if (!isCalendarDate(value)) throw new RangeError(`${what} must be a calendar date (YYYY-MM-DD), got ${JSON.stringify(value)}`);
  return value;
}
