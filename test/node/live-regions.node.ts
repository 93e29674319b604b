// No live region is inserted together with its text anywhere in the kit (WAI-ARIA practice: a
// live region must exist before its text changes, or it is read unreliably). What a widget says
// goes through its Announcer (two regions put in place before the first render, only their text
// changes); the combobox keeps one status region rendered always. Any other `role=status`,
// `role=alert` or `aria-live` in a template is a region that comes and goes with its text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ALLOWED: Record<string, number> = {
  'src/ui/controllers/announcer.ts': 2, // setAttribute('aria-live') and role=status on its two regions
  'src/ui/combobox.ts': 1, // its result count, rendered always
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('live regions are only the announcer’s and the combobox’s', () => {
  const found: Record<string, number> = {};
  for (const file of [...files('src'), ...files('components')]) {
    const code = readFileSync(file, 'utf8').replace(/^\s*(\*|\/\/).*$/gm, '');
    const n = (code.match(/role="(status|alert)"|aria-live=|setAttribute\('(aria-live|role)', '?(urgency|status|alert|polite|assertive)/g) ?? []).length;
    if (n) found[file] = n;
  }
  assert.deepEqual(found, ALLOWED);
});
