// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Packages that must never be imported by pure / headless code. */
const UI_PACKAGES = ['react', 'react-dom', 'konva', 'react-konva', 'zustand'];
const uiImportRestriction = [
  'error',
  {
    paths: UI_PACKAGES.map((name) => ({
      name,
      message: 'Keep this layer free of UI/state libraries (React, Konva, Zustand).',
    })),
    patterns: [
      {
        group: UI_PACKAGES.map((name) => `${name}/*`),
        message: 'Keep this layer free of UI/state libraries (React, Konva, Zustand).',
      },
    ],
  },
];

/** Browser/DOM globals that src/core must not touch (it runs in Node, workers and tests). */
const DOM_GLOBALS = [
  'window',
  'self',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'HTMLElement',
  'HTMLCanvasElement',
  'Element',
  'Image',
  'alert',
  'confirm',
  'prompt',
  'getComputedStyle',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'matchMedia',
];

export default defineConfig(
  {
    ignores: ['dist/**', 'test-results/**', 'playwright-report/**', 'coverage/**', 'node_modules/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    files: ['**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended, reactRefresh.configs.vite],
  },
  {
    // Node-side code: tooling scripts, configs, e2e specs, test setup, CLI.
    files: ['scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}', 'e2e/**/*.ts', 'test/**/*.ts', 'src/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{js,mjs}'],
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Pure domain model: no UI libraries, no DOM.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': uiImportRestriction,
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({
          name,
          message: 'src/core must stay DOM-free (it runs in Node and tests).',
        })),
      ],
    },
  },
  {
    // Import/export (files, CSV, YAML, PDF): no UI libraries.
    files: ['src/io/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': uiImportRestriction,
    },
  },
  {
    // The sync server (issue 11): Node only; it may import src/core and src/io, nothing above.
    files: ['server/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiImportRestriction[1].paths,
          patterns: [
            ...uiImportRestriction[1].patterns,
            {
              group: ['**/src/store/**', '**/src/canvas/**', '**/src/panels/**', '**/src/portmap/**', '**/src/app/**'],
              message: 'server/ may import src/core and src/io only.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({ name, message: 'server/ runs in Node: no DOM globals.' })),
      ],
    },
  },
);
