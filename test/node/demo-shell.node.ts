// The demo shell follows the locale (#14, point D): every word of demo/index.html outside the
// widgets is marked with a key of demo/shell-messages.ts, its English is the catalog's, and every
// kit language has each key with the same arguments. (e2e/demo.e2e.mjs switches the live page.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { catalogMessages, messageArguments } from '../../src/i18n/index.js';
import { KIT_LANGUAGES } from '../../src/i18n/kit-languages.js';
import { shellText } from '../../demo/shell-messages.js';

const page = readFileSync('demo/index.html', 'utf8');
const body = page.slice(page.indexOf('<body>'));
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const shell = (language: string) => new Map(catalogMessages(language).flatMap(([k, v]) => (k.startsWith('demo-shell.') ? [[k.slice('demo-shell.'.length), v]] : [])));
// Names that read the same in every language: the portal's brand, the kit, currency codes, and each language in itself.
const NAMES = new Set(['N', 'Northwind', 'channelkit', 'USD', 'EUR', 'GBP', 'JPY', 'English', 'Español', 'Deutsch', 'Français', 'Português (Brasil)']);

test('each marked text and name of the page is a shell message, and its English is the catalog’s', () => {
  const english = shell('en');
  const marked = [...body.matchAll(/<(\w+)[^>]*\sdata-t="(\w+)"[^>]*>([^<]*)<\/\1>/g)];
  assert.ok(marked.length > 30, `${marked.length} marked texts`);
  for (const [, , key, text] of marked) assert.equal(collapse(text!), english.get(key!), `data-t="${key}"`);
  for (const [, label, key] of body.matchAll(/aria-label="([^"]*)" data-t-label="(\w+)"/g)) assert.equal(label, english.get(key!), `data-t-label="${key}"`);
  assert.equal(collapse(/<title>([^<]*)<\/title>/.exec(page)![1]!), english.get('pageTitle'));
});

test('no word of the shell is left unmarked, so none stays English in another language', () => {
  const unmarked = body
    .replace(/<(\w+)[^>]*\sdata-t="\w+"[^>]*>[^<]*<\/\1>/g, '')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .match(/>[^<]+</g)!
    .map((t) => collapse(t.slice(1, -1)))
    .filter((t) => t && !NAMES.has(t));
  assert.deepEqual(unmarked, []);
  const labels = [...body.matchAll(/aria-label="[^"]*"(?! data-t-label)/g)].map((m) => m[0]);
  assert.deepEqual(labels, [], 'aria-labels without data-t-label');
});

test('every kit language has every shell message with its English arguments', () => {
  const english = shell('en');
  for (const language of KIT_LANGUAGES.filter((l) => l !== 'en')) {
    const translated = shell(language);
    assert.deepEqual([...translated.keys()].sort(), [...english.keys()].sort(), language);
    for (const [key, text] of english) assert.deepEqual(messageArguments(translated.get(key)!).sort(), messageArguments(text).sort(), `${language} ${key}`);
  }
  assert.equal(shellText('pt-BR', 'navOrders'), 'Pedidos');
  assert.equal(shellText('es', 'licensesRecord', { count: 1 }), '1 licencia');
});
