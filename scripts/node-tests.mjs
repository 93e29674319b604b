// Bundles test/node/*.node.ts with esbuild and runs them with node:test (in the TZ of the caller).
import { build } from 'esbuild';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const dir = mkdtempSync(join(tmpdir(), 'ck-node-'));
const files = readdirSync('test/node').filter((f) => f.endsWith('.node.ts'));
await build({
  entryPoints: files.map((f) => join('test/node', f)),
  bundle: true,
  format: 'esm',
  platform: 'node',
  outdir: dir,
  outExtension: { '.js': '.mjs' },
  external: ['node:*'],
  logLevel: 'warning',
});
const outs = readdirSync(dir).map((f) => join(dir, f));
const r = spawnSync(process.execPath, ['--test', '--test-reporter=dot', ...outs], { stdio: 'inherit' });
process.exit(r.status ?? 1);
