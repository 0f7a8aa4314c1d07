// Lint: typescript-eslint's type-aware recommended rules over the server, tests, bench and dashboard sources;
// formatting is Prettier's job (npm run format:check), so no stylistic rules here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.test-cli-*/',
      'dashboard/dist/',
      'src/generated/',
      'dashboard/src/generated/',
      'bench/.data/',
      'coverage/',
      'test-artifacts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Store backends and Apollo plugins implement promise-returning interfaces; an async body without await is
      // how a synchronous implementation (better-sqlite3, an in-process bus) meets them.
      '@typescript-eslint/require-await': 'off',
      // a leading underscore marks a parameter or binding kept for its position or to leave it out of a rest
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests and benchmarks read GraphQL responses, parsed JSON whose shape the assertions themselves check; typing
    // every response would restate the schema in each test, so the unsafe-any family is off there alone.
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // test tables hold functions that are destructured per case; none of them uses `this`
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
);
