/** The row's name whole after + Rack's Fit, with a cable selected (tablet, taps; flow in `rowHeaderFit.ts`). */
import { test } from '@playwright/test';
import { rowHeaderAfterAddRack, rowNameStaysInView } from './rowHeaderFit';

test("Fit after + Rack shows the row's name whole (tablet)", async ({ page }) => {
  // Measured ~5 s alone; 3× headroom and more for a busy machine.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1366, height: 1024 });
  await rowHeaderAfterAddRack(page, (l) => l.tap(), 'tablet');
});

test("a rack far along its row: the row's name sticks to the canvas's left edge (tablet portrait)", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1024, height: 1366 });
  await rowNameStaysInView(page, (l) => l.tap(), 'tablet-portrait');
});
