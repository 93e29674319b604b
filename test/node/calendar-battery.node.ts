// Every day 1900–2100 through the calendar arithmetic, against a UTC-only reference, in the
// zone of this run (scripts/test.mjs runs it in zones with odd offsets and skipped days).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calendarBattery } from '../core/checks/calendar-battery.js';

test(`every day 1900–2100 equals the UTC reference (TZ=${process.env.TZ ?? '(unset)'})`, () => {
  const r = calendarBattery(1900, 2100);
  assert.equal(r.days, 73_414);
  assert.deepEqual(r.failures, []);
  assert.equal(r.failureCount, 0);
});
