/**
 * What `bench-ui.ts` (the benchmark) and `profile-ui.ts` (its traced twin) share: the preview
 * server of the production build, the headless Chromium page with `window.__bench` installed,
 * and the page helpers (settle, probe, load the hall, frame the first racks).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import type { DataHallOptions } from '../src/core/dataHall';
import type { Design } from '../src/core/design';
import { installBenchPage, type BenchPage } from './bench-ui-page';
import { systemChromium } from './ensure-chromium.mjs';

/** The 20-rack hall of the issue: 18 × 20 × 2 × 12 = 8,640 fibers. */
export const HALL_20: DataHallOptions = { racks: 20, panelsPerRack: 2, trunksPerPanel: 3, cassettesPerPanel: 12 };
/** The 100k hall: 18 × 116 × 4 × 12 = 100,224 fibers. */
export const HALL_100K: DataHallOptions = {
  racks: 116,
  panelsPerRack: 4,
  trunksPerPanel: 3,
  cassettesPerPanel: 12,
};
/** The part the drops drag from the palette. */
export const DROP_PART = 'equipment/panel-1u-24xlcduplex-duplex';

/** The page's globals the scripts read: the bench half and the designer's test API. */
export type Win = Window & { __bench: BenchPage; __designer: NonNullable<Window['__designer']> };
/** A point in page (client) coordinates, px. */
export type Pt = { x: number; y: number };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

async function startPreview(port: number): Promise<ChildProcess> {
  const args = ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  if (process.env.BENCH_DIST) args.push('--outDir', process.env.BENCH_DIST);
  // Its own process group, so stopping it stops every process it started.
  const child = spawn('node_modules/.bin/vite', args, { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stopPreview(child);
  throw new Error(`vite preview did not answer on port ${port} within 60 s`);
}

function stopPreview(child: ChildProcess): void {
  if (child.pid) process.kill(-child.pid, 'SIGTERM');
}

/**
 * Starts `vite preview` of dist/ (or $BENCH_DIST) on $E2E_PORT (else a free port) and headless
 * Chromium ($CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own), opens the designer at
 * 1440 × 900 with `window.__bench` installed, waits for its first analysis, runs `body`, and
 * stops both. Throws when the server does not answer within 60 s.
 */
export async function withDesignerPage(body: (page: Page, browser: Browser) => Promise<void>): Promise<void> {
  const port = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : await freePort();
  const server = await startPreview(port);
  const exe = systemChromium();
  try {
    const browser = await chromium.launch({
      ...(exe ? { executablePath: exe } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      page.setDefaultTimeout(120_000);
      await page.addInitScript({ content: `globalThis.__name = (f) => f; (${installBenchPage.toString()})();` });
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction(() => (window as unknown as Win).__designer?.firstAnalysedMs != null);
      await body(page, browser);
    } finally {
      await browser.close();
    }
  } finally {
    stopPreview(server);
  }
}

/** Waits until the panels show an analysis of the current design, then two more frames. */
export async function settle(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(() => (window as unknown as Win).__bench.settled(), null, { timeout, polling: 50 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Client coordinates of a canvas probe (`window.__designer.probe[kind](...args)`); throws when off screen. */
export async function probe(page: Page, kind: string, ...args: unknown[]): Promise<Pt> {
  const p = await page.evaluate(
    ([k, a]) => {
      const pr = (window as unknown as Win).__designer.probe as unknown as Record<string, (...x: unknown[]) => Pt>;
      return pr[k as string]?.(...(a as unknown[])) ?? null;
    },
    [kind, args] as const,
  );
  if (!p) throw new Error(`${kind} ${JSON.stringify(args)} is not on screen`);
  return p;
}

/** Opens `design` through the test API and waits for its analysis. */
export async function loadHall(page: Page, design: Design): Promise<void> {
  await page.evaluate((d) => (window as unknown as Win).__designer.loadDesign(d as never, 'Open data hall'), design);
  await settle(page);
}

/** Draws every unit, then frames racks R01 and R02 (both faces) at a zoom where 1U is a comfortable target. */
export async function frameFirstRacks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const d = (window as unknown as Win).__designer;
    const s = d.getState();
    // Every unit drawn: the drops and the drag aim at exact units.
    s.actions.setCollapseEmpty(false);
    const ids = Object.values(s.doc.devices)
      .filter((v) => v.placement.kind === 'rack' && (v.placement.rack === 'rack-1' || v.placement.rack === 'rack-2'))
      .map((v) => v.id);
    s.actions.requestView('focus', ids);
  });
  await page.waitForTimeout(500);
}

/**
 * The inspector's Length field of the selected cable, found once by its role and label and
 * returned as a locator by its element id: each fill and press then resolves a plain id query, not
 * Playwright's role and label engines, whose DOM walk (~15 ms of main-thread work per edit on the
 * hall's page) would be counted in the edit's main-thread CPU.
 */
export async function lengthField(page: Page): Promise<Locator> {
  const field = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Length');
  await field.waitFor();
  const id = await field.getAttribute('id');
  if (!id) throw new Error('the Length field has no id');
  return page.locator(`[id="${id}"]`);
}
