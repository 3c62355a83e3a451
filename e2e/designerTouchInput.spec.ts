/**
 * The designer with touch input, end to end in headless Chromium (a touch context on the desktop
 * project): tap a part, tap a unit to place it, and drag a part in with a finger. Assertions read
 * the store (through `window.__designer`) and the DOM, never pixels.
 */
import { expect, test } from '@playwright/test';
import { doc, ready, where } from './designerPage';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('touch: tap a part, tap a unit to place it; drag a part in with a finger', async ({ browser }) => {
  const ctx = await browser.newContext({
    viewport: { width: 1194, height: 834 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
  });
  const page = await ctx.newPage();
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'New', exact: true }).tap();
  await page.getByRole('button', { name: 'Front', exact: true }).tap();
  // Every unit drawn (this test places at exact units; collapsed bands are covered by rows12 specs).
  await page.getByRole('button', { name: 'Collapse empty U' }).tap();
  const rack = Object.keys((await doc(page)).racks)[0]!;
  // On a tablet the palette is a drawer.
  await page.getByRole('button', { name: 'Parts' }).tap();
  await page.getByLabel('Search parts').fill('equipment/switch-1u-24xsfpplus');
  await page.locator('[data-part="equipment/switch-1u-24xsfpplus"] .grab').tap();
  await page.getByRole('button', { name: 'Parts' }).tap();
  const u = await where(page, 'unit', rack, 30);
  await page.touchscreen.tap(u.x, u.y);
  expect(Object.values((await doc(page)).devices).map((d) => d.placement)).toEqual([
    { kind: 'rack', rack, positionU: 30, face: 'front' },
  ]);

  // A finger drag from the palette (CDP touch events: Playwright has no touch-move API).
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Parts' }).tap();
  await page.getByLabel('Search parts').fill('equipment/enclosure-1u-4slot-cassette-modular');
  const item = (await page.locator('[data-part="equipment/enclosure-1u-4slot-cassette-modular"] .grab').boundingBox())!;
  const cdp = await ctx.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  // The open drawer may cover the rack: a one-finger pan of the (empty) canvas brings U20 beside it.
  const drawerRight = (await page.getByRole('navigation', { name: 'Parts catalogue' }).boundingBox())!;
  const right = drawerRight.x + drawerRight.width;
  let dest = await where(page, 'unit', rack, 20);
  if (dest.x < right + 60) {
    // Start the pan on empty canvas near its top (the legend bar lies along its bottom edge).
    const canvasTop = (await page.evaluate(() => window.__designer!.probe.rect()))!.y;
    const [px, py] = [right + 40, canvasTop + 60];
    await touch('touchStart', px, py);
    for (let i = 1; i <= 8; i++) await touch('touchMove', px + ((right + 200 - dest.x) * i) / 8, py);
    await touch('touchEnd', px + right + 200 - dest.x, py);
    dest = await where(page, 'unit', rack, 20);
  }
  const x0 = item.x + item.width / 2;
  const y0 = item.y + item.height / 2;
  await touch('touchStart', x0, y0);
  for (let i = 1; i <= 12; i++) await touch('touchMove', x0 + ((dest.x - x0) * i) / 12, y0 + ((dest.y - y0) * i) / 12);
  await touch('touchEnd', dest.x, dest.y);
  const placements = Object.values((await doc(page)).devices)
    .map((d) => d.placement)
    .filter((p) => p.kind === 'rack')
    .map((p) => (p as { positionU: number }).positionU)
    .sort((a, b) => a - b);
  expect(placements).toEqual([20, 30]);

  // Tap-tap connect: a transceiver and a cassette in with "+", then a cord from cage to cassette port.
  const sw = Object.values((await doc(page)).devices).find((d) => d.name === 'SW1')!.id;
  const encl = Object.values((await doc(page)).devices).find((d) => d.name === 'P1')!.id;
  for (const part of ['transceiver/10gbase-sr-sfpplus', 'module/mod-a-12f-1xmpo12-f-upc-om4']) {
    await page.getByLabel('Search parts').fill(part);
    await page.locator(`[data-part="${part}"] .add`).tap();
  }
  await page.getByLabel('Search parts').fill('cable/lc-duplex-ab-upc');
  await page.locator('[data-part="cable/lc-duplex-ab-upc"] .grab').tap();
  await page.getByRole('button', { name: 'Parts' }).tap();
  await page.evaluate((ids) => window.__designer!.actions.requestView('focus', ids as never), [sw, encl]);
  await page.waitForTimeout(100);
  const cassette = Object.values((await doc(page)).devices).find((d) => d.placement.kind === 'slot')!.id;
  const a = await where(page, 'port', { device: sw, port: 'cage-1' });
  const b = await where(page, 'port', { device: cassette, port: 'front-1' });
  // Ports under 24 px on screen are too small for a finger: a tap opens the port picker (issue 12
  // §2), whose cells are 44 px and more; tapping a cell picks that port.
  const picker = page.locator('.port-picker.touch');
  for (const [p, ref] of [
    [a, `${sw}#cage-1`],
    [b, `${cassette}#front-1`],
  ] as const) {
    await page.touchscreen.tap(p.x, p.y);
    const cell = (await picker.locator(`[data-port="${ref}"]`).boundingBox())!;
    expect(Math.min(cell.width, cell.height)).toBeGreaterThanOrEqual(44);
    await page.touchscreen.tap(cell.x + cell.width / 2, cell.y + cell.height / 2);
    await expect(picker).toBeHidden();
  }
  expect(Object.values((await doc(page)).cables).map((c) => c.ends)).toEqual([
    { A: { device: sw, port: 'cage-1' }, B: { device: cassette, port: 'front-1' } },
  ]);
  await ctx.close();
});
