// `npm test` stage: the anatomy holds (issue #20). No file under src/ or components/ over 300
// lines (data tables excepted) and no element file over 200; no render function over 60 lines;
// no block of 6 significant lines repeated across widgets; the import rules (src/core and
// src/schemas never import the UI, models never import src/ui, views never import their element,
// only define modules register elements, widgets never import each other) and no import cycle.
// The rules themselves are tested by scripts/anatomy.test.mjs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  importCycles,
  importRuleViolations,
  importsOf,
  isDataTable,
  lineCount,
  MAX_ELEMENT_LINES,
  MAX_FILE_LINES,
  MAX_RENDER_LINES,
  registrationViolations,
  renderFunctions,
  repeatedBlocks,
  resolveImport,
} from './anatomy-rules.mjs';

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [p.replaceAll('\\', '/')] : [];
  });

const files = [...walk('src'), ...walk('components')];
const texts = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
const problems = [];

for (const [file, text] of texts) {
  const n = lineCount(text);
  if (n > MAX_FILE_LINES && !isDataTable(file)) problems.push(`${file}: ${n} lines (at most ${MAX_FILE_LINES}; split it by what it holds)`);
  const m = /^components\/([^/]+)\/([^/]+)\.ts$/.exec(file);
  if (m && m[1] === m[2] && n > MAX_ELEMENT_LINES) problems.push(`${file}: ${n} lines (an element file holds properties, context, tasks and events: at most ${MAX_ELEMENT_LINES})`);
  problems.push(...registrationViolations(file, text));
  for (const r of renderFunctions(file, text)) {
    if (r.lines > MAX_RENDER_LINES) problems.push(`${file}:${r.line}: ${r.name} is ${r.lines} lines (at most ${MAX_RENDER_LINES}; compose it of smaller views)`);
  }
}

const graph = new Map(
  [...texts].map(([file, text]) => [file, importsOf(file, text).map(({ spec, typeOnly }) => ({ spec, typeOnly, target: resolveImport(file, spec, existsSync) }))]),
);
problems.push(...importRuleViolations(graph));
// A cycle through type-only imports costs nothing at run time; the rule is about modules.
const runtimeGraph = new Map([...graph].map(([f, imports]) => [f, imports.filter((i) => !i.typeOnly)]));
for (const cycle of importCycles(runtimeGraph)) problems.push(`import cycle: ${cycle.join(' -> ')}`);

const widgetFiles = new Map([...texts].filter(([f]) => f.startsWith('components/') && !isDataTable(f)));
for (const r of repeatedBlocks(widgetFiles)) problems.push(`${r.a} and ${r.b} repeat a block (make one piece of code serve both):\n      ${r.text.split('\n').join('\n      ')}`);

if (problems.length) {
  console.error(`The anatomy does not hold (${problems.length}):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`anatomy holds: ${files.length} files, every one within its limits`);
