import { expect } from '@open-wc/testing';
import {
  addMoney,
  allocateMoney,
  currencyExponent,
  formatMoney,
  money,
  multiplyMoney,
  parseMoney,
  percentOf,
  sumMoney,
  tieredPrice,
  toDecimalString,
} from '../../src/core/index.js';
import { checkMoneyRoundTrip, checkMoneyRoundTripGrid } from './checks/money-round-trip.js';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('knows ISO 4217 exponents', () => {
    expect(currencyExponent('USD')).to.equal(2);
    expect(currencyExponent('JPY')).to.equal(0);
    expect(currencyExponent('KWD')).to.equal(3);
    expect(() => currencyExponent('usd')).to.throw(/ISO 4217/);
  });

  it('refuses floats and unsafe integers', () => {
    expect(() => money('USD', 1.5)).to.throw(/safe integer/);
    expect(() => money('USD', Number.MAX_SAFE_INTEGER + 1)).to.throw(/safe integer/);
  });

  it('never overflows silently', () => {
    expect(() => multiplyMoney(money('USD', Number.MAX_SAFE_INTEGER), 2)).to.throw(/too large/);
    expect(() => addMoney(money('USD', Number.MAX_SAFE_INTEGER), money('USD', 1))).to.throw();
    expect(() => addMoney(money('USD', 1), money('EUR', 1))).to.throw(/USD and EUR/);
  });

  it('multiplies and sums exactly', () => {
    expect(multiplyMoney(money('USD', 1999), 3).minor).to.equal(5997);
    expect(sumMoney('USD', [money('USD', 10), money('USD', 20)]).minor).to.equal(30);
    expect(sumMoney('EUR', []).minor).to.equal(0);
  });

  it('splits without losing or creating a minor unit', () => {
    expect(allocateMoney(money('USD', 100), 3).map((m) => m.minor)).to.deep.equal([34, 33, 33]);
    expect(allocateMoney(money('USD', -100), 3).map((m) => m.minor)).to.deep.equal([-34, -33, -33]);
    expect(allocateMoney(money('USD', 1000), [1, 2, 7]).map((m) => m.minor)).to.deep.equal([100, 200, 700]);
    expect(allocateMoney(money('JPY', 5), [1, 1]).map((m) => m.minor)).to.deep.equal([3, 2]);
    expect(() => allocateMoney(money('USD', 1), [])).to.throw();
  });

  it('refuses a count of parts that is not a whole number of 1 or more', () => {
    expect(() => allocateMoney(money('USD', 100), 2.5)).to.throw(RangeError, /whole number of parts.*2\.5/);
    expect(() => allocateMoney(money('USD', 100), 0)).to.throw(RangeError, /whole number of parts/);
    expect(() => allocateMoney(money('USD', 100), -2)).to.throw(RangeError, /whole number of parts/);
    expect(() => allocateMoney(money('USD', 100), Number.NaN)).to.throw(RangeError, /whole number of parts/);
    expect(allocateMoney(money('USD', 100), 1).map((m) => m.minor)).to.deep.equal([100]);
  });

  it('writes exact decimal strings', () => {
    expect(toDecimalString(money('USD', 2032))).to.equal('20.32');
    expect(toDecimalString(money('USD', -5))).to.equal('-0.05');
    expect(toDecimalString(money('JPY', 1500))).to.equal('1500');
    expect(toDecimalString(money('KWD', 1234))).to.equal('1.234');
  });

  it('formats with Intl in the locale', () => {
    expect(formatMoney(money('USD', 2032), 'en')).to.equal('$20.32');
    expect(nbsp(formatMoney(money('EUR', 1234567), 'es'))).to.equal('12.345,67 €');
    expect(formatMoney(money('JPY', 1500), 'en')).to.equal('¥1,500');
    expect(nbsp(formatMoney(money('KWD', 1234), 'en'))).to.equal('KWD 1.234');
    // Exact even past float precision: 2^53-1 cents.
    expect(formatMoney(money('USD', Number.MAX_SAFE_INTEGER), 'en')).to.equal('$90,071,992,547,409.91');
  });

  it('computes percentages and tiers', () => {
    expect(percentOf(money('USD', 1999), 1250).minor).to.equal(250); // 249.875 -> 250
    const tiers = [
      { upTo: 9, unitPrice: 1000 },
      { upTo: null, unitPrice: 800 },
    ];
    expect(tieredPrice('USD', tiers, 9).total.minor).to.equal(9000);
    expect(tieredPrice('USD', tiers, 12).total.minor).to.equal(9600);
    expect(() => tieredPrice('USD', [{ upTo: 5, unitPrice: 1 }], 6)).to.throw(/tiers.0.upTo: last-bounded/);
  });
});

