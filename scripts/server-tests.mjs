// Runs test/server/*.node.ts (the server, its repositories and the conformance suite) with
// node:test, bundled by esbuild with packages left external (PGlite loads its WASM from its
// package). One PGlite database is made, migrated and seeded for the whole run; the tests load
// copies of its dump (CK_PGLITE_TEMPLATE), which takes a fraction of creating one.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { bundleForNode } from './server-bundle.mjs';

const files = readdirSync('test/server').filter((f) => f.endsWith('.node.ts'));
const outdir = await bundleForNode([...files, 'support.ts'].map((f) => join('test/server', f)));
const support = await import(pathToFileURL(join(process.cwd(), outdir, 'support.mjs')).href);
const { todayFrom } = support;
const template = join(outdir, 'template.tar');
writeFileSync(template, Buffer.from(await (await support.makeTemplate(todayFrom())).arrayBuffer()));
const outs = readdirSync(outdir)
  .filter((f) => f.endsWith('.node.mjs'))
  .map((f) => join(outdir, f));
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...outs], { stdio: 'inherit', env: { ...process.env, CK_PGLITE_TEMPLATE: template } });
process.exit(r.status ?? 1);
