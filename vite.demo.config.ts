import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const workerPath = require.resolve('msw/mockServiceWorker.js');

/** Serves msw's service worker at the site root in dev, and ships it with the built demo. */
function mockServiceWorker(): Plugin {
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

// The stakeholder demo: `npm start` serves it, `npm run build:demo` makes a static site (relative
// paths, so it works from any folder of any static host).
export default defineConfig({
  root: 'demo',
  base: './',
  publicDir: false,
  plugins: [mockServiceWorker()],
  resolve: { conditions: ['browser'] },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: { outDir: '../demo-dist', emptyOutDir: true, target: 'es2022' },
});
