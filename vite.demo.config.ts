import { defineConfig } from 'vite';
import { mockServiceWorker } from './scripts/msw-worker-plugin.mjs';

// The stakeholder demo: `npm start` serves it, `npm run build:demo` makes a static site (relative
// paths, so it works from any folder of any static host).
export default defineConfig({
  root: 'demo',
  base: './',
  publicDir: false,
  plugins: [mockServiceWorker()],
  resolve: { conditions: ['browser'] },
  // "Runs on: Server" (?backend=server) sends /api to `npm run server` (CK_API to point elsewhere);
  // on the in-browser backend the service worker answers /api before it reaches this proxy.
  server: { port: 5173, strictPort: false, proxy: { '/api': process.env.CK_API ?? 'http://127.0.0.1:8787' } },
  preview: { port: 4173, proxy: { '/api': process.env.CK_API ?? 'http://127.0.0.1:8787' } },
  // The demo bundles msw and the demo backend in one chunk on purpose: it is a demo, not the kit.
  build: { outDir: '../demo-dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
});
