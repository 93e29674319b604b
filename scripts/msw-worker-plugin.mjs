// Serves msw's service worker at the site root in dev, and ships it with a build (demo, Storybook, bench).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const workerPath = require.resolve('msw/mockServiceWorker.js');

/** @returns {import('vite').Plugin} */
export function mockServiceWorker() {
  return {
    name: 'channelkit-msw-worker',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/mockServiceWorker.js') return next();
        res.setHeader('Content-Type', 'text/javascript');
        res.setHeader('Service-Worker-Allowed', '/');
        res.end(readFileSync(workerPath));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: readFileSync(workerPath) });
    },
  };
}
