import { defineConfig } from 'vite';
import { ENTRIES, SERVER_ENTRIES, TESTING_ENTRIES } from './entries.mjs';
import { cssComments } from './scripts/css-comments.mjs';

// The library build: one minified ES module per public entry; dependencies stay external so a
// host that also uses lit loads it once. Types come from tsc (tsconfig.build.json).
export default defineConfig({
  // The comments in css`` templates are blanked: a host's minifier would ship them (issue 21).
  plugins: [cssComments()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: true,
    lib: {
      entry: { ...ENTRIES, ...SERVER_ENTRIES, ...TESTING_ENTRIES },
      formats: ['es'],
    },
    rollupOptions: {
      // The server's packages too: hono, and the database drivers a host installs (optional peers);
      // msw, the testing entry's optional peer.
      external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^node:/, /^hono($|\/)/, /^@hono\//, /^pg$/, /^@electric-sql\//, /^msw($|\/)/],
      // One output file per source module, so package.json "sideEffects" can name exactly
      // the define modules and a bundler keeps only what a host imports.
      output: { preserveModules: true, preserveModulesRoot: '.', entryFileNames: '[name].js' },
    },
  },
});
