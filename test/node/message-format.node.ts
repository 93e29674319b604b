// Plurals and selects in messages (src/i18n/message-format.ts), in Node: what the formatter reads,
// and every message of every catalog (English and Spanish) read with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogMessages, checkMessage, formatMessage, loadLanguage, registerMessages, translate, tv } from '../../src/i18n/index.js';
// Every module's catalog registers itself when imported (named, so the bundler keeps each).
import { msg as licenseList } from '../../components/license-list/messages.js';
import { msg as licensePurchase } from '../../components/license-purchase/messages.js';
import { msg as orderForm } from '../../components/order-form/messages.js';
import { msg as saleWizard } from '../../components/sale-wizard/messages.js';
import { msg as salesList } from '../../components/sales-list/messages.js';
import { msg as planEditor } from '../../components/service-plan-editor/messages.js';
import { msg as planList } from '../../components/service-plan-list/messages.js';
import { tk } from '../../src/ui/kit-messages.js';
import { lk } from '../../src/ui/list-messages.js';

const CATALOGS = [licenseList, licensePurchase, orderForm, saleWizard, salesList, planEditor, planList, tk, lk, tv];

/** A number argument followed by what it counts, in English or Spanish ("{count} user accounts", "{n} meses"). */
const COUNTED = new RegExp(
  `\\{\\w+\\} (?:${[
    'users', 'user accounts', 'accounts', 'licenses', 'sales', 'charges', 'days', 'months', 'years', 'weeks', 'hours', 'minutes', 'items', 'devices', 'seats', 'characters', 'lines', 'results', 'plans', 'subscriptions', 'orders', 'periods', 'times',
    'usuarios', 'cuentas', 'licencias', 'ventas', 'cargos', 'días', 'meses', 'años', 'semanas', 'horas', 'minutos', 'dispositivos', 'puestos', 'caracteres', 'líneas', 'resultados', 'planes', 'suscripciones', 'pedidos', 'periodos', 'veces',
  ].join('|')})(?![\\p{L}])`,
  'u',
);

const users = '{count, plural, =0 {no users} one {# user} other {# users}}';

test('plural: exact =N first, then the language’s category, else other; # is the number in the language’s digits', () => {
  assert.equal(formatMessage(users, { count: 0 }, 'en'), 'no users');
  assert.equal(formatMessage(users, { count: 1 }, 'en'), '1 user');
  assert.equal(formatMessage(users, { count: 25 }, 'en'), '25 users');
  assert.equal(formatMessage(users, { count: 12500 }, 'en'), '12,500 users');
  assert.equal(formatMessage('{n, plural, one {# usuario} other {# usuarios}}', { n: 12500 }, 'es'), '12.500 usuarios');
  assert.equal(formatMessage('{n, plural, one {# usuario} other {# usuarios}}', { n: 1 }, 'es'), '1 usuario');
  // Polish has few and many: a language's own categories are used.
  const pl = '{n, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}';
  assert.deepEqual([1, 3, 5, 22, 1.5].map((n) => formatMessage(pl, { n }, 'pl')), ['1 plik', '3 pliki', '5 plików', '22 pliki', '1,5 pliku']);
});

test('select, nesting, and text around the arguments', () => {
  const m = '{kind, select, monthly {every {n, plural, one {month} other {# months}}} other {once}} for {name}';
  assert.equal(formatMessage(m, { kind: 'monthly', n: 3, name: 'Ana' }, 'en'), 'every 3 months for Ana');
  assert.equal(formatMessage(m, { kind: 'monthly', n: 1, name: 'Ana' }, 'en'), 'every month for Ana');
  assert.equal(formatMessage(m, { kind: 'yearly', n: 1, name: 'Ana' }, 'en'), 'once for Ana');
  // # outside a plural is text; an unknown {name} stays as it is.
  assert.equal(formatMessage('Order #{id} of {missing}', { id: 7 }, 'en'), 'Order #7 of {missing}');
});

test('a string parameter is isolated where that can change what is drawn (names in a right-to-left name)', () => {
  registerMessages('en', { 'test.usersOf': '{users, plural, one {# user} other {# users}} of {org}' });
  assert.equal(translate('en', 'test.usersOf', { users: 2, org: 'שלום' }), '2 users of \u2068שלום\u2069');
  assert.equal(translate('en', 'test.usersOf', { users: 1, org: 'Contoso' }), '1 user of Contoso');
});

test('a malformed message is refused with its text', () => {
  for (const bad of ['{n, plural, one {# user}}', '{n, plural, one {# user} other {# users}', '{n, select, a {x} other {y}', '{n, plural, other # users}']) {
    assert.throws(() => checkMessage(bad), new RegExp(bad.slice(0, 5).replace(/[{}]/g, '\\$&')), bad);
  }
});

test('every message of every catalog reads, in English and Spanish, and no count is said as “1 users”', async () => {
  assert.equal(CATALOGS.length, 10);
  await loadLanguage('es');
  const problems: string[] = [];
  for (const language of ['en', 'es']) {
    for (const [key, text] of catalogMessages(language)) {
      assert.doesNotThrow(() => checkMessage(text), `${language} ${key}`);
      // A key with #one / #other variants is chosen by its count already; "the first 20 of 1,234 charges" is never one.
      if (!/#\w+$/.test(key) && key !== 'service-plan-editor.rowsCapped' && COUNTED.test(text)) problems.push(`${language} ${key} says a count without its plural: ${text}`);
    }
  }
  assert.deepEqual(problems, []);
  // The sites #14 names, in both languages.
  assert.equal(saleWizard('en', 'lineSummary', { users: 1, price: '$25.00' }), '1 user × $25.00');
  assert.equal(saleWizard('es', 'lineSummary', { users: 25, price: '25,00 US$' }), '25 usuarios × 25,00 US$');
  assert.equal(saleWizard('es', 'lineAdded', { distribution: 'IT PRO', count: 1 }), 'IT PRO añadida, 1 usuario.');
  assert.equal(licensePurchase('en', 'doneHeading', { count: 1, account: 'Contoso' }), '1 license added to Contoso');
  assert.equal(licensePurchase('en', 'quantityLimits', { min: 1, max: 10000 }), 'From 1 to 10,000 licenses per order');
  assert.equal(salesList('en', 'keyDays', { count: 1 }), '1 day');
  assert.equal(planEditor('es', 'charges', { count: 1 }), '1 cargo');
  assert.equal(orderForm('en', 'upTo', { count: 1 }), 'up to 1 user account');
  assert.equal(orderForm('en', 'postpaidFor', { users: 1 }), 'Post-paid for 1 user account');
  assert.equal(orderForm('es', 'postpaidFor', { users: 1500 }), 'Pospago para 1500 cuentas de usuario');
  assert.equal(orderForm('es', 'prepaidFor', { months: 1 }), 'Prepago, 1 mes');
  assert.equal(tv('en', 'v.tooLong', { maximum: 1 }), 'Use at most 1 character.');
  registerMessages('en', { 'test.lines': '{count, plural, one {# line} other {# lines}}' });
  assert.equal(translate('en', 'test.lines', { count: 1 }), '1 line');
});
