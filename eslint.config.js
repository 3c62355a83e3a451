// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Packages that must never be imported by pure / headless code. */
const UI_PACKAGES = ['react', 'react-dom', 'konva', 'react-konva', 'zustand'];
const UI_MESSAGE = 'Keep this layer free of UI/state libraries (React, Konva, Zustand).';

/**
 * Import floors (issue 10 §6): a folder imports only from its own floor and the floors below it.
 * src/cli and src/demos sit beside store on core and io; a server/ folder may import src/core and
 * src/io only. Fixture folders (`fixtures/`) hold test data: only tests (and other fixtures) import
 * them. Tests (`*.test.ts(x)`, `*.bench.ts`) keep their folder's floor but may also import the
 * demos and fixtures of any folder below them. Relative imports are matched by folder name, so
 * `../../store/x` from src/io/netbox is caught as well as `../store/x` from src/io.
 */
const FLOORS =
  'core ← io ← store ← canvas/panels/portmap ← app; cli and demos import core and io only; only app and tests import demos';
const SRC_FOLDERS = ['core', 'io', 'store', 'canvas', 'panels', 'portmap', 'app', 'cli', 'demos'];
const TEST_FILES = ['src/**/*.test.{ts,tsx}', 'src/**/*.bench.ts'];
const FIXTURE_FILES = ['src/**/fixtures/**'];

/** What each folder may import from src/ (its own floor and below). */
const MAY_IMPORT = {
  core: ['core'],
  io: ['core', 'io'],
  cli: ['core', 'io', 'cli'],
  demos: ['core', 'io', 'demos'],
  store: ['core', 'io', 'store'],
  canvas: ['core', 'io', 'store', 'canvas', 'panels', 'portmap'],
  panels: ['core', 'io', 'store', 'canvas', 'panels', 'portmap'],
  portmap: ['core', 'io', 'store', 'canvas', 'panels', 'portmap'],
  app: ['core', 'io', 'store', 'canvas', 'panels', 'portmap', 'app', 'demos'],
};
/** Folders whose tests may also use the demo designs as fixtures (demos sit below them). */
const TESTS_MAY_USE_DEMOS = new Set(['store', 'canvas', 'panels', 'portmap', 'app']);
/** Folders that must stay free of UI and state libraries. */
const HEADLESS = new Set(['core', 'io', 'cli', 'demos']);
/**
 * Folders whose product code runs on the main thread of the browser (issue 10 §3): they never
 * analyse the whole design themselves, they ask the analysis worker (`store/analysisAsk.ts`,
 * `useAnalysis`). The store's whole-design selectors are for the worker side and Node (CLI,
 * fixtures, tests).
 */
const MAIN_THREAD = new Set(['canvas', 'panels', 'portmap', 'app']);
const MAIN_THREAD_MESSAGE =
  'Main-thread code never analyses the whole design: ask the analysis worker (store/analysisAsk.ts askAbout/useAnswer, useAnalysis); these selectors are for the worker side, Node and tests (issue 10 §3).';
const WHOLE_DESIGN_SELECTORS = [
  {
    regex: '(^|/)store/selectors$',
    importNames: ['analysisOf', 'channelPath', 'channelsThroughPort', 'channelsOnCable', 'focusedChannel', 'fixesFor'],
    message: MAIN_THREAD_MESSAGE,
  },
  {
    regex: '(^|/)core(/index)?$',
    importNames: ['analyzeDesign', 'createAnalyzer', 'proposeFixes'],
    message: MAIN_THREAD_MESSAGE,
  },
  {
    regex: '(^|/)core/analysis/(analyze|analyzer|fixes|fixPreview)$',
    importNames: ['analyzeDesign', 'analyzeIndex', 'createAnalyzer', 'proposeFixes', 'proposeFixesAsync', 'previewFix'],
    message: MAIN_THREAD_MESSAGE,
  },
  {
    regex: '(^|/)store/fieldTestSelectors$',
    importNames: [
      'linksOf',
      'fieldTestOf',
      'linkEvaluationOf',
      'channelTestOf',
      'channelTestClass',
      'linkDesignClass',
      'testNeedsAttention',
      'rowClassOf',
    ],
    message: MAIN_THREAD_MESSAGE,
  },
];

