/**
 * Flow of the rackBitmaps specs (desktop and tablet): the canvas keeps each rack's drawing as a
 * bitmap (`src/canvas/draw/shapeBitmap.ts`). On the ten-racks demo, at Fit and close in:
 *  - a device rename repaints its rack's equipment only; every other drawn rack shape is copied;
 *  - the layer's pixels after the rename equal a direct paint of every shape (bitmaps off): the
 *    copy is neither stale nor blurred, at DPR 1 (desktop) and 2 (tablet);
 *  - the renamed device's pixels changed;
 *  - a port tapped or clicked at Fit is the port selected (hit testing is geometric).
 * Screenshots: test-results/screens/rackBitmaps-{fit,close}-<name>.png.
 */
import { expect, type Page } from '@playwright/test';
import { SCREENS } from './canvas12Screens';

type Tally = Record<'copied' | 'painted' | 'unsettled' | 'direct', number>;

/** Waits for the app, opens the ten-racks demo. */
async function open(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__designer?.firstAnalysedMs != null);
  await page.evaluate(() => window.__designer!.loadDemo('ten-racks'));
  await page.waitForTimeout(300);
}

/** Two animation frames (a Konva batch draw happens in the first). */
const frames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** The equipment layer's canvas (the layer holding the rack equipment shapes). */
const layerScript = `window.Konva.stages[0].getLayers().find((l) => l.findOne((n) => n.id().startsWith('rack-equipment:')))`;

/**
 * Pixels of the equipment layer (device px) in client box `box`, drawn now with bitmaps on: a
 * digest (sum and count of non-transparent pixels, weighted by position) to compare before/after.
 */
function regionDigest(page: Page, box: { x: number; y: number; w: number; h: number }) {
  return page.evaluate(
    ([b, find]) => {
      const layer = (0, eval)(find);
      layer.draw();
      const canvas: HTMLCanvasElement = layer.getCanvas()._canvas;
      const r = canvas.getBoundingClientRect();
      const k = canvas.width / r.width;
      const px = canvas
        .getContext('2d')!
        .getImageData(
          Math.round((b.x - r.left) * k),
          Math.round((b.y - r.top) * k),
          Math.round(b.w * k),
          Math.round(b.h * k),
        ).data;
      let sum = 0;
      for (let i = 0; i < px.length; i++) sum = (sum * 31 + (px[i] ?? 0)) % 1_000_000_007;
      return sum;
    },
    [box, layerScript] as const,
  );
}

/**
 * Draws the equipment layer with bitmaps on, then with them off (every shape painted directly),
 * and compares them: pixels whose channels differ by more than 2, and the largest difference (0–255).
 */
function cachedVersusDirect(page: Page) {
  return page.evaluate((find) => {
    const d = window.__designer!;
    const layer = (0, eval)(find);
    const canvas: HTMLCanvasElement = layer.getCanvas()._canvas;
    const ctx = canvas.getContext('2d')!;
    const grab = (on: boolean) => {
      d.bitmaps.enable(on);
      layer.draw();
      d.bitmaps.enable(true);
      return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    };
    const cached = grab(true);
    const direct = grab(false);
    let count = 0;
    let max = 0;
    for (let i = 0; i < cached.length; i += 4) {
      let worst = 0;
      for (let c = 0; c < 4; c++) worst = Math.max(worst, Math.abs((cached[i + c] ?? 0) - (direct[i + c] ?? 0)));
      if (worst > 2) count += 1;
      max = Math.max(max, worst);
    }
    return { count, max, pixels: cached.length / 4 };
  }, layerScript);
}

