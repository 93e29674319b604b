import { expect } from '@open-wc/testing';
import { chargeSchedule, licenseQuote, type LicenseQuoteInput, orderQuote, saleLineQuote, type ScheduleLineInput } from '../../src/core/index.js';
import { checkLicenseQuoteProperties } from './checks/license-quote-properties.js';

const base: LicenseQuoteInput = { today: '2025-06-15', currency: 'USD', unitPrice: 12000, termMonths: 12, quantity: 3 };
const quote = (over: Partial<LicenseQuoteInput>) => licenseQuote({ ...base, ...over });

describe('licenseQuote: co-terming', () => {
  it('co-terms to an end within one term: price x days / days of the term ending then', () => {
    const q = quote({ existing: { count: 10, endDate: '2025-06-30' } });
    expect(q).to.include({ startDate: '2025-06-15', endDate: '2025-06-30', coTermed: true, cappedAtContractEnd: false, charged: 3 });
    expect(q.factor).to.include({ days: 15, periodDays: 365 });
    expect(q.unitPrice.minor).to.equal(493); // 12000 x 15/365 = 493.15
    expect(q.total.minor).to.equal(1479);
  });

  it('never under-charges: licenses ending three years out on a 12-month term cost about three terms, not one', () => {
    const q = quote({ today: '2025-06-30', quantity: 1, existing: { count: 4, endDate: '2028-06-30' } });
    expect(q.endDate).to.equal('2028-06-30');
    expect(q.factor).to.include({ days: 1096, periodDays: 366 }); // 2025-06-30..2028-06-30 over 2027-06-30..2028-06-30
    expect(q.factor!.decimal).to.equal('2.994535519');
    expect(JSON.parse(JSON.stringify(q))).to.deep.equal(q); // plain JSON: no BigInt inside
    expect(q.unitPrice.minor).to.equal(35934); // $359.34, not $120.00
    expect(q.total.minor).to.equal(35934);
  });

  it('gives a full term at the full price without active licenses, or when the buyer chooses it', () => {
    const none = quote({ existing: null });
    expect(none).to.include({ endDate: '2026-06-15', coTermed: false, cappedAtContractEnd: false, factor: null });
    expect(none.total.minor).to.equal(36000);
    const expired = quote({ existing: { count: 2, endDate: '2025-06-15' } });
    expect(expired).to.include({ endDate: '2026-06-15', coTermed: false });
    const chosen = quote({ existing: { count: 2, endDate: '2028-06-30' }, coTerm: false });
    expect(chosen).to.include({ endDate: '2026-06-15', coTermed: false, factor: null });
    expect(chosen.unitPrice.minor).to.equal(12000);
    expect(quote({ existing: { count: 2, endDate: '2025-06-30' }, coTerm: true }).coTermed).to.equal(true);
  });

  it('caps the end at the contract end date and charges exactly the days the licenses run', () => {
    const coTermed = quote({ quantity: 1, existing: { count: 2, endDate: '2028-06-30' }, contractEndDate: '2027-01-01' });
    expect(coTermed).to.include({ endDate: '2027-01-01', coTermed: true, cappedAtContractEnd: true });
    expect(coTermed.factor).to.include({ days: 565, periodDays: 365 }); // 2025-06-15..2027-01-01 over 2026-01-01..2027-01-01
    expect(coTermed.unitPrice.minor).to.equal(18575); // 12000 x 1.547945205 = 18575.34
    const fullTerm = quote({ quantity: 2, contractEndDate: '2025-12-15' });
    expect(fullTerm).to.include({ endDate: '2025-12-15', coTermed: false, cappedAtContractEnd: true });
    expect(fullTerm.factor).to.include({ days: 183, periodDays: 365 });
    expect(fullTerm.unitPrice.minor).to.equal(6016); // 12000 x 0.501369863 = 6016.44
    expect(fullTerm.total.minor).to.equal(12032);
    // A contract end after the licenses' end changes nothing.
    const later = quote({ contractEndDate: '2030-01-01' });
    expect(later).to.include({ endDate: '2026-06-15', cappedAtContractEnd: false, factor: null });
    expect(quote({ contractEndDate: '2026-06-15' })).to.include({ cappedAtContractEnd: false, factor: null });
  });

  it('refuses bad input with a clear RangeError', () => {
    expect(() => quote({ contractEndDate: '2025-06-15' })).to.throw(RangeError, /contract ended on 2025-06-15/);
    expect(() => quote({ contractEndDate: '2025-02-30' })).to.throw(RangeError, /contract end date must be a calendar date/);
    expect(() => quote({ today: '2025-6-15' })).to.throw(RangeError, /today must be a calendar date/);
    expect(() => quote({ termMonths: 0 })).to.throw(RangeError, /term in months must be a whole number of at least 1/);
    expect(() => quote({ termMonths: 1.5 })).to.throw(RangeError, /term in months/);
    expect(() => quote({ quantity: -1 })).to.throw(RangeError, /quantity must be a whole number/);
    expect(() => quote({ fromStock: -5 })).to.throw(RangeError, /licenses from stock/);
    expect(() => quote({ unitPrice: -100 })).to.throw(RangeError, /unit price/);
    expect(() => quote({ existing: { count: 1, endDate: '10000-01-01' } })).to.throw(RangeError, /end date must be a calendar date/);
    expect(() => quote({ termMonths: 100_000 * 12 })).to.throw(RangeError, /outside the calendar/);
  });

  it('throws a RangeError rather than a rounded amount past 2^53, here and in charge schedules', () => {
    const schedule = (lines: ScheduleLineInput[], terms = 1) => () =>
      chargeSchedule({ billingType: 'csp-annual', currency: 'USD', activationDate: '2025-03-11', billingDay: 1, term: { quantity: 1, unit: 'year' }, terms, lines });
    expect(schedule([{ resourceId: 's', quantity: 1, recurring: 2 ** 52 }])).to.throw(RangeError, /too large/);
    expect(schedule([{ resourceId: 's', quantity: 2 ** 40, recurring: 2 ** 20 }])).to.throw(RangeError, /too large/);
    expect(schedule([{ resourceId: 's', quantity: 1, recurring: 2 ** 53 }])).to.throw(RangeError, /lines.0.recurring/);
    expect(schedule([{ resourceId: 's', quantity: 1, recurring: Math.floor(Number.MAX_SAFE_INTEGER / 12) }], 2)).to.throw(RangeError, /too large/);
    expect(() => quote({ unitPrice: 2 ** 53 })).to.throw(RangeError);
    expect(() => quote({ unitPrice: 2 ** 52, quantity: 3 })).to.throw(RangeError, /too large/);
    expect(() => quote({ unitPrice: 2 ** 52, quantity: 1, existing: { count: 1, endDate: '2035-06-15' } })).to.throw(RangeError, /too large/);
    expect(() => quote({ quantity: 2 ** 53 })).to.throw(RangeError);
  });

  it('matches the reference over terms, contract ends, account end dates and today (property)', () => {
    const stats = checkLicenseQuoteProperties(1000);
    // The cases that matter were generated: factors above 1, capped ends and full terms.
    expect(stats.aboveOne).to.be.above(50);
    expect(stats.capped).to.be.above(50);
    expect(stats.fullTerm).to.be.above(50);
  });
});

