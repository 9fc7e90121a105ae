import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Node-only tools: they never reach an extension bundle. */
const nodeOnly = ['lib/cli/**', 'lib/demo/**'];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/e2e/replicas/dist/**',
      'demo-output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // lib/ is shared by every context: it may not reach into entrypoints, UI or Node tools.
    files: ['lib/**'],
    ignores: nodeOnly,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**', '@/entrypoints/**'],
              message: 'lib/ never imports entrypoints.',
            },
            { group: ['**/components/**', '@/components/**'], message: 'lib/ never imports UI.' },
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'lib/ stays free of React.',
            },
            {
              group: ['**/cli/**', '**/demo/**', 'node:*'],
              message: 'Node-only code stays out of the extension.',
            },
          ],
        },
      ],
    },
  },
  {
    // The content script stays small: no React, no side-panel code.
    files: ['entrypoints/content.ts', 'entrypoints/content/**', 'lib/sites/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'The content script never imports React.',
            },
            {
              group: ['**/components/**', '@/components/**'],
              message: 'The content script never imports UI.',
            },
            {
              group: ['**/cli/**', '**/demo/**', 'node:*'],
              message: 'Node-only code stays out of the extension.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['entrypoints/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli/**', '**/demo/**', 'node:*'],
              message: 'Node-only code stays out of the extension.',
            },
          ],
        },
      ],
    },
  },
  {
    // Command-line and launcher output is their product, and tests may print diagnostics.
    files: [...nodeOnly, 'tests/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
);
