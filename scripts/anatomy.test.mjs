// The anatomy rules catch what they should (run by `npm test` before scripts/check-anatomy.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importCycles, importRuleViolations, importsOf, isDataTable, lineCount, registrationViolations, renderFunctions, repeatedBlocks, resolveImport } from './anatomy-rules.mjs';

const lines = (n, make = (i) => `  x${i}();`) => Array.from({ length: n }, (_, i) => make(i)).join('\n');

test('render functions are measured, whatever their form', () => {
  const text = `export function renderA(v) {\n${lines(60)}\n}\nclass X { protected override render() {\n${lines(3)}\n} renderB() { return 1; } }\nconst renderC = (v) => html\`\n${lines(61, () => '<p></p>')}\n\`;\nfunction helper() {\n${lines(100)}\n}`;
  const found = Object.fromEntries(renderFunctions('a.ts', text).map((r) => [r.name, r.lines]));
  assert.deepEqual(found, { renderA: 62, render: 5, renderB: 1, renderC: 63 });
});

test('a function that builds a template is a render function whatever its name; nested builders are measured on their own', () => {
  const text = `function fields(v) {\n  const one = () => html\`<p></p>\`;\n${lines(70)}\n  return one();\n}\nconst section = (v) => html\`\n${lines(61, () => '<p></p>')}\n\`;`;
  const found = renderFunctions('a.ts', text).map((r) => r.lines);
  assert.deepEqual(found, [1, 63], 'fields() itself builds no template; its inner arrow and section() do');
});

test('registering an element outside a define module is refused', () => {
  assert.match(registrationViolations('components/w/w.ts', `class W {}\ncustomElements.define('w-x', W);`)[0], /components\/w\/w\.ts:2: customElements\.define\(\) outside a define module/);
  assert.equal(registrationViolations('src/ui/steps.ts', `defineElement('ck-steps', CkSteps);`).length, 1);
  assert.deepEqual(registrationViolations('components/w/define.ts', `defineElement('w-x', W);`), []);
  assert.deepEqual(registrationViolations('src/ui/define/ck-steps.ts', `defineElement('ck-steps', CkSteps);`), []);
  assert.equal(registrationViolations('src/ui/x.ts', `class X { static { defineElement('ck-x', X); } }`).length, 1, 'a static block runs on import');
  assert.equal(registrationViolations('src/ui/x.ts', `class X { static y = defineElement('ck-y', Y); }`).length, 1, 'a static field runs on import');
  assert.deepEqual(registrationViolations('src/ui/x.ts', `class X { constructor() { defineElement('ck-y', Y); } }`), [], 'a constructor runs on first use');
});

test('lines are counted as an editor shows them; message catalogs and seed data are data tables', () => {
  assert.equal(lineCount('a\nb\n'), 2);
  assert.equal(lineCount('a\nb'), 2);
  for (const f of ['components/sale-wizard/messages.ts', 'components/sale-wizard/messages.es.ts', 'src/ui/kit-messages.es.ts', 'src/schemas/plan-messages.es.ts', 'src/adapter/demo/seed.ts', 'src/ui/countries.ts']) assert.ok(isDataTable(f), f);
  for (const f of ['components/sale-wizard/model.ts', 'src/core/schedule.ts', 'src/ui/messages-view.ts']) assert.ok(!isDataTable(f), f);
});

test('imports are read from import, export … from and import(), type-only marked', () => {
  const found = importsOf('x.ts', `import type { A } from './a.js';\nimport { B } from './b.js';\nexport * from './c.js';\nimport './d.js';\nconst e = () => import('./e.js');`);
  assert.deepEqual(found, [
    { spec: './a.js', typeOnly: true },
    { spec: './b.js', typeOnly: false },
    { spec: './c.js', typeOnly: false },
    { spec: './d.js', typeOnly: false },
    { spec: './e.js', typeOnly: false },
  ]);
  assert.equal(resolveImport('components/w/views/a.ts', '../w.js', () => true), 'components/w/w.ts');
  assert.equal(resolveImport('src/a.ts', 'lit', () => true), null);
});

