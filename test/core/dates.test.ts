import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonths,
  addDuration,
  addYears,
  billingDateInMonth,
  calendarDate,
  CalendarRangeError,
  compareDates,
  daysBetween,
  formatDate,
  isCalendarDate,
  nextBillingDate,
  previousBillingDate,
  prorate,
  prorationFactor,
  factorToString,
  money,
  today,
  wholeMonthsBetween,
  type Duration,
} from '../../src/core/index.js';
import { calendarBattery } from './checks/calendar-battery.js';

describe('calendar dates', () => {
  it('validates YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).to.equal(true);
    expect(isCalendarDate('2025-02-29')).to.equal(false);
    expect(isCalendarDate('2025-13-01')).to.equal(false);
    expect(isCalendarDate('2025-1-01')).to.equal(false);
    expect(isCalendarDate(20250101)).to.equal(false);
  });

  it('adds days across a leap day: 365 days after 2024-01-10 is 2025-01-09', () => {
    expect(addDays('2024-01-10', 365)).to.equal('2025-01-09');
    expect(addDays('2025-01-10', 365)).to.equal('2026-01-10');
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2025-03-30', 1)).to.equal('2025-03-31');
  });

  it('clamps month arithmetic to the end of the month', () => {
    expect(addMonths('2024-01-31', 1)).to.equal('2024-02-29');
    expect(addMonths('2025-01-31', 1)).to.equal('2025-02-28');
    expect(addMonths('2025-01-31', 2)).to.equal('2025-03-31');
    expect(addYears('2024-02-29', 1)).to.equal('2025-02-28');
  });

  it('counts days and compares', () => {
    expect(daysBetween('2025-03-11', '2025-04-01')).to.equal(21);
    expect(daysBetween('2024-01-01', '2025-01-01')).to.equal(366);
    expect(daysBetween('2025-04-01', '2025-03-11')).to.equal(-21);
    expect(compareDates('2025-01-02', '2025-01-10')).to.be.below(0);
    expect(() => daysBetween('2025-02-30', '2025-03-01')).to.throw(/not a calendar date/);
  });

  it('treats a billing day past the month end as its last day', () => {
    expect(billingDateInMonth(2025, 2, 31)).to.equal('2025-02-28');
    expect(billingDateInMonth(2024, 2, 31)).to.equal('2024-02-29');
    expect(billingDateInMonth(2025, 4, 31)).to.equal('2025-04-30');
    expect(nextBillingDate('2025-02-10', 31)).to.equal('2025-02-28');
    expect(nextBillingDate('2025-02-28', 31)).to.equal('2025-03-31');
    expect(nextBillingDate('2025-03-11', 1)).to.equal('2025-04-01');
    expect(nextBillingDate('2025-12-15', 1)).to.equal('2026-01-01');
    expect(previousBillingDate('2025-03-11', 1)).to.equal('2025-03-01');
    expect(previousBillingDate('2025-03-01', 1)).to.equal('2025-03-01');
    expect(previousBillingDate('2025-03-15', 31)).to.equal('2025-02-28');
  });

  it('gives the same answers as a UTC-only reference for every day 1900-2100, in this browser zone', function () {
    this.timeout(30_000);
    const r = calendarBattery(1900, 2100);
    expect(r.days).to.equal(73_414);
    expect(r.failures).to.deep.equal([]);
  });

  it('keeps the days a zone skipped: Pacific/Kiritimati 1994-12-31, Pacific/Apia 2011-12-30', () => {
    expect(isCalendarDate('1994-12-31')).to.equal(true);
    expect(addDays('1994-12-30', 1)).to.equal('1994-12-31');
    expect(addDays('2011-12-29', 2)).to.equal('2011-12-31');
    expect(daysBetween('1994-12-30', '1995-01-01')).to.equal(2);
    expect(addMonths('1994-11-30', 1)).to.equal('1994-12-30');
  });

  it('refuses dates outside 0001-01-01…9999-12-31 with a clear RangeError', () => {
    const range = /outside the calendar.*0001-01-01…9999-12-31/;
    expect(() => addDays('9999-12-31', 1)).to.throw(CalendarRangeError, range);
    expect(() => addDays('0001-01-01', -1)).to.throw(RangeError, range);
    expect(() => addMonths('9999-12-31', 1)).to.throw(RangeError, range);
    expect(() => addMonths('2025-01-31', 100_000)).to.throw(RangeError, range);
    expect(() => addYears('0001-06-01', -1)).to.throw(RangeError, range);
    expect(() => addYears('2025-01-01', 1e300)).to.throw(RangeError);
    expect(() => nextBillingDate('9999-12-15', 1)).to.throw(RangeError, range);
    expect(addDays('9999-12-30', 1)).to.equal('9999-12-31');
    expect(addMonths('0001-02-28', -1)).to.equal('0001-01-28');
    expect(isCalendarDate('0000-01-01')).to.equal(false);
    expect(isCalendarDate('10000-01-01')).to.equal(false);
    // Comparisons go by day number and refuse what is not a date in range.
    expect(() => compareDates('10000-01-01', '9999-12-31')).to.throw(RangeError, /not a calendar date/);
    expect(() => compareDates('2025-01-01', '0NaN-NaN-NaN')).to.throw(RangeError, /not a calendar date/);
    expect(compareDates('0999-12-31', '1000-01-01')).to.equal(-1);
  });

  it('never builds "0NaN-NaN-NaN": bad numbers are refused', () => {
    expect(() => calendarDate(Number.NaN, 1, 1)).to.throw(RangeError, /not a calendar date/);
    expect(() => calendarDate(10_000, 1, 1)).to.throw(RangeError, /not a calendar date/);
    expect(() => calendarDate(2025, 2, 29)).to.throw(RangeError, /not a calendar date/);
    expect(calendarDate(1, 1, 1)).to.equal('0001-01-01');
    expect(() => addDays('2025-01-01', Number.NaN)).to.throw(RangeError, /whole number/);
    expect(() => addDays('2025-01-01', 1.5)).to.throw(RangeError, /whole number/);
    expect(() => addMonths('2025-01-01', Number.POSITIVE_INFINITY)).to.throw(RangeError, /whole number/);
  });

  it('refuses a duration unit other than day, month or year', () => {
    expect(addDuration('2025-01-31', { quantity: 1, unit: 'month' })).to.equal('2025-02-28');
    expect(() => addDuration('2025-01-01', { quantity: 1, unit: 'week' } as unknown as Duration)).to.throw(RangeError, /unknown duration unit "week"/);
  });

  it('counts whole months the way addMonths clamps', () => {
    expect(wholeMonthsBetween('2025-01-31', '2025-02-28')).to.equal(1);
    expect(wholeMonthsBetween('2025-01-31', '2025-02-27')).to.equal(0);
    expect(wholeMonthsBetween('2025-01-15', '2026-01-15')).to.equal(12);
    expect(wholeMonthsBetween('2025-01-15', '2026-01-14')).to.equal(11);
    expect(wholeMonthsBetween('2025-03-31', '2025-02-28')).to.equal(-1);
  });

  it('reads today in a given zone', () => {
    const instant = new Date(Date.UTC(2025, 0, 1, 11, 30));
    expect(today('Pacific/Kiritimati', instant)).to.equal('2025-01-02');
    expect(today('America/Los_Angeles', instant)).to.equal('2025-01-01');
    expect(today('Pacific/Pago_Pago', instant)).to.equal('2025-01-01');
  });

  it('formats without a zone shift', () => {
    expect(formatDate('2025-01-01', 'en')).to.equal('Jan 1, 2025');
    expect(formatDate('2025-12-31', 'es')).to.equal('31 dic 2025');
  });
});

