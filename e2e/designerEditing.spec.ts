/**
 * The designer, end to end in headless Chromium: move and delete equipment (arrows move by one U,
 * Escape cancels a drag, ? lists shortcuts), and a slot that refuses a module of another form
 * factor while the broken demo is fixed with one click. Assertions read the store (through
 * `window.__designer`) and the DOM, never pixels.
 */
import { expect, test } from '@playwright/test';
import { deviceId, doc, dragPart, focus, ready, verdicts, where } from './designerPage';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('move and delete equipment; arrows move by one U; Escape cancels a drag; ? lists shortcuts', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.evaluate(() => window.__designer!.loadDemo('broken-method-a'));
  await page.getByRole('button', { name: 'Front', exact: true }).click();
  // Every unit drawn (this test drags to exact units; collapsed bands are covered by rows12.spec.ts).
  await page.getByRole('button', { name: 'Collapse empty U' }).click();
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  const sw1 = await deviceId(page, 'SW1');
  const rack = ((await doc(page)).devices[sw1]!.placement as { rack: string }).rack;
  const undoDepth = () => page.evaluate(() => window.__designer!.getState().history.past.length);
  const depth = await undoDepth();

  // Drag SW1 from U40 down to U30: one undo step.
  const grab = await where(page, 'handle', sw1);
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  const target = await where(page, 'unit', rack, 30);
  await page.mouse.move(grab.x, target.y, { steps: 10 });
  await page.mouse.up();
  expect((await doc(page)).devices[sw1]!.placement).toMatchObject({ positionU: 30 });
  expect(await undoDepth()).toBe(depth + 1);

  // Onto the enclosure at U38: refused with the reason, nothing moves.
  const start = await where(page, 'handle', sw1);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const onP1 = await where(page, 'unit', rack, 38);
  await page.mouse.move(start.x, onP1.y, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByTestId('notice')).toHaveText('U38 taken by P1');
  expect((await doc(page)).devices[sw1]!.placement).toMatchObject({ positionU: 30 });

  // Escape during a drag cancels it.
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x, target.y - 100, { steps: 8 });
  await page.keyboard.press('Escape');
  await page.mouse.up();
  expect((await doc(page)).devices[sw1]!.placement).toMatchObject({ positionU: 30 });

  // Dragging equipment onto the parts list deletes it (with its cassette), as one undo step.
  const p2 = await deviceId(page, 'P2');
  const h2 = await where(page, 'handle', p2);
  const palette = (await page.getByRole('navigation', { name: 'Parts catalogue' }).boundingBox())!;
  await page.mouse.move(h2.x, h2.y);
  await page.mouse.down();
  await page.mouse.move(palette.x + palette.width / 2, palette.y + palette.height / 2, { steps: 12 });
  await page.mouse.up();
  expect((await doc(page)).devices[p2]).toBeUndefined();
  expect(Object.values((await doc(page)).devices).map((d) => d.name)).not.toContain('P2-C1');
  await page.keyboard.press('Control+z');
  expect((await doc(page)).devices[p2]?.name).toBe('P2');

  // Arrow keys move the selection by one U each.
  await page.evaluate((id) => window.__designer!.actions.select({ kind: 'device', id: id as never }), sw1);
  await page.locator('[data-testid="canvas"]').focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  expect((await doc(page)).devices[sw1]!.placement).toMatchObject({ positionU: 31 });

  // Delete removes the selection (with its transceivers and the cords' ends).
  await page.keyboard.press('Delete');
  expect((await doc(page)).devices[sw1]).toBeUndefined();
  expect(Object.values((await doc(page)).devices).some((d) => d.name.startsWith('SW1'))).toBe(false);

  // ? lists the shortcuts.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Undo');
});

test('a slot refuses a module of another form factor; the broken demo is fixed with one click', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.evaluate(() => window.__designer!.loadDemo('dr4-breakout'));
  await page.getByRole('button', { name: 'Front', exact: true }).click();
  const edge = await deviceId(page, 'P1');
  await focus(page, 'P1');
  await dragPart(page, 'module/mod-u1-12f-1xmpo12-f-upc-om4', await where(page, 'slot', edge, 'slot-2', 'front'));
  await expect(page.getByTestId('notice')).toHaveText(
    /^P1 Bay 01B takes corning-edge modules; MOD-U1 cassette 12F.* is a cassette module$/,
  );

  await page.evaluate(() => window.__designer!.loadDemo('broken-method-a'));
  await page.getByRole('button', { name: 'Failing' }).click();
  await expect(page.locator('tr[data-channel]')).toHaveCount(1);
  await page.locator('tr[data-channel] .rowbtn').click();
  await expect(page.getByTestId('channel-detail')).toContainText('Proposed fixes');
  const steps = await page.evaluate(() => window.__designer!.getState().history.past.length);
  await page
    .getByRole('button', { name: /^Apply fix: Replace PC\d .* with LC duplex cord A-to-A, UPC$/ })
    .first()
    .click();
  expect(await verdicts(page)).toEqual(['ok', 'ok']);
  expect(await page.evaluate(() => window.__designer!.getState().history.past.length)).toBe(steps + 1);
  await expect(page.locator('tr[data-channel]')).toHaveCount(0);
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await expect(page.locator('tr[data-channel][data-verdict="ok"]')).toHaveCount(2);
});