/** Renames the first device mounted in rack `rack` to `to`, then checks what was repainted and that the pixels are current. */
async function renameAndCheck(page: Page, rack: string, to: string): Promise<void> {
  const id = await page.evaluate((r) => {
    const d = window.__designer!;
    return Object.values(d.getState().doc.devices).find((v) => v.placement.kind === 'rack' && v.placement.rack === r)!
      .id;
  }, rack);
  // The bitmaps are painted on the draw after the zoom settles (150 ms).
  await page.waitForTimeout(400);
  // Around the device's name label (the point a double-click on the name uses).
  const at = await page.evaluate((x) => window.__designer!.probe.handle(x as never), id);
  expect(at).not.toBeNull();
  const box = { x: at!.x - 30, y: at!.y - 6, w: 60, h: 12 };
  const before = await regionDigest(page, box);
  await page.evaluate(() => window.__designer!.bitmaps.reset());
  await page.evaluate(([x, n]) => window.__designer!.actions.renameDevice(x as never, n), [id, to] as const);
  await frames(page);
  const tally = (await page.evaluate(() => window.__designer!.bitmaps.tally())) as Tally;
  // One rack's equipment repainted (its bitmap); every other rack shape drawn was copied.
  expect(tally.painted + tally.direct).toBe(1);
  expect(tally.copied).toBeGreaterThanOrEqual(2);
  expect(tally.unsettled).toBe(0);
  const diff = await cachedVersusDirect(page);
  // Alpha compositing of a copy rounds a few edge pixels by a step or two; a stale, shifted or
  // resampled drawing differs by far more along every edge and glyph.
  expect(diff.max).toBeLessThanOrEqual(4);
  // The renamed device's pixels changed (its name is drawn at this zoom).
  expect(await regionDigest(page, box)).not.toBe(before);
}

/**
 * The flow of the header, on a page already sized; `name` names the screenshots; `tap` taps the
 * port instead of clicking it.
 */
export async function rackBitmapsFlow(page: Page, name: string, tap: boolean): Promise<void> {
  await open(page);
  await page.evaluate(() => window.__designer!.actions.requestView('fit-all'));
  await page.waitForTimeout(300);
  await renameAndCheck(page, 'rack-20', 'FIT-9');
  await page.screenshot({ path: `${SCREENS}/rackBitmaps-fit-${name}.png` });

  // A plugged port in R1 at Fit (a cable's A end there): the click or tap selects that port.
  const port = await page.evaluate(() => {
    const d = window.__designer!;
    const doc = d.getState().doc;
    const inR1 = (dev: string) => {
      const v = doc.devices[dev];
      const host = v?.placement.kind === 'slot' ? doc.devices[v.placement.parent] : v;
      return host?.placement.kind === 'rack' && host.placement.rack === 'rack-1';
    };
    const end = Object.values(doc.cables).find((c) => c.ends.A && inR1(c.ends.A.device))!.ends.A!;
    return { key: `${end.device}#${end.port}`, ...d.probe.port(end)! };
  });
  await (tap ? page.touchscreen.tap(port.x, port.y) : page.mouse.click(port.x, port.y));
  await expect
    .poll(() =>
      page.evaluate(() => {
        const s = window.__designer!.getState().session.selection;
        return s?.kind === 'port' ? `${s.ref.device}#${s.ref.port}` : null;
      }),
    )
    .toBe(port.key);

  // Close in on R2's first device (what a double-click on it does): the same checks with bitmaps
  // at a larger scale (or painted directly where one would be too large).
  const fit = (await page.evaluate(() => window.__designer!.getState().session.viewport)).scale;
  await page.evaluate(() => {
    const d = window.__designer!;
    const first = Object.values(d.getState().doc.devices).find(
      (v) => v.placement.kind === 'rack' && v.placement.rack === 'rack-20',
    )!;
    d.actions.requestView('focus', [first.id]);
  });
  await expect
    .poll(async () => (await page.evaluate(() => window.__designer!.getState().session.viewport)).scale)
    .toBeGreaterThan(fit * 1.5);
  await page.waitForTimeout(300);
  await renameAndCheck(page, 'rack-20', 'CLOSE-7');
  await page.screenshot({ path: `${SCREENS}/rackBitmaps-close-${name}.png` });
}
