/** Kept rack bitmaps on the desktop (1440×900, DPR 1, mouse): flow and screenshots in `rackBitmaps.ts`. */
import { test } from '@playwright/test';
import { rackBitmapsFlow } from './rackBitmaps';

test.use({ viewport: { width: 1440, height: 900 } });

test('a rename repaints one rack; the copied racks equal a direct paint at Fit and close in; a port click selects it', async ({
  page,
}) => {
  // Measured ~6 s alone; 3× headroom and more for a busy machine.
  test.setTimeout(60_000);
  await page.goto('/');
  await rackBitmapsFlow(page, 'desktop', false);
});
