/**
 * The tablet at 1024 px (iPad 12.9″ portrait 1024×1366 and landscape 1366×1024, touch), the
 * ten-rack demo at Fit with a cable selected:
 *  - the toolbar is one line of 44 px targets; in portrait the less used commands are in "More ⋯"
 *    (keyboard: Enter opens, Tab walks, Escape closes and the focus returns; shortcuts unchanged);
 *    before, it wrapped onto two lines (103 px) in portrait;
 *  - the legend's summary is one line beside the minimap, overlapping neither it nor the rack rows'
 *    view below the canvas (before: two lines, 58 px high);
 *  - the cut status notice (the demo's blurb) opens whole with a tap, and closes (Close, Escape);
 *  - the bottom tabs are one line each ("Channels (60)" took two) and no channel-table header takes
 *    more than two lines ("Length / reach m" took three).
 * Screenshots: test-results/screens/tablet1024-<portrait|landscape>-<state>.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { demo, ready, SCREENS } from './canvas12Screens';
import { lineCount, overlap, toolbarItems } from './tablet1024';
import { moreButton } from './toolbarMore';

/** Loads the ten-rack demo at Fit with a cable selected. */
async function tenRacksWithCable(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.goto('/');
  await ready(page);
  await demo(page, 'ten-racks');
  await page.evaluate(() => window.__designer!.actions.requestView('fit-all'));
  const cable = await page.evaluate(() => Object.keys(window.__designer!.getState().doc.cables)[0]!);
  await page.evaluate((c) => window.__designer!.actions.select({ kind: 'cable', id: c as never }), cable);
  await page.waitForTimeout(400);
}

for (const [orientation, width, height] of [
  ['portrait', 1024, 1366],
  ['landscape', 1366, 1024],
] as const) {
  test(`tablet ${orientation}: one-line toolbar, legend, tabs; notice readable whole`, async ({ page }) => {
    // Measured ~12 s alone; 3× headroom and more for a busy machine.
    test.setTimeout(90_000);
    await tenRacksWithCable(page, width, height);
    await page.screenshot({ path: `${SCREENS}/tablet1024-${orientation}-cable.png` });

    // Toolbar: every control on the first line, 44 px tall, none past the right edge.
    const bar = (await page.locator('header.toolbar').boundingBox())!;
    expect.soft(bar.height).toBeLessThan(44 + 44);
    const items = await toolbarItems(page);
    const top = Math.min(...items.map((b) => b.y));
    expect.soft(items.filter((b) => b.y > top + 44).map((b) => b.text)).toEqual([]);
    expect.soft(Math.max(...items.map((b) => b.x + b.width))).toBeLessThanOrEqual(width);
    for (const b of await page.locator('header.toolbar button:visible').all()) {
      expect.soft((await b.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }

    // The legend's summary is one line beside the minimap, inside the canvas.
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    const legend = (await page.getByTestId('legend').boundingBox())!;
    const minimap = (await page.locator('.minimap').boundingBox())!;
    expect.soft(await lineCount(page.locator('.canvas-legend > summary'))).toBe(1);
    expect.soft(legend.height).toBeLessThanOrEqual(44 + 12);
    expect.soft(overlap(legend, minimap)).toBe(false);
    expect.soft(legend.y + legend.height).toBeLessThanOrEqual(canvas.y + canvas.height);
    for (const control of await page.locator('.canvas-view-options').all()) {
      expect.soft(overlap(legend, (await control.boundingBox())!)).toBe(false);
    }

    // Tabs on one line; headers at most two.
    for (const tab of await page.locator('.bottom [role="tab"]').all()) {
      expect.soft(await lineCount(tab), await tab.innerText()).toBe(1);
    }
    // The tabs and the filters share one row (in portrait the filters are one select: tabletPanes.touch.spec.ts).
    expect.soft((await page.locator('.bottom .tabs').boundingBox())!.height).toBeLessThan(2 * 44);
    for (const th of await page.locator('table.channels th:visible').all()) {
      expect.soft(await lineCount(th), await th.innerText()).toBeLessThanOrEqual(2);
    }

    // The cut notice: a tap shows it whole, in the viewport; Close and Escape close it.
    const notice = page.getByTestId('notice');
    expect(await notice.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const text = (await notice.textContent())!;
    const open = page.getByRole('button', { name: 'Read the whole notice' });
    await open.tap();
    const full = page.getByTestId('notice-full');
    await expect(full).toBeVisible();
    await expect(full.locator('p')).toHaveText(text);
    const fb = (await full.boundingBox())!;
    expect(fb.x).toBeGreaterThanOrEqual(0);
    expect(fb.x + fb.width).toBeLessThanOrEqual(width);
    expect(fb.y).toBeGreaterThanOrEqual(0);
    expect(await lineCount(full.locator('p'))).toBeGreaterThan(1);
    await page.screenshot({ path: `${SCREENS}/tablet1024-${orientation}-notice.png` });
    await full.getByRole('button', { name: 'Close' }).tap();
    await expect(full).toBeHidden();
    await expect(open).toBeFocused();
    await open.tap();
    await expect(full).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(full).toBeHidden();
    // The live region is the notice itself, unchanged.
    await expect(notice).toHaveAttribute('role', 'status');
    await expect(notice).toHaveAttribute('aria-live', 'polite');
  });
}

test('tablet portrait: More ⋯ holds the folded commands, by touch and by keyboard', async ({ page }) => {
  test.setTimeout(90_000);
  await tenRacksWithCable(page, 1024, 1366);
  const more = moreButton(page);
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.tap();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const list = page.getByRole('group', { name: 'More commands' });
  for (const name of ['Designs', 'Command palette', 'Keyboard shortcuts']) {
    await expect(list.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(list.getByRole('link', { name: 'Port map' })).toBeVisible();
  for (const sel of ['[data-demo="ten-racks"]', '[data-netbox="cables"]', '[data-field="import"]']) {
    await expect(list.locator(sel)).toBeVisible();
  }
  const lb = (await list.boundingBox())!;
  expect(lb.x).toBeGreaterThanOrEqual(0);
  expect(lb.x + lb.width).toBeLessThanOrEqual(1024);
  await page.screenshot({ path: `${SCREENS}/tablet1024-portrait-more.png` });
  for (const entry of await list.locator('button, a').all()) {
    expect((await entry.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }

  // An entry runs its command and closes the menu.
  await list.getByRole('button', { name: 'Keyboard shortcuts', exact: true }).tap();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(list).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();

  // Keyboard: Enter opens, Tab reaches the first entry, Escape closes and gives the focus back.
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(list).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(list.getByRole('button', { name: 'Designs', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(more).toBeFocused();

  // Shortcuts are unchanged: Ctrl K opens the command palette with More closed.
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
});
