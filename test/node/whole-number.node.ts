// The one whole-number reader (src/core/whole-number.ts), in Node: what it reads and what it refuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWholeNumber, ungroupWholeNumber } from '../../src/core/index.js';

test('reads digits, with white space around them and leading zeros', () => {
  assert.equal(parseWholeNumber('0'), 0);
  assert.equal(parseWholeNumber('12'), 12);
  assert.equal(parseWholeNumber('007'), 7);
  assert.equal(parseWholeNumber('  12 '), 12);
  assert.equal(parseWholeNumber('\t12\n'), 12);
  assert.equal(parseWholeNumber('\u00a012\u202f'), 12);
});

test('refuses anything but digits', () => {
  for (const text of ['', '   ', '1 2', '1,000', '1.000', '1.5', '1e3', '0x10', '١٢', '１２', 'Infinity', 'NaN', '12a']) {
    assert.equal(parseWholeNumber(text), null, JSON.stringify(text));
  }
});

test('refuses signs unless allowSign, and then reads only a minus', () => {
  assert.equal(parseWholeNumber('-3'), null);
  assert.equal(parseWholeNumber('+3'), null);
  assert.equal(parseWholeNumber('-3', { allowSign: true }), -3);
  assert.equal(parseWholeNumber(' -12 ', { allowSign: true }), -12);
  assert.equal(parseWholeNumber('+3', { allowSign: true }), null);
  assert.equal(parseWholeNumber('--3', { allowSign: true }), null);
  assert.equal(parseWholeNumber('- 3', { allowSign: true }), null);
  assert.ok(Object.is(parseWholeNumber('-0', { allowSign: true }), 0), '-0 reads as 0');
  assert.equal(parseWholeNumber('12', { allowSign: true }), 12);
});

test('is exact: refuses what is beyond Number.MAX_SAFE_INTEGER instead of rounding it', () => {
  assert.equal(parseWholeNumber('9007199254740991'), Number.MAX_SAFE_INTEGER);
  assert.equal(parseWholeNumber('009007199254740991'), Number.MAX_SAFE_INTEGER);
  assert.equal(parseWholeNumber('9007199254740992'), null);
  assert.equal(parseWholeNumber('9007199254740993'), null);
  assert.equal(parseWholeNumber('1' + '0'.repeat(400)), null);
  assert.equal(parseWholeNumber('-9007199254740991', { allowSign: true }), -Number.MAX_SAFE_INTEGER);
  assert.equal(parseWholeNumber('-9007199254740992', { allowSign: true }), null);
});

test('ungroupWholeNumber: a number typed with the locale’s thousands separators, as plain digits', () => {
  assert.equal(ungroupWholeNumber('1,000', 'en'), '1000');
  assert.equal(ungroupWholeNumber(' 12,345,678 ', 'en'), '12345678');
  assert.equal(ungroupWholeNumber('1.000', 'de'), '1000');
  assert.equal(ungroupWholeNumber('1.000', 'es'), '1000');
  assert.equal(ungroupWholeNumber('1.000', 'pt-BR'), '1000');
  // French groups with a narrow no-break space; any space a keyboard gives is read.
  for (const space of ['\u202f', '\u00a0', ' ']) assert.equal(ungroupWholeNumber(`1${space}000`, 'fr'), '1000');
  assert.equal(parseWholeNumber(ungroupWholeNumber('5,000', 'en')!), 5000);
});

test('ungroupWholeNumber: anything not grouped by thousands in the locale stays as typed (null)', () => {
  for (const [text, locale] of [
    ['1000', 'en'], // plain digits: nothing to do
    ['1.000', 'en'], // the English decimal point
    ['1,000', 'de'], // the German decimal comma
    ['1,00', 'en'],
    ['1,0000', 'en'],
    ['1000,000', 'en'],
    [',000', 'en'],
    ['1,000.5', 'en'],
    ['-1,000', 'en'],
    ['1 000', 'en'],
    ['', 'en'],
  ] as const) {
    assert.equal(ungroupWholeNumber(text, locale), null, `${JSON.stringify(text)} in ${locale}`);
  }
});
