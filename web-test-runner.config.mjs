import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, findChrome, NO_BROWSER_MESSAGE } from './scripts/find-chrome.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

// What a screen-reader user hears in each keyboard walk (test/a11y/walks.test.ts): the walk sends
// what it recorded; the command answers the transcript on record, which the test must equal.
// CK_RECORD_A11Y=1 records instead (then review the diff of test/a11y/transcripts.json);
// docs/accessibility.md is generated from that file (scripts/gen-a11y-doc.mjs).
const TRANSCRIPTS = fileURLToPath(new URL('./test/a11y/transcripts.json', import.meta.url));
function transcriptPlugin() {
  return {
    name: 'a11y-transcript',
    executeCommand({ command, payload }) {
      if (command !== 'a11y-transcript') return undefined;
      const all = JSON.parse(readFileSync(TRANSCRIPTS, 'utf8'));
      if (process.env.CK_RECORD_A11Y) {
        all[payload.name] = payload.heard;
        writeFileSync(TRANSCRIPTS, JSON.stringify(all, null, 2) + '\n');
      }
      return all[payload.name] ?? null;
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)), target: 'es2022' }), a11ySnapshotPlugin(), transcriptPlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROME_ARGS } })],
  // One file at a time: two at once made axe tests hang with the Chrome launcher here.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [
    // msw's service worker must be served from the site root.
    function mockServiceWorker(ctx, next) {
      if (ctx.url === '/mockServiceWorker.js') ctx.url = '/node_modules/msw/lib/mockServiceWorker.js';
      return next();
    },
  ],
  // "Today" of the tests (test/support/clock.ts): pinned with CK_TODAY=YYYY-MM-DD, else the real date.
  testRunnerHtml: (testFramework) =>
    `<html><head><script>window.__CK_TODAY__ = ${JSON.stringify(/^\d{4}-\d{2}-\d{2}$/.test(process.env.CK_TODAY ?? '') ? process.env.CK_TODAY : '')};</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), summaryReporter()],
};
