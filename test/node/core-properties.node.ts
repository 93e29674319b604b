// Property tests of the billing core in Node, in the zone and ICU of this run.
import { test } from 'node:test';
import { checkMoneyRoundTrip, checkMoneyRoundTripGrid } from '../core/checks/money-round-trip.js';

test('formatMoney and Intl output read back with parseMoney in every locale and currency', () => {
  checkMoneyRoundTripGrid();
  checkMoneyRoundTrip(2000);
});
