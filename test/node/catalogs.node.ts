// Every language the kit ships has every English message, with the same placeholders and plural
// arguments; a module that defines messages is imported here (the test finds them on disk).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogMessages, isLanguageLoaded, loadLanguage, localeChain, messageArguments, missingMessages, registerMessages, translate } from '../../src/i18n/index.js';
import { KIT_LANGUAGES } from '../../src/i18n/kit-languages.js';
import * as licenseList from '../../components/license-list/messages.js';
import * as licensePurchase from '../../components/license-purchase/messages.js';
import * as orderForm from '../../components/order-form/messages.js';
import * as saleWizard from '../../components/sale-wizard/messages.js';
import * as salesList from '../../components/sales-list/messages.js';
import * as planEditor from '../../components/service-plan-editor/messages.js';
import * as planVersions from '../../components/service-plan-editor/version-messages.js';
import * as planList from '../../components/service-plan-list/messages.js';
import * as subscriptionChange from '../../components/subscription-change/messages.js';
import * as subscriptionList from '../../components/subscription-list/messages.js';
import * as validation from '../../src/i18n/validation-messages.js';
import * as license from '../../src/schemas/license.js';
import * as order from '../../src/schemas/order.js';
import * as plan from '../../src/schemas/plan.js';
import * as sale from '../../src/schemas/sale.js';
import * as billingTypes from '../../src/ui/billing-type-messages.js';
import * as economics from '../../src/ui/economics-messages.js';
import * as kit from '../../src/ui/kit-messages.js';
import * as list from '../../src/ui/list-messages.js';

// Named here so the bundler keeps each module (each registers its catalogs when evaluated).
const MODULES: Record<string, object> = {
  'components/license-list/messages.ts': licenseList,
  'components/license-purchase/messages.ts': licensePurchase,
  'components/order-form/messages.ts': orderForm,
  'components/sale-wizard/messages.ts': saleWizard,
  'components/sales-list/messages.ts': salesList,
  'components/service-plan-editor/messages.ts': planEditor,
  'components/service-plan-editor/version-messages.ts': planVersions,
  'components/service-plan-list/messages.ts': planList,
  'components/subscription-change/messages.ts': subscriptionChange,
  'components/subscription-list/messages.ts': subscriptionList,
  'src/i18n/validation-messages.ts': validation,
  'src/schemas/license.ts': license,
  'src/schemas/order.ts': order,
  'src/schemas/plan.ts': plan,
  'src/schemas/sale.ts': sale,
  'src/ui/billing-type-messages.ts': billingTypes,
  'src/ui/economics-messages.ts': economics,
  'src/ui/kit-messages.ts': kit,
  'src/ui/list-messages.ts': list,
};

const OTHERS = KIT_LANGUAGES.filter((l) => l !== 'en');

test('every module that defines messages is checked here', () => {
  const found = ['src', 'components']
    .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('catalog.ts') && /\b(defineMessages|registerLoader)\(/.test(readFileSync(f, 'utf8')))
    .sort();
  assert.deepEqual(found, Object.keys(MODULES).sort());
});

test('each module loads every kit language on demand: a loader per language, its own file', () => {
  for (const file of Object.keys(MODULES)) {
    const source = readFileSync(file, 'utf8');
    for (const language of OTHERS) assert.match(source, new RegExp(`\\b${language}: \\(\\) => import\\('\\./[\\w-]*messages\\.${language}\\.js'\\)`), `${file} loads ${language}`);
  }
});

test('every kit language has every English message and no other', async () => {
  for (const language of OTHERS) {
    assert.equal(isLanguageLoaded(language), false, `${language} is not loaded before it is asked for`);
    await loadLanguage(language);
    assert.equal(isLanguageLoaded(language), true);
    assert.deepEqual(missingMessages(language), [], `${language} misses these English keys`);
    const english = new Set(catalogMessages('en').map(([k]) => baseKey(k)));
    const extra = catalogMessages(language).filter(([k]) => !english.has(baseKey(k)) && !k.startsWith('test.'));
    assert.deepEqual(extra, [], `${language} has keys English does not`);
  }
});