const edge = (file, spec, typeOnly = false) => {
  const target = resolveImport(file, spec, () => true);
  return [file, [{ spec, typeOnly, target }]];
};

test('each import rule is enforced', () => {
  const cases = [
    [edge('src/core/money.ts', '../ui/field.js'), /src\/core may import only src\/core$/],
    [edge('src/schemas/plan.ts', '../ui/money-field.js', true), /src\/schemas may import only/],
    [edge('components/w/model.ts', '../../src/ui/money-field.js'), /a model imports/],
    [edge('components/w/model.ts', 'lit'), /a model imports/],
    [edge('src/core/quotes.ts', '../schemas/order.js'), /src\/core may import only src\/core/],
    [edge('src/schemas/order.ts', '../adapter/errors.js'), /src\/schemas may import only/],
    [edge('src/server/app.ts', '../ui/submission.js'), /src\/server may import only/],
    [edge('components/w/w.ts', '../../src/server/app.js'), /components may import only/],
    [edge('components/w/views/a.ts', '../w.js', true), /never on its element/],
    [edge('components/w/w.ts', '../../src/ui/define/ck-steps.js'), /only define modules/],
    [edge('src/ui/steps.ts', './define/ck-alert.js'), /only define modules/],
    [edge('components/w/w.ts', '../v/model.js'), /widgets never import each other/],
  ];
  for (const [[file, imports], expected] of cases) {
    const problems = importRuleViolations(new Map([[file, imports]]));
    assert.equal(problems.length, 1, `${file} -> ${imports[0].spec}: ${problems.join('; ')}`);
    assert.match(problems[0], expected);
  }
  const allowed = [
    edge('components/w/define.ts', '../../src/ui/define/ck-steps.js'),
    edge('components/w/define.ts', '../v/define.js'),
    edge('components/w/views/a.ts', '../view.js', true),
    edge('components/w/model.ts', '../../src/schemas/sale.js'),
    edge('test/components/w.test.ts', '../../components/w/define.js'),
  ];
  assert.deepEqual(importRuleViolations(new Map(allowed)), []);
});

test('a model is model.ts and the modules of its widget it imports: none of them imports the UI', () => {
  const graph = new Map([
    ['components/w/model.ts', [{ spec: './rules.js', target: 'components/w/rules.ts' }]],
    ['components/w/rules.ts', [{ spec: '../../src/ui/money-field.js', target: 'src/ui/money-field.ts' }]],
    ['components/w/saving.ts', [{ spec: '../../src/ui/submission.js', target: 'src/ui/submission.ts' }]],
  ]);
  const problems = importRuleViolations(graph);
  assert.equal(problems.length, 1, problems.join('; '));
  assert.match(problems[0], /components\/w\/rules\.ts imports .*a model imports/);
});

test('import cycles are found once each', () => {
  const g = new Map([
    ['a.ts', [{ target: 'b.ts' }]],
    ['b.ts', [{ target: 'c.ts' }]],
    ['c.ts', [{ target: 'a.ts' }, { target: 'd.ts' }]],
    ['d.ts', []],
  ]);
  assert.deepEqual(importCycles(g), [['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  assert.deepEqual(importCycles(new Map([['a.ts', [{ target: 'b.ts' }]], ['b.ts', []]])), []);
});

test('a block of six significant lines repeated across widgets is found; within one widget, or shorter, it is not', () => {
  const block = lines(6, (i) => `this.step${i} = compute(${i});`);
  const five = lines(5, (i) => `this.step${i} = compute(${i});`);
  const found = repeatedBlocks(
    new Map([
      ['components/a/a.ts', `import x from 'y';\n${block}\n`],
      ['components/b/views/b.ts', `// same, reformatted\n\n${block.replaceAll('\n', '\n\n  }\n')}\n`],
    ]),
  );
  assert.equal(found.length, 1);
  assert.equal(found[0].a, 'components/a/a.ts:2');
  assert.deepEqual(repeatedBlocks(new Map([['components/a/a.ts', block], ['components/a/b.ts', block]])), []);
  assert.deepEqual(repeatedBlocks(new Map([['components/a/a.ts', five], ['components/b/b.ts', five]])), []);
});
