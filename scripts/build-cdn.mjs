// The no-bundler build (issue 15, point 5), run by `npm run build` after the library build: ES
// modules a page loads with a plain `<script type="module" src>`, from a CDN serving the package
// (unpkg, jsDelivr) or the host's own server, with no import map and no bare specifier left.
//   dist/cdn/<widget>.js     a module per widget: the widget, the provider, and the adapters
//                            exported (RestAdapter, RestListAdapter, AdapterError, ...)
//   dist/cdn/channelkit.js   the whole kit: every widget, the provider, the adapters
//   dist/cdn/autoloader.js   defines whichever kit tags appear in the page, loading only theirs from
//                            dist/cdn/autoload/
// Bundled from the sources with esbuild (minified, es2022, lit's production build) in one code-split
// build: every module imports the chunks it needs from dist/cdn/chunks/, one copy of lit and the kit
// for all of them, so two widgets' modules on one page share their code (and the tarball holds it
// once: self-contained modules, one copy each, made it 2.2 MB).
// `npm run size` reports their sizes apart from the widget budgets.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cssCommentsEsbuild } from './css-comments.mjs';

export const CDN_DIR = 'dist/cdn';
/** The widgets: tag -> define module. */
export const CDN_WIDGETS = {
  'order-form': 'components/order-form/define.ts',
  'license-purchase': 'components/license-purchase/define.ts',
  'sale-wizard': 'components/sale-wizard/define.ts',
  'service-plan-editor': 'components/service-plan-editor/define.ts',
  'sales-list': 'components/sales-list/define.ts',
  'license-list': 'components/license-list/define.ts',
  'service-plan-list': 'components/service-plan-list/define.ts',
  'subscription-change': 'components/subscription-change/define.ts',
  'subscription-list': 'components/subscription-list/define.ts',
};
const PROVIDER = 'src/context/define-provider.ts';
const ADAPTERS = "export * from './src/adapter/index.ts';\nexport { RestListAdapter } from './src/adapter/lists.ts';\n";

const OPTIONS = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  tsconfig: 'tsconfig.json',
  legalComments: 'eof',
  // The comments in css`` templates are blanked, as in the library build.
  plugins: [cssCommentsEsbuild()],
  logLevel: 'warning',
  // Vite's define modules keep imports of modules that only re-export; esbuild says so, harmlessly.
  logOverride: { 'ignored-bare-import': 'silent' },
};

export async function buildCdn() {
  rmSync(CDN_DIR, { recursive: true, force: true });
  mkdirSync(CDN_DIR, { recursive: true });
  // One code-split build: esbuild splits only entry points, so each entry is a file written to
  // tmp/ (ignored by git) for the time of the build. Every module shares one copy of lit and the
  // kit (dist/cdn/chunks/), so modules of two widgets on one page load it once.
  const dir = join('tmp', 'cdn-entries');
  mkdirSync(dir, { recursive: true });
  const entry = (out, code) => {
    const file = join(dir, `${out.replace('/', '--')}.ts`);
    writeFileSync(file, code);
    return { in: file, out };
  };
  const up = (file) => `import '../../${file}';\n`;
  const exports = (code) => code.replaceAll("'./src/", "'../../src/");
  try {
    const entries = [{ in: 'src/cdn/autoloader.ts', out: 'autoloader' }];
    for (const [tag, define] of Object.entries(CDN_WIDGETS)) entries.push(entry(tag, up(PROVIDER) + up(define) + exports(ADAPTERS)));
    entries.push(entry('channelkit', up(PROVIDER) + Object.values(CDN_WIDGETS).map(up).join('') + exports(ADAPTERS) + "export * from '../../src/context/index.ts';\n"));
    for (const [tag, define] of [['channelkit-provider', PROVIDER], ...Object.entries(CDN_WIDGETS)]) entries.push(entry(`autoload/${tag}`, up(define)));
    await build({ ...OPTIONS, entryPoints: entries, splitting: true, outdir: CDN_DIR, chunkNames: 'chunks/chunk-[hash]' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // The autoloader's table (src/cdn/autoloader.ts, typed by KitTag) names a module for every public tag: each must be built.
  const named = [...readFileSync('src/cdn/autoloader.ts', 'utf8').matchAll(/'(autoload\/[\w-]+\.js)'/g)].map((m) => m[1]);
  const missing = named.filter((f) => !existsSync(join(CDN_DIR, f)));
  if (!named.length || missing.length) throw new Error(`src/cdn/autoloader.ts names modules the build did not write: ${missing.join(', ') || '(none found)'}; add the widget to CDN_WIDGETS`);
  console.log(`wrote ${CDN_DIR}/: ${Object.keys(CDN_WIDGETS).length} widget modules, channelkit.js, autoloader.js and autoload/ (${named.length} tags)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCdn();
