/**
 * `npx tsx scripts/profile-ui.ts`: where the main thread's time goes on the 20-rack hall (issue 10
 * §5), in the production build (build with `npx vite build --minify false` for readable function
 * names). Traces, each on its own: `PROFILE_N` (default 3) drops of a palette part into rack R01,
 * `PROFILE_N` cable length edits in the inspector, and one 60-step drag of enclosure R01-P2, and
 * prints per trace the main thread's busy time, self time per trace event and per JS function
 * (`bench-ui-trace.ts`). `PROFILE_100K=1` uses the 100,224-fiber hall instead of the 20-rack one. A diagnostic: it asserts nothing. Same environment as `bench-ui.ts`.
 *
 * `PROFILE_EACH=1`: instead, each of `PROFILE_N` drops (each undone, untimed) and `PROFILE_N`
 * length edits is traced on its own, from just before the input to the settled analysis, and
 * printed as one line: input -> next frame (as bench:ui measures it), main-thread busy time, GC
 * self time, the longest task, and the top trace events and JS functions by self time, so the
 * slow samples can be read one by one (is it GC, a worker result, a timer, IndexedDB?).
 *
 * Run: `npx vite build --minify false && E2E_PORT=… CHROMIUM_PATH=/usr/bin/chromium npx tsx scripts/profile-ui.ts`.
 */
import type { Browser, Page } from '@playwright/test';
import { cableFiberCount, generateDataHall } from '../src/core/dataHall';
import {
  DROP_PART,
  HALL_100K,
  HALL_20,
  frameFirstRacks,
  lengthField,
  loadHall,
  probe,
  settle,
  withDesignerPage,
  type Win,
} from './bench-ui-session';
import { printTrace, startTrace, stopTrace, stopTraceRaw, summariseSample } from './bench-ui-trace';

const N = Number(process.env.PROFILE_N ?? 3);
const TOP = Number(process.env.PROFILE_TOP ?? 25);
const frame = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

/** Traces `act` (an armed input: `type`) on its own and prints one line for it (see the header). */
async function traceOne(page: Page, browser: Browser, label: string, type: string, act: () => Promise<void>) {
  await startTrace(browser, page);
  // The profiler's start is a long task of its own: let it pass before the input.
  await page.waitForTimeout(400);
  const markMs = await page.evaluate((t) => {
    (window as unknown as Win).__bench.arm(t, true);
    performance.mark('profile-sample');
    return performance.now();
  }, type);
  await act();
  const m = await page.waitForFunction(() => (window as unknown as Win).__bench.last, null, { timeout: 60_000 });
  const { ms, start } = (await m.jsonValue()) as { ms: number; start: number };
  await settle(page);
  await frame(page);
  const s = summariseSample(await stopTraceRaw(browser), {
    mark: 'profile-sample',
    markMs,
    fromMs: start,
    toMs: start + ms,
  });
  const list = (xs: [string, number][]) => xs.map(([k, v]) => `${k} ${v}`).join(', ');
  const w = s.window;
  console.log(
    `${label.padEnd(10)} frame ${ms.toFixed(1).padStart(6)}  to frame: busy ${w?.busy ?? '?'} gc ${w?.gc ?? '?'} ` +
      `tasks ${list(w?.tasks ?? [])} | events ${list(w?.events ?? [])}\n` +
      `${''.padEnd(10)} whole sample: busy ${s.busy} gc ${s.gc} longest ${s.longest[0]} ${s.longest[1]} | ` +
      `${list(s.events)} | JS ${list(s.fns)}`,
  );
}

await withDesignerPage(async (page, browser) => {
  const hall = generateDataHall(process.env.PROFILE_100K === '1' ? HALL_100K : HALL_20);
  console.log(`20-rack hall: ${cableFiberCount(hall)} fibers`);
  await loadHall(page, hall);
  await frameFirstRacks(page);
  await page.getByLabel('Search parts').fill(DROP_PART);
  const grab = page.locator(`[data-part="${DROP_PART}"] .grab`);
  await grab.waitFor();
  const drop = async (u: number) => {
    const to = await probe(page, 'unit', 'rack-1', u, 'front');
    const box = (await grab.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    await frame(page);
    await settle(page);
  };
  // One untraced drop and edit first: the first of each pays one-time costs (code, caches).
  await drop(8);
  await page.waitForTimeout(2000);
  if (process.env.PROFILE_EACH === '1') {
    for (let i = 0; i < N; i++) {
      const to = await probe(page, 'unit', 'rack-1', 10 + 2 * (i % 10), 'front');
      const box = (await grab.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 4 });
      await page.mouse.move(to.x, to.y, { steps: 8 });
      await traceOne(page, browser, `drop ${i + 1}`, 'pointerup', () => page.mouse.up());
      await page.evaluate(() => (window as unknown as Win).__designer.actions.undo());
      await settle(page);
    }
    const cable = Object.values(hall.cables).find((c) => c.name.startsWith('TR-'))!.id;
    await page.evaluate((id) => (window as unknown as Win).__designer.actions.select({ kind: 'cable', id }), cable);
    const input = await lengthField(page);
    for (let i = 0; i < N; i++) {
      await input.fill(String(61 + (i % 2)));
      await traceOne(page, browser, `length ${i + 1}`, 'keydown', () => input.press('Enter'));
    }
    return;
  }
  await startTrace(browser, page);
  for (let i = 0; i < N; i++) await drop(10 + 2 * i);
  printTrace(`${N} drops (incl. the palette drag and settle)`, await stopTrace(browser, TOP), N);

  const cable = Object.values(hall.cables).find((c) => c.name.startsWith('TR-'))!.id;
  await page.evaluate((id) => (window as unknown as Win).__designer.actions.select({ kind: 'cable', id }), cable);
  const input = await lengthField(page);
  const edit = async (v: number) => {
    await input.fill(String(v));
    await input.press('Enter');
    await frame(page);
    await settle(page);
  };
  await edit(60);
  await page.waitForTimeout(2000);
  await startTrace(browser, page);
  for (let i = 0; i < N; i++) await edit(61 + i);
  printTrace(`${N} length edits (fill, Enter, settle)`, await stopTrace(browser, TOP), N);

  const device = Object.values(hall.devices).find((d) => d.name === 'R01-P2')!.id;
  const from = await probe(page, 'handle', device);
  const to = await probe(page, 'unit', 'rack-1', 36, 'front');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, from.y + 8, { steps: 2 });
  await page.waitForTimeout(300);
  await startTrace(browser, page);
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 60, from.y + 8 + ((to.y - from.y - 8) * i) / 60);
    await page.waitForTimeout(16);
  }
  printTrace('60 drag moves', await stopTrace(browser), 60);
  await page.mouse.up();
});
