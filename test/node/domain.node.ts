// Domains by the IDNA rules (#14): what UTS #46 in the URL parser lets through and IDNA2008 refuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDomain } from '../../src/schemas/domain.js';
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
