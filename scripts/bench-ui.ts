/**
 * `npm run bench:ui`: the designer at data-hall scale in headless Chromium, against the
 * production build (`vite preview` of dist/, or of $BENCH_DIST). A benchmark, not a test: it
 * prints medians and p95 and writes `bench/ui-results.json`; it asserts nothing about speed.
 *
 * Measured (issue 10, "Benchmarks"):
 * - a 20-rack data hall of 8,640 fibers (generated in Node, loaded through the test API);
 * - drop a part from the palette into a rack -> next frame (event timestamp of the pointerup to
 *   the end of the first frame painted after the design changed), and the long tasks after it:
 *   30 drops (quick: 6) cycling over 12 free units of rack R01, each undone (untimed) after it is
 *   measured;
 * - a cable length edit in the inspector (Enter) -> next frame: 30 edits (quick: 6), 61 and 62 m
 *   alternately;
 * - for both, the main-thread task time (CDP `TaskDuration`) from the input to that frame: wall
 *   time swings with the machine's load, the work done does not as much;
 * - a 60-step drag of an enclosure: frame intervals, long tasks, main-thread CPU per mouse move
 *   (CDP `Performance.getMetrics` TaskDuration over the moves / 60; the moves are CDP input
 *   events, not `page.mouse`, see `mouse`; the preview snaps to units, so only the moves that
 *   reach another unit repaint), the same CPU for 60 moves that each go to another unit (one
 *   unit down and back: every move repaints, the worst case), then its drop (onto free
 *   units: U36 and back to U42, above the drops and below R01-P1) -> next frame; a drop that
 *   changed nothing is reported and left out, never timed as a 20 s wait. The same 60 moves with
 *   the button held over the status bar (text selection off: nothing to drag, nothing drawn) give the harness's own
 *   share of that CPU (Playwright's input and drag bookkeeping in the page);
 * - opening a 100,224-fiber data hall: time from the load call to the first analysed view on
 *   screen, long tasks in the 5 s after it, and three inputs on the open design -> next frame.
 *
 * Port: $E2E_PORT, else a free one. Chromium: $CHROMIUM_PATH, else /usr/bin/chromium, else
 * Playwright's own (never downloaded). `BENCH_QUICK=1` runs fewer samples; `BENCH_DIST` serves
 * another build (a baseline); `BENCH_OUT` writes the results elsewhere.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { cableFiberCount, generateDataHall } from '../src/core/dataHall';
import type { Design } from '../src/core/design';
import type { CableId } from '../src/core/ids';
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
  type Pt,
  type Win,
} from './bench-ui-session';

const QUICK = process.env.BENCH_QUICK === '1';
/** Samples per edit: 30, so the p95 is not simply the worst one (the 29th of 30); quick: 6. */
const SAMPLES = QUICK ? 6 : 30;
/** The free units the drops cycle over in rack R01 (U8–U30; the drag uses U36–U44). */
const DROP_UNITS = Array.from({ length: 12 }, (_, i) => 8 + 2 * i);
/**
 * Where the drag takes R01-P2 (4U at U41–44): U36 and back to U42, free in every run (the drops
 * fill U8–U30 at most; R01-P1 sits at U45–48).
 */
const DRAG_TO = [36, 42] as const;

/** Median, p95, min, max and n of a list of ms. */
function stats(xs: readonly number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  const r = (v: number) => Math.round(v * 10) / 10;
  return { median: r(at(0.5)), p95: r(at(0.95)), min: r(s[0] ?? NaN), max: r(s.at(-1) ?? NaN), n: s.length };
}

const results: Record<string, ReturnType<typeof stats> & { unit: string }> = {};
function report(name: string, xs: readonly number[], unit = 'ms'): void {
  results[name] = { ...stats(xs), unit };
  const r = results[name];
  console.log(
    `${name.padEnd(48)} median ${String(r.median).padStart(8)} ${unit}  p95 ${String(r.p95).padStart(8)}  ` +
      `min ${r.min}  max ${r.max}  n ${r.n}`,
  );
}

