/**
 * The touch toolbar keeps one line on a narrow tablet: at 834×1194 (iPad 11″ portrait; before, "Fit"
 * and "More ⋯" took a second line, 103 px of toolbar) and at 768×1024 the items that would wrap fold
 * into More (`src/app/toolbarFold.ts`: the rack faces, then Export, …), every button a 44 px target,
 * and every command of the full toolbar (the iPad 12.9″ in landscape, 1366 px, where nothing folds
 * into More) stays reachable: a toolbar button, or an entry of More.
 * Screenshots: test-results/screens/toolbar-fold-<width>x<height>[-more].png.
 */
import { expect, test, type Page } from '@playwright/test';
import { demo, ready, SCREENS } from './canvas12Screens';
import { moreButton } from './toolbarMore';

/** A command's key: its data attribute (`data-command`, a menu's `data-export` …) or its text. */
const commandKeys = (page: Page, scope: string): Promise<string[]> =>
  page.locator(scope).evaluateAll((els) =>
    els
      .filter((el) => (el as HTMLElement).checkVisibility())
      .map((el) => {
        const attr = [...el.attributes].find((a) => a.name.startsWith('data-') && a.name !== 'data-fold');
        return attr ? `${attr.name}=${attr.value}` : (el.textContent ?? '').trim();
      }),
  );

/** Every command the toolbar offers as laid out now: its buttons, and its menus' and More's entries. */
async function reachable(page: Page): Promise<Set<string>> {
  const keys = new Set(await commandKeys(page, 'header.toolbar > [data-command], header.toolbar .seg [data-command]'));
  const menus = page.locator('header.toolbar > .menu > button[aria-haspopup]');
  for (let i = 0; i < (await menus.count()); i++) {
    const menu = menus.nth(i);
    await menu.tap();
    for (const k of await commandKeys(page, 'header.toolbar .menu-list button, header.toolbar .menu-list a'))
      keys.add(k);
    await menu.tap();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  }
  return keys;
}

test('narrow touch toolbar: one line at 834 and 768 px, every command still reachable', async ({ page }) => {
  // Measured ~15 s alone; 3× headroom and more for a busy machine.
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 1024 });
  await page.goto('/');
  await ready(page);
  await demo(page, 'ten-racks');
  await expect(moreButton(page)).toHaveCount(0);
  const all = await reachable(page);
  // The full toolbar's commands (checked so that a broken collection cannot pass vacuously).
  for (const k of ['data-command=new', 'data-command=face-rear', 'data-command=fit-all', 'data-command=shortcuts'])
    expect(all).toContain(k);
  expect([...all].filter((k) => k.startsWith('data-export=')).length).toBeGreaterThan(2);

  for (const [width, height] of [
    [834, 1194],
    [768, 1024],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect(moreButton(page)).toBeVisible();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SCREENS}/toolbar-fold-${width}x${height}.png` });
    // One line: every button's top the same, every button a 44 px target inside the screen.
    const boxes = await page
      .locator('header.toolbar button')
      .evaluateAll((bs) =>
        bs
          .filter((b) => b.checkVisibility())
          .map((b) => ({ text: b.textContent, ...b.getBoundingClientRect().toJSON() })),
      );
    const top = Math.min(...boxes.map((b) => b.top));
    expect
      .soft(
        boxes.filter((b) => Math.abs(b.top - top) > 0.5).map((b) => b.text),
        `${width} px`,
      )
      .toEqual([]);
    expect.soft(boxes.filter((b) => b.height < 44).map((b) => b.text)).toEqual([]);
    expect.soft(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(width);
    expect.soft((await page.locator('header.toolbar').boundingBox())!.height).toBeLessThan(60);

    // Everything the full toolbar offers is here: a button, a menu's entry, or More's.
    const here = await reachable(page);
    await moreButton(page).tap();
    await page.screenshot({ path: `${SCREENS}/toolbar-fold-${width}x${height}-more.png` });
    await page.keyboard.press('Escape');
    expect
      .soft(
        [...all].filter((k) => !here.has(k)),
        `${width} px`,
      )
      .toEqual([]);
  }

  // A folded command runs from More: the rear face (folded at both widths), pressed there after.
  await moreButton(page).tap();
  const rear = page.locator('.more-list [data-command="face-rear"]');
  await expect(rear).toHaveAttribute('aria-pressed', 'false');
  await rear.tap();
  await expect.poll(() => page.evaluate(() => window.__designer!.getState().session.face)).toBe('rear');
  await moreButton(page).tap();
  await expect(page.locator('.more-list [data-command="face-rear"]')).toHaveAttribute('aria-pressed', 'true');
});
