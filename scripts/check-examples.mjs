// Type-checks the framework examples in docs/examples (React 19 JSX, a Vue SFC with vue-tsc,
// Angular) as a host would write them: `channelkit/...` imports resolve through package.json
// "exports" to the sources their types are built from, so no build is needed.
// npm test runs it; it exits non-zero on any type error.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve('.');
const CACHE = join(ROOT, 'node_modules/.cache/ck-examples');

/** `channelkit/<subpath>` -> the source of its types, for every typed export of package.json. */
export function exportPaths() {
  const { exports } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const paths = {};
  for (const [key, target] of Object.entries(exports)) {
    const types = typeof target === 'object' ? target.types : null;
    if (!types) continue;
    const source = types.replace(/^\.\/dist\/types\//, './').replace(/\.d\.ts$/, '.ts');
    paths[`channelkit${key.slice(1)}`] = [join(ROOT, source)];
  }
  return paths;
}

/** Writes a tsconfig for `files` (absolute paths) under the cache folder and returns its path. */
export function exampleTsconfig(name, files, extra = {}) {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `tsconfig.${name}.json`);
  const config = {
    extends: join(ROOT, 'tsconfig.json'),
    compilerOptions: { types: [], noEmit: true, paths: exportPaths(), ...extra.compilerOptions },
    files,
    include: [],
    ...extra.rest,
  };
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

/** Runs a TypeScript checker on a tsconfig; true when it passes. */
export function typecheck(bin, tsconfig) {
  const r = spawnSync('npx', [bin, '--noEmit', '-p', tsconfig], { stdio: 'inherit' });
  return r.status === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ex = (f) => join(ROOT, 'docs/examples', f);
  const ok = [
    typecheck('tsc', exampleTsconfig('ts', [ex('react.tsx'), ex('angular.ts'), ex('minimal-adapter.ts')])),
    typecheck('vue-tsc', exampleTsconfig('vue', [ex('vue.vue')], { rest: { vueCompilerOptions: { strictTemplates: true } } })),
  ];
  if (ok.includes(false)) process.exit(1);
  console.log('docs/examples type-check (React 19, Angular, Vue with vue-tsc, the minimal adapter)');
}
