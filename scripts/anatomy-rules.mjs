// The rules of a widget's anatomy (issue #20, DESIGN.md "Rules of the house"), as pure functions
// over file texts so that scripts/anatomy.test.mjs can show each one catches what it should.
// scripts/check-anatomy.mjs applies them to src/ and components/.
import ts from 'typescript';
import { posix } from 'node:path';

export const MAX_FILE_LINES = 300;
export const MAX_RENDER_LINES = 60;
export const MAX_ELEMENT_LINES = 200;
export const REPEAT_LINES = 6;

/** Data tables may be long: message catalogs, the country list, demo and server seed data. */
export function isDataTable(file) {
  return /(^|\/)messages(\.[a-z]{2}(-[A-Z]{2})?)?\.ts$|(^|\/)[a-z-]*messages\.[a-z]{2}(-[A-Z]{2})?\.ts$|(^|\/)kit-messages(\.[a-z-]+)?\.ts$|(^|\/)countries\.ts$|(^|\/)seed\.ts$/.test(file);
}

/** Lines of a file (a final newline does not count as a line). */
export function lineCount(text) {
  return text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
}

const isFunctionLike = (n) => ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isGetAccessor(n);

/** Whether a function's own body (not a nested function's) builds a Lit template. */
function buildsTemplate(fn) {
  let found = false;
  const visit = (n) => {
    if (found || (n !== fn && isFunctionLike(n))) return;
    if (ts.isTaggedTemplateExpression(n) && /^(html|svg)$/.test(n.tag.getText())) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(fn);
  return found;
}

/**
 * Render functions, with the lines they span: [{ name, line, lines }]. A render function is one
 * named render…, or any function whose own body builds a Lit template (whatever its name).
 */
export function renderFunctions(file, text) {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const nameOf = (node) => {
    if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText(sf);
    if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && node.parent) {
      const p = node.parent;
      if ((ts.isVariableDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isPropertyAssignment(p)) && p.name) return p.name.getText(sf);
    }
    return null;
  };
  const visit = (node) => {
    const name = nameOf(node);
    if (isFunctionLike(node) && (node.body || ts.isArrowFunction(node)) && ((name && /^render/.test(name)) || buildsTemplate(node))) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ name: name ?? '(a function building a template)', line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The modules a file imports (static imports, re-exports, dynamic imports of a literal), with whether only types. */
export function importsOf(file, text) {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = ts.isImportDeclaration(node) ? !!node.importClause?.isTypeOnly : node.isTypeOnly;
      out.push({ spec: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      out.push({ spec: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** A relative import resolved to the repository path of its .ts source ('src/ui/field.ts'), or null for packages. */
export function resolveImport(from, spec, exists) {
  if (!spec.startsWith('.')) return null;
  const base = posix.normalize(posix.join(posix.dirname(from), spec));
  for (const candidate of [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, `${base}/index.ts`]) if (exists(candidate)) return candidate;
  return base.replace(/\.js$/, '.ts');
}

/** What each layer may import (besides npm packages); a layer not listed may import any layer. */
export const LAYERS = {
  'src/core': ['src/core'],
  'src/i18n': ['src/i18n', 'src/core'],
  'src/schemas': ['src/schemas', 'src/core', 'src/i18n'],
  'src/adapter': ['src/adapter', 'src/schemas', 'src/core', 'src/i18n', 'src/server'],
  'src/server': ['src/server', 'src/schemas', 'src/core', 'src/i18n', 'src/adapter'],
  'src/conformance': ['src/conformance', 'src/schemas', 'src/core', 'src/i18n', 'src/server', 'src/adapter'],
  components: ['components', 'src/ui', 'src/context', 'src/adapter', 'src/schemas', 'src/core', 'src/i18n'],
};
const layerOf = (f) => (/^components\//.test(f) ? 'components' : (/^src\/[^/]+/.exec(f)?.[0] ?? null));

const isDefineModule = (f) => /^src\/ui\/define\/|^src\/ui\/define-kit\.ts$|^src\/context\/define-provider\.ts$|^components\/[^/]+\/define\.ts$/.test(f);
const widgetOf = (f) => /^components\/([^/]+)\//.exec(f)?.[1] ?? null;
const isModelEntry = (f) => /^components\/[^/]+\/model\.ts$/.test(f);

/** A widget's model: model.ts and every module of the widget it imports (rules, conversions, previews). */
export function modelFiles(graph) {
  const out = new Set();
  const visit = (f) => {
    if (out.has(f)) return;
    out.add(f);
    for (const { target } of graph.get(f) ?? []) if (target && widgetOf(target) === widgetOf(f) && !/\/messages(\.[a-z-]+)?\.ts$/.test(target)) visit(target);
  };
  for (const f of graph.keys()) if (isModelEntry(f)) visit(f);
  return out;
}
const isView = (f) => /^components\/[^/]+\/views\//.test(f);
const isElementModule = (f) => {
  const w = widgetOf(f);
  return !!w && f === `components/${w}/${w}.ts`;
};

/**
 * The import rules: no arrow from src/core or src/schemas to src/ui, src/context or a widget; a
 * widget's model imports neither src/ui nor Lit; views never import their element; only define
 * modules import define modules (class modules have no side effects); widgets never import each other.
 * `graph` maps a file to [{ target, spec, typeOnly }]. Returns messages.
 */
export function importRuleViolations(graph) {
  const problems = [];
  const models = modelFiles(graph);
  const isModel = (f) => models.has(f);
  for (const [file, imports] of graph) {
    for (const { target, spec } of imports) {
      const to = target ?? spec;
      if (target) {
        const layer = layerOf(file);
        const allowed = LAYERS[layer];
        const toLayer = layerOf(target);
        if (allowed && toLayer && !allowed.includes(toLayer)) problems.push(`${file} imports ${spec}: ${layer} may import only ${allowed.join(', ')}`);
      }
      if (isModel(file) && (/^src\/(ui|context)\//.test(to) || /^lit($|\/)|^@lit\//.test(spec))) problems.push(`${file} imports ${spec}: a model imports src/core and src/schemas, never the UI`);
      if (isView(file) && target && isElementModule(target) && widgetOf(target) === widgetOf(file)) problems.push(`${file} imports ${spec}: a view depends on view.ts, never on its element`);
      if (target && isDefineModule(target) && !isDefineModule(file) && !/^(test|stories|demo)\//.test(file)) problems.push(`${file} imports ${spec}: only define modules register elements (list it in static dependencies)`);
      const wf = widgetOf(file);
      const wt = target && widgetOf(target);
      if (wf && wt && wf !== wt && !(isDefineModule(file) && isDefineModule(target))) problems.push(`${file} imports ${spec}: widgets never import each other`);
    }
  }
  return problems;
}

/**
 * Calls that register an element (`customElements.define`, `defineElement`) when a module other
 * than a define module is evaluated: at its top level or in a class's static parts. A call inside a
 * function or constructor runs only when called (CkElement registers its dependencies on first use).
 */
export function registrationViolations(file, text) {
  if (isDefineModule(file) || /^src\/ui\/define-element\.ts$/.test(file)) return [];
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const problems = [];
  const visit = (node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(sf);
      if ((callee === 'customElements.define' || callee === 'defineElement') && !insideFunction(node)) {
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        problems.push(`${file}:${line}: ${callee}() outside a define module (a class module has no side effects)`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return problems;
}

function insideFunction(node) {
  for (let n = node.parent; n; n = n.parent) if (ts.isFunctionLike(n)) return true;
  return false;
}

/** Import cycles among the files of `graph` (each reported once, as a path of files). */
export function importCycles(graph) {
  const cycles = [];
  const state = new Map();
  const stack = [];
  const seen = new Set();
  const visit = (f) => {
    state.set(f, 'open');
    stack.push(f);
    for (const { target } of graph.get(f) ?? []) {
      if (!target || !graph.has(target)) continue;
      if (state.get(target) === 'open') {
        const cycle = stack.slice(stack.indexOf(target));
        const key = [...cycle].sort().join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...cycle, target]);
        }
      } else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return cycles;
}

/** A line as compared for repeats: trimmed; blank lines, comments, imports and lone brackets left out. */
function significant(line) {
  const t = line.trim();
  if (!t || /^(\/\/|\/\*|\*)/.test(t) || /^import\s/.test(t) || /^[\])}>;,`'"(\s]*$/.test(t)) return null;
  return t;
}

/**
 * Blocks of REPEAT_LINES or more significant lines that appear in two widgets. `files` maps a
 * path under components/<widget>/ to its text. Returns [{ a: 'file:line', b: 'file:line', text }].
 */
export function repeatedBlocks(files, size = REPEAT_LINES) {
  const first = new Map();
  const found = [];
  const reported = new Set();
  for (const [file, text] of files) {
    const w = widgetOf(file);
    if (!w) continue;
    const lines = text.split('\n').map((l, i) => ({ t: significant(l), n: i + 1 })).filter((l) => l.t !== null);
    for (let i = 0; i + size <= lines.length; i++) {
      const key = lines
        .slice(i, i + size)
        .map((l) => l.t)
        .join('\n');
      const seen = first.get(key);
      if (!seen) first.set(key, { file, line: lines[i].n, w });
      else if (seen.w !== w && !reported.has(`${seen.file}|${file}`)) {
        reported.add(`${seen.file}|${file}`);
        found.push({ a: `${seen.file}:${seen.line}`, b: `${file}:${lines[i].n}`, text: key });
      }
    }
  }
  return found;
}
