// Every fenced code block in README.md and docs/ is checked (issue 15, point 2), by its language:
//   ts, tsx, js   type-checked against the kit's own types (`channelkit/...` through package.json
//                 "exports", as in scripts/check-examples.mjs); a js block after an html block of
//                 the same page runs in that page, so it gets the imports of its module script;
//   vue           checked by vue-tsc with the kit's Vue types;
//   html          custom elements opened and closed in order (no `<order-form />`), and every
//                 `channelkit/...` import of its module scripts is an export of package.json;
//   css           braces balanced, and every `--ck-*` property it sets exists in the kit;
//   json, yaml    parsed;
//   sh, bash      each command is an npm script, an installed bin or a file of the repository;
//   text          output, trees and pseudo-code: marked as such, not checked.
// A block with no language, or another one, fails: say what it is.
// What a snippet takes from the page around it (a variable, a token) is declared in an HTML comment
// right before its fence, `<!-- assumes: declare const token: string; -->`, invisible when rendered.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { exampleTsconfig, exportPaths, typecheck } from './check-examples.mjs';
import { CDN_WIDGETS } from './build-cdn.mjs';

const CDN_FILES = ['autoloader.js', 'channelkit.js', ...Object.keys(CDN_WIDGETS).map((tag) => `${tag}.js`)];

const ROOT = resolve('.');
const OUT = join(ROOT, 'node_modules/.cache/ck-doc-blocks');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** The Markdown files whose blocks are checked. */
export function docFiles() {
  const docs = readdirSync(join(ROOT, 'docs'), { recursive: true }).filter((f) => String(f).endsWith('.md')).map((f) => join('docs', String(f)));
  return ['README.md', ...docs.sort()];
}

/** The fenced blocks of a Markdown text: language, first line (1-based), body and the `assumes` comment before it. */
export function blocks(text) {
  const lines = text.split('\n');
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})(\S*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    const body = [];
    let j = i + 1;
    while (j < lines.length && !new RegExp(`^${indent}${fence}\\s*$`).test(lines[j])) body.push(lines[j++].slice(indent.length));
    const before = lines.slice(0, i).join('\n');
    const assumes = /<!--\s*assumes:((?:(?!-->)[\s\S])*)-->\s*$/.exec(before)?.[1]?.trim() ?? '';
    found.push({ lang, line: i + 1, body: body.join('\n'), assumes });
    i = j;
  }
  return found;
}

/** The module scripts of an html block. */
const moduleScripts = (html) => [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
/** The `channelkit/...` specifiers a piece of code imports. */
const kitImports = (code) => [...code.matchAll(/(?:from|import)\s+'(channelkit(?:\/[^']*)?)'/g)].map((m) => m[1]);
const isExport = (specifier) => Object.hasOwn(pkg.exports, `.${specifier.slice('channelkit'.length)}`);

/** Problems of an html block (empty when fine). */
export function htmlProblems(html) {
  const problems = kitImports(html).filter((s) => !isExport(s)).map((s) => `'${s}' is not an export of package.json`);
  // The no-bundler build's modules a page loads by URL (…/dist/cdn/<file>) are ones scripts/build-cdn.mjs writes.
  for (const [, file] of html.matchAll(/\/dist\/cdn\/([\w./-]+\.js)/g)) if (!CDN_FILES.includes(file)) problems.push(`dist/cdn/${file} is not a module of the no-bundler build`);
  const stack = [];
  const markup = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  for (const [, close, name, selfClosing] of markup.matchAll(/<(\/?)([a-z][a-z0-9]*-[a-z0-9-]*)\b[^>]*?(\/?)>/g)) {
    if (selfClosing) problems.push(`<${name} /> does not close a custom element in HTML: write <${name}></${name}>`);
    else if (!close) stack.push(name);
    else if (stack.pop() !== name) problems.push(`</${name}> closes an element it did not open`);
  }
  for (const name of stack) problems.push(`<${name}> is never closed`);
  return problems;
}