/** "x#one" → "x": plural variants count as one message. */
const baseKey = (key: string) => key.replace(/#\w+$/, '');

/** Per message (plural variants merged): the set of arguments it names, and whether it has #variants. */
function argumentTable(language: string): Map<string, { args: Set<string>; variants: boolean }> {
  const table = new Map<string, { args: Set<string>; variants: boolean }>();
  for (const [key, text] of catalogMessages(language)) {
    const base = baseKey(key);
    const row = table.get(base) ?? { args: new Set<string>(), variants: false };
    for (const a of messageArguments(text)) row.args.add(a);
    row.variants ||= base !== key;
    table.set(base, row);
  }
  return table;
}

test('every translation keeps the placeholders and plural arguments of its English message', async () => {
  const english = argumentTable('en');
  const problems: string[] = [];
  for (const language of OTHERS) {
    await loadLanguage(language);
    for (const [key, row] of argumentTable(language)) {
      const en = english.get(key);
      if (!en) continue;
      // A plural written as #one/#other variants in one language may be an ICU plural of `count` in
      // another: compare names, with `count` implied by variants.
      const names = (r: typeof row) => new Set([...r.args].map((a) => a.replace(/:.*/, '')).concat(r.variants ? ['count'] : []));
      const want = names(en);
      const have = names(row);
      const lost = [...want].filter((a) => !have.has(a) && !(a === 'count' && en.variants));
      const unknown = [...have].filter((a) => !want.has(a) && !(a === 'count' && row.variants));
      const plurals = [...en.args].filter((a) => a.endsWith(':plural') && !row.args.has(a) && !(row.variants && a.startsWith('count:')));
      if (lost.length || unknown.length || plurals.length) problems.push(`${language} ${key}: lost ${lost.join(', ') || '-'}; unknown ${unknown.join(', ') || '-'}; plural not kept ${plurals.join(', ') || '-'}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('a locale falls back region → language → English', async () => {
  assert.deepEqual(localeChain('pt-BR'), ['pt-br', 'pt']);
  assert.deepEqual(localeChain('pt_Latn_BR'), ['pt-br', 'pt']);
  assert.deepEqual(localeChain('es'), ['es']);
  assert.deepEqual(localeChain('en-GB'), ['en-gb']);
  registerMessages('en', { 'test.fallback.a': 'A', 'test.fallback.b': 'B', 'test.fallback.c': 'C' });
  registerMessages('xx', { 'test.fallback.a': 'A-xx', 'test.fallback.b': 'B-xx' });
  registerMessages('xx-YY', { 'test.fallback.a': 'A-xx-YY' });
  assert.deepEqual(['a', 'b', 'c'].map((k) => translate('xx-YY', `test.fallback.${k}`)), ['A-xx-YY', 'B-xx', 'C']);
  assert.deepEqual(['a', 'b', 'c'].map((k) => translate('xx-ZZ', `test.fallback.${k}`)), ['A-xx', 'B-xx', 'C']);
  await loadLanguage('es-MX');
  assert.equal(isLanguageLoaded('es-MX'), true);
});

test('billing type names are translated in every kit language (Spanish kept the English ones), from one catalog', async () => {
  const { BILLING_TYPE_IDS } = await import('../../src/core/billing-types.js');
  const untranslated: string[] = [];
  for (const language of OTHERS) {
    await loadLanguage(language);
    // G Suite is a product's name in every language.
    for (const id of BILLING_TYPE_IDS) if (id !== 'g-suite' && billingTypes.billingTypeName(language, id) === billingTypes.billingTypeName('en', id)) untranslated.push(`${language} ${id}`);
  }
  assert.deepEqual(untranslated, []);
  assert.equal(billingTypes.billingTypeName('es-MX', 'csp-monthly'), 'CSP mensual');
  assert.equal(billingTypes.billingTypeName('pt-BR', 'monthly-commitment'), 'Compromisso mensal');
});
