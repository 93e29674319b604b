// The custom elements manifest the package ships, and the editor data made from it (#15, point 4):
// every public tag has a definition, paths name shipped files (never a .ts source), every event is
// typed, internals are left out. Run by `npm test`; analyzes the sources into a cache folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRIES } from '../entries.mjs';
import { INTERNAL, manifestPaths, shippedPath } from './cem-public-api.mjs';
import { editorData } from './gen-editor-data.mjs';

const out = 'node_modules/.cache/ck-cem-manifest-test'; // cem resolves --outdir against the working directory
execFileSync('npx', ['cem', 'analyze', '--outdir', out], { stdio: 'ignore' });
const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const definitions = manifest.modules.flatMap((mod) => (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, module: mod.path })));
const declarationOf = (ref) => manifest.modules.find((m) => m.path === ref.module)?.declarations?.find((d) => d.name === ref.name);
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);

/** Every define module the package exports (`channelkit/<widget>/define`, `channelkit/provider/define`). */
const exportedDefineModules = Object.entries(pkg.exports)
  .filter(([subpath]) => subpath.endsWith('/define'))
  .map(([subpath, target]) => ({ subpath, js: target.default.replace(/^\.\//, '') }));

test('every define module the package exports defines its public tag, and the definition names its class', () => {
  assert.ok(exportedDefineModules.length >= 8);
  for (const { subpath, js } of exportedDefineModules) {
    const defined = definitions.filter((d) => d.module === js);
    assert.equal(defined.length, 1, `${subpath} (${js}): one custom-element-definition`);
    const [d] = defined;
    assert.ok(!d.name.startsWith('ck-'), `${subpath} defines a public tag, not ${d.name}`);
    const declaration = declarationOf(d.declaration);
    assert.ok(declaration, `${d.name}: its declaration ${d.declaration.name} is in ${d.declaration.module}`);
    assert.equal(declaration.tagName, d.name);
  }
  const tags = definitions.map((d) => d.name);
  for (const tag of ['order-form', 'license-purchase', 'sale-wizard', 'service-plan-editor', 'sales-list', 'license-list', 'service-plan-list', 'channelkit-provider']) {
    assert.ok(tags.includes(tag), `${tag} is defined`);
  }
});

test('module paths are the shipped dist/ files, the define entries by their entry names', () => {
  const paths = manifestPaths(manifest);
  assert.ok(paths.length > 20);
  for (const path of paths) {
    assert.match(path, /^dist\/(types\/.+\.d\.ts|.+\.js)$/, `${path}: a shipped file`);
    assert.doesNotMatch(path, /^dist\/types\/.+(?<!\.d)\.ts$|^(src|components)\//, `${path}: not a source`);
  }
  assert.equal(shippedPath('components/order-form/define.ts'), 'dist/define-order-form.js');
  assert.equal(shippedPath('/src/context/widget-element.js'), 'dist/src/context/widget-element.js');
  for (const [name, source] of Object.entries(ENTRIES)) assert.equal(shippedPath(source), `dist/${name}.js`);
});

test('every event of a public element is typed with its detail', () => {
  for (const el of elements) {
    for (const e of el.events ?? []) {
      assert.match(e.type?.text ?? '', /^CustomEvent<\w+>$/, `${el.tagName} ${e.name}`);
      const [ref] = e.type.references ?? [];
      assert.ok(ref && e.type.text.includes(ref.name), `${el.tagName} ${e.name}: the detail type is referenced`);
      assert.match(ref.module, /^dist\/types\/.+\.d\.ts$/);
    }
  }
  assert.ok(elements.find((el) => el.tagName === 'order-form').events.some((e) => e.type.text === 'CustomEvent<OrderCreatedDetail>'));
});

test('internals are left out: internal elements, helpers, protected, private and static members', () => {
  assert.ok(elements.every((el) => !el.tagName.startsWith('ck-')), 'no ck-* element');
  assert.ok(manifest.modules.every((m) => (m.declarations ?? []).every((d) => d.customElement)), 'only element classes are declared');
  for (const el of elements) {
    for (const m of el.members ?? []) {
      assert.ok(!m.privacy && !m.static, `${el.tagName}.${m.name} is public`);
      assert.ok(!INTERNAL.has(m.name), `${el.tagName}.${m.name} is not internal`);
    }
  }
  const form = elements.find((el) => el.tagName === 'order-form');
  const names = form.members.map((m) => m.name);
  assert.ok(names.includes('submit') && names.includes('adapter') && names.includes('draftKey'));
  assert.ok(!names.includes('completed') && !names.includes('emit') && !names.includes('form'));
});

test('the editor data covers every public tag, with typed events', () => {
  const data = editorData(manifest);
  const tags = definitions.map((d) => d.name).sort();
  assert.deepEqual(data['vscode.html-custom-data.json'].tags.map((t) => t.name).sort(), tags);
  const webElements = data['web-types.json'].contributions.html.elements;
  assert.deepEqual(webElements.map((e) => e.name).sort(), tags);
  assert.equal(data['web-types.json'].name, 'channelkit');
  for (const el of webElements) for (const e of el.events ?? []) assert.match(e.type, /^CustomEvent<\w+>$/, `${el.name} ${e.name}`);
  assert.equal(pkg.customElements, 'dist/custom-elements.json');
  assert.equal(pkg['web-types'], 'dist/web-types.json');
});
