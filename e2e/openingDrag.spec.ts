/**
 * No palette drag while a design opens (desktop, mouse): no drag starts, no ghost, nothing placed
 * (flow in `openingDrag.ts`; screenshot test-results/screens/opening-drag-desktop.png). And a drag
 * under way when an open starts ends there: the ghost goes and the release drops nothing
 * (opening-drag-ended-desktop.png).
 */
import { expect, test } from '@playwright/test';
import { doc, paletteItem, ready, where } from './designerPage';
import { dragWhileOpening, PART } from './openingDrag';
import { releaseIdbWrites, SCREENS, slowIndexedDbWrites } from './openingFlow';

test('a mouse drag from the greyed palette while a design opens does not start', async ({ page }) => {
  // Measured ~6 s alone (writes held back 800 ms each); 3× headroom and more for a busy machine.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await dragWhileOpening(
    page,
    (l) => l.click(),
    async (from, to) => {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + 40, from.y, { steps: 4 });
      await page.mouse.move(to.x, to.y, { steps: 12 });
      return { release: () => page.mouse.up() };
    },
    'desktop',
  );
});

test('a palette drag under way when a design starts opening ends: the ghost goes, nothing is dropped', async ({
  page,
}) => {
  // Measured ~6 s alone; 3× headroom and more for a busy machine.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await slowIndexedDbWrites(page);
  await page.goto('/');
  await ready(page);
  await page.locator('[data-command="new"]').click();
  await expect.poll(async () => Object.keys((await doc(page)).racks).length).toBe(1);
  const rack = Object.keys((await doc(page)).racks)[0]!;
  const box = (await (await paletteItem(page, PART)).boundingBox())!;
  const ghost = page.locator('.drag-ghost');
  const dragging = () => page.evaluate(() => window.__designer!.getState().session.drag !== null);

  // The drag starts (over the palette the ghost shows what is carried).
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 4 });
  await expect(ghost).toBeVisible();
  expect(await dragging()).toBe(true);

  // New, with the mouse still held (a click from script: the pointer stays where it is).
  await page.evaluate(() => {
    window.__slowIdbWrites = true;
    window.__holdIdbWrites = true;
    document.querySelector<HTMLButtonElement>('[data-command="new"]')!.click();
  });
  await expect(page.getByTestId('opening')).toHaveText('Opening “Untitled design”…');
  expect(await dragging()).toBe(false);
  await expect(ghost).toBeHidden();
  const unit = await where(page, 'unit', rack, 20);
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 3 });
  await expect(ghost).toBeHidden();
  await page.mouse.move(unit.x, unit.y, { steps: 8 });
  await page.screenshot({ path: `${SCREENS}/opening-drag-ended-desktop.png` });
  await page.mouse.up();
  expect(await dragging()).toBe(false);

  await releaseIdbWrites(page);
  await expect(page.getByTestId('opening')).toBeEmpty({ timeout: 20_000 });
  expect(Object.keys((await doc(page)).devices)).toEqual([]);
});
