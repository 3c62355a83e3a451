/**
 * No palette drag while a design opens (desktop, mouse): no drag starts, no ghost, nothing placed.
 * The flow is in `openingDrag.ts`; screenshot test-results/screens/opening-drag-desktop.png.
 */
import { test } from '@playwright/test';
import { dragWhileOpening } from './openingDrag';

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
