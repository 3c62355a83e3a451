#!/usr/bin/env node
// Benchmark (not a test): start-up time and frame times of a drag on the ten-rack demo, in
// headless Chromium against the production build. Prints figures; asserts nothing. These
// measurements used to be pass/fail assertions in e2e/demos.spec.ts (p95 < 120 ms, start-up
// < 5 s), which failed on a busy machine (issue 9 §5); the e2e test keeps the drag's correctness.
//
// Usage: `npx vite build && node scripts/bench-startup-drag.mjs [--runs 5] [--port 4190]`.
// Serves dist/ with `vite preview` on the port, runs the scenario `runs` times, prints one JSON
// line per run and the medians. Chromium as in scripts/ensure-chromium.mjs (never downloaded).
/* global window, requestAnimationFrame -- page.evaluate callbacks run in the browser */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { ensureChromium } from './ensure-chromium.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('runs', 5);
const PORT = arg('port', 4190);
const BASE = `http://127.0.0.1:${PORT}`;

/** Starts `vite preview` and resolves when it answers. */
async function preview() {
  const child = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(BASE)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`vite preview did not answer on ${BASE}`);
}

/** One run: start-up figures and the frame times of a 40-step drag of Mgmt-5 on ten racks. */
async function run(browser) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(BASE);
  await page.waitForFunction(() => window.__designer?.firstAnalysedMs != null);
  const startup = await page.evaluate(() => ({
    firstAnalysedMs: window.__designer.firstAnalysedMs,
    domContentLoadedMs: Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd),
  }));
  await page.evaluate(() => window.__designer.loadDemo('ten-racks'));
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(300);
  const leaf = await page.evaluate(
    () => Object.values(window.__designer.getState().doc.devices).find((d) => d.name === 'Mgmt-5').id,
  );
  const grab = await page.evaluate((id) => window.__designer.probe.handle(id), leaf);
  await page.evaluate(() => {
    window.__frames = [];
    window.__stop = false;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(grab.x, grab.y - i * 3);
  const t0 = Date.now();
  await page.mouse.up();
  const dropMs = Date.now() - t0;
  const frames = await page.evaluate(() => {
    window.__stop = true;
    return window.__frames.slice(2);
  });
  await page.close();
  const sorted = [...frames].sort((a, b) => a - b);
  const q = (p) => Math.round((sorted[Math.floor(sorted.length * p)] ?? 0) * 10) / 10;
  return { ...startup, frames: frames.length, medianFrameMs: q(0.5), p95FrameMs: q(0.95), dropMs };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const exe = await ensureChromium();
if (!exe) process.exit(1);
const server = await preview();
const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const results = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await run(browser);
    results.push(r);
    console.log(JSON.stringify({ run: i + 1, ...r }));
  }
  const keys = ['firstAnalysedMs', 'domContentLoadedMs', 'medianFrameMs', 'p95FrameMs', 'dropMs'];
  console.log(
    `medians of ${RUNS} runs: ${keys.map((k) => `${k} ${median(results.map((r) => r[k]))}`).join(', ')} (targets: start-up < 5000 ms, drag p95 < 120 ms)`,
  );
} finally {
  await browser.close();
  server.kill();
}
