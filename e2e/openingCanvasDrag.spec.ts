/**
 * Canvas device drags while a design opens (desktop, mouse). The store refuses every edit until
 * the new design is bound, so a device move could only be refused at the release: the canvas now
 * ends it at once, as the palette drag does (e2e/openingDrag.spec.ts).
 *  1. A drag that starts while a design opens does not start: the wait notice comes at once, the
 *     canvas never shows the grabbing cursor, and the device stays at U20.
 *  2. A drag under way when an open starts ends there: the grabbing cursor goes before the release,
 *     and the release moves nothing.
 *
 * ```text
 *   New ─► a switch at U20 ─► (1) New, opening ─► press on the switch ─ move ─► U30 ─ release
 *                             (2) press on the switch ─ move ─► New, opening ─► U30 ─ release
 *                             both: no grabbing cursor while opening, the switch stays at U20
 * ```
 * Screenshot: test-results/screens/opening-canvas-drag-desktop.png (case 1, mid-drag).
 */
import { expect, test, type Page } from '@playwright/test';
import { doc, ready, where } from './designerPage';
import { releaseIdbWrites, SCREENS, slowIndexedDbWrites } from './openingFlow';

const WAIT = 'Opening “Untitled design” — wait a moment';

/** A new design with a switch at U20 of its rack; returns the rack and the switch. */
async function switchAtU20(page: Page): Promise<{ rack: string; sw: string }> {
  await slowIndexedDbWrites(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await ready(page);
  await page.locator('[data-command="new"]').click();
  await expect.poll(async () => Object.keys((await doc(page)).racks).length).toBe(1);
  await expect(page.getByTestId('opening')).toBeEmpty();
  const rack = Object.keys((await doc(page)).racks)[0]!;
  const sw = await page.evaluate(
    (r) => window.__designer!.actions.placeEquipment('equipment/switch-1u-24xsfpplus' as never, r as never, 20)!,
    rack,
  );
  await page.waitForTimeout(300);
  return { rack, sw };
}

/** New, from script (the mouse stays where it is), with IndexedDB writes held: the open lasts. */
async function newHeld(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__slowIdbWrites = true;
    window.__holdIdbWrites = true;
    document.querySelector<HTMLButtonElement>('[data-command="new"]')!.click();
  });
  await expect(page.getByTestId('opening')).toHaveText('Opening “Untitled design”…');
}

const cursor = (page: Page) => page.getByTestId('canvas').evaluate((el) => el.style.cursor);
const placement = async (page: Page, sw: string) => JSON.stringify((await doc(page)).devices[sw as never]?.placement);

test('a canvas device drag that starts while a design opens ends at once', async ({ page }) => {
  // Measured ~6 s alone; 3× headroom and more for a busy machine.
  test.setTimeout(60_000);
  const { rack, sw } = await switchAtU20(page);
  const before = await placement(page, sw);
  const from = await where(page, 'handle', sw);
  const to = await where(page, 'unit', rack, 30);
  await newHeld(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 20, { steps: 4 });
  await expect(page.getByTestId('notice')).toHaveText(WAIT);
  expect(await cursor(page)).not.toBe('grabbing');
  await page.mouse.move(to.x, to.y, { steps: 8 });
  expect(await cursor(page)).not.toBe('grabbing');
  await page.screenshot({ path: `${SCREENS}/opening-canvas-drag-desktop.png` });
  await page.mouse.up();
  expect(await placement(page, sw)).toBe(before);
  await releaseIdbWrites(page);
  await expect(page.getByTestId('opening')).toBeEmpty({ timeout: 20_000 });
});

test('a canvas device drag under way when a design starts opening ends there', async ({ page }) => {
  // Measured ~6 s alone; 3× headroom and more for a busy machine.
  test.setTimeout(60_000);
  const { rack, sw } = await switchAtU20(page);
  const before = await placement(page, sw);
  const from = await where(page, 'handle', sw);
  const to = await where(page, 'unit', rack, 30);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 10, from.y + 20, { steps: 4 });
  await expect.poll(() => cursor(page)).toBe('grabbing');
  await newHeld(page);
  await expect.poll(() => cursor(page)).not.toBe('grabbing');
  await page.mouse.move(to.x, to.y, { steps: 8 });
  expect(await cursor(page)).not.toBe('grabbing');
  await page.mouse.up();
  expect(await placement(page, sw)).toBe(before);
  await releaseIdbWrites(page);
  await expect(page.getByTestId('opening')).toBeEmpty({ timeout: 20_000 });
});
