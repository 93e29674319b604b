/**
 * Properties of licenseQuote over contract terms, contract end dates, the account's license end
 * dates, the buyer's choice and today, against a reference that shares no code with src/core
 * (UTC-only date math, decimal long division). Run by the browser tests and by the Node runs.
 */
import fc from 'fast-check';
import { licenseQuote, type LicenseQuoteInput } from '../../../src/core/index.js';
import { refDivide, refProrate } from './decimal-reference.js';

const DAY_MS = 86_400_000;
const utc = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const refDays = (from: string, to: string) => (utc(to) - utc(from)) / DAY_MS;
const refAddMonths = (date: string, n: number) => {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return iso(Date.UTC(y, m, Math.min(Number(date.slice(8, 10)), last)));
};
const earlier = (a: string, b: string) => (a <= b ? a : b);

const todayArb = fc.integer({ min: 0, max: 14_975 }).map((n) => iso(Date.UTC(2000, 0, 1) + n * DAY_MS));
const inputArb = todayArb.chain((today) => {
  const after = (min: number, max: number) => fc.integer({ min, max }).map((n) => iso(utc(today) + n * DAY_MS));
  return fc.record({
    today: fc.constant(today),
    currency: fc.constantFrom('USD', 'JPY', 'KWD'),
    unitPrice: fc.integer({ min: 0, max: 10_000_000 }),
    termMonths: fc.integer({ min: 1, max: 60 }),
    quantity: fc.integer({ min: 0, max: 1000 }),
    fromStock: fc.option(fc.integer({ min: 0, max: 1200 }), { nil: undefined }),
    existing: fc.option(fc.record({ count: fc.integer({ min: 0, max: 5 }), endDate: fc.option(after(-400, 4000), { nil: null }) }), { nil: null }),
    contractEndDate: fc.option(after(1, 5000), { nil: undefined }),
    coTerm: fc.constantFrom(undefined, true, false),
  }) satisfies fc.Arbitrary<LicenseQuoteInput>;
});

export interface LicensePropertyStats {
  runs: number;
  /** Cases whose factor is above 1 (co-termed more than one term away). */
  aboveOne: number;
  capped: number;
  fullTerm: number;
}

/** Throws unless every generated quote matches the reference; returns how many cases of each kind ran. */
export function checkLicenseQuoteProperties(numRuns: number): LicensePropertyStats {
  const stats: LicensePropertyStats = { runs: 0, aboveOne: 0, capped: 0, fullTerm: 0 };
  fc.assert(
    fc.property(inputArb, (input) => {
      stats.runs++;
      const q = licenseQuote(input);
      const existingEnd = input.existing && input.existing.count > 0 ? input.existing.endDate : null;
      const coTermed = input.coTerm !== false && existingEnd !== null && existingEnd > input.today;
      const natural = coTermed ? existingEnd! : refAddMonths(input.today, input.termMonths);
      const end = input.contractEndDate ? earlier(natural, input.contractEndDate) : natural;
      const capped = end !== natural;
      const charged = input.quantity - Math.min(input.fromStock ?? 0, input.quantity);
      const expect = (what: string, got: unknown, want: unknown) => {
        if (got !== want) throw new Error(`${what}: got ${String(got)}, expected ${String(want)} for ${JSON.stringify(input)}`);
      };
      expect('startDate', q.startDate, input.today);
      expect('endDate', q.endDate, end);
      expect('coTermed', q.coTermed, coTermed);
      expect('cappedAtContractEnd', q.cappedAtContractEnd, capped);
      expect('charged', q.charged, charged);
      // total = unit x charged, exactly.
      expect('total', q.total.minor, q.unitPrice.minor * charged);
      expect('currency', q.total.currency, input.currency);
      if (!coTermed && !capped) {
        stats.fullTerm++;
        expect('factor of a full term', q.factor, null);
        expect('unit price of a full term', q.unitPrice.minor, input.unitPrice);
        return;
      }
      if (capped) stats.capped++;
      // factor = days run / days of the term ending on the end date, never capped at 1.
      const days = refDays(input.today, end);
      const periodDays = refDays(refAddMonths(end, -input.termMonths), end);
      expect('factor.days', q.factor?.days, days);
      expect('factor.periodDays', q.factor?.periodDays, periodDays);
      expect('factor.decimal', q.factor?.decimal, refDivide(BigInt(days), BigInt(periodDays), 9));
      if (days > periodDays) {
        stats.aboveOne++;
        expect('factor above 1', !q.factor!.decimal.startsWith('0.'), true);
      }
      expect('unit price', q.unitPrice.minor, refProrate(input.unitPrice, days, periodDays));
    }),
    { numRuns },
  );
  return stats;
}
