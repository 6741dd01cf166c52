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
        { selector: 'ImportExpression', message: 'src/law is pure: no dynamic imports.' },
      ],
    },
  },
  {
    // The arrows of docs/decisions/013-layers-and-policies.md: src/app never reaches up into src/web or src/cli.
    files: ['src/app/**/*.ts', 'src/app/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/web/**', '**/web', '**/cli/**', '**/cli'], message: 'src/app never imports src/web or src/cli (layers: docs/decisions/013).' }] }],
      'no-restricted-syntax': ['error',
        { selector: 'ImportExpression[source.value=/(^|\\/)(web|cli)(\\/|$)/]', message: 'src/app never imports src/web or src/cli (layers: docs/decisions/013).' },
      ],
    },
  },
  {
    // src/web holds no database access: it calls use cases, which get the database from the server setup.
    // Tests that set up or inspect a database through HTTP are in test/web/, not here.
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'pg', message: 'src/web has no database access: call a use case (docs/decisions/013).' },
          { name: 'drizzle-orm', message: 'src/web has no database access: call a use case (docs/decisions/013).' },
          { name: '@electric-sql/pglite', message: 'src/web has no database access: call a use case (docs/decisions/013).' },
        ],
        patterns: [{ group: ['drizzle-orm/*', '@electric-sql/pglite/*', 'pg/*', '**/db/**', '**/db'], message: 'src/web has no database access: call a use case; the Database type is in src/app/database.ts (docs/decisions/013).' }],
      }],
      'no-restricted-syntax': ['error',
        { selector: 'ImportExpression[source.value=/^(pg|drizzle-orm|@electric-sql\\/pglite)(\\/|$)|(^|\\/)db(\\/|$)/]', message: 'src/web has no database access: call a use case (docs/decisions/013).' },
      ],
    },
  },
);