describe('parseMoney', () => {
  const ok = (text: string, cur: string, locale?: string) => {
    const r = parseMoney(text, cur, locale);
    if (!r.ok) throw new Error(`expected ${text} to parse: ${r.message}`);
    return r.value.minor;
  };
  const code = (text: string, cur: string, locale?: string) => {
    const r = parseMoney(text, cur, locale);
    return r.ok ? 'ok' : r.code;
  };

  it('reads the locale decimal and grouping separators', () => {
    expect(ok('1,234.50', 'USD', 'en')).to.equal(123450);
    expect(ok('1234.5', 'USD', 'en')).to.equal(123450);
    expect(ok('1.234,50', 'EUR', 'es')).to.equal(123450);
    expect(ok(',5', 'EUR', 'es')).to.equal(50);
    expect(ok(' 12 ', 'USD', 'en')).to.equal(1200);
    expect(ok('0', 'USD')).to.equal(0);
  });

  it('respects the currency exponent', () => {
    expect(ok('1500', 'JPY')).to.equal(1500);
    expect(code('1500.5', 'JPY')).to.equal('too-many-decimals');
    expect((parseMoney('1.5', 'JPY') as { message: string }).message).to.equal('JPY amounts have no decimals.');
    expect(ok('1.234', 'KWD')).to.equal(1234);
    expect(code('1.2345', 'KWD')).to.equal('too-many-decimals');
    expect((parseMoney('12.345', 'USD') as { message: string }).message).to.equal('USD amounts have at most 2 decimals.');
  });

  it('rejects garbage with a specific reason', () => {
    expect(code('', 'USD')).to.equal('empty');
    expect(code('abc', 'USD')).to.equal('invalid');
    expect(code('1,23', 'USD', 'en')).to.equal('invalid');
    expect(code('1.2.3', 'USD', 'en')).to.equal('invalid');
    expect(code('12e3', 'USD')).to.equal('invalid');
    // A currency is read once, before or after the number; another currency's symbol is not.
    expect(code('€12', 'USD')).to.equal('invalid');
    expect(code('$12$', 'USD')).to.equal('invalid');
    expect(code('12$3', 'USD')).to.equal('invalid');
    expect(code('US$12', 'EUR', 'es')).to.equal('invalid');
    expect(code('$', 'USD')).to.equal('invalid');
    expect(code('1,23,456.78', 'INR', 'en')).to.equal('invalid');
    expect(code('12,3,456', 'INR', 'hi-IN')).to.equal('invalid');
    expect(code('1’23.50', 'CHF', 'de-CH')).to.equal('invalid');
    expect(code('-5', 'USD')).to.equal('negative');
    expect(code('99999999999999999', 'USD')).to.equal('too-large');
    expect(parseMoney('-5', 'USD', 'en', { allowNegative: true })).to.deep.equal({ ok: true, value: { currency: 'USD', minor: -500 } });
  });

  const reads = (cases: [text: string, currency: string, locale: string, minor: number][]) => {
    for (const [text, cur, locale, minor] of cases) expect(ok(text, cur, locale), `${text} in ${locale}`).to.equal(minor);
  };

  it('reads what formatMoney prints: "$0.00", "0,00 €", "₹1,00,000.00"', () => {
    reads([
      ['$0.00', 'USD', 'en', 0],
      ['$12', 'USD', 'en', 1200],
      ['0,00\u00a0€', 'EUR', 'es', 0],
      ['0,00 €', 'EUR', 'fr', 0],
      ['₹1,00,000.00', 'INR', 'hi-IN', 10_000_000],
      ['1,00,000.00', 'INR', 'hi-IN', 10_000_000],
    ]);
    expect(code('-$1,234.50', 'USD', 'en')).to.equal('negative');
    expect(parseMoney('-$1,234.50', 'USD', 'en', { allowNegative: true })).to.deep.equal({ ok: true, value: { currency: 'USD', minor: -123450 } });
  });

  it('reads native digits, every grouping style, symbols and codes anywhere, bidi marks', () => {
    reads([
      ['١٢٣٫٤٥', 'EGP', 'ar-EG', 12345],
      ['١٬٢٣٤٫٥٦', 'EGP', 'ar-EG', 123456],
      ['\u200f١٬٢٣٤٫٥٦\u00a0US$', 'USD', 'ar-EG', 123456],
      ['1,234.56', 'USD', 'ar-EG', 123456],
      ['1,23,456.78', 'INR', 'hi-IN', 12345678],
      ['123,456.78', 'INR', 'hi-IN', 12345678],
      ['1’234.50', 'CHF', 'de-CH', 123450],
      ["1'234.50", 'CHF', 'de-CH', 123450],
      ['CHF 1’234.50', 'CHF', 'de-CH', 123450],
      ['1.234,50 EUR', 'EUR', 'de', 123450],
      ['eur 1.234,50', 'EUR', 'de', 123450],
      ['1 234,50 €', 'EUR', 'fr', 123450],
      ['US$ 1.234,50', 'USD', 'pt-BR', 123450],
      ['1.234,50 dólares estadounidenses', 'USD', 'es', 123450],
      ['￥１，５００', 'JPY', 'ja', 1500],
      ['KWD 1.234', 'KWD', 'en', 1234],
      ['\u2066$12.00\u2069', 'USD', 'en', 1200],
    ]);
    expect(parseMoney('CHF-1’234.50', 'CHF', 'de-CH', { allowNegative: true })).to.deep.equal({ ok: true, value: { currency: 'CHF', minor: -123450 } });
  });

  it('reads back whatever Intl prints, in every locale and currency (property)', () => {
    checkMoneyRoundTripGrid();
    checkMoneyRoundTrip(500);
  });
});
