// `npm run size`: what a host page pays, in gzip -9 bytes. Host pages are bundled from the package's
// own exports (`channelkit/order-form/define`, …, resolved through package.json "exports" to the
// built `dist/`, so run `npm run build` first) with esbuild `--minify`, format esm, target es2022,
// the way a host's bundler would, then each output file is gzipped at level 9:
//   - one widget page per widget: `<widget>/define` + `provider/define` (a page with one widget);
//   - a code-split page with every widget (esbuild `splitting`, entries: the four widget define
//     modules and provider/define): the chunks more than one entry loads (shared), and each
//     entry's marginal cost (its entry chunk and the chunks only it loads);
//   - the other public entries alone, every export kept (`export * from`);
//   - everything in one page, every entry's exports kept.
// What a page loads is its static import graph; the catalogs of each language other than English,
// imported on demand (`import()`), are reported on their own line per language: only pages in that
// language load them. Other on-demand chunks (the define modules a list imports to open a creation
// flow in place) are reported on an "other" line.
// Fails when a row is over its budget (entries.mjs). Writes the figures to dist-size.json for the
// README and `npm run bench`.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { BUDGETS, KB } from '../entries.mjs';

const PKG = JSON.parse(readFileSync('package.json', 'utf8'));
const WIDGETS = ['order-form', 'license-purchase', 'sale-wizard', 'service-plan-editor', 'sales-list', 'license-list', 'service-plan-list', 'subscription-change', 'subscription-list'];
const ALONE = ['core', 'schemas', 'adapter', 'adapter/lists', 'provider', 'provider/define'];

