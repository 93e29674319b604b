// Domains by the IDNA rules (#14): what UTS #46 in the URL parser lets through and IDNA2008 refuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { domainToASCII, domainToUnicode } from 'node:url';
import fc from 'fast-check';
import { checkDomain, decodePunycode, displayDomain } from '../../src/schemas/domain.js';
import { tv } from '../../src/i18n/validation-messages.js';

test('emoji and other symbols are refused with a message that says so', () => {
  for (const d of ['😀.com', 'shop😀.com', 'a☃b.es', '♥.com', 'x.😀', 'caf€.fr', 'a\u00a0b.com'.replace('\u00a0', '·')]) {
    assert.deepEqual(checkDomain(d), { ok: false, code: 'domain.symbol' }, d);
  }
  assert.equal(tv('en', 'domain.symbol'), 'Use only letters, digits and hyphens in a domain name: emoji and symbols are not allowed.');
});

test('international names in letters, marks and digits still pass', () => {
  assert.deepEqual(checkDomain('bücher.de'), { ok: true, unicode: 'bücher.de', ascii: 'xn--bcher-kva.de' });
  for (const d of ['mañana.es', 'café.fr', 'пример.рф', '例え.jp', 'ไทย.com', 'ab-12.com']) assert.equal(checkDomain(d).ok, true, d);
});

test('Punycode labels decode to what they encode (RFC 3492 samples and known domains)', () => {
  const pairs: [string, string][] = [
    ['bcher-kva', 'bücher'],
    ['mnchen-3ya', 'münchen'],
    ['e1afmkfd', 'пример'],
    ['p1ai', 'рф'],
    ['r8jz45g', '例え'],
    ['egbpdaj6bu4bxfgehfvwxn', 'ليهمابتكلموشعربي؟'], // RFC 3492 7.1 (A), Arabic
    ['ihqwcrb4cv8a8dqg056pqjye', '他们为什么不说中文'], // (B), Chinese
    ['b1abfaaepdrnnbgefbadotcwatmq2g4l', 'почемужеонинеговорятпорусски'], // (I), Russian
    ['3B-ww4c5e180e575a65lsy2b', '3年B組金八先生'], // (L), a basic prefix
    ['-> $1.00 <--', '-> $1.00 <-'], // (S), basic code points only
  ];
  for (const [code, text] of pairs) assert.equal(decodePunycode(code), text, code);
  for (const bad of ['9999999999a', 'bcher-kv', 'bcher-kva!', 'ü-kva']) assert.equal(decodePunycode(bad), null, bad);
});

test('every label Node encodes decodes back (decoder against node:url)', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[a-zà-ÿа-я一-龥ก-๛]{1,20}$/), (label) => {
      const ascii = domainToASCII(`${label}.com`).split('.')[0]!;
      assert.equal(ascii.startsWith('xn--') ? decodePunycode(ascii.slice(4)) : ascii, domainToUnicode(ascii));
    }),
  );
});

test('a domain is shown in its Unicode form; invalid or refused Punycode is shown as given', () => {
  assert.equal(displayDomain('xn--bcher-kva.de'), 'bücher.de');
  assert.equal(displayDomain('XN--BCHER-KVA.DE'), 'bücher.de');
  assert.equal(displayDomain('shop.xn--e1afmkfd.xn--p1ai'), 'shop.пример.рф');
  assert.equal(displayDomain('bücher.de'), 'bücher.de');
  assert.equal(displayDomain('example.com'), 'example.com');
  assert.equal(displayDomain('xn--e28h.com'), 'xn--e28h.com'); // 😀.com: refused by the label rules, so not shown as an emoji
  assert.equal(displayDomain('xn--bcher-kv.de'), 'xn--bcher-kv.de'); // not Punycode
  assert.equal(displayDomain('xn--bcher.de'), 'xn--bcher.de');
});
