/**
 * Issue 12 §1 on the iPad viewport with touch (portrait 1024 × 1366, landscape 1366 × 1024): a tap
 * on a collapsed cable bundle expands it (there is no hover), a tap on one of its cables selects
 * it; a tap in the minimap pans the canvas there. Screenshots at Fit, mid and close zoom:
 * test-results/screens/canvas12-*-tablet-*.png. Design: `canvas12Design.ts` (drawn there).
 */
import { expect, test } from '@playwright/test';
import { cableId, openBundleDesign } from './canvas12Design';
import { demo, ready, SCREENS, viewport, zoomScreens } from './canvas12Screens';

for (const [name, size] of [
  ['portrait', { width: 1024, height: 1366 }],
  ['landscape', { width: 1366, height: 1024 }],
] as const) {
  test.describe(`${name} tablet ${size.width} × ${size.height}`, () => {
    test.use({ viewport: size });

    test('a tap expands a cable bundle and a second tap selects a cable in it', async ({ page }) => {
      // Measured ~10 s alone; 3× headroom and more for a busy machine.
      test.setTimeout(90_000);
      await page.goto('/');
      await ready(page);
      await openBundleDesign(page);
      await page.getByRole('button', { name: 'Fit', exact: true }).tap();
      await page.waitForTimeout(300);
      const canvas = page.getByTestId('canvas');
      const [key] = await page.evaluate(() => window.__designer!.probe.bundles());
      expect(key).toBeTruthy();
      const trunk = (await page.evaluate((k) => window.__designer!.probe.bundle(k), key!))!;
      await page.touchscreen.tap(trunk.x, trunk.y);
      await expect(canvas).toHaveAttribute('data-expanded-bundle', key!);
      await page.screenshot({ path: `${SCREENS}/canvas12-bundle-tapped-tablet-${name}.png` });
      const t1 = await cableId(page, 'T1');
      const on = (await page.evaluate((id) => window.__designer!.probe.cable(id), t1))!;
      await page.touchscreen.tap(on.x, on.y);
      await expect
        .poll(() => page.evaluate(() => window.__designer!.getState().session.selection))
        .toEqual({ kind: 'cable', id: t1 });
      await expect(canvas).toHaveAttribute('data-expanded-bundle', key!);
      await zoomScreens(page, `canvas12-bundle-tablet-${name}`, 'P1');
    });

    test('a tap in the minimap pans the canvas there', async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto('/');
      await ready(page);
      await demo(page, 'ten-racks');
      await page.getByRole('button', { name: 'Fit', exact: true }).tap();
      const map = page.getByTestId('minimap');
      await expect(map).toBeVisible();
      const box = (await map.boundingBox())!;
      // The minimap is a 44 px touch target or more in both directions.
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
      const before = await viewport(page);
      await page.touchscreen.tap(box.x + box.width - 10, box.y + box.height / 2);
      await expect.poll(async () => (await viewport(page)).x).toBeLessThan(before.x - 1000 * before.scale);
      expect((await viewport(page)).scale).toBe(before.scale);
      await page.screenshot({ path: `${SCREENS}/canvas12-minimap-tablet-${name}.png` });
      await zoomScreens(page, `canvas12-ten-racks-tablet-${name}`, 'P1');
    });
  });
}