/** Main-thread task time so far (CDP `TaskDuration`), ms. */
async function taskMs(cdp: CDPSession): Promise<number> {
  const m = await cdp.send('Performance.getMetrics');
  return (m.metrics.find((x) => x.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * Runs `act` with `type` armed; returns event -> next frame (ms), the longest task in the 1.5 s
 * after, and, given `cdp`, the main-thread task time from before `act` to that frame (`cpu`, ms:
 * the app's work for the input plus the harness's own dispatch of it).
 */
async function timed(page: Page, type: string, edit: boolean, act: () => Promise<void>, cdp?: CDPSession) {
  await page.evaluate(([t, e]) => (window as unknown as Win).__bench.arm(t as string, e as boolean), [type, edit]);
  const t0 = cdp ? await taskMs(cdp) : 0;
  await act();
  const m = await page.waitForFunction(() => (window as unknown as Win).__bench.last, null, { timeout: 60_000 });
  const cpu = cdp ? (await taskMs(cdp)) - t0 : NaN;
  const { ms, start, changed } = (await m.jsonValue()) as { ms: number; start: number; changed: boolean };
  await page.waitForTimeout(1500);
  const longest = await page.evaluate(
    (t0) =>
      Math.max(
        0,
        ...(window as unknown as Win).__bench.longTasks
          .filter((l) => l.start + l.dur >= t0 && l.start <= t0 + 1500)
          .map((l) => l.dur),
      ),
    start,
  );
  await settle(page);
  return { ms, longest, changed, cpu };
}

/**
 * `SAMPLES` drops of the palette part, over the free units of `racks` in turn (R01: both faces
 * framed; the next rack is partly off screen); each drop is undone after it is timed (the undo
 * is not timed), so every drop lands on a free unit of the same design.
 */
async function benchDrops(page: Page, cdp: CDPSession, racks: readonly string[]): Promise<void> {
  await page.getByLabel('Search parts').fill(DROP_PART);
  const grab = page.locator(`[data-part="${DROP_PART}"] .grab`);
  await grab.waitFor();
  const frames: number[] = [];
  const longest: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const rack = racks[i % racks.length] as string;
    const unit = DROP_UNITS[Math.floor(i / racks.length) % DROP_UNITS.length] as number;
    const to = await probe(page, 'unit', rack, unit, 'front');
    const box = (await grab.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 8 });
    const r = await timed(page, 'pointerup', true, () => page.mouse.up(), cdp);
    if (!r.changed) {
      console.log(`drop ${i + 1} at ${rack} U${unit} changed nothing (not timed)`);
      continue;
    }
    await page.evaluate(() => (window as unknown as Win).__designer.actions.undo());
    await settle(page);
    frames.push(r.ms);
    longest.push(r.longest);
    cpu.push(r.cpu);
  }
  report('drop a device -> next frame', frames);
  report('drop a device: main-thread CPU to that frame', cpu);
  report('drop a device: longest task in 1.5 s after', longest);
}

async function benchLengthEdits(page: Page, cdp: CDPSession, cable: CableId): Promise<void> {
  await page.evaluate((id) => (window as unknown as Win).__designer.actions.select({ kind: 'cable', id }), cable);
  const input = await lengthField(page);
  const frames: number[] = [];
  const longest: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    // 61, 62, 61, … m: each edit changes the length (the hall's trunks are 60 m).
    await input.fill(String(61 + (i % 2)));
    const r = await timed(page, 'keydown', true, () => input.press('Enter'), cdp);
    if (!r.changed) console.log(`length edit ${i + 1} changed nothing`);
    frames.push(r.ms);
    longest.push(r.longest);
    cpu.push(r.cpu);
  }
  report('cable length edit -> next frame', frames);
  report('cable length edit: main-thread CPU to that frame', cpu);
  report('cable length edit: longest task in 1.5 s after', longest);
}

/**
 * A mouse event sent as the browser's input (CDP `Input.dispatchMouseEvent`), left button held
 * for moves when `held`. The drag goes through CDP rather than `page.mouse`, whose moves with a
 * button down also run Playwright's own drag detection script in the page (not the app's work).
 */
async function mouse(cdp: CDPSession, type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', p: Pt, held: boolean) {
  await cdp.send('Input.dispatchMouseEvent', {
    type,
    x: p.x,
    y: p.y,
    button: type === 'mouseMoved' && !held ? 'none' : 'left',
    buttons: held || type === 'mousePressed' ? 1 : 0,
    clickCount: type === 'mouseMoved' ? 0 : 1,
  });
}

