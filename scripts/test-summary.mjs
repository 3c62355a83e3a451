#!/usr/bin/env node
// Prints the closing line `N passed, N failed, N skipped` (Vitest + Playwright) and exits
// non-zero if anything failed. The line is also written to test-results/summary.txt
// (.ci/run re-prints it so nothing npm logs afterwards can end up below it).
//
// Usage: node scripts/test-summary.mjs <vitestExitCode> <playwrightExitCode> [failedSteps]
//   failedSteps: number of non-test steps (tsc, eslint, build, chromium) that failed; each
//   counts as one failure so the line can never claim green when the run was red.
// Reads test-results/vitest.json and test-results/playwright.json. A runner that exits
// non-zero without reporting a failed test, or leaves no report, counts as one failure.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const [vitestRc = '0', pwRc = '0', stepsFailedArg = '0'] = process.argv.slice(2);
const stepsFailed = Number.parseInt(stepsFailedArg, 10) || 0;

const read = (f) => {
  try {
    return JSON.parse(readFileSync(f, 'utf8'));
  } catch {
    return null;
  }
};

let passed = 0;
let failed = 0;
let skipped = 0;

const v = read('test-results/vitest.json');
let vf = 0;
if (v) {
  passed += v.numPassedTests ?? 0;
  vf = (v.numFailedTests ?? 0) + ((v.numFailedTests ?? 0) === 0 ? (v.numFailedTestSuites ?? 0) : 0);
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
}
if (vf === 0 && (vitestRc !== '0' || !v)) vf = 1;
failed += vf;

const p = read('test-results/playwright.json');
let pf = 0;
if (p?.stats) {
  passed += (p.stats.expected ?? 0) + (p.stats.flaky ?? 0);
  pf = p.stats.unexpected ?? 0;
  skipped += p.stats.skipped ?? 0;
}
if (pf === 0 && (pwRc !== '0' || !p?.stats)) pf = 1;
failed += pf;
failed += stepsFailed;

const pwPassed = p?.stats ? (p.stats.expected ?? 0) + (p.stats.flaky ?? 0) : 'n/a';
console.log(
  `detail: vitest passed=${v?.numPassedTests ?? 'n/a'} failed=${vf}; ` +
    `playwright passed=${pwPassed} failed=${pf}; failed non-test steps=${stepsFailed}`,
);
const line = `${passed} passed, ${failed} failed, ${skipped} skipped`;
try {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/summary.txt', `${line}\n`);
} catch {
  // the printed line below is what matters
}
console.log(line);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