/** The `--ck-*` custom properties the kit reads (in its styles). */
function kitTokens() {
  const names = new Set();
  for (const dir of ['src', 'components']) {
    for (const f of readdirSync(join(ROOT, dir), { recursive: true })) {
      if (!String(f).endsWith('.ts')) continue;
      for (const m of readFileSync(join(ROOT, dir, String(f)), 'utf8').matchAll(/var\((--ck-[a-z0-9-]+)/g)) names.add(m[1]);
    }
  }
  return names;
}

/** Problems of a css block. */
export function cssProblems(css, tokens) {
  const problems = [];
  let depth = 0;
  for (const ch of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (ch === '{') depth++;
    if (ch === '}' && --depth < 0) problems.push('a } without its {');
  }
  if (depth > 0) problems.push('a { is never closed');
  for (const [, name] of css.matchAll(/(--ck-[a-z0-9-]+)\s*:/g)) if (!tokens.has(name)) problems.push(`${name} is not a property the kit reads`);
  return problems;
}

/** Problems of a shell block: each command must exist. */
export function shellProblems(sh) {
  const problems = [];
  const bins = new Set([...Object.keys(pkg.bin ?? {}), ...(existsSync(join(ROOT, 'node_modules/.bin')) ? readdirSync(join(ROOT, 'node_modules/.bin')) : [])]);
  for (const raw of sh.replace(/\\\n\s*/g, ' ').split('\n')) {
    const line = raw.replace(/\s+#.*$/, '').replace(/^#.*$/, '').trim();
    for (const command of line.split(/\s*(?:&&|\|\||;)\s*/).filter(Boolean)) {
      const words = command.replace(/^(?:[A-Z_]+=\S+\s+)+/, '').split(/\s+/);
      const [tool, sub, arg] = words;
      if (tool === 'npm' && ['ci', 'install', 'i', 'pack'].includes(sub)) continue;
      if (tool === 'npm' && (sub === 'run' || sub === 'run-script')) {
        if (!pkg.scripts[arg]) problems.push(`npm run ${arg}: no such script in package.json`);
      } else if (tool === 'npm' && ['start', 'test'].includes(sub)) {
        if (!pkg.scripts[sub]) problems.push(`npm ${sub}: no such script`);
      } else if (tool === 'npx') {
        if (!bins.has(sub)) problems.push(`npx ${sub}: not a bin of the package or its devDependencies`);
      } else if (tool === 'node') {
        const file = words.find((w, i) => i > 0 && !w.startsWith('-'));
        if (!file || !existsSync(join(ROOT, file))) problems.push(`node ${file}: no such file`);
      } else problems.push(`${command}: not an npm script, a bin or a file of the repository`);
    }
  }
  return problems;
}

function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const problems = [];
  const typed = [];
  const vue = [];
  const tokens = kitTokens();
  const require = createRequire(import.meta.url);
  let counted = 0;
  for (const doc of docFiles()) {
    let pageImports = '';
    for (const b of blocks(readFileSync(join(ROOT, doc), 'utf8'))) {
      counted++;
      const where = `${doc}:${b.line}`;
      const name = `${doc.replace(/[/.]/g, '_')}_${b.line}`;
      const say = (list) => problems.push(...list.map((p) => `${where} (${b.lang}): ${p}`));
      switch (b.lang) {
        case 'ts':
        case 'tsx':
        case 'js': {
          const context = b.lang === 'js' ? pageImports : '';
          const file = join(OUT, `${name}.${b.lang === 'tsx' ? 'tsx' : 'ts'}`);
          // A module of its own (export {}), so blocks do not see each other's names.
          writeFileSync(file, `${context}\n${b.assumes}\n${b.body}\nexport {};\n`);
          typed.push({ file, where });
          break;
        }
        case 'vue': {
          const file = join(OUT, `${name}.vue`);
          writeFileSync(file, b.body);
          vue.push({ file, where });
          break;
        }
        case 'html':
          say(htmlProblems(b.body));
          pageImports = moduleScripts(b.body).map((s) => s.split('\n').filter((l) => /^\s*import\b/.test(l)).join('\n')).join('\n');
          break;
        case 'css':
          say(cssProblems(b.body, tokens));
          break;
        case 'json':
          try {
            JSON.parse(b.body);
          } catch (e) {
            say([String(e.message)]);
          }
          break;
        case 'yaml':
          try {
            require('js-yaml').load(b.body);
          } catch (e) {
            say([String(e.message)]);
          }
          break;
        case 'sh':
        case 'bash':
          say(shellProblems(b.body));
          break;
        case 'text':
          break;
        default:
          say([b.lang ? `no check for this language: mark output or pseudo-code as text` : 'a block without a language: say what it is (ts, html, sh, text, …)']);
      }
    }
  }
  for (const p of problems) console.error(p);
  // Error lines name the generated files: the map in OUT/index.txt gives each one's block.
  writeFileSync(join(OUT, 'index.txt'), [...typed, ...vue].map(({ file, where }) => `${relative(ROOT, file)} <- ${where}`).join('\n') + '\n');
  const angular = { compilerOptions: { experimentalDecorators: true } };
  const ok = [
    typed.length ? typecheck('tsc', exampleTsconfig('doc-blocks', typed.map((t) => t.file), angular)) : true,
    vue.length ? typecheck('vue-tsc', exampleTsconfig('doc-blocks-vue', vue.map((t) => t.file), { rest: { vueCompilerOptions: { strictTemplates: true } } })) : true,
  ];
  if (problems.length || ok.includes(false)) {
    console.error(`Code blocks in the docs do not check (type errors name files listed in ${relative(ROOT, join(OUT, 'index.txt'))}).`);
    process.exit(1);
  }
  console.log(`${counted} code blocks in README.md and docs/ checked (${typed.length} type-checked, ${vue.length} with vue-tsc); paths: ${Object.keys(exportPaths()).length} exports`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
