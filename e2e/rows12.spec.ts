/**
 * Issue 12 §5 (rows and halls) and §1 (collapse empty U), desktop 1440×900 with real mouse drags
 * (page.mouse), from a new design:
 *
 * ```text
 *  + Rack ×2                  Row A  [R1] [R2] [R3]
 *  drag R1 by its header      Row A  [R2] [R3] [R1]        R1 labelled R3, "3 of 3 in Row A"
 *    right of R3
 *  drag R2 below the row      Row A  [R3] [R1]             R2 labelled R3, "1 of 1 in Row B"
 *                             Row B  [R2]
 * ```
 *
 * Then the ten-rack demo (two rows of five) with empty units collapsed: the hall view screenshot,
 * a panel dropped on a collapsed band lands at the band's top unit, and the toggle draws every
 * unit again. Screenshots: test-results/screens/rows12-*-desktop.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { doc, dragPart, ready, where, zoomOutToShowRacks, type Pt } from './designerPage';

const SCREENS = 'test-results/screens';

/** Presses at `from`, moves in steps to `to`, releases (a real mouse drag). */
async function drag(page: Page, from: Pt, to: Pt): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 12, from.y + 4, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 14 });
  await page.mouse.up();
}

const rackId = async (page: Page, name: string) =>
  Object.values((await doc(page)).racks).find((r) => r.name === name)!.id;

/** Clicks the rack's header (selects it) and reads the inspector's label and position. */
async function inspectRack(page: Page, name: string): Promise<{ label: string; position: string }> {
  const at = await where(page, 'header', await rackId(page, name), 'front');
  await page.mouse.click(at.x, at.y);
  const panel = page.getByRole('region', { name: `Rack ${name}` });
  await expect(panel).toBeVisible();
  return {
    label: (await panel.getByTestId('rack-label').textContent()) ?? '',
    position: (await panel.getByTestId('rack-position').textContent()) ?? '',
  };
}

