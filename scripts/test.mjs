// `npm test`: type check, lint, lit-analyzer, then every browser test in headless Chromium.
// Every stage runs even when an earlier one fails, so one run shows every problem. The
// last line is "N passed, N failed": browser tests plus one entry per static check.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome, NO_BROWSER_MESSAGE } from './find-chrome.mjs';

if (!findChrome()) {
  console.error(NO_BROWSER_MESSAGE);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// Core and schema tests also run in Node, once per zone: far east of UTC, far west, a 45-minute
// offset, and zones with daylight-saving changes.
const TIME_ZONES = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kathmandu', 'Europe/Madrid', 'Pacific/Apia', 'America/St_Johns', 'Australia/Lord_Howe'];

const only = process.argv.slice(2); // e.g. `npm test -- test/core/**` runs just those browser tests
const stages = only.length
  ? []
  : [
      ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
      ['lint', 'npx', ['eslint', '--max-warnings=0', '.']],
      ['lit-analyzer', 'npx', ['lit-analyzer', 'src', 'components', '--strict', '--rules.no-missing-import', 'off', '--rules.no-invalid-css', 'off']],
      ['docs/openapi.yaml up to date', 'node', ['scripts/gen-openapi.mjs', '--check']],
      // Redocly's recommended rules, and openapi-typescript's types of it against the kit's own (test/types).
      ['docs/openapi.yaml: Redocly recommended, generated client types match the kit', 'node', ['scripts/check-openapi.mjs']],
      ['docs/widgets up to date', 'node', ['scripts/gen-docs.mjs', '--check']],
      // The entities' fields from the same schemas, what a backend computes with which function, the minimal adapter.
      ['docs/adapter.md fields and minimal adapter up to date', 'node', ['scripts/gen-adapter-docs.mjs', '--check']],
      ['React JSX, Vue and KIT_TAGS types up to date', 'node', ['scripts/gen-react-types.mjs', '--check']],
      ['docs/examples type-check (React 19, Vue with vue-tsc, Angular)', 'node', ['scripts/check-examples.mjs']],
      ['every code block in README.md and docs/ compiles, parses or names real commands', 'node', ['scripts/check-docs-code.mjs']],
      ['custom-elements.json: every public tag defined, shipped paths, typed events, no internals', 'node', ['--test', '--test-reporter=dot', 'scripts/manifest.test.mjs']],
      ['package.json sideEffects: exactly the define modules', 'node', ['--test', '--test-reporter=dot', 'scripts/side-effects.test.mjs']],
      ['the built styles ship no comments', 'node', ['--test', '--test-reporter=dot', 'scripts/css-comments.test.mjs']],
      // The tarball as `npm publish` would pack it (needs `npm run build` first, as in .ci/run).
      ['package contents, size, publint, attw', 'node', ['scripts/check-pack.mjs']],
      ['docs/accessibility.md up to date with the keyboard walks', 'node', ['scripts/gen-a11y-doc.mjs', '--check']],
      ['anatomy rules catch what they should', 'node', ['--test', '--test-reporter=dot', 'scripts/anatomy.test.mjs']],
      ['anatomy: file and render sizes, no repeats across widgets, import rules', 'node', ['scripts/check-anatomy.mjs']],
      ...TIME_ZONES.map((tz) => [`node tests, TZ=${tz}`, 'node', ['scripts/node-tests.mjs'], { TZ: tz }]),
      // channelkit/server over memory and PGlite, and the conformance suite against it (test/server).
      ['server and conformance suite (memory, PGlite)', 'node', ['scripts/server-tests.mjs']],
      // The conformance suite on a real PostgreSQL; skipped with a message when none is installed.
      ['conformance suite on PostgreSQL', 'node', ['scripts/conformance-postgres.mjs']],
    ];

let passed = 0;
let failed = 0;
const failures = [];
for (const [name, cmd, args, env] of stages) {
  console.log(`\n== ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status === 0) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

console.log('\n== browser tests');
const summaryFile = join(mkdtempSync(join(tmpdir(), 'ck-')), 'summary.json');
const wtrArgs = ['web-test-runner', '--config', 'web-test-runner.config.mjs'];
if (only.length) wtrArgs.push('--files', ...only);
const wtr = spawnSync('npx', wtrArgs, { stdio: 'inherit', env: { ...process.env, CK_SUMMARY_FILE: summaryFile } });
if (existsSync(summaryFile)) {
  const s = JSON.parse(readFileSync(summaryFile, 'utf8'));
  passed += s.passed;
  failed += s.failed;
  if (s.failed) failures.push('browser tests');
}
if (wtr.status !== 0 && !failures.includes('browser tests')) {
  failed++;
  failures.push('browser tests (runner exited with an error)');
}

// The date-sensitive suites again, with "today" pinned through the kit's own clock (CK_TODAY, read
// by test/support/clock.ts) on the days that break calendars, and the browser in zones far east
// of UTC, far west and with DST. The main run above uses the real date, so the day the suite
// runs is exercised too.
const DATE_TESTS = ['test/core/*.test.ts', 'test/components/sale-wizard.test.ts', 'test/components/license-purchase.test.ts', 'test/components/order-form.test.ts'];
const DATE_MATRIX = [
  { today: '2027-04-30', tz: 'Pacific/Kiritimati' }, // a month's last day
  { today: '2027-02-28', tz: 'America/Los_Angeles' }, // February's last day in a common year
  { today: '2028-02-29', tz: 'Europe/Madrid' }, // a leap day
  { today: '2026-12-31', tz: 'Asia/Kathmandu' }, // the year's last day
  { today: '2027-01-01', tz: 'UTC' }, // the year's first day
];
for (const { today, tz } of only.length ? [] : DATE_MATRIX) {
  console.log(`\n== browser date tests, today ${today}, TZ=${tz}`);
  const file = join(mkdtempSync(join(tmpdir(), 'ck-')), 'summary.json');
  const r = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', '--files', ...DATE_TESTS], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz, CK_TODAY: today, CK_SUMMARY_FILE: file },
  });
  const s = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 1 };
  passed += s.passed;
  failed += s.failed;
  if (s.failed || r.status !== 0) failures.push(`browser date tests, today ${today}, TZ=${tz}`);
  if (r.status !== 0 && !s.failed) failed++;
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
