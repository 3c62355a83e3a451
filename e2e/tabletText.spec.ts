/**
 * The desktop (fine pointer) stays dense while the tablet gets 16 px text and 44 px targets
 * (tabletText.touch.spec.ts): at 1440×900 the status bar is 12 px text, the small buttons 28 px
 * high, the channel table's header 12 px, the bottom panel 250 px, the channel diagram's text 11 px.
 */
import { expect, test } from '@playwright/test';
import { demo, ready } from './canvas12Screens';
import { visibleTexts } from './tabletText';

test('desktop: the dense sizes are kept (the tablet sizes apply to a coarse pointer only)', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await ready(page);
  await demo(page, 'broken-method-a');
  expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(false);
  const px = (sel: string) =>
    page
      .locator(sel)
      .first()
      .evaluate((el) => getComputedStyle(el).fontSize);
  expect(await px('footer.statusbar')).toBe('12px');
  expect(await px('table.grid th')).toBe('12px');
  expect((await page.locator('.btn.small').first().boundingBox())!.height).toBe(28);
  expect((await page.locator('.bottom').boundingBox())!.height).toBe(250);
  await page.locator('tr[data-channel]').first().click();
  await expect(page.locator('svg.channel-diagram').first()).toBeVisible();
  const svgText = (await visibleTexts(page)).filter((t) => t.where.includes('svg.channel-diagram'));
  expect(svgText.length).toBeGreaterThan(0);
  expect(new Set(svgText.map((t) => t.px))).toEqual(new Set([11]));
});