test('racks are reordered and moved into another row by dragging their headers; labels follow', async ({ page }) => {
  // Measured ~10 s alone; 3× headroom and more for a busy 2-core machine.
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await ready(page);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  // New opens a library design (IndexedDB): wait for it before editing, as a user sees it open.
  await expect.poll(async () => Object.keys((await doc(page)).devices)).toHaveLength(0);
  await page.getByRole('button', { name: '+ Rack' }).click();
  await page.getByRole('button', { name: '+ Rack' }).click();
  await page.getByRole('button', { name: 'Front', exact: true }).click();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(150);
  await zoomOutToShowRacks(page);
  const order = async () =>
    Object.values((await doc(page)).racks)
      .sort((a, b) => a.order - b.order)
      .map((r) => `${r.row}:${r.name}`);
  expect(await order()).toEqual(['Row A:R1', 'Row A:R2', 'Row A:R3']);
  expect(await inspectRack(page, 'R1')).toEqual({ label: 'R1', position: '1 of 3 in Row A' });
  const steps = () => page.evaluate(() => window.__designer!.getState().history.past.map((e) => e.label));
  const before = (await steps()).length;

  // 1. Drag R1 by its header to the right of R3: the drop bar shows where, then R1 is last.
  const r1 = await where(page, 'header', await rackId(page, 'R1'));
  const r3 = await where(page, 'header', await rackId(page, 'R3'));
  const r2 = await where(page, 'header', await rackId(page, 'R2'));
  const pitch = r3.x - r2.x;
  await page.mouse.move(r1.x, r1.y);
  await page.mouse.down();
  await page.mouse.move(r1.x + 12, r1.y, { steps: 3 });
  await page.mouse.move(r3.x + pitch * 0.6, r3.y, { steps: 14 });
  await page.screenshot({ path: `${SCREENS}/rows12-rack-drag-desktop.png` });
  await page.mouse.up();
  expect(await order()).toEqual(['Row A:R2', 'Row A:R3', 'Row A:R1']);
  expect((await steps()).slice(before)).toEqual(['Move R1']);
  expect(await inspectRack(page, 'R1')).toEqual({ label: 'R3', position: '3 of 3 in Row A' });

  // 2. Drag R2 (now first) below the row: a new row "Row B"; R2 is third in the hall → label R3.
  const r2now = await where(page, 'header', await rackId(page, 'R2'));
  const below = await where(page, 'belowRow', 'Row A');
  await drag(page, r2now, below);
  expect(await order()).toEqual(['Row A:R3', 'Row A:R1', 'Row B:R2']);
  expect((await steps()).slice(before)).toEqual(['Move R1', 'Move R2 to Row B']);
  // Zoomed out, the whole hall shows, Row B included.
  await zoomOutToShowRacks(page);
  expect(await inspectRack(page, 'R2')).toEqual({ label: 'R3', position: '1 of 1 in Row B' });
  expect(await inspectRack(page, 'R3')).toEqual({ label: 'R1', position: '1 of 2 in Row A' });

  // 3. From the inspector: the Row select moves R3 into Row B (end of the row), Move left puts it first.
  await page.getByRole('region', { name: 'Rack R3' }).getByLabel('Row', { exact: true }).selectOption('Row B');
  expect(await order()).toEqual(['Row A:R1', 'Row B:R2', 'Row B:R3']);
  await page.getByRole('region', { name: 'Rack R3' }).getByRole('button', { name: 'Move left' }).click();
  expect(await order()).toEqual(['Row A:R1', 'Row B:R3', 'Row B:R2']);
  await expect(page.getByRole('region', { name: 'Rack R3' }).getByTestId('rack-position')).toHaveText(
    '1 of 2 in Row B',
  );
  // An invalid row name is refused at the field, with the rule; nothing changes.
  const rowName = page.getByRole('region', { name: 'Rack R3' }).getByLabel('Row name');
  await rowName.fill('x'.repeat(501));
  await rowName.press('Enter');
  await expect(page.getByRole('region', { name: 'Rack R3' }).getByTestId('field-error')).toContainText(
    'at most 500 characters',
  );
  expect(await order()).toEqual(['Row A:R1', 'Row B:R3', 'Row B:R2']);
  // Undo takes back one step at a time.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(150);
  await zoomOutToShowRacks(page);
  await page.screenshot({ path: `${SCREENS}/rows12-two-rows-desktop.png` });
  await page.keyboard.press('Control+z');
  expect(await order()).toEqual(['Row A:R1', 'Row B:R2', 'Row B:R3']);
});

test('the ten-rack hall: rows stacked, empty units collapsed, a drop on a band lands at its top', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await ready(page);
  await page.evaluate(() => window.__designer!.loadDemo('ten-racks'));
  await page.getByRole('button', { name: 'Front', exact: true }).click();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${SCREENS}/rows12-hall-desktop.png` });
  const toggle = page.getByRole('button', { name: 'Collapse empty U' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  // Row B's header sits below Row A's: the rows are stacked.
  const a = await where(page, 'row', 'Row A');
  const b = await where(page, 'row', 'Row B');
  expect(b.y).toBeGreaterThan(a.y + 50);
  expect(Math.abs(b.x - a.x)).toBeLessThan(2);

  // R1 holds equipment at U40, U38, U36 and U20: U22–U34 is one band. Drop a 1U panel on it.
  const r1 = await rackId(page, 'R1');
  const band = await where(page, 'unit', r1, 30, 'front');
  const u22 = await where(page, 'unit', r1, 22, 'front');
  expect(Math.abs(band.y - u22.y)).toBeLessThan(1); // every unit of the band is the band
  await dragPart(page, 'equipment/panel-1u-24xlcduplex-duplex', band);
  const placed = Object.values((await doc(page)).devices).filter(
    (d) => d.placement.kind === 'rack' && d.placement.rack === r1,
  );
  expect(placed.map((d) => (d.placement as { positionU: number }).positionU).sort((x, y) => y - x)).toEqual([
    40, 38, 36, 34, 20,
  ]);
  // Turning the toggle off draws every unit: U30 and U22 are 8 units apart again.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const scale = await page.evaluate(() => window.__designer!.getState().session.viewport.scale);
  const u30 = await where(page, 'unit', r1, 30, 'front');
  const u22b = await where(page, 'unit', r1, 22, 'front');
  expect(u22b.y - u30.y).toBeCloseTo(8 * 26 * scale, 0);
});