// The exports must be built, and not older than the sources they come from.
const built = (spec) => PKG.exports[`./${spec}`].default;
for (const spec of [...ALONE, ...WIDGETS, ...WIDGETS.map((w) => `${w}/define`)]) {
  if (!existsSync(built(spec))) {
    console.error(`${built(spec)} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
const newest = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .reduce((t, e) => Math.max(t, statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs), 0);
if (Math.max(newest('src'), newest('components')) > statSync(built('core')).mtimeMs) {
  console.warn('warning: sources changed after the last `npm run build`; these figures are of dist/ as built.\n');
}

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

/**
 * Bundles one host page whose entries are the given module sources (code importing the package
 * by name), code-split like a host's bundler. Returns each output file with its size and what it
 * imports, and for each entry the files it loads statically.
 */
async function page(entries, external = []) {
  // The stand-in host pages live in tmp/ (git ignores it), inside the package, so that
  // `channelkit/...` resolves through package.json "exports" as a package's self-reference.
  mkdirSync('tmp', { recursive: true });
  const dir = join(process.cwd(), mkdtempSync(join('tmp', 'size-')));
  try {
    const points = Object.entries(entries).map(([name, code]) => {
      const file = join(dir, `${name.replaceAll('/', '-')}.mjs`);
      writeFileSync(file, code);
      return { in: file, out: name.replaceAll('/', '-') };
    });
    const out = await build({
      entryPoints: points,
      absWorkingDir: process.cwd(),
      bundle: true,
      splitting: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      platform: 'browser',
      outdir: join(dir, 'out'),
      write: false,
      metafile: true,
      external,
      logLevel: 'warning',
      // Vite's output keeps `import "../schemas/money-messages.js"` where the source only re-exports
      // from it; the module is free of side effects, and a host's bundler drops the import too.
      logOverride: { 'ignored-bare-import': 'silent' },
    });
    const files = new Map();
    for (const f of out.outputFiles) {
      const key = relative(process.cwd(), f.path);
      const meta = out.metafile.outputs[key];
      files.set(key, {
        min: f.contents.length,
        gzip: gz(f.contents),
        imports: meta.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => i.path),
        // esbuild names the on-demand chunks' modules as entry points too: only ours are pages.
        entry: meta.entryPoint?.startsWith(relative(process.cwd(), dir)) ? points.find((p) => p.in.endsWith(meta.entryPoint)).out : null,
        source: meta.entryPoint ?? '',
      });
    }
    const loads = new Map();
    for (const [key, f] of files) {
      if (!f.entry) continue;
      const seen = new Set();
      const visit = (k) => {
        if (seen.has(k)) return;
        seen.add(k);
        for (const i of files.get(k).imports) visit(i);
      };
      visit(key);
      loads.set(f.entry, seen);
    }
    const loaded = new Set([...loads.values()].flatMap((s) => [...s]));
    const lazy = [...files.keys()].filter((k) => !loaded.has(k));
    return { files, loads, lazy };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sum = (files, keys) =>
  [...keys].reduce((s, k) => ({ min: s.min + files.get(k).min, gzip: s.gzip + files.get(k).gzip }), { min: 0, gzip: 0 });
/** The language of an on-demand chunk, from its module's name (`messages.de.js` → "de"), else "other". */
const languageOf = (source) => /\.([a-z]{2,3}(?:-[a-z]{2})?)\.js$/i.exec(source)?.[1] ?? 'other';

/** A page whose one entry is `code`: what it loads statically, and its on-demand chunks by language. */
async function single(code, external) {
  const { files, loads, lazy } = await page({ main: code }, external);
  const byLanguage = {};
  for (const k of lazy) (byLanguage[languageOf(files.get(k).source)] ??= []).push(k);
  const languages = Object.fromEntries(Object.entries(byLanguage).sort().map(([l, keys]) => [l, { ...sum(files, keys), chunks: keys.length }]));
  return { ...sum(files, loads.get('main')), languages };
}
const keepAll = (spec) => `export * from 'channelkit/${spec}';\n`;
const sideEffect = (spec) => `import 'channelkit/${spec}';\n`;

const rows = [];
const row = (name, kind, m, budget) => rows.push({ name, kind, min: m.min, gzip: m.gzip, budget });

// The public entries alone.
for (const spec of ALONE) {
  const name = spec.replace('/', ' ');
  row(name, 'entry', await single(spec === 'provider/define' ? sideEffect(spec) : keepAll(spec)), BUDGETS[name]);
}

// One widget page per widget.
for (const w of WIDGETS) {
  row(`page: ${w}`, 'page', await single(sideEffect(`${w}/define`) + sideEffect('provider/define')), BUDGETS.page[w]);
}

// A code-split page with every widget.
let splitNote = '';
{
  const entries = Object.fromEntries([...WIDGETS, 'provider'].map((w) => [w, sideEffect(`${w}/define`)]));
  const { files, loads } = await page(entries);
  const users = new Map();
  for (const set of loads.values()) for (const k of set) users.set(k, (users.get(k) ?? 0) + 1);
  const shared = [...users].filter(([, n]) => n > 1).map(([k]) => k);
  const byAll = shared.filter((k) => WIDGETS.every((w) => loads.get(w).has(k)));
  row('split: shared', 'shared', sum(files, shared), BUDGETS.shared);
  splitNote = `${shared.length} chunks; ${byAll.length} of them, ${kb(sum(files, byAll).gzip)}, loaded by every widget; the others by some`;
  for (const [name, set] of loads) {
    const own = [...set].filter((k) => users.get(k) === 1);
    row(`split: + ${name === 'provider' ? 'provider define' : name}`, 'marginal', sum(files, own), BUDGETS.marginal[name]);
  }
}

// Everything in one page, every export kept.
const everything = await single(
  ALONE.filter((s) => s !== 'provider/define')
    .map((s) => `export * as ${s.replace(/\W/g, '_')} from 'channelkit/${s}';\n`)
    .join('') +
    WIDGETS.map((w) => `export * as ${w.replace(/\W/g, '_')} from 'channelkit/${w}';\n`).join('') +
    [...WIDGETS, 'provider'].map((w) => sideEffect(`${w}/define`)).join(''),
);
row('everything, one page', 'all', everything, BUDGETS.all);

const lit = await single(keepAll('../lit').replace('channelkit/../', ''));
// channelkit/testing (the demo backend for hosts' tests and Storybook) is test code, never in a
// widget page: reported apart, not budgeted; msw, its peer dependency, left out.
const testing = await single(keepAll('testing'), ['msw', 'msw/*']);
// The no-bundler build (dist/cdn, scripts/build-cdn.mjs) is what a page without a bundler loads,
// not what a bundling host pays: reported apart, not budgeted. One code-split build: a row is a
// module with the chunks it imports statically (what its page loads before anything else; the
// languages it imports on demand are left out), and the files of the whole build.
const cdnFiles = existsSync('dist/cdn') ? readdirSync('dist/cdn', { recursive: true }).map(String).filter((f) => f.endsWith('.js')) : [];
const cdnSize = (files) => files.reduce((t, f) => { const bytes = readFileSync(join('dist/cdn', f)); return { min: t.min + bytes.length, gzip: t.gzip + gz(bytes) }; }, { min: 0, gzip: 0 });
/** `file` and every module it imports statically, as paths under dist/cdn. */
const cdnClosure = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join('dist/cdn', file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^"'();]*?from\s*)?"(\.{1,2}\/[^"]+)"/g)) {
    cdnClosure(join(dirname(file), m[1]), seen);
  }
  return seen;
};
const cdn = cdnFiles.length
  ? [
      ...cdnFiles.filter((f) => !f.includes('/')).sort().map((f) => [`${f} and its chunks`, cdnSize([...cdnClosure(f)])]),
      [`the whole build (${cdnFiles.length} files)`, cdnSize(cdnFiles)],
    ]
  : [];
const pad = (s, n) => String(s).padEnd(n);
console.log('What a host page pays: esbuild --minify (esm, es2022), gzip -9\n');
console.log(`${pad('row', 36)}${pad('minified', 12)}${pad('gzip -9', 12)}${pad('budget', 10)}`);
let over = 0;
for (const r of rows) {
  const bad = r.budget === undefined || r.gzip > r.budget;
  if (bad) over++;
  const verdict = r.budget === undefined ? 'NO BUDGET' : bad ? 'OVER BUDGET' : 'ok';
  console.log(`${pad(r.name, 36)}${pad(kb(r.min), 12)}${pad(kb(r.gzip), 12)}${pad(r.budget === undefined ? '-' : kb(r.budget), 10)}${verdict}`);
}
console.log(`(split: shared: ${splitNote})`);
console.log(`${pad('(lit alone)', 36)}${pad(kb(lit.min), 12)}${pad(kb(lit.gzip), 12)}`);
console.log(`${pad('(testing, without msw; no budget)', 36)}${pad(kb(testing.min), 12)}${pad(kb(testing.gzip), 12)}`);
console.log(cdn.length ? '(the no-bundler build, dist/cdn, not budgeted:)' : '(no dist/cdn: run npm run build)');
for (const [name, m] of cdn) console.log(`${pad(`  ${name}`, 40)}${pad(kb(m.min), 12)}${pad(kb(m.gzip), 12)}`);
for (const [language, m] of Object.entries(everything.languages)) {
  console.log(`${pad(`(${language}, on demand)`, 36)}${pad(kb(m.min), 12)}${pad(kb(m.gzip), 12)}${m.chunks} chunks`);
}
const onDemand = Object.fromEntries(Object.entries(everything.languages).map(([l, m]) => [l, m.gzip]));
writeFileSync(
  'dist-size.json',
  JSON.stringify({ measured: 'esbuild --minify, esm, es2022, gzip -9', entries: rows, lit: lit.gzip, testing: testing.gzip, cdn: Object.fromEntries(cdn.map(([name, m]) => [name, m.gzip])), spanishOnDemand: onDemand.es, languagesOnDemand: onDemand }, null, 2) + '\n',
);
if (over) {
  console.error(`\n${over} over budget (or without one).`);
  process.exit(1);
}
