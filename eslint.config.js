// One lint configuration for the whole repository: TypeScript everywhere, Svelte in the apps.
import js from '@eslint/js'
import jsdoc from 'eslint-plugin-jsdoc'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/.turbo/**',
      '**/node_modules/**',
      'tools/**',
      '**/.svelte-kit/**',
      '**/build/**',
      '**/bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The date-fns root index loads ~250 modules (+160 MB RSS for every importer of the domain).
    files: ['packages/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'date-fns',
              message: "Import each function from its own path, e.g. 'date-fns/addMonths'.",
            },
          ],
        },
      ],
    },
  },
  {
    // The domain's promise: every exported function has TSDoc with an @example.
    // Test support (crime/test.ts, local-monitoring/test-*.ts) is not the domain's.
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test.ts', '**/test-*.ts'],
    plugins: { jsdoc },
    rules: {
      'jsdoc/require-jsdoc': [
        'error',
        {
          publicOnly: { esm: true },
          require: { FunctionDeclaration: true, ArrowFunctionExpression: true },
        },
      ],
      'jsdoc/require-example': [
        'error',
        {
          contexts: [
            'ExportNamedDeclaration > FunctionDeclaration',
            'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > ArrowFunctionExpression',
            'ExportDefaultDeclaration > FunctionDeclaration',
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  }
)
