/**
 * Page helpers of the designer end-to-end specs (designer*.spec.ts): wait for the first analysed
 * design, read the store (through `window.__designer`), find canvas things from the canvas's own
 * scene geometry, drag parts from the palette and frame devices. Never reads pixels.
 */
import { expect, type Page } from '@playwright/test';

/** A client point, CSS px. */
export type Pt = { x: number; y: number };
/** A port of a placed device (`device` id, port key). */
export type Ref = { device: string; port: string };

/** Waits for the app and its first analysed design. */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__designer?.firstAnalysedMs != null);
}

/** The design document (read from the store). */
export const doc = (page: Page) => page.evaluate(() => window.__designer!.getState().doc);

/**
 * Client point of a canvas thing (`unit`, `slot`, `port`, `device`, `handle`, `header`, `row`; `args` as the
 * canvas probe takes them), from the canvas's own scene geometry; throws when it is not on screen.
 */
export async function where(
  page: Page,
  kind: 'unit' | 'slot' | 'port' | 'device' | 'handle' | 'header' | 'row' | 'belowRow',
  ...args: unknown[]
): Promise<Pt> {
  const p = await page.evaluate(
    ([k, a]) => {
      const probe = window.__designer!.probe as unknown as Record<string, (...x: unknown[]) => Pt | null>;
      return probe[k as string]!(...(a as unknown[]));
    },
    [kind, args] as const,
  );
  if (!p) throw new Error(`${kind} ${JSON.stringify(args)} is not on screen`);
  return p;
}

/** Narrows the palette to one part and returns its drag handle. */
export async function paletteItem(page: Page, part: string) {
  await page.getByLabel('Search parts').fill(part);
  const item = page.locator(`[data-part="${part}"] .grab`);
  await expect(item).toBeVisible();
  return item;
}

/** Drags a part from the palette to a client point (mouse). */
export async function dragPart(page: Page, part: string, to: Pt): Promise<void> {
  const box = (await (await paletteItem(page, part)).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** The id of the device named `name`. */
export async function deviceId(page: Page, name: string): Promise<string> {
  const d = await doc(page);
  const dev = Object.values(d.devices).find((v) => v.name === name);
  if (!dev) throw new Error(`no device ${name}`);
  return dev.id;
}

/** Verdicts of the equipment channels, in list order. */
export const verdicts = (page: Page) =>
  page.evaluate(() =>
    window
      .__designer!.analysis()
      .channels.filter((c) => ['duplex', 'parallel', 'breakout'].includes(c.kind))
      .map((c) => c.verdict),
  );

/** Frames the given devices on the canvas (what double-click or "Zoom to" does). */
export async function focus(page: Page, ...names: string[]): Promise<void> {
  const ids = await Promise.all(names.map((n) => deviceId(page, n)));
  await page.evaluate((x) => window.__designer!.actions.requestView('focus', x as never), ids);
  await page.waitForTimeout(100);
}

/** Clicks (mouse) at client point `p`. */
export async function click(page: Page, p: Pt): Promise<void> {
  await page.mouse.click(p.x, p.y);
}
