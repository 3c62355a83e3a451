/** The row's name whole after + Rack's Fit, with a cable selected (desktop 1440×900; flow in `rowHeaderFit.ts`). */
import { test } from '@playwright/test';
import { rowHeaderAfterAddRack, rowNameStaysInView } from './rowHeaderFit';

test("Fit after + Rack shows the row's name whole (desktop)", async ({ page }) => {
  // Measured ~4 s alone; 3× headroom and more for a busy machine.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await rowHeaderAfterAddRack(page, (l) => l.click(), 'desktop');
});

test("a rack far along its row: the row's name sticks to the canvas's left edge (desktop)", async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await rowNameStaysInView(page, (l) => l.click(), 'desktop');
});
