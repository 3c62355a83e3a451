/**
 * The desktop side of the 1024 px tablet work (e2e/tablet1024.touch.spec.ts): at 1,280 px and wider
 * the toolbar keeps every command as its own button (no More ⋯), the legend keeps its words, and a
 * cut status notice opens whole with a click (Escape closes it, the focus goes back). Narrower, with
 * a mouse too (a small laptop, a 1024×768 projector), the toolbar keeps one line by folding its less
 * used commands into More, and they still run; on a narrow canvas (also a 1280×720 projector with
 * the palette) the legend shows its glyphs on one line.
 * Screenshots: test-results/screens/tablet1024-desktop-<state>.png.
 */
import { expect, test } from '@playwright/test';
import { demo, ready, SCREENS } from './canvas12Screens';
import { toolbarItems } from './tablet1024';
import { moreButton } from './toolbarMore';

test('desktop: full toolbar on one line, legend words, a cut notice opens by click', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await ready(page);
  await demo(page, 'ten-racks');
  await page.evaluate(() => window.__designer!.actions.requestView('fit-all'));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SCREENS}/tablet1024-desktop-fit.png` });

  expect((await page.locator('header.toolbar').boundingBox())!.height).toBe(52);
  const items = await toolbarItems(page);
  const top = Math.min(...items.map((b) => b.y));
  expect(items.filter((b) => b.y > top + 32).map((b) => b.text)).toEqual([]);
  await expect(moreButton(page)).toHaveCount(0);
  for (const sel of ['[data-command="designs"]', '[data-command="portmap"]', '[data-command="palette"]']) {
    await expect(page.locator(`header.toolbar ${sel}`)).toBeVisible();
  }
  await expect(page.getByTestId('legend').locator('summary')).toContainText('Unverified');
  await expect(page.getByTestId('legend').locator('.legend-caption')).toBeHidden();
  // The analysis pane keeps its filter buttons (the touch-only select stays hidden) and every column.
  await expect(page.getByRole('group', { name: 'Filter channels' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Filter channels' })).toBeHidden();
  await expect(page.locator('table.channels thead th')).toHaveCount(7);
  await expect(page.locator('table.channels')).not.toHaveAttribute('data-folded', /./);
  expect((await page.locator('footer.statusbar').boundingBox())!.height).toBe(28);

  // Narrower, the demo's blurb is cut: a click shows it whole.
  await page.setViewportSize({ width: 1100, height: 800 });
  const notice = page.getByTestId('notice');
  await expect.poll(() => notice.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  const open = page.getByRole('button', { name: 'Read the whole notice' });
  await open.click();
  const full = page.getByTestId('notice-full');
  await expect(full.locator('p')).toHaveText((await notice.textContent())!);
  await page.screenshot({ path: `${SCREENS}/tablet1024-desktop-notice.png` });
  await page.keyboard.press('Escape');
  await expect(full).toBeHidden();
  await expect(open).toBeFocused();

  // A 1024×768 projector with a mouse: one toolbar line (it was two, 83 px), the commands in More.
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(moreButton(page)).toBeVisible();
  expect((await page.locator('header.toolbar').boundingBox())!.height).toBeLessThan(60);
  const narrow = await toolbarItems(page);
  const narrowTop = Math.min(...narrow.map((b) => b.y));
  expect(narrow.filter((b) => b.y > narrowTop + 32).map((b) => b.text)).toEqual([]);
  // The legend beside the minimap keeps one line there and on a 1280×720 projector (glyphs only).
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(size);
    const summary = page.getByTestId('legend').locator('summary');
    await expect(page.getByTestId('legend').locator('.legend-caption')).toBeVisible();
    expect((await summary.boundingBox())!.height, `legend at ${size.width} px`).toBeLessThan(40);
  }
  await page.setViewportSize({ width: 1024, height: 768 });
  await moreButton(page).click();
  await page.locator('[data-command="designs"]').click();
  await expect(moreButton(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('dialog', { name: 'Designs' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/tablet1024-desktop-1024-designs.png` });
});
