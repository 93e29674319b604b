// package.json "sideEffects" names exactly the define modules (issue 15, point 6): the modules that
// register elements when imported. Every other module (class modules, core, schemas, adapters)
// must be free of side effects, so a bundler drops what a host does not use and a host can define
// the classes under its own tags. Checked against the source tree and the dist paths the build
// writes (entries.mjs), so it needs no build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRIES, SERVER_ENTRIES } from '../entries.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** A "sideEffects" glob as bundlers read it (`*` within a folder, `**` across folders), as a RegExp. */
function globToRegExp(glob) {
  const body = glob
    .replace(/^\.\//, '')
    .split(/(\*\*\/|\*)/)
    .map((part) => (part === '**/' ? '(?:.*/)?' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

/** Every .ts module below `dir` (no tests, no declarations). */
function sources(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts') && !d.name.endsWith('.d.ts'))
    .map((d) => join(d.parentPath ?? d.path, d.name).replaceAll('\\', '/'));
}

/**
 * A define module: it registers an element when imported (a top-level defineElement or
 * customElements.define call), or imports define modules for their effect (define-kit).
 */
function isDefineModule(file) {
  const code = readFileSync(file, 'utf8');
  return /^(?:defineElement|customElements\.define)\(/m.test(code) || /^import '\.\/define\//m.test(code);
}

const patterns = pkg.sideEffects.map((glob) => ({ glob, re: globToRegExp(glob) }));
const matched = (file) => patterns.some(({ re }) => re.test(file));
const SOURCE = [...sources('src'), ...sources('components')];
const DEFINES = SOURCE.filter(isDefineModule);
const distOf = (f) => `dist/${f.replace(/\.ts$/, '.js')}`;
const DEFINE_ENTRIES = Object.keys(ENTRIES).filter((name) => name.startsWith('define-')).map((name) => `dist/${name}.js`);

test('sideEffects is a list of globs', () => {
  assert.ok(Array.isArray(pkg.sideEffects) && pkg.sideEffects.length, 'a list, not true/false');
});

test('in the source tree it names exactly the define modules', () => {
  assert.ok(DEFINES.includes('components/order-form/define.ts') && DEFINES.includes('src/ui/define/ck-alert.ts'), 'the define modules are found');
  assert.deepEqual(SOURCE.filter(matched).sort(), [...DEFINES].sort());
});

test('in dist it names exactly the define modules: the define entries, and define modules kept where their source is', () => {
  const entryFiles = Object.keys({ ...ENTRIES, ...SERVER_ENTRIES }).map((name) => `dist/${name}.js`);
  // Modules the entries import are written where their source is (preserveModules).
  const moduleFiles = SOURCE.map(distOf);
  const expected = [...DEFINE_ENTRIES, ...DEFINES.map(distOf)].sort();
  assert.deepEqual([...entryFiles, ...moduleFiles].filter(matched).sort(), expected);
  assert.ok(DEFINE_ENTRIES.every(matched), 'every define entry is named');
});

test('every glob matches a define module (none left over from a moved file)', () => {
  const all = [...DEFINES, ...DEFINES.map(distOf), ...DEFINE_ENTRIES];
  for (const { glob, re } of patterns) assert.ok(all.some((f) => re.test(f)), `${glob} matches nothing`);
});

test('the globs read as bundlers read them', () => {
  assert.ok(globToRegExp('./components/*/define.ts').test('components/order-form/define.ts'));
  assert.ok(!globToRegExp('./components/*/define.ts').test('components/order-form/views/define.ts'));
  assert.ok(globToRegExp('./dist/**/define-*.js').test('dist/define-x.js') && globToRegExp('./dist/**/define-*.js').test('dist/a/b/define-x.js'));
});
