/**
 * A drag from the palette while a design opens (the palette is greyed: a disabled fieldset) must
 * not start at all: Chromium still sends pointer events to disabled buttons, so without a guard a
 * ghost followed the pointer and the drop was refused. With IndexedDB writes held back
 * (`openingFlow.ts`), New is pressed, then a part is dragged from the palette onto a rack unit
 * (mouse on the desktop, a finger on the tablet). While the pointer moves, a watcher in the page
 * records whether the store ever had a palette drag or the ghost was shown; after the open the new
 * design has no device and the notice of a refused drop never came.
 *
 * ```text
 *   New ──► opening (palette greyed) ──► press on a part ─ move ─► rack unit ─ release
 *                                          no drag in the store, no ghost, nothing placed
 * ```
 */
import { expect, type Page } from '@playwright/test';
import { doc, ready, where, type Pt } from './designerPage';
import { releaseIdbWrites, SCREENS, slowIndexedDbWrites } from './openingFlow';

declare global {
  interface Window {
    __dragWatch?: { drag: boolean; ghost: boolean };
  }
}

/** The part dragged (a 1U enclosure). */
export const PART = 'equipment/enclosure-1u-4slot-cassette-modular';

/** Moves the pointer from `from` to `to` in `steps`, pressed (mouse or finger). */
export type DragPath = (from: Pt, to: Pt) => Promise<{ release: () => Promise<void> }>;

/**
 * The flow on `page`; `press` clicks or taps a button, `drag` presses at `from`, moves to `to`
 * and returns how to release. Saves `${SCREENS}/opening-drag-<suffix>.png` mid-drag.
 */
export async function dragWhileOpening(
  page: Page,
  press: (l: ReturnType<Page['locator']>) => Promise<void>,
  drag: DragPath,
  suffix: string,
): Promise<void> {
  await slowIndexedDbWrites(page);
  await page.goto('/');
  await ready(page);
  await press(page.locator('[data-command="new"]'));
  await expect.poll(async () => Object.keys((await doc(page)).racks).length).toBe(1);
  await expect(page.getByTestId('opening')).toBeEmpty();
  await page.getByLabel('Search parts').fill(PART);
  const grab = page.locator(`[data-part="${PART}"] .grab`);
  await expect(grab).toBeVisible();
  const box = (await grab.boundingBox())!;
  const rack = Object.keys((await doc(page)).racks)[0]!;
  const unit = await where(page, 'unit', rack, 20);

  await page.evaluate(() => {
    const w: { drag: boolean; ghost: boolean } = { drag: false, ghost: false };
    window.__dragWatch = w;
    const look = () => {
      if (window.__designer!.getState().session.drag) w.drag = true;
      const ghost = document.querySelector<HTMLElement>('.drag-ghost');
      if (ghost && !ghost.hidden) w.ghost = true;
    };
    const tick = () => {
      look();
      requestAnimationFrame(tick);
    };
    tick();
    for (const type of ['pointermove', 'pointerup', 'touchmove'])
      window.addEventListener(type, () => setTimeout(look), true);
    // Completions held until released: the open lasts while the pointer moves, however busy the machine.
    window.__slowIdbWrites = true;
    window.__holdIdbWrites = true;
  });
  await press(page.locator('[data-command="new"]'));
  await expect(page.getByTestId('opening')).toHaveText('Opening “Untitled design”…');
  await expect(grab).toBeDisabled();
  const { release } = await drag({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, unit);
  // Still opening when the pointer is over the rack: the drag had its chance to start.
  await expect(page.getByTestId('opening')).not.toBeEmpty();
  await page.screenshot({ path: `${SCREENS}/opening-drag-${suffix}.png` });
  await release();
  expect(await page.evaluate(() => window.__dragWatch)).toEqual({ drag: false, ghost: false });

  await releaseIdbWrites(page);
  await expect(page.getByTestId('opening')).toBeEmpty({ timeout: 20_000 });
  expect(await page.evaluate(() => window.__dragWatch)).toEqual({ drag: false, ghost: false });
  const opened = await doc(page);
  expect(opened.name).toBe('Untitled design');
  expect(Object.keys(opened.devices)).toEqual([]);
}
