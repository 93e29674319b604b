// Date fields in the kit locale's short format (#14): read and written through Intl's order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { datePattern, formatDateText, readDateText } from '../../src/core/date-text.js';
import { calendarDate, daysInMonth } from '../../src/core/dates.js';
import { dateFormatHint, dateTextError } from '../../src/schemas/date-messages.js';
import { calendarDateSchema } from '../../src/schemas/common.js';
import { issuesToFieldErrors, validate } from '../../src/schemas/validate.js';
import { loadLanguage } from '../../src/i18n/index.js';

test('each locale writes its own order and separator', () => {
  assert.deepEqual(datePattern('en'), { order: ['month', 'day', 'year'], separator: '/', end: '' });
  assert.deepEqual(datePattern('es'), { order: ['day', 'month', 'year'], separator: '/', end: '' });
  assert.deepEqual(datePattern('de'), { order: ['day', 'month', 'year'], separator: '.', end: '' });
  assert.equal(formatDateText('2027-03-05', 'en'), '03/05/2027');
  assert.equal(formatDateText('2027-03-05', 'es'), '05/03/2027');
  assert.equal(formatDateText('2027-03-05', 'de'), '05.03.2027');
  assert.equal(formatDateText('2027-03-05', 'ja'), '2027/03/05');
});

test('reads the locale’s format and ISO; refuses impossible days and two-digit years', () => {
  assert.deepEqual(readDateText('3/5/2027', 'en'), { ok: true, date: '2027-03-05' });
  assert.deepEqual(readDateText('3/5/2027', 'es'), { ok: true, date: '2027-05-03' });
  assert.deepEqual(readDateText(' 25.3.2027 ', 'de'), { ok: true, date: '2027-03-25' });
  assert.deepEqual(readDateText('2027-03-25', 'es'), { ok: true, date: '2027-03-25' });
  assert.deepEqual(readDateText('2/29/2028', 'en'), { ok: true, date: '2028-02-29' });
  assert.deepEqual(readDateText('2/30/2027', 'en'), { ok: false, problem: 'impossible' });
  assert.deepEqual(readDateText('30/2/2027', 'es'), { ok: false, problem: 'impossible' });
  assert.deepEqual(readDateText('2/29/2027', 'en'), { ok: false, problem: 'impossible' });
  assert.deepEqual(readDateText('13/25/2027', 'en'), { ok: false, problem: 'impossible' });
  assert.deepEqual(readDateText('3/25/27', 'en'), { ok: false, problem: 'year' });
  assert.deepEqual(readDateText('25/3/27', 'es'), { ok: false, problem: 'year' });
  for (const bad of ['', 'tomorrow', '3/25', '3//2027', '03252027', '3/25/2027 10:00']) assert.deepEqual(readDateText(bad, 'en'), { ok: false, problem: 'format' }, bad);
});

test('every date written in a locale reads back to itself', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.constantFrom('en', 'es', 'de', 'fr', 'pt-BR', 'en-GB', 'ja', 'nl'), (y, m, d, locale) => {
      const date = calendarDate(y, m, Math.min(d, daysInMonth(y, m)));
      assert.deepEqual(readDateText(formatDateText(date, locale), locale), { ok: true, date });
    }),
  );
});

test('messages say the locale’s format, in English and Spanish, from the field and from validate', async () => {
  await loadLanguage('es');
  assert.deepEqual(dateFormatHint('en'), { format: 'MM/DD/YYYY', example: '03/25/2027' });
  assert.deepEqual(dateFormatHint('es'), { format: 'DD/MM/AAAA', example: '25/03/2027' });
  assert.equal(dateTextError('03/25/2027', 'en'), '');
  const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
  assert.equal(plain(dateTextError('2/30/2027', 'en')), 'That day does not exist in the calendar. Enter a real date as MM/DD/YYYY.');
  assert.equal(plain(dateTextError('3/25/27', 'en')), 'Enter the year with four digits, as MM/DD/YYYY.');
  assert.equal(plain(dateTextError('soon', 'en')), 'Enter a date as MM/DD/YYYY, e.g. 03/25/2027.');
  assert.equal(plain(dateTextError('30/2/2027', 'es')), 'Ese día no existe en el calendario. Introduce una fecha real con el formato DD/MM/AAAA.');
  assert.equal(plain(dateTextError('soon', 'es')), 'Introduce una fecha con el formato DD/MM/AAAA, p. ej., 25/03/2027.');
  for (const locale of ['en', 'es']) {
    const r = validate(calendarDateSchema(), '2/30/2027', locale);
    assert.equal(r.ok, false);
    if (!r.ok) assert.equal(r.errors[''], dateTextError('2/30/2027', locale));
    assert.doesNotMatch(JSON.stringify(r), /YYYY-MM-DD|AAAA-MM-DD/);
  }
});

test('an API body’s date (issuesToFieldErrors, as the server answers) names the ISO format it takes', () => {
  const r = calendarDateSchema().safeParse('2/30/2027');
  assert.equal(r.success, false);
  if (!r.success) assert.deepEqual(issuesToFieldErrors(r.error.issues), { '': 'Enter a date as YYYY-MM-DD, e.g. 2027-03-25.' });
});
