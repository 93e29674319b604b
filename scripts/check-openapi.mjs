// docs/openapi.yaml as a host's tools read it (#15, point 11): Redocly's recommended rules
// (redocly.yaml), then openapi-typescript's types of it, type-checked against the kit's own
// (test/types/openapi.types.ts: the create sale / order / license purchase / plan bodies and
// answers are assignable both ways). Run by `npm test` after `gen-openapi.mjs --check`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const SPEC = 'docs/openapi.yaml';
/** Where test/types/tsconfig.json maps `channelkit-openapi-types` (node_modules/.cache: generated, never committed). */
const TYPES_DIR = 'node_modules/.cache/ck-openapi-types';

// Redocly sends no telemetry and looks for no update from here (the network is the registry only).
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_UPDATE_NOTIFIER: '1' };
const lint = spawnSync('npx', ['redocly', 'lint', SPEC, '--config', 'redocly.yaml', '--format', 'stylish'], { encoding: 'utf8', env });
const lintOut = `${lint.stdout}${lint.stderr}`.split('\n').filter((l) => !/[║╔╚]/.test(l)).join('\n').trim();
console.log(lintOut);
let failed = lint.status !== 0 || /warning/i.test(lintOut) ? 1 : 0;
if (failed) console.error(`redocly lint: ${SPEC} is not clean with the recommended rules`);

// openapi-typescript: defaults do not make a property required (a request may leave it out).
const types = astToString(await openapiTS(pathToFileURL(SPEC), { defaultNonNullable: false }));
mkdirSync(TYPES_DIR, { recursive: true });
writeFileSync(`${TYPES_DIR}/openapi.d.ts`, types);
const tsc = spawnSync('npx', ['tsc', '-p', 'test/types/tsconfig.json'], { stdio: 'inherit' });
if (tsc.status !== 0) {
  console.error('the types openapi-typescript makes of docs/openapi.yaml do not match the kit’s own (test/types/openapi.types.ts)');
  failed = 1;
} else console.log('openapi-typescript types match the kit’s (test/types/openapi.types.ts)');
process.exit(failed);