/** Main-thread task time (CDP `TaskDuration`, ms) per move of `moves` 16 ms apart (button held), and script, style+layout. */
async function cpuPerMove(page: Page, cdp: CDPSession, moves: readonly Pt[]) {
  const before = await cdp.send('Performance.getMetrics');
  for (const p of moves) {
    await mouse(cdp, 'mouseMoved', p, true);
    await page.waitForTimeout(16);
  }
  const after = await cdp.send('Performance.getMetrics');
  const metric = (m: typeof before, name: string) => m.metrics.find((x) => x.name === name)?.value ?? 0;
  const perMove = (name: string) => ((metric(after, name) - metric(before, name)) * 1000) / moves.length;
  return {
    cpu: perMove('TaskDuration'),
    script: perMove('ScriptDuration'),
    layout: perMove('LayoutDuration') + perMove('RecalcStyleDuration'),
  };
}

/** 60 points from `a` to `b` (excluding `a`). */
const steps = (a: Pt, b: Pt): Pt[] =>
  Array.from({ length: 60 }, (_, i) => ({
    x: a.x + ((b.x - a.x) * (i + 1)) / 60,
    y: a.y + ((b.y - a.y) * (i + 1)) / 60,
  }));

async function benchDrag(page: Page, cdp: CDPSession, device: string, rack: string): Promise<void> {
  const cpu: number[] = [];
  const script: number[] = [];
  const layout: number[] = [];
  const floor: number[] = [];
  const intervals: number[] = [];
  const longest: number[] = [];
  const drops: number[] = [];
  const everyMove: number[] = [];
  const bar = (await page.locator('footer.statusbar').boundingBox())!;
  for (let round = 0; round < (QUICK ? 1 : 3); round++) {
    // The harness's own share: the same moves with the button held over the status bar (text
    // selection off for it, so the page has nothing to do).
    const b0 = { x: bar.x + 20, y: bar.y + bar.height / 2 };
    const b1 = { x: bar.x + bar.width / 2, y: b0.y };
    await page.evaluate(() => document.body.style.setProperty('user-select', 'none'));
    await mouse(cdp, 'mouseMoved', b0, false);
    await mouse(cdp, 'mousePressed', b0, true);
    await page.waitForTimeout(300);
    floor.push((await cpuPerMove(page, cdp, steps(b0, b1))).cpu);
    await mouse(cdp, 'mouseReleased', b1, false);
    await page.evaluate(() => document.body.style.removeProperty('user-select'));

    const unit = DRAG_TO[round % DRAG_TO.length] as number;
    const from = await probe(page, 'handle', device);
    const to = await probe(page, 'unit', rack, unit, 'front');
    const start = { x: from.x, y: from.y + 8 };
    await mouse(cdp, 'mouseMoved', from, false);
    await mouse(cdp, 'mousePressed', from, true);
    await mouse(cdp, 'mouseMoved', { x: from.x, y: from.y + 4 }, true);
    await mouse(cdp, 'mouseMoved', start, true);
    await page.waitForTimeout(300);
    const t0 = await page.evaluate(() => {
      (window as unknown as Win).__bench.startFrames();
      return performance.now();
    });
    const m = await cpuPerMove(page, cdp, steps(start, to));
    cpu.push(m.cpu);
    script.push(m.script);
    layout.push(m.layout);
    const r = await page.evaluate((start) => {
      const b = (window as unknown as Win).__bench;
      b.stopFrames();
      const f = b.frames;
      return {
        intervals: f.slice(1).map((t, i) => t - (f[i] as number)),
        longest: Math.max(0, ...b.longTasks.filter((l) => l.start >= start).map((l) => l.dur)),
      };
    }, t0);
    intervals.push(...r.intervals);
    longest.push(r.longest);
    // The worst case: every move lands on another unit (one below, then back), so every move
    // changes the drop preview and paints a frame; it ends where the drop is planned.
    const below = await probe(page, 'unit', rack, unit - 1, 'front');
    everyMove.push(
      (
        await cpuPerMove(
          page,
          cdp,
          steps(start, to).map((_, i) => (i % 2 ? to : below)),
        )
      ).cpu,
    );
    const d = await timed(page, 'pointerup', true, () => mouse(cdp, 'mouseReleased', to, false));
    if (d.changed) drops.push(d.ms);
    else console.log(`drag round ${round + 1}: the drop at U${unit} changed nothing (not timed)`);
  }
  report('drag: main-thread CPU per mouse move', cpu);
  report('drag: of which script', script);
  report('drag: of which style and layout', layout);
  report('drag: harness share (same moves, nothing dragged)', floor);
  report(
    'drag: CPU per move less the harness share',
    cpu.map((c, i) => c - (floor[i] as number)),
  );
  report('drag: CPU per move, every move to another unit', everyMove);
  report(
    'drag: the same less the harness share',
    everyMove.map((c, i) => c - (floor[i] as number)),
  );
  report('drag: frame interval', intervals);
  report('drag: longest task during the moves', longest);
  report('drag: drop (move) -> next frame', drops);
}

