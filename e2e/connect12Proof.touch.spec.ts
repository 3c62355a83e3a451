/**
 * Issue 12 Proof on the iPad viewport with touch (landscape 1366×1024 and portrait 1024×1366):
 * the same two-rack channel from File → New (`proofFlow.ts`), with a finger: tap a part, tap
 * where it goes; arm a cable, tap a device, tap a cell of the port picker (44 px and more). The
 * channel is verified OK by reading the channel list; the zoom/pan count, wall time and smallest
 * port hit size go to the annotations and to `test-results/connect12-proof-tablet-<w>x<h>.json`.
 * Then the tour of every view (`proofViews.ts`). Last: the drop-time verdict caption of a
 * finger drag stands above the finger (REFERENCE §1.8 V6, an MPO-16 trunk over an MPO-12 rear),
 * and the picker marks that rear V6.
 */
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { makeArrayCable } from '../src/core/catalogue/cables';
import { makeCassette } from '../src/core/catalogue/modules';
import { DesignBuilder } from '../src/core/designBuilder';
import { doc, ready, where, type Pt } from './designerPage';
import { buildTwoRackChannel, recordReport, SCREENS, start, type Driver } from './proofFlow';
import { tourViews } from './proofViews';

/** Shows the palette (a drawer below 1280 px) and narrows it to `part`. */
async function showPart(page: Page, part: string): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Parts' });
  const search = page.getByLabel('Search parts');
  // A tap while the drawer or the toolbar is still settling can be lost: tap again until it shows.
  await expect(async () => {
    if (!(await search.isVisible())) await toggle.tap();
    await expect(search).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await search.fill(part, { timeout: 10_000 });
  await expect(page.locator(`[data-part="${part}"] .grab`)).toBeVisible();
}

/** Closes the palette drawer, if the palette is one. */
async function hideDrawer(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Parts' });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-pressed')) === 'true') await toggle.tap();
}

function touchDriver(page: Page): Driver {
  let cdp: CDPSession | null = null;
  const d: Driver = {
    pan: async (from, to) => {
      const f = finger((cdp ??= await page.context().newCDPSession(page)));
      await f.down(from);
      await f.move(from, to, 10);
      await f.up(to);
    },
    name: 'tablet',
    page,
    tap: (p: Pt) => page.touchscreen.tap(p.x, p.y),
    tapOn: async (l) => {
      await l.scrollIntoViewIfNeeded();
      const b = (await l.boundingBox())!;
      await page.touchscreen.tap(b.x + b.width / 2, b.y + b.height / 2);
    },
    place: async (part, to) => {
      await showPart(page, part);
      const grab = page.locator(`[data-part="${part}"] .grab`);
      // A tap while the drawer is still settling can be lost (seen once in CI): tap until armed.
      await expect(async () => {
        if ((await grab.getAttribute('aria-pressed')) !== 'true') await d.tapOn(grab);
        await expect(grab).toHaveAttribute('aria-pressed', 'true', { timeout: 2_000 });
      }).toPass({ timeout: 30_000 });
      await hideDrawer(page);
      const before = Object.keys((await doc(page)).devices).length;
      await page.touchscreen.tap(to.x, to.y);
      await expect.poll(async () => Object.keys((await doc(page)).devices).length).toBe(before + 1);
    },
    arm: async (cable) => {
      await showPart(page, cable);
      await d.tapOn(page.locator(`[data-part="${cable}"] .grab`));
      await expect(page.locator(`[data-part="${cable}"] .grab`)).toHaveAttribute('aria-pressed', 'true');
      await hideDrawer(page);
    },
    openPicker: async (handle) => {
      await page.touchscreen.tap(handle.x, handle.y);
      const picker = page.locator('.port-picker.touch');
      await expect(picker).toBeVisible();
      return picker;
    },
  };
  return d;
}

