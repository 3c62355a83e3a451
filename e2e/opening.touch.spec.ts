/**
 * A design that is opening takes no edits (tablet, touch): with IndexedDB writes held back, tap
 * New and at once press Ctrl+Z (a keyboard case) and tap "+ Rack" — the rack lands in the new
 * design, the design left is unchanged. Screenshots: test-results/screens/opening-tablet.png
 * (while opening), opening-done-tablet.png. The flow is in `openingFlow.ts`.
 */
import { test } from '@playwright/test';
import { newThenRackRace } from './openingFlow';

test('tap New then at once + Rack: the rack lands in the new design, the one left is unchanged', async ({ page }) => {
  // Measured ~8 s alone (writes held back 800 ms each); 3× headroom and more for a busy machine.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1366, height: 1024 });
  await newThenRackRace(page, (l) => l.tap(), 'tablet');
});
