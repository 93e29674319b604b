// Public entry points of the package: name -> source. vite.config.ts builds them, scripts/size.mjs
// measures them, package.json "exports" maps them. Each widget issue adds its class and define entries.
export const ENTRIES = {
  core: 'src/core/index.ts',
  schemas: 'src/schemas/index.ts',
  adapter: 'src/adapter/index.ts',
  provider: 'src/context/index.ts',
  'define-provider': 'src/context/define-provider.ts',
};

// gzip -9 budgets in bytes, minified, with lit and everything each entry pulls in.
export const KB = 1024;
export const BUDGETS = {
  core: 8 * KB,
  schemas: 16 * KB,
  adapter: 16 * KB,
  provider: 12 * KB,
  'define-provider': 12 * KB,
  // Widgets: 30 KB each (added with each widget).
  widget: 30 * KB,
  // Every entry together, shared code counted once.
  all: 45 * KB,
};
