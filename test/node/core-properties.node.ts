// Property tests of the billing core in Node, in the zone and ICU of this run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLicenseQuoteProperties } from '../core/checks/license-quote-properties.js';
import { checkMoneyRoundTrip, checkMoneyRoundTripGrid } from '../core/checks/money-round-trip.js';

test('formatMoney and Intl output read back with parseMoney in every locale and currency', () => {
  checkMoneyRoundTripGrid();
  checkMoneyRoundTrip(2000);
});

test('licenseQuote matches the reference over terms, contract ends, account end dates and today', () => {
  const stats = checkLicenseQuoteProperties(2000);
  assert.ok(stats.aboveOne > 100 && stats.capped > 100 && stats.fullTerm > 100, JSON.stringify(stats));
});
