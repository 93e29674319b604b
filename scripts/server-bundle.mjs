// Bundles TypeScript entry points for Node with esbuild, packages left external (so PGlite finds
// its WASM files and pg its modules), into node_modules/.cache so bare imports resolve from the
// project (removed when the process exits). Returns the output folder. Used by `npm run server`,
// the server tests and benchmarks.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function bundleForNode(entries) {
  mkdirSync('node_modules/.cache', { recursive: true });
  const outdir = mkdtempSync(join('node_modules/.cache', 'ck-server-'));
  await build({
    entryPoints: entries,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  // Modules stay loaded once imported; the folder goes when the process ends.
  process.once('exit', () => rmSync(outdir, { recursive: true, force: true }));
  return outdir;
}

/** Bundles one module and imports it. */
export async function importTs(path) {
  const outdir = await bundleForNode({ entry: path });
  return import(pathToFileURL(join(process.cwd(), outdir, 'entry.mjs')).href);
}
