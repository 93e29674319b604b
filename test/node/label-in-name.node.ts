// Label in name (WCAG 2.5.3), in every kit language: a button that shows one message and is named
// by another (aria-label="Copy service plan Backup Pro", text "Copy service plan") must have its
// visible words, in order, inside its name, or speech users cannot say what they see (axe's
// label-content-name-mismatch). The pairs are read from the views; the axe walks in every language
// (test/components/axe-languages.test.ts) cover the same on screen for the states they reach.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogMessages, loadLanguage, messageArguments, translate } from '../../src/i18n/index.js';
import { KIT_LANGUAGES } from '../../src/i18n/kit-languages.js';
import * as licenseList from '../../components/license-list/messages.js';
import * as saleWizard from '../../components/sale-wizard/messages.js';
import * as planEditor from '../../components/service-plan-editor/messages.js';
import * as planList from '../../components/service-plan-list/messages.js';

// Named so the bundler keeps each module (each registers its catalogs when evaluated).
const MODULES = [licenseList, saleWizard, planEditor, planList];

/** [widget, name key, visible key] of every `aria-label=${v.m('name', …)} …>${v.m('visible')}</button>` in a view. */
function pairs(): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const widget of readdirSync('components')) {
    const dir = join('components', widget, 'views');
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    } catch {
      continue;
    }
    for (const f of files)
      for (const [, name, visible] of readFileSync(join(dir, f), 'utf8').matchAll(/aria-label=\$\{v\.m\('(\w+)'[^\n]*?>\$\{v\.m\('(\w+)'\)\}<\/button>/g)) out.push([widget, name!, visible!]);
  }
  return out;
}

test('every button named by another message than it shows has its shown words in its name, in every language', async () => {
  const found = pairs();
  assert.equal(MODULES.length, new Set(found.map(([widget]) => widget)).size, 'a message module imported per widget with such buttons');
  assert.ok(found.length >= 7, `${found.length} pairs found in the views`);
  const problems: string[] = [];
  for (const language of KIT_LANGUAGES) {
    await loadLanguage(language);
    const english = new Map(catalogMessages('en'));
    for (const [widget, nameKey, visibleKey] of found) {
      const key = `${widget}.${nameKey}`;
      const params = Object.fromEntries(messageArguments(english.get(key) ?? '').map((a) => [a.replace(/:.*/, ''), 'Backup Pro']));
      const name = translate(language, key, params).toLocaleLowerCase(language);
      const visible = translate(language, `${widget}.${visibleKey}`).toLocaleLowerCase(language);
      if (!name.includes(visible)) problems.push(`${language} ${widget}: "${name}" does not contain "${visible}"`);
    }
  }
  assert.deepEqual(problems, []);
});