async function benchOpen100k(page: Page, design: Design): Promise<void> {
  console.log(`100k hall: ${cableFiberCount(design)} fibers, ${Object.keys(design.cables).length} cables`);
  // Hand the design to the page first (not timed): the open itself starts at the load call.
  await page.evaluate((d) => {
    (window as unknown as { __hall: unknown }).__hall = d;
  }, design);
  const r = await page.evaluate(async () => {
    const w = window as unknown as Win & { __hall: never };
    const frame = () => new Promise<void>((res) => requestAnimationFrame(() => setTimeout(res, 0)));
    const before = w.__designer.getState().doc;
    const t0 = performance.now();
    // Opening stores the design in the library first (IndexedDB), then shows it: the first frame
    // is the first one painted with the new design in the store, the analysed view the first one
    // with its analysis in the panels.
    void w.__designer.loadDesign(w.__hall, 'Open 100k hall');
    let firstFrame: number;
    for (;;) {
      let shown = false;
      await new Promise<void>((res) =>
        requestAnimationFrame(() => {
          shown = w.__designer.getState().doc !== before;
          setTimeout(res, 0);
        }),
      );
      if (shown) {
        firstFrame = performance.now() - t0;
        break;
      }
    }
    while (!w.__bench.settled()) await frame();
    return { firstFrame, analysed: performance.now() - t0, end: performance.now() };
  });
  report('100k open: load call -> first frame', [r.firstFrame]);
  report('100k open: load call -> first analysed view', [r.analysed]);
  await page.waitForTimeout(5000);
  const after = await page.evaluate(
    (end) => (window as unknown as Win).__bench.longTasks.filter((l) => l.start >= end).map((l) => l.dur),
    r.end,
  );
  report('100k open: long tasks in the 5 s after (count)', [after.length], 'tasks');
  report('100k open: longest task in the 5 s after', [Math.max(0, ...after)]);
  const inputs: number[] = [];
  for (const tab of ['Issues', 'Channels'])
    inputs.push(
      (await timed(page, 'click', false, () => page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click())).ms,
    );
  const canvas = page.getByTestId('canvas');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  inputs.push((await timed(page, 'wheel', false, () => page.mouse.wheel(0, 120))).ms);
  report('100k open: input (tab, tab, wheel) -> next frame', inputs);
  const cable = Object.values(design.cables).find((c) => c.name.startsWith('TR-'))!.id;
  await page.evaluate((id) => (window as unknown as Win).__designer.actions.select({ kind: 'cable', id }), cable);
  const input = await lengthField(page);
  const edits: number[] = [];
  for (let i = 0; i < 3; i++) {
    await input.fill(String(71 + i));
    edits.push((await timed(page, 'keydown', true, () => input.press('Enter'))).ms);
  }
  report('100k: cable length edit -> next frame', edits);
}

async function main(): Promise<void> {
  await withDesignerPage(async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const hall = generateDataHall(HALL_20);
    console.log(`20-rack hall: ${cableFiberCount(hall)} fibers, ${Object.keys(hall.cables).length} cables`);
    await loadHall(page, hall);
    await frameFirstRacks(page);
    await benchDrops(page, cdp, ['rack-1']);
    await benchLengthEdits(page, cdp, Object.values(hall.cables).find((c) => c.name.startsWith('TR-'))!.id);
    await benchDrag(page, cdp, Object.values(hall.devices).find((d) => d.name === 'R01-P2')!.id, 'rack-1');
    await benchOpen100k(page, generateDataHall(HALL_100K));
  });
  const out = process.env.BENCH_OUT ?? 'bench/ui-results.json';
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${out}`);
}

await main();
