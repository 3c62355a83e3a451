/**
 * Tablet legibility (issue 10 follow-up): on touch layouts (coarse pointer), at iPad portrait
 * 1024×1366 and landscape 1366×1024, every visible DOM text is 16 px or more — except the
 * deliberate secondary captions (`CAPTIONS`, 14 px) — every visible control is a 44 px target, no
 * table header is cut, and the status bar stays one line at the bottom with the canvas on screen.
 * Visited: the ten-rack demo
 * at Fit, a cable selected (inspector, channel detail), the Issues tab, the parts drawer (portrait),
 * the Demos, NetBox, Export and Field test menus, the channel diagram wide, the Designs view, the
 * shortcuts dialog, the command palette, Connect by label and a design opening.
 * Screenshots: test-results/screens/tablet-text-<portrait|landscape>-<state>.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { demo, ready, SCREENS } from './canvas12Screens';
import { holdIdbWrites, releaseIdbWrites, slowIndexedDbWrites } from './openingFlow';
import { clippedHeaders, visibleTargets, visibleTexts } from './tabletText';
import { moreButton, showFolded } from './toolbarMore';

/** Secondary captions allowed at 14 px (see src/app/tablet.css). */
const CAPTIONS = ['span.chip', 'span.sub', 'span.field-hint', 'span.lib-tag'];
const isCaption = (where: string) => CAPTIONS.some((c) => where.endsWith(c) || where.includes(`${c}.`));

/** Text and targets below the tablet minimums on screen now, as readable lines (empty when none). */
async function tooSmall(page: Page): Promise<string[]> {
  const texts = (await visibleTexts(page))
    .filter((t) => t.px < (isCaption(t.where) ? 14 : 16))
    .map((t) => `${t.px}px ${t.where} «${t.text}»`);
  const targets = (await visibleTargets(page))
    .filter((t) => t.w < 44 || t.h < 44)
    .map((t) => `${t.w}×${t.h} ${t.where} «${t.text}»`);
  return [...new Set([...texts, ...targets, ...(await clippedHeaders(page))])];
}

/** The status bar is one line at the bottom of the viewport, and the canvas is on screen above it. */
async function statusBarFits(page: Page, height: number): Promise<void> {
  const bar = (await page.locator('footer.statusbar').boundingBox())!;
  expect(bar.height).toBeLessThanOrEqual(44);
  expect(Math.round(bar.y + bar.height)).toBe(height);
  const notice = page.getByTestId('notice');
  expect(await notice.evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
  const lineHeight = await notice.evaluate((el) => el.getBoundingClientRect().height);
  expect(lineHeight).toBeLessThan(2 * 16);
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  expect(canvas.height).toBeGreaterThan(300);
  expect(canvas.y + canvas.height).toBeLessThanOrEqual(bar.y + 1);
}

for (const [orientation, width, height] of [
  ['portrait', 1024, 1366],
  ['landscape', 1366, 1024],
] as const) {
  test(`tablet ${orientation}: 16 px text and 44 px targets in every view`, async ({ page }) => {
    // Measured ~10 s alone; 3× headroom and more for a busy machine.
    test.setTimeout(90_000);
    await slowIndexedDbWrites(page);
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await ready(page);
    await demo(page, 'ten-racks');
    await page.evaluate(() => window.__designer!.actions.requestView('fit-all'));
    const small: Record<string, string[]> = {};
    const look = async (state: string) => {
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${SCREENS}/tablet-text-${orientation}-${state}.png` });
      const found = await tooSmall(page);
      if (found.length) small[state] = found;
    };
    await look('fit');
    await statusBarFits(page, height);

    const cable = await page.evaluate(() => Object.keys(window.__designer!.getState().doc.cables)[0]!);
    await page.evaluate((c) => window.__designer!.actions.select({ kind: 'cable', id: c as never }), cable);
    await look('cable');
    await statusBarFits(page, height);

    await page.getByRole('tab', { name: /Issues/ }).tap();
    await look('issues');
    if (orientation === 'portrait') {
      await page.locator('[data-command="parts"]').tap();
      await look('parts');
      await page.locator('[data-command="parts"]').tap();
    }
    // In portrait Demos, NetBox and Field test are folded into More (with Designs, the port map,
    // the palette and the shortcuts): that menu is looked at instead.
    for (const menu of ['Demos', 'NetBox', 'Export', 'Field test']) {
      const button = page.locator('header.toolbar').getByRole('button', { name: new RegExp(`^${menu}`) });
      if ((await button.count()) === 0) continue;
      await button.tap();
      await look(`menu-${menu.toLowerCase().replace(' ', '-')}`);
      await page.keyboard.press('Escape');
    }
    if ((await moreButton(page).count()) > 0) {
      await moreButton(page).tap();
      await look('menu-more');
      await page.keyboard.press('Escape');
    }
    await page.getByRole('button', { name: 'Open the channel diagram wide' }).tap();
    await expect(page.getByRole('dialog', { name: 'Channel diagram' })).toBeVisible();
    await look('diagram-wide');
    await page.keyboard.press('Escape');
    await showFolded(page);
    await page.locator('[data-command="designs"]').tap();
    await expect(page.getByRole('dialog', { name: 'Designs' })).toBeVisible();
    await look('designs');
    await page.keyboard.press('Escape');
    await showFolded(page);
    await page.locator('[data-command="shortcuts"]').tap();
    await look('shortcuts');
    await page.keyboard.press('Escape');
    await showFolded(page);
    await page.getByRole('button', { name: 'Command palette' }).tap();
    await look('command-palette');
    await page.getByRole('combobox', { name: 'Find a command' }).fill('connect by label');
    await page.locator('[data-command="connect-by-label"]').tap();
    await expect(page.getByRole('dialog', { name: 'Connect by label' })).toBeVisible();
    await look('connect-by-label');
    await page.keyboard.press('Escape');

    // A design opening: the indicator and the "wait" notice share the one line.
    await holdIdbWrites(page);
    await page.locator('[data-command="new"]').tap();
    await expect(page.getByTestId('opening')).toHaveText('Opening “Untitled design”…');
    await page.evaluate(() => window.__designer!.actions.undo());
    await expect(page.getByTestId('notice')).toHaveText('Opening “Untitled design” — wait a moment');
    await look('opening');
    await statusBarFits(page, height);
    await releaseIdbWrites(page);
    await expect(page.getByTestId('opening')).toBeEmpty({ timeout: 20_000 });

    expect(small).toEqual({});
  });
}
