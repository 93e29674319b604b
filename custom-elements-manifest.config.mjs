// @custom-elements-manifest/analyzer: what the manifest (dist/custom-elements.json, docs/widgets,
// the React JSX types) is made from. package.json already names dist/custom-elements.json, so the
// analyzer must not rewrite it when the docs checks write a manifest elsewhere.
export default {
  globs: ['src/**/*.ts', 'components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts', 'src/adapter/demo/**', 'components/react-jsx.ts', '**/*.es.ts'],
  litelement: true,
  packagejson: false,
};