for (const viewport of [
  { width: 1366, height: 1024 },
  { width: 1024, height: 1366 },
]) {
  test.describe(`tablet ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    test('the two-rack channel from an empty design by touch, through the port picker', async ({ page }) => {
      // Measured 44–190 s on the shared 2-core machine (two workers, heavy load); 3× headroom.
      test.setTimeout(600_000);
      await start(page);
      const d = touchDriver(page);
      const report = await buildTwoRackChannel(d);
      const ids = recordReport(report);
      // Touch targets: every picker cell the flow tapped is at least 44 px (the issue asks ≥ 24).
      expect(report.minPortHitPx).toBeGreaterThanOrEqual(44);
      if (viewport.width > viewport.height) await tourViews(d, ids);
    });
  });
}

/** A finger on the screen through CDP (Playwright has no touch-move). */
function finger(cdp: CDPSession) {
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', p: Pt) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: p.x, y: p.y }] });
  return {
    down: (p: Pt) => send('touchStart', p),
    async move(from: Pt, to: Pt, steps = 12) {
      for (let i = 1; i <= steps; i++)
        await send('touchMove', {
          x: from.x + ((to.x - from.x) * i) / steps,
          y: from.y + ((to.y - from.y) * i) / steps,
        });
    },
    up: (p: Pt) => send('touchEnd', p),
  };
}

test.describe('tablet 1366×1024', () => {
  test.use({ viewport: { width: 1366, height: 1024 } });
  test('a finger drag: the verdict caption stands above the finger; the picker marks the rear V6', async ({ page }) => {
    test.setTimeout(90_000);
    const mpo16 = makeArrayCable({ polarity: 'B', variant: 'mpo-16', genders: 'mm', polish: 'UPC' });
    const cassette = makeCassette({ moduleClass: 'MOD-A', rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4' });
    const b = new DesignBuilder('Caption above the finger');
    const enc = b.equipment(b.rack('R1', 12), 'equipment/enclosure-1u-4slot-cassette-modular', 10, 'ENC');
    const c1 = b.module(enc, 1, cassette.id, 'C1');
    await page.goto('/');
    await ready(page);
    await page.evaluate((x) => window.__designer!.loadDesign(x as never, 'Load caption rig'), b.build());
    await showPart(page, mpo16.id);
    const item = (await page.locator(`[data-part="${mpo16.id}"] .grab`).boundingBox())!;
    const start: Pt = { x: item.x + item.width / 2, y: item.y + item.height / 2 };
    const rearPort = await where(page, 'port', { device: c1, port: 'mpo1' });
    const f = finger(await page.context().newCDPSession(page));
    await f.down(start);
    await f.move(start, { x: start.x + 40, y: start.y }, 4);
    await f.move({ x: start.x + 40, y: start.y }, rearPort);

    // Held over the MPO-12 rear: the caption names V6 in red, wholly above the fingertip.
    const caption = page.locator('.drag-ghost');
    await expect(caption).toBeVisible();
    await expect(caption).toHaveAttribute('data-verdict', 'fail');
    await expect(caption).toContainText('V6 family/key');
    const box = (await caption.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(rearPort.y - 40);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
    expect(Math.abs(box.x + box.width / 2 - rearPort.x)).toBeLessThan(box.width / 2 + 1);
    await page.screenshot({ path: `${SCREENS}/proof-caption-above-finger-tablet.png` });
    await f.up(rearPort);
    await expect(page.getByTestId('notice')).toContainText('V6 family/key');
    expect(Object.keys((await doc(page)).cables)).toHaveLength(0);

    // The picker's view of the same mating: the rear's cell shows V6 before it is chosen.
    const d = touchDriver(page);
    await d.arm(mpo16.id);
    const picker = await d.openPicker(await where(page, 'handle', enc));
    const rearCell = picker.locator('section[aria-label="Rear"] [data-group="slot-1"] [role="option"]').first();
    await expect(rearCell).toHaveAttribute('data-rule', 'V6');
    await expect(rearCell).toContainText('V6');
    const cell = (await rearCell.boundingBox())!;
    expect(Math.min(cell.width, cell.height)).toBeGreaterThanOrEqual(44);
    expect(parseFloat(await rearCell.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
    await page.screenshot({ path: `${SCREENS}/proof-picker-v6-tablet.png` });
  });
});
