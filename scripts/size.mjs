// `npm run size`: gzip -9 size of every public entry, minified, with lit and everything it pulls
// in, and of all entries together (shared code counted once). Fails when one is over budget.
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
  return outputs.filter((o) => o.type === 'chunk');
}

const gz = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

const rows = [];
for (const [name, path] of Object.entries(ENTRIES)) {
  const chunks = await bundle({ [name]: path });
  const min = chunks.reduce((s, c) => s + Buffer.byteLength(c.code), 0);
  const gzip = chunks.reduce((s, c) => s + gz(c.code), 0);
  const budget = BUDGETS[name] ?? BUDGETS.widget;
  rows.push({ name, min, gzip, budget });
}
const all = await bundle(ENTRIES);
rows.push({
  name: 'all entries',
  min: all.reduce((s, c) => s + Buffer.byteLength(c.code), 0),
  gzip: all.reduce((s, c) => s + gz(c.code), 0),
  budget: BUDGETS.all,
});
const lit = await bundle({ lit: 'node_modules/lit/index.js' });
const litGzip = lit.reduce((s, c) => s + gz(c.code), 0);

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('entry', 26)}${pad('minified', 12)}${pad('gzip -9', 12)}${pad('budget', 10)}`);
let over = 0;
for (const r of rows) {
  const bad = r.gzip > r.budget;
  if (bad) over++;
  console.log(`${pad(r.name, 26)}${pad(kb(r.min), 12)}${pad(kb(r.gzip), 12)}${pad(kb(r.budget), 10)}${bad ? 'OVER BUDGET' : 'ok'}`);
}
console.log(`${pad('(lit alone)', 26)}${pad('', 12)}${pad(kb(litGzip), 12)}`);
writeFileSync('dist-size.json', JSON.stringify({ entries: rows, lit: litGzip }, null, 2) + '\n');
if (over) {
  console.error(`\n${over} over budget.`);
  process.exit(1);
}
