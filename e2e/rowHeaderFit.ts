/**
 * Fit after "+ Rack" (the app's automatic Fit of whole racks) shows the row's name whole: it
 * used to frame the racks from the cable tray above their headers, so "Row A · 2 racks" sat half
 * under the canvas's top edge (seen in the proof-designer screenshots, where the view is the one
 * + Rack chose). New, + Rack, then a device in each rack and a cable between them selected, as in
 * the proof; the row's name strip (ROW_TITLE_H = 40 world units, src/canvas/hallLayout.ts) must
 * lie inside the canvas, its left end (where the name is) too, and both racks. Screenshots: test-results/screens/row-header-fit-<suffix>.png, and
 * row-header-fit-panned-<suffix>.png after a sideways pan to the row's start (the name's end).
 * Also (`rowNameStaysInView`): when Fit centres a rack far along its row, the row's name sticks to
 * the canvas's left edge.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { doc, ready } from './designerPage';
import { SCREENS } from './openingFlow';

/** The height of a row's name strip, world units (hallLayout.ts ROW_TITLE_H). */
const ROW_TITLE_H = 40;

/** Top and bottom of row `name`'s name strip and of the canvas, client px. */
const rowHeaderAndCanvas = (page: Page, name: string) =>
  page.evaluate(
    ([n, h]) => {
      const d = window.__designer!;
      const c = d.probe.row(n as string);
      const start = d.probe.rowStart(n as string);
      const r = d.probe.rect();
      const s = d.getState().session.viewport.scale;
      if (!c || !start || !r) return null;
      return {
        top: c.y - ((h as number) / 2) * s,
        bottom: c.y + ((h as number) / 2) * s,
        left: start.x,
        canvasTop: r.y,
        canvasBottom: r.y + r.h,
        canvasLeft: r.x,
        canvasRight: r.x + r.w,
      };
    },
    [name, ROW_TITLE_H] as const,
  );

/** The flow on `page` (`press` clicks or taps). */
export async function rowHeaderAfterAddRack(
  page: Page,
  press: (l: Locator) => Promise<void>,
  suffix: string,
): Promise<void> {
  await page.goto('/');
  await ready(page);
  await press(page.locator('[data-command="new"]'));
  await expect(page.getByTestId('notice')).toContainText('New design');
  await press(page.locator('[data-command="add-rack"]'));
  await expect.poll(async () => Object.keys((await doc(page)).racks).length).toBe(2);
  // A switch in each rack at U40 and a cord between them, selected (the view stays the one Fit chose).
  await page.evaluate(() => {
    const d = window.__designer!;
    const a = d.actions;
    const racks = Object.values(d.getState().doc.racks).sort((x, y) => x.order - y.order);
    const [sw1, sw2] = racks.map((r) => a.placeEquipment('equipment/switch-1u-24xsfpplus' as never, r.id, 40));
    for (const sw of [sw1, sw2]) a.plugTransceiver('transceiver/10gbase-sr-sfpplus' as never, sw!, 'cage-1');
    const cable = a.connect(
      'cable/lc-duplex-ab-upc' as never,
      { device: sw1!, port: 'cage-1' } as never,
      { device: sw2!, port: 'cage-1' } as never,
    );
    a.select({ kind: 'cable', id: cable! });
  });
  await expect(page.getByText('Patch cord:', { exact: false }).first()).toBeVisible();
  await page.waitForTimeout(400);
  const box = await rowHeaderAndCanvas(page, 'Row A');
  expect(box).not.toBeNull();
  expect(box!.top).toBeGreaterThanOrEqual(box!.canvasTop);
  expect(box!.bottom).toBeLessThan(box!.canvasBottom);
  // … and its start (the name) is in view, with both racks: Fit starts at the row's left end when
  // the new rack is in view from there (it used to centre R2 and leave the name off to the left).
  expect(box!.left).toBeGreaterThanOrEqual(box!.canvasLeft);
  const racks = await page.evaluate(() => {
    const d = window.__designer!;
    return Object.values(d.getState().doc.racks).map((r) => d.probe.header(r.id)!.x);
  });
  for (const x of racks) expect(x).toBeLessThan(box!.canvasRight);
  await page.screenshot({ path: `${SCREENS}/row-header-fit-${suffix}.png` });
  // Fit centred the new rack (R2); a sideways pan to the row's start (as the proof flow's pan did)
  // shows the name itself, at its left end, whole.
  await page.evaluate(() => {
    const d = window.__designer!;
    d.actions.setViewport({ ...d.getState().session.viewport, x: 16 });
  });
  await page.waitForTimeout(300);
  const panned = await rowHeaderAndCanvas(page, 'Row A');
  expect(panned!.top).toBe(box!.top);
  await page.screenshot({ path: `${SCREENS}/row-header-fit-panned-${suffix}.png` });
}

/**
 * The ten-rack demo, then "+ Rack" (pressed with `press`): the new rack R11 joins Row B at its
 * right end and Fit centres it, so Row B's start is off the canvas's left edge. Row B's name must
 * then stick to the canvas's left edge (12 px in, `rowCaption.ts`), inside the canvas; panned back
 * to the row's start it is drawn there again, no longer stuck. Screenshots:
 * test-results/screens/row-name-sticky-<suffix>.png and row-name-start-<suffix>.png.
 */
export async function rowNameStaysInView(page: Page, press: (l: Locator) => Promise<void>, suffix: string) {
  await page.goto('/');
  await ready(page);
  await page.evaluate(() => window.__designer!.loadDemo('ten-racks'));
  await expect.poll(async () => Object.keys((await doc(page)).racks).length).toBe(10);
  await press(page.locator('[data-command="add-rack"]'));
  await expect.poll(async () => Object.keys((await doc(page)).racks).length).toBe(11);
  await page.waitForTimeout(400);
  const read = () =>
    page.evaluate(() => {
      const d = window.__designer!;
      return { start: d.probe.rowStart('Row B'), caption: d.probe.rowCaption('Row B'), canvas: d.probe.rect() };
    });
  const at = await read();
  const canvas = at.canvas!;
  // The case in question: Fit centred the new rack and Row B starts off to the left.
  expect(at.start!.x).toBeLessThan(canvas.x);
  // Its name is stuck 12 px inside the canvas's left edge, in the canvas's height.
  expect(at.caption!.sticky).toBe(true);
  expect(at.caption!.x).toBeGreaterThanOrEqual(canvas.x + 11);
  expect(at.caption!.x).toBeLessThanOrEqual(canvas.x + 13);
  expect(at.caption!.y).toBeGreaterThan(canvas.y);
  expect(at.caption!.y).toBeLessThan(canvas.y + canvas.h);
  await page.screenshot({ path: `${SCREENS}/row-name-sticky-${suffix}.png` });
  // Panned to the row's start: the name is at the start, not stuck.
  await page.evaluate(() => {
    const d = window.__designer!;
    d.actions.setViewport({ ...d.getState().session.viewport, x: 16 });
  });
  await page.waitForTimeout(300);
  const back = await read();
  expect(back.caption!.sticky).toBe(false);
  expect(back.caption!.x).toBeCloseTo(back.start!.x, 6);
  expect(back.start!.x).toBeGreaterThanOrEqual(canvas.x);
  await page.screenshot({ path: `${SCREENS}/row-name-start-${suffix}.png` });
}
