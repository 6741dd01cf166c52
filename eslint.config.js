// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'drizzle/**', 'src/web/static/vendor/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // src/law is pure: no I/O, no framework, no clock.
    files: ['src/law/**/*.ts'],
    ignores: ['src/law/**/*.test.ts', 'src/law/**/*.contract.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'fastify', '@fastify/*', 'drizzle-orm*', 'pg', '@electric-sql/*', '**/web/**', '**/db/**', '**/app/**'] }],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/law has no clock: pass the date in.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'src/law has no clock: pass the date in.' },
      ],
    },
  },
);