describe('proration', () => {
  it('computes the factor to 9 decimals, HALF_UP', () => {
    const f = prorationFactor('2025-03-11', '2025-04-01', '2025-03-01', '2025-04-01');
    expect(factorToString(f)).to.equal('0.677419355');
    expect(factorToString(prorationFactor('2025-01-01', '2025-01-01', '2025-01-01', '2025-02-01'))).to.equal('0.000000000');
    expect(factorToString(prorationFactor('2025-01-01', '2025-02-01', '2025-01-01', '2025-02-01'))).to.equal('1.000000000');
    // 2/3 = 0.6666666666... rounds up at the 9th decimal
    expect(factorToString(prorationFactor('2025-01-01', '2025-01-03', '2025-01-01', '2025-01-04'))).to.equal('0.666666667');
  });

  it('rounds the amount HALF_UP to the currency', () => {
    expect(prorate(money('USD', 3000), '2025-03-11', '2025-04-01', '2025-03-01', '2025-04-01').minor).to.equal(2032);
    expect(prorate(money('USD', 3000), '2026-03-01', '2026-03-11', '2026-03-01', '2026-04-01').minor).to.equal(968);
    expect(prorate(money('USD', 1), '2025-01-01', '2025-01-16', '2025-01-01', '2025-01-31').minor).to.equal(1); // 0.5 -> 1
    expect(prorate(money('JPY', 3000), '2025-03-11', '2025-04-01', '2025-03-01', '2025-04-01').minor).to.equal(2032);
    expect(prorate(money('KWD', 30000), '2025-03-11', '2025-04-01', '2025-03-01', '2025-04-01').minor).to.equal(20323);
  });

  it('refuses a stretch outside its period', () => {
    expect(() => prorationFactor('2025-01-01', '2025-03-01', '2025-01-01', '2025-02-01')).to.throw(/does not fit/);
    expect(() => prorationFactor('2025-01-01', '2025-01-02', '2025-02-01', '2025-02-01')).to.throw(/empty period/);
  });
});
