// `npm run size`: gzip -9 size of every public entry, minified, with lit and everything it pulls
// in, and of all entries together (shared code counted once). Fails when one is over budget.
// What an entry pulls in is its static import graph; catalogs of other languages, imported
// on demand (`import()`), are reported on their own line: only pages in that language load them.
// Writes the figures to dist-size.json for the README and the benchmarks.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { BUDGETS, ENTRIES, KB } from '../entries.mjs';

async function bundle(entries) {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: entries, formats: ['es'] },
      rollupOptions: { output: { chunkFileNames: '[name].js' } },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  const chunks = outputs.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const stat = new Set();
  const visit = (c) => {
    if (!c || stat.has(c)) return;
    stat.add(c);
    for (const f of c.imports) visit(byName.get(f));
  };
  chunks.filter((c) => c.isEntry).forEach(visit);
  return { chunks: [...stat], lazy: chunks.filter((c) => !stat.has(c)) };
}

const gz = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

const rows = [];
for (const [name, path] of Object.entries(ENTRIES)) {
  const { chunks } = await bundle({ [name]: path });
  const min = chunks.reduce((s, c) => s + Buffer.byteLength(c.code), 0);
  const gzip = chunks.reduce((s, c) => s + gz(c.code), 0);
  const budget = BUDGETS[name] ?? BUDGETS.widget;
  rows.push({ name, min, gzip, budget });
}
const { chunks: all, lazy } = await bundle(ENTRIES);
rows.push({
  name: 'all entries',
  min: all.reduce((s, c) => s + Buffer.byteLength(c.code), 0),
  gzip: all.reduce((s, c) => s + gz(c.code), 0),
  budget: BUDGETS.all,
});
const lazyGzip = lazy.reduce((s, c) => s + gz(c.code), 0);
const { chunks: lit } = await bundle({ lit: 'node_modules/lit/index.js' });
const litGzip = lit.reduce((s, c) => s + gz(c.code), 0);

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('entry', 30)}${pad('minified', 12)}${pad('gzip -9', 12)}${pad('budget', 10)}`);
let over = 0;
for (const r of rows) {
  const bad = r.gzip > r.budget;
  if (bad) over++;
  console.log(`${pad(r.name, 30)}${pad(kb(r.min), 12)}${pad(kb(r.gzip), 12)}${pad(kb(r.budget), 10)}${bad ? 'OVER BUDGET' : 'ok'}`);
}
console.log(`${pad('(lit alone)', 30)}${pad('', 12)}${pad(kb(litGzip), 12)}`);
console.log(`${pad('(Spanish, on demand)', 30)}${pad('', 12)}${pad(kb(lazyGzip), 12)}${lazy.length} chunks`);
writeFileSync('dist-size.json', JSON.stringify({ entries: rows, lit: litGzip, spanishOnDemand: lazyGzip }, null, 2) + '\n');
if (over) {
  console.error(`\n${over} over budget.`);
  process.exit(1);
}
