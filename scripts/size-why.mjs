// `node scripts/size-why.mjs [widget…]` (after `npm run build`): where a widget page's bytes
// go. Each page (the widget's define module + provider/define, bundled as scripts/size.mjs does,
// from the built dist/) is split by module, the modules grouped (lit, zod, the kit's form
// controls, English messages, styles, the billing core, schemas, the widget's own code, the
// rest), and the page's gzip -9 size shared out in proportion to each group's own gzip size.
// An estimate (gzip shares its dictionary across groups), for deciding what to work on.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GROUPS = [
  ['lit', (p) => /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(p)],
  ['zod', (p) => p.includes('node_modules/zod/')],
  ['English messages', (p) => /messages\.js$/.test(p)],
  ['styles', (p) => /styles\.js$/.test(p)],
  ['billing core', (p) => p.includes('/src/core/')],
  ['schemas', (p) => p.includes('/src/schemas/')],
  ['form kit (src/ui)', (p) => p.includes('/src/ui/')],
  ['widget base, provider, i18n, adapter', (p) => /\/src\/(context|i18n|adapter)\//.test(p)],
  ['the widget', (p) => p.includes('/components/')],
  ['other', () => true],
];

export async function why(widget) {
  mkdirSync('tmp', { recursive: true });
  const dir = join(process.cwd(), mkdtempSync(join('tmp', 'why-')));
  try {
    writeFileSync(join(dir, 'page.mjs'), `import 'channelkit/${widget}/define'; import 'channelkit/provider/define';`);
    const common = { entryPoints: [join(dir, 'page.mjs')], absWorkingDir: process.cwd(), bundle: true, format: 'esm', target: 'es2022', write: false, outdir: join(dir, 'out'), logLevel: 'error', logOverride: { 'ignored-bare-import': 'silent' } };
    // The page as a host's minifier makes it (what size.mjs measures; on-demand chunks inlined
    // here are left out below by measuring only the modules of the static graph).
    const page = await build({ ...common, minify: true, splitting: true, metafile: true });
    const outputs = page.metafile.outputs;
    const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint?.endsWith('page.mjs'));
    const statics = new Set([entry]);
    for (const f of statics) for (const i of outputs[f].imports) if (i.kind === 'import-statement') statics.add(i.path);
    const inPage = new Set([...statics].flatMap((f) => Object.keys(outputs[f].inputs)));
    const total = page.outputFiles.filter((f) => [...statics].some((s) => f.path.endsWith(s))).reduce((n, f) => n + gzipSync(f.contents, { level: 9 }).length, 0);
    // The same page unminified in whitespace only: esbuild marks each module with a `// path` line.
    const marked = await build({ ...common, minifySyntax: true, minifyIdentifiers: true, splitting: false });
    const code = new Map();
    let current = '';
    for (const line of marked.outputFiles[0].text.split('\n')) {
      const m = /^\/\/ (\S+)$/.exec(line);
      if (m) current = m[1];
      else if (inPage.has(current)) code.set(current, (code.get(current) ?? '') + line.trim() + '\n');
    }
    const groups = new Map(GROUPS.map(([name]) => [name, '']));
    for (const [path, text] of code) {
      const [name] = GROUPS.find(([, match]) => match(path));
      groups.set(name, groups.get(name) + text);
    }
    const own = [...groups].map(([name, text]) => [name, text ? gzipSync(text, { level: 9 }).length : 0]);
    const sum = own.reduce((n, [, g]) => n + g, 0);
    return { widget, total, groups: own.filter(([, g]) => g).map(([name, g]) => ({ name, gzip: Math.round((total * g) / sum) })) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const widgets = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  for (const w of widgets.length ? widgets : ['order-form', 'license-purchase', 'sale-wizard', 'service-plan-editor', 'subscription-change']) {
    const r = await why(w);
    console.log(`\n${w} + provider/define: ${(r.total / 1024).toFixed(1)} KB gzip -9`);
    for (const g of r.groups.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${g.name.padEnd(38)} ${(g.gzip / 1024).toFixed(1).padStart(5)} KB  ${Math.round((100 * g.gzip) / r.total)}%`);
  }
}
