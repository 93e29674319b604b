/**
 * channelkit/testing (browsers: pages, Storybook, browser test runners): the demo backend the
 * kit's own demo and tests run on, for a host's tests. `startDemoBackend()` starts an msw service
 * worker (msw 2 is an optional peer dependency; `mockServiceWorker.js` must be served at the site
 * root, `npx msw init <public dir>`) whose handlers send every request under the API root to
 * channelkit/server's fetch handler over an in-memory repository seeded with the demo data, after
 * the fault of its route. In Node the package resolves to node.ts instead (msw/node).
 */
export { startDemoBackend, type DemoBackend } from '../adapter/demo/browser.js';
export * from './demo-exports.js';
