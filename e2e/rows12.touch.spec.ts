/**
 * Issue 12 §5 on the iPad viewport with touch: the ten-rack hall (two rows of five, empty units
 * collapsed) in portrait and landscape, and a rack moved into the other row with a finger drag on
 * its header (CDP touch events: Playwright has no touch-move API).
 *
 * ```text
 *  Row A  [R1] [R2] [R3] [R4] [R5]          finger drag R5's header    Row A  [R1] [R2] [R3] [R4]
 *  Row B  [R6] [R7] [R8] [R9] [R10]         left of R6                 Row B  [R5] [R6] … [R10]
 * ```
 *
 * R5 stays 5th in the hall, so its project label stays R5; its TIA-606 cabinet id is its name
 * (a site identifier), and the inspector's position reads "1 of 6 in Row B".
 * Screenshots: test-results/screens/rows12-hall-tablet-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { doc, ready, where } from './designerPage';

const SCREENS = 'test-results/screens';

async function openHall(page: Page): Promise<void> {
  await page.goto('/');
  await ready(page);
  await page.evaluate(() => window.__designer!.loadDemo('ten-racks'));
  await page.getByRole('button', { name: 'Front', exact: true }).tap();
  await page.getByRole('button', { name: 'Fit', exact: true }).tap();
  await page.waitForTimeout(200);
}

test('the hall in landscape: a finger drag on a rack header moves it into the other row', async ({ page }) => {
  // Measured ~12 s alone; 3× headroom and more for a busy 2-core machine.
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 1024 });
  await openHall(page);
  await page.screenshot({ path: `${SCREENS}/rows12-hall-tablet-landscape.png` });
  const toggle = page.getByRole('button', { name: 'Collapse empty U' });
  const tb = (await toggle.boundingBox())!;
  expect(Math.min(tb.width, tb.height)).toBeGreaterThanOrEqual(44);

  const racks = Object.values((await doc(page)).racks);
  const id = (name: string) => racks.find((r) => r.name === name)!.id;
  const from = await where(page, 'header', id('R5'));
  const r6 = await where(page, 'header', id('R6'));
  const r7 = await where(page, 'header', id('R7'));
  const to = { x: r6.x - (r7.x - r6.x) * 0.45, y: r6.y };
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  await touch('touchStart', from.x, from.y);
  for (let i = 1; i <= 14; i++)
    await touch('touchMove', from.x + ((to.x - from.x) * i) / 14, from.y + ((to.y - from.y) * i) / 14);
  await touch('touchEnd', to.x, to.y);

  const rowOf = async () =>
    Object.values((await doc(page)).racks)
      .filter((r) => r.row === 'Row B')
      .sort((a, b) => a.order - b.order)
      .map((r) => r.name);
  expect(await rowOf()).toEqual(['R5', 'R6', 'R7', 'R8', 'R9', 'R10']);
  const steps = await page.evaluate(() => window.__designer!.getState().history.past.map((e) => e.label));
  expect(steps.at(-1)).toBe('Move R5 to Row B');

  // Tap the header: the inspector says where it stands now, in 16 px+ text.
  await page.getByRole('button', { name: 'Fit', exact: true }).tap();
  await page.waitForTimeout(150);
  const at = await where(page, 'header', id('R5'));
  await page.touchscreen.tap(at.x, at.y);
  const panel = page.getByRole('region', { name: 'Rack R5' });
  await expect(panel.getByTestId('rack-position')).toHaveText('1 of 6 in Row B');
  await expect(panel.getByTestId('rack-label')).toHaveText('R5');
  const size = await panel.getByTestId('rack-position').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(size).toBeGreaterThanOrEqual(16);
  await page.screenshot({ path: `${SCREENS}/rows12-hall-tablet-moved.png` });
});

test('the hall in portrait', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1024, height: 1366 });
  await openHall(page);
  const a = await where(page, 'row', 'Row A');
  const b = await where(page, 'row', 'Row B');
  expect(b.y).toBeGreaterThan(a.y);
  await page.screenshot({ path: `${SCREENS}/rows12-hall-tablet-portrait.png` });
});
