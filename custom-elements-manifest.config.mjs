// @custom-elements-manifest/analyzer: what the manifest (dist/custom-elements.json, docs/widgets,
// the React JSX types) is made from. package.json already names dist/custom-elements.json, so the
// analyzer must not rewrite it when the docs checks write a manifest elsewhere.
// publicApiPlugin (scripts/cem-public-api.mjs) makes it the manifest the package ships: a definition
// per public tag, typed events, only the public API, the dist/ paths of the shipped modules.
import { publicApiPlugin } from './scripts/cem-public-api.mjs';

export default {
  globs: ['src/**/*.ts', 'components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'src/adapter/demo/**', 'components/react-jsx.ts', '**/*.es.ts'],
  litelement: true,
  packagejson: false,
  plugins: [publicApiPlugin()],
};
