/**
 * Screenshot helper of the canvas12 specs: the designer at Fit, at mid zoom and close in, saved
 * under test-results/screens/ with a name prefix. Never asserts on pixels.
 */
import type { Page } from '@playwright/test';

/** Where the specs save screenshots. */
export const SCREENS = 'test-results/screens';

/** Waits for the app and its first analysed design. */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__designer?.firstAnalysedMs != null);
}

/** Loads a built-in demo design through the test API (setup only; gestures are real). */
export async function demo(page: Page, id: string): Promise<void> {
  await page.evaluate((x) => window.__designer!.loadDemo(x), id);
  await page.waitForTimeout(300);
}

/** The live viewport of the canvas (store). */
export const viewport = (page: Page) => page.evaluate(() => window.__designer!.getState().session.viewport);

/**
 * Saves the canvas at Fit, at mid zoom (×1.1 around device `device`) and close in (×3 there),
 * named `<prefix>-fit.png`, `-mid.png`, `-close.png`.
 */
export async function zoomScreens(page: Page, prefix: string, device: string): Promise<void> {
  await page.evaluate(() => window.__designer!.actions.requestView('fit-all'));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SCREENS}/${prefix}-fit.png` });
  for (const [name, scale] of [
    ['mid', 1.1],
    ['close', 3],
  ] as const) {
    const ok = await page.evaluate(
      ([dev, sc]) => {
        const d = window.__designer!;
        const id = Object.values(d.getState().doc.devices).find((v) => v.name === dev)?.id;
        const p = id ? d.probe.device(id as never) : null;
        const r = d.probe.rect();
        if (!p || !r) return false;
        const v = d.getState().session.viewport;
        const wx = (p.x - r.x - v.x) / v.scale;
        const wy = (p.y - r.y - v.y) / v.scale;
        d.actions.setViewport({ scale: sc, x: r.w / 2 - wx * sc, y: r.h / 3 - wy * sc });
        return true;
      },
      [device, scale] as const,
    );
    if (!ok) throw new Error(`device ${device} is not on screen`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SCREENS}/${prefix}-${name}.png` });
  }
}
