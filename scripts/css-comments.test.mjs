// The library build blanks the comments in css`` templates (scripts/css-comments.mjs, issue 21).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blankCssComments } from './css-comments.mjs';

test('comments in css templates are blanked, positions kept; code and other strings are not touched', () => {
  const src = ['const a = css`', '  /* why the frame', '     keeps 16 px */', '  .panel { padding: 16px; }', '`;', "const b = '/* a string */';", 'const c = html`<p>/* text */</p>`;'].join('\n');
  const out = blankCssComments(src);
  assert.equal(out.length, src.length);
  assert.deepEqual(out.split('\n').map((l) => l.length), src.split('\n').map((l) => l.length));
  assert.ok(!out.includes('why the frame') && !out.includes('keeps 16 px'));
  assert.ok(out.includes('.panel { padding: 16px; }'));
  assert.ok(out.includes("'/* a string */'") && out.includes('<p>/* text */</p>'));
});

// After `npm run build` (as CI runs it before npm test): no comment is left in the built templates
// (a bundler's /* @__PURE__ */ annotation inside an interpolation is code, not a comment).
test('the built library ships no comment inside a css template', { skip: !existsSync('dist/src/ui/widget-styles.js') && 'dist/ is not built' }, () => {
  const withComments = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'cdn') walk(p);
      } else if (p.endsWith('.js') && (readFileSync(p, 'utf8').match(/`[^`]*`/g) ?? []).some((t) => /\/\*(?! [@#]__PURE__ \*\/)[\s\S]*?\*\//.test(t))) withComments.push(p);
    }
  };
  walk('dist/src');
  walk('dist/components');
  assert.deepEqual(withComments, []);
});
