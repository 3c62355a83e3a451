#!/usr/bin/env node
// `npm test`: the whole check, in order, continuing after failures so every count is
// reported: ensure Chromium, tsc, eslint, prettier, import cycles, vitest, vite build,
// playwright, summary.
// The last line printed is `N passed, N failed, N skipped` (see test-summary.mjs).
// Exit code is non-zero if any step failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const isWin = process.platform === 'win32';
const bin = (name) => join(root, 'node_modules', '.bin', isWin ? `${name}.cmd` : name);
const stamp = () => new Date().toTimeString().slice(0, 8);
const step = (title) => console.log(`\n=== ${title} (${stamp()})`);

/** Runs a local binary with inherited stdio; returns its exit code (1 on spawn error). */
function run(name, args, env = {}) {
  const started = Date.now();
  const res = spawnSync(bin(name), args, {
    stdio: 'inherit',
    shell: isWin,
    env: { ...process.env, ...env },
  });
  if (res.error) console.error(`[run-tests] could not start ${name}: ${res.error.message}`);
  const rc = res.status ?? 1;
  console.log(`--- ${name} exit ${rc} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return rc;
}

const failedSteps = [];
const reportDir = join(root, 'test-results');
const vitestJson = join(reportDir, 'vitest.json');
const playwrightJson = join(reportDir, 'playwright.json');
mkdirSync(reportDir, { recursive: true });
rmSync(join(reportDir, 'summary.txt'), { force: true });
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

// 1. Chromium for Playwright (Debian package; never `npx playwright install`).
step('ensure chromium');
const chromium = await ensureChromium();
if (chromium) {
  console.log(`chromium: ${chromium}`);
  process.env.CHROMIUM_PATH = chromium; // read by playwright.config.ts
} else {
  failedSteps.push('chromium');
}

// 2. Static checks.
step('tsc --noEmit');
if (run('tsc', ['--noEmit']) !== 0) failedSteps.push('tsc');

step('eslint .');
if (run('eslint', ['.']) !== 0) failedSteps.push('eslint');

step('prettier --check .');
if (run('prettier', ['--check', '.', '--log-level', 'warn']) !== 0) failedSteps.push('prettier');

step('import cycles');
const cycles = spawnSync(process.execPath, [join(root, 'scripts', 'import-cycles.mjs')], { stdio: 'inherit' });
if (cycles.status !== 0) failedSteps.push('cycles');

// 3. Unit + component tests.
step('vitest run');
const vitestRc = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);

// 4. Production build, then e2e against `vite preview` (Playwright's webServer starts it).
step('vite build');
let pwRc = 1;
if (run('vite', ['build']) !== 0) {
  failedSteps.push('build');
  console.log('[run-tests] build failed: skipping playwright');
} else if (!chromium) {
  console.log('[run-tests] no chromium: skipping playwright');
} else {
  step('playwright test');
  pwRc = run('playwright', ['test'], { PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson });
}

// 5. Closing line. Build/chromium failures already show up as a missing Playwright report,
// so only tsc/eslint/prettier/cycles are passed on as extra failures.
step('summary');
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
const extra = failedSteps.filter((s) => ['tsc', 'eslint', 'prettier', 'cycles'].includes(s)).length;
const summary = spawnSync(
  process.execPath,
  [join(root, 'scripts', 'test-summary.mjs'), String(vitestRc), String(pwRc), String(extra)],
  { stdio: 'inherit' },
);
process.exit(failedSteps.length > 0 || summary.status !== 0 ? 1 : 0);
