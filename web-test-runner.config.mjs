import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { CHROME_ARGS, findChrome, NO_BROWSER_MESSAGE } from './scripts/find-chrome.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)), target: 'es2022' })],
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
