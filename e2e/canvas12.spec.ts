/**
 * Issue 12 §1 on the desktop (1440 × 900, real mouse): Fit at a readable zoom, double-click zoom
 * to a device and back out to Fit, the minimap (press and drag pan, toggle), cable bundles that
 * expand on hover with a cable selectable in them. Screenshots at Fit, mid and close zoom:
 * test-results/screens/canvas12-*-desktop.png. Design: `canvas12Design.ts` (drawn there).
 */
import { expect, test } from '@playwright/test';
import { cableId, openBundleDesign } from './canvas12Design';
import { demo, ready, SCREENS, viewport, zoomScreens } from './canvas12Screens';

test.use({ viewport: { width: 1440, height: 900 } });

test('Fit reads, double-click zooms to a device and back out to Fit, Shift+2 zooms to the selection', async ({
  page,
}) => {
  // Measured ~8 s alone; 3× headroom and more for a busy machine.
  test.setTimeout(90_000);
  await page.goto('/');
  await ready(page);
  await openBundleDesign(page);
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(200);
  const fit = await viewport(page);
  // A rack unit at least 16 px on screen at Fit (names read at 11–12 px).
  expect(fit.scale * 26).toBeGreaterThanOrEqual(16 - 1e-6);

  // Double-click P1 (its name label): zoomed in, P1 framed on screen.
  const p1 = await page.evaluate(() => {
    const d = window.__designer!;
    const id = Object.values(d.getState().doc.devices).find((v) => v.name === 'P1')!.id;
    return d.probe.handle(id as never)!;
  });
  await page.mouse.dblclick(p1.x, p1.y);
  await expect.poll(async () => (await viewport(page)).scale).toBeGreaterThan(fit.scale * 1.8);
  const rect = (await page.evaluate(() => window.__designer!.probe.rect()))!;
  const p1Now = await page.evaluate(() => {
    const d = window.__designer!;
    const id = Object.values(d.getState().doc.devices).find((v) => v.name === 'P1')!.id;
    return d.probe.device(id as never)!;
  });
  expect(p1Now.x).toBeGreaterThan(rect.x);
  expect(p1Now.x).toBeLessThan(rect.x + rect.w);
  expect(p1Now.y).toBeGreaterThan(rect.y);
  expect(p1Now.y).toBeLessThan(rect.y + rect.h);
  await page.screenshot({ path: `${SCREENS}/canvas12-dblclick-device-desktop.png` });

  // Double-click on empty canvas (left of the first rack, or in the gap between the racks): back to Fit.
  const ep = await page.evaluate(() => {
    const d = window.__designer!;
    const r = d.probe.rect()!;
    const s = d.getState().session.viewport.scale;
    const [e0, , e2] = d.probe.elevations();
    const y = r.y + r.h * 0.4;
    const candidates = [{ x: e0!.x - 18 * s, y }, ...(e2 ? [{ x: e2.x - 30 * s, y }] : [])];
    return candidates.find((p) => p.x > r.x + 4 && p.x < r.x + r.w - 4)!;
  });
  expect(ep).toBeTruthy();
  await page.mouse.dblclick(ep.x, ep.y);
  await expect.poll(async () => (await viewport(page)).scale).toBeCloseTo(fit.scale, 5);

  // Shift+2 zooms to the selected device (select P2 by a click on its name label first).
  const p2 = await page.evaluate(() => {
    const d = window.__designer!;
    const id = Object.values(d.getState().doc.devices).find((v) => v.name === 'P2')!.id;
    return d.probe.handle(id as never)!;
  });
  await page.mouse.click(p2.x, p2.y);
  await page.keyboard.press('Shift+Digit2');
  await expect.poll(async () => (await viewport(page)).scale).toBeGreaterThan(fit.scale * 1.8);
});

test('the minimap shows the hall and pans on press and drag; M hides and shows it', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await ready(page);
  await demo(page, 'ten-racks');
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  const map = page.getByTestId('minimap');
  await expect(map).toBeVisible();
  const box = (await map.boundingBox())!;
  const before = await viewport(page);
  // Press near the right end: the far racks come to the centre of the canvas.
  await page.mouse.click(box.x + box.width - 12, box.y + box.height / 2);
  const after = await viewport(page);
  expect(after.scale).toBe(before.scale);
  expect(after.x).toBeLessThan(before.x - 1000 * before.scale);
  // Drag back to the left end: the first racks again.
  await page.mouse.move(box.x + box.width - 12, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  const mid = await viewport(page);
  expect(mid.x).toBeGreaterThan(after.x);
  await page.mouse.move(box.x + 10, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const back = await viewport(page);
  expect(back.x).toBeGreaterThan(mid.x);
  await page.screenshot({ path: `${SCREENS}/canvas12-minimap-desktop.png` });
  // The View command toggles it (key M on the canvas).
  await page.getByTestId('canvas').focus();
  await page.keyboard.press('m');
  await expect(map).toBeHidden();
  await page.keyboard.press('m');
  await expect(map).toBeVisible();
});

test('a bundle of two trunks expands on hover; a click on one of its cables selects it', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await ready(page);
  await openBundleDesign(page);
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(200);
  const canvas = page.getByTestId('canvas');
  const keys = await page.evaluate(() => window.__designer!.probe.bundles());
  expect(keys.length).toBe(1);
  const key = keys[0]!;
  await expect(canvas).toHaveAttribute('data-expanded-bundle', '');
  const trunk = (await page.evaluate((k) => window.__designer!.probe.bundle(k), key))!;
  await page.mouse.move(trunk.x - 40, trunk.y, { steps: 2 });
  await page.mouse.move(trunk.x, trunk.y, { steps: 4 });
  await expect(canvas).toHaveAttribute('data-expanded-bundle', key);
  await page.screenshot({ path: `${SCREENS}/canvas12-bundle-expanded-desktop.png` });
  const t2 = await cableId(page, 'T2');
  const on = (await page.evaluate((id) => window.__designer!.probe.cable(id), t2))!;
  await page.mouse.move(on.x, on.y, { steps: 4 });
  await expect(canvas).toHaveAttribute('data-expanded-bundle', key);
  await page.mouse.click(on.x, on.y);
  await expect
    .poll(() => page.evaluate(() => window.__designer!.getState().session.selection))
    .toEqual({ kind: 'cable', id: t2 });
  await expect(page.locator('section.panel[aria-label$=" T2"]')).toBeVisible();
  // Away from the bundle it folds again.
  const rect = (await page.evaluate(() => window.__designer!.probe.rect()))!;
  await page.mouse.move(rect.x + 20, rect.y + rect.h - 20, { steps: 3 });
  await expect(canvas).toHaveAttribute('data-expanded-bundle', '');
  await page.screenshot({ path: `${SCREENS}/canvas12-bundle-collapsed-desktop.png` });
});

test('screens at Fit, mid and close zoom (desktop)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await ready(page);
  await openBundleDesign(page);
  await zoomScreens(page, 'canvas12-bundle-desktop', 'P1');
  await demo(page, 'ten-racks');
  await zoomScreens(page, 'canvas12-ten-racks-desktop', 'P1');
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.evaluate(() => window.__designer!.actions.setViewport({ scale: 0.2, x: 20, y: 40 }));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SCREENS}/canvas12-ten-racks-overview-desktop.png` });
});
