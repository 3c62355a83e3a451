/** Kept rack bitmaps on the tablet (iPad Pro 11, DPR 2, touch): flow and screenshots in `rackBitmaps.ts`. */
import { test } from '@playwright/test';
import { rackBitmapsFlow } from './rackBitmaps';

test('a rename repaints one rack; the copied racks equal a direct paint at Fit and close in; a port tap selects it', async ({
  page,
}) => {
  // Measured ~6 s alone; 3× headroom and more for a busy machine.
  test.setTimeout(60_000);
  await page.goto('/');
  await rackBitmapsFlow(page, 'tablet', true);
});
