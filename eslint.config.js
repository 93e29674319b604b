import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  { ignores: ['dist/', 'demo-dist/', 'storybook-static/', 'node_modules/', 'coverage/', 'bench/results.json'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'wc/guard-super-call': 'off',
    },
  },
  {
    // One clock (src/core/clock.ts): the kit never reads the machine's time anywhere else (Retry-After
    // waits and messages included: they take a clock). The server's injectable default clock is the
    // one exception.
    files: ['src/**/*.ts', 'components/**/*.ts'],
    ignores: ['src/core/clock.ts', 'src/server/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Read "now" from the clock (src/core/clock.ts), not the machine.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Read "now" from the clock (src/core/clock.ts), not the machine.' },
      ],
    },
  },
);