/**
 * `no-restricted-imports` options for code in `folder` (or the server) that may import only
 * `allowed` of src/'s folders; `prefix` is the path to src/ as written in an import (`src/` from
 * server/, empty inside src/). Each forbidden folder gets its own pattern and a message that names
 * the floor. `ui`: also forbid UI/state packages; `fixtures`: forbid fixtures/ folders (product
 * code); `scripts`: allow scripts/ (tests use its example builders); `mainThread`: forbid the
 * store's whole-design selectors (`WHOLE_DESIGN_SELECTORS`).
 */
function floorRule(
  where,
  allowed,
  { prefix = '', ui = false, fixtures = false, scripts = false, mainThread = false } = {},
) {
  const patterns = SRC_FOLDERS.filter((f) => !allowed.includes(f)).map((f) => ({
    regex: `^(\\.\\./)+${prefix}${f}(/|$)`,
    message: `${where} may import only ${allowed.map((a) => `src/${a}`).join(', ')}, not src/${f} (floors: ${FLOORS}).`,
  }));
  if (!scripts)
    patterns.push({
      regex: '^(\\.\\./)+scripts(/|$)',
      message: `${where} must not import build scripts (scripts/); tests may.`,
    });
  if (fixtures)
    patterns.push({
      regex: '(^|/)fixtures(/|$)',
      message: `${where}: fixtures/ folders hold test data; only tests and other fixtures import them.`,
    });
  if (ui) patterns.push({ group: UI_PACKAGES.map((name) => `${name}/*`), message: UI_MESSAGE });
  if (mainThread) patterns.push(...WHOLE_DESIGN_SELECTORS);
  return ['error', { paths: ui ? UI_PACKAGES.map((name) => ({ name, message: UI_MESSAGE })) : [], patterns }];
}

/** The import-boundary config objects: product code, fixtures, then tests of each src/ folder. */
const importBoundaries = Object.entries(MAY_IMPORT).flatMap(([folder, allowed]) => {
  const files = [`src/${folder}/**/*.{ts,tsx}`];
  const ui = HEADLESS.has(folder);
  const testAllowed = TESTS_MAY_USE_DEMOS.has(folder) ? [...new Set([...allowed, 'demos'])] : allowed;
  return [
    {
      files,
      ignores: [...TEST_FILES, ...FIXTURE_FILES],
      rules: {
        'no-restricted-imports': floorRule(`src/${folder}`, allowed, {
          ui,
          fixtures: true,
          mainThread: MAIN_THREAD.has(folder),
        }),
      },
    },
    {
      files: FIXTURE_FILES.map((g) => g.replace('src/**', `src/${folder}/**`)),
      rules: { 'no-restricted-imports': floorRule(`fixtures in src/${folder}`, allowed, { ui }) },
    },
    {
      files: TEST_FILES.map((g) => g.replace('src/**', `src/${folder}/**`)),
      rules: { 'no-restricted-imports': floorRule(`tests in src/${folder}`, testAllowed, { ui, scripts: true }) },
    },
  ];
});

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
    ignores: ['dist/**', 'test-results/**', 'playwright-report/**', 'coverage/**', 'node_modules/**', '.probe/**'],
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
  ...importBoundaries,
  {
    // The e2e test API computes its summaries on the calling thread on purpose (a test helper,
    // called by specs, never by the app's views).
    files: ['src/app/testApi.ts'],
    rules: { 'no-restricted-imports': floorRule('src/app', MAY_IMPORT.app, { fixtures: true }) },
  },
  {
    // Inside the core: the engine and the loss model sit below the analysis that composes them
    // (src/core/analysis: analyze, fixes) and the deliverables derived from it.
    files: ['src/core/engine/**/*.ts', 'src/core/loss/**/*.ts'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: UI_PACKAGES.map((name) => ({ name, message: UI_MESSAGE })),
          patterns: [
            ...floorRule('src/core', MAY_IMPORT.core, { ui: true, fixtures: true })[1].patterns,
            {
              regex: '^\\.\\./(analysis|deliverables)(/|$)',
              message:
                'src/core/engine and src/core/loss sit below src/core/analysis and src/core/deliverables (engine, loss ← analysis ← deliverables).',
            },
          ],
        },
      ],
    },
  },
  {
    // The sync server (issue 11): Node only; src/core and src/io only, never the UI or the DOM.
    files: ['server/**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': floorRule('server/', ['core', 'io'], { prefix: 'src/', ui: true, fixtures: true }),
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({ name, message: 'server/ runs in Node: no DOM globals.' })),
      ],
    },
  },
  {
    // Pure domain model: no DOM.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({
          name,
          message: 'src/core must stay DOM-free (it runs in Node and tests).',
        })),
      ],
    },
  },
);
