/**
 * Issue 12 Proof, desktop 1440×900 with the mouse: the two-rack channel built from File → New
 * through the port picker (`proofFlow.ts`), verified OK by reading the channel list; the zoom/pan
 * count, wall time and smallest port hit size written to the test's annotations and to
 * `test-results/connect12-proof-desktop-1440x900.json`. Then Connect by label for a second, failing
 * circuit; screenshots of every view; axe with the picker and with the dialog open. A second
 * test: an MPO-16 trunk's picker marks the MPO-12 cassette rear V6 before it is chosen, and
 * choosing it is refused with the rule named (REFERENCE §1.8 V6).
 */
import { expect, test, type Page } from '@playwright/test';
import { makeArrayCable } from '../src/core/catalogue/cables';
import { makeCassette } from '../src/core/catalogue/modules';
import { DesignBuilder } from '../src/core/designBuilder';
import { doc, paletteItem, ready, where, type Pt } from './designerPage';
import { buildTwoRackChannel, recordReport, SCREENS, start, type Driver } from './proofFlow';
import { tourViews } from './proofViews';

function mouseDriver(page: Page): Driver {
  const d: Driver = {
    name: 'desktop',
    page,
    tap: (p: Pt) => page.mouse.click(p.x, p.y),
    tapOn: async (l) => {
      const b = (await l.boundingBox())!;
      await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
    },
    place: async (part, to) => {
      const box = (await (await paletteItem(page, part)).boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 4 });
      await page.mouse.move(to.x, to.y, { steps: 12 });
      await page.mouse.up();
    },
    arm: async (cable) => {
      await paletteItem(page, cable);
      await d.tapOn(page.locator(`[data-part="${cable}"] .grab`));
      await expect(page.locator(`[data-part="${cable}"] .grab`)).toHaveAttribute('aria-pressed', 'true');
    },
    pan: async (from, to) => {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 10 });
      await page.mouse.up();
    },
    openPicker: async (handle) => {
      // Rest the mouse on the device's name: the picker opens after ~300 ms.
      await page.mouse.move(handle.x - 6, handle.y, { steps: 2 });
      await page.mouse.move(handle.x, handle.y, { steps: 2 });
      const picker = page.locator('.port-picker');
      await expect(picker).toBeVisible();
      return picker;
    },
  };
  return d;
}

test('the two-rack channel from an empty design with the mouse, through the port picker', async ({ page }) => {
  // Measured 42–66 s on the shared 2-core machine (two workers); 3× headroom.
  test.setTimeout(200_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await start(page);
  const d = mouseDriver(page);
  const report = await buildTwoRackChannel(d);
  const ids = recordReport(report);
  expect(report.minPortHitPx).toBeGreaterThanOrEqual(24);
  await tourViews(d, ids);
});

test('an MPO-16 trunk: the picker marks the MPO-12 cassette rear V6 before it is chosen; choosing it is refused', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const mpo16 = makeArrayCable({ polarity: 'B', variant: 'mpo-16', genders: 'mm', polish: 'UPC' });
  const cassette = makeCassette({ moduleClass: 'MOD-A', rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4' });
  const b = new DesignBuilder('Picker V6');
  const enc = b.equipment(b.rack('R1', 12), 'equipment/enclosure-1u-4slot-cassette-modular', 10, 'ENC');
  b.module(enc, 1, cassette.id, 'C1');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await ready(page);
  await page.evaluate((x) => window.__designer!.loadDesign(x as never, 'Load picker V6'), b.build());
  const d = mouseDriver(page);
  await d.arm(mpo16.id);
  const picker = await d.openPicker(await where(page, 'handle', enc));
  const rearCell = picker.locator('section[aria-label="Rear"] [data-group="slot-1"] [role="option"]').first();
  await expect(rearCell).toHaveAttribute('data-verdict', 'fail');
  await expect(rearCell).toHaveAttribute('data-rule', 'V6');
  await expect(rearCell).toContainText('V6');
  await expect(rearCell).toHaveAttribute('aria-label', /MPO-16 cannot mate MPO-12/);
  expect(await rearCell.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(207, 34, 46)'); // --fail
  await page.screenshot({ path: `${SCREENS}/proof-picker-v6-desktop.png` });
  await d.tapOn(rearCell);
  const notice = page.getByTestId('notice');
  await expect(notice).toHaveClass(/error/);
  await expect(notice).toContainText('V6 family/key');
  expect(Object.keys((await doc(page)).cables)).toHaveLength(0);
  expect(await page.evaluate(() => window.__designer!.getState().session.tool)).toMatchObject({ from: null });
});