describe('sale and order quotes: counts and amounts', () => {
  it('refuses negative or fractional counts and prices, and amounts past 2^53', () => {
    expect(saleLineQuote({ currency: 'USD', unitPrice: 2500 }, 4).total.minor).to.equal(10000);
    expect(() => saleLineQuote({ currency: 'USD', unitPrice: 2500 }, -4)).to.throw(RangeError, /users/);
    expect(() => saleLineQuote({ currency: 'USD', unitPrice: -2500 }, 4)).to.throw(RangeError, /unit price/);
    expect(() => saleLineQuote({ currency: 'USD', unitPrice: 2 ** 52 }, 4)).to.throw(RangeError, /too large/);
    const order = { currency: 'USD', monthlyPrice: 1000, perUserPrice: 300, prepaidMonths: 12, users: 5, orderDate: '2025-01-31', postponedBilling: true };
    expect(orderQuote(order)).to.include({ firstChargeDate: '2025-02-28', freeUntil: '2025-02-28' });
    expect(() => orderQuote({ ...order, users: -1 })).to.throw(RangeError, /users/);
    expect(() => orderQuote({ ...order, prepaidMonths: 1.5 })).to.throw(RangeError, /pre-paid months/);
    expect(() => orderQuote({ ...order, orderDate: '9999-12-31' })).to.throw(RangeError, /outside the calendar/);
    expect(() => orderQuote({ ...order, orderDate: 'soon' })).to.throw(RangeError, /order date/);
    expect(() => orderQuote({ ...order, monthlyPrice: 2 ** 51, prepaidMonths: 12 })).to.throw(RangeError, /too large/);
  });
});
