/**
 * Issue 12 §3, desktop 1440×900, real mouse gestures: a cable end shows its mating verdict before
 * the drop, and an invalid mating is refused with the rule named (never a green status).
 *
 * ```text
 *  R1  ENC (4-slot cassette enclosure)
 *        slot 1: MOD-A cassette, rear MPO-12 female (unpinned) UPC OM4   ← MPO-16 Type B trunk end
 *        slot 2: MOD-A cassette, rear MPO-12 female UPC OM4              ← MPO-12 Type B trunk end
 * ```
 *
 * REFERENCE §1.8 V6: offset-key MPO-16 never mates a centre-key MPO-12 port.
 */
import { expect, test, type Page } from '@playwright/test';
import { makeArrayCable } from '../src/core/catalogue/cables';
import { makeCassette } from '../src/core/catalogue/modules';
import { DesignBuilder } from '../src/core/designBuilder';
import { deviceId, doc, focus, paletteItem, ready, where, type Pt } from './designerPage';

const SCREENS = 'test-results/screens';
const mpo16 = makeArrayCable({ polarity: 'B', variant: 'mpo-16', genders: 'mm', polish: 'UPC' });
const mpo12 = makeArrayCable({ polarity: 'B', variant: 'mpo-12', genders: 'mm', polish: 'UPC' });
const cassette = makeCassette({ moduleClass: 'MOD-A', rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4' });

function rig() {
  const b = new DesignBuilder('Drop verdicts');
  const r = b.rack('R1', 12);
  const enc = b.equipment(r, 'equipment/enclosure-1u-4slot-cassette-modular', 10, 'ENC');
  b.module(enc, 1, cassette.id, 'C1');
  b.module(enc, 2, cassette.id, 'C2');
  return b.build();
}

/** Presses on a palette part and carries it to `to` with the button still down. */
async function carry(page: Page, part: string, to: Pt): Promise<void> {
  const box = (await (await paletteItem(page, part)).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
}

test('an MPO-16 trunk end over an MPO-12 cassette rear shows V6 before the drop and is refused', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await ready(page);
  await page.evaluate((d) => window.__designer!.loadDesign(d as never, 'Load drop verdicts'), rig());
  await page.evaluate(() => window.__designer!.actions.setFace('rear'));
  await focus(page, 'ENC');
  const c1 = await deviceId(page, 'C1');
  const c2 = await deviceId(page, 'C2');
  const caption = page.locator('.drag-ghost');

  // Carried over C1's rear, button still down: the verdict names the rule, in red.
  await carry(page, mpo16.id, await where(page, 'port', { device: c1, port: 'mpo1' }));
  await expect(caption).toBeVisible();
  await expect(caption).toHaveAttribute('data-verdict', 'fail');
  await expect(caption).toContainText('Will not mate: V6 family/key');
  await expect(caption).toContainText('MPO-16 cannot mate MPO-12');
  const red = await caption.evaluate((el) => getComputedStyle(el).borderTopColor);
  expect(red).toBe('rgb(207, 34, 46)'); // --fail #cf222e
  await page.screenshot({ path: `${SCREENS}/ui12-drop-verdict-desktop.png` });

  // Dropped: refused with the rule named, no cable, no connect started, no green status.
  await page.mouse.up();
  const notice = page.getByTestId('notice');
  await expect(notice).toHaveClass(/error/);
  await expect(notice).toContainText('V6 family/key');
  await expect(notice).not.toHaveClass(/success/);
  expect(Object.keys((await doc(page)).cables)).toHaveLength(0);
  expect(await page.evaluate(() => window.__designer!.getState().session.tool.kind)).not.toBe('connect');
  await expect(caption).toBeHidden();
  await page.screenshot({ path: `${SCREENS}/ui12-drop-refused-desktop.png` });

  // A trunk that mates: the same gesture over C2 shows a green pass before the drop.
  await carry(page, mpo12.id, await where(page, 'port', { device: c2, port: 'mpo1' }));
  await expect(caption).toHaveAttribute('data-verdict', 'pass');
  await expect(caption).toContainText('Connect from');
  await page.mouse.up();
  await expect(notice).not.toHaveClass(/error/);
  expect(await page.evaluate(() => window.__designer!.getState().session.tool)).toMatchObject({
    kind: 'connect',
    from: { device: c2, port: 'mpo1' },
  });
});

test('a link through an invalid mating is listed without the open/passive links switch', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await ready(page);
  // An imported design that already holds the bad mating: MPO-16 trunk C1 rear ── C2 rear (V6 at both).
  const b = new DesignBuilder('Imported bad mating');
  const r = b.rack('R1', 12);
  const enc = b.equipment(r, 'equipment/enclosure-1u-4slot-cassette-modular', 10, 'ENC');
  const c1 = b.module(enc, 1, cassette.id, 'C1');
  const c2 = b.module(enc, 2, cassette.id, 'C2');
  b.cable(mpo16.id, 'T9', 5, 'OM4', { A: { device: c1, port: 'mpo1' }, B: { device: c2, port: 'mpo1' } });
  await page.evaluate((d) => window.__designer!.loadDesign(d as never, 'Load bad mating'), b.build());
  const rows = page.locator('tr[data-channel]');
  await expect(rows.first()).toBeVisible();
  expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-class')))).toEqual(
    expect.arrayContaining(['fail']),
  );
  expect(await rows.evaluateAll((els) => els.every((e) => e.getAttribute('data-class') === 'fail'))).toBe(true);
  const toggle = page.locator('.links-toggle input');
  if ((await toggle.count()) > 0) await expect(toggle).not.toBeChecked();
  await expect(page.locator('.channels')).toContainText('Invalid mating');
  // The tab and the status bar count them as failures, never as passes.
  const n = Number(await page.locator('table.channels').getAttribute('data-rows'));
  expect(n).toBeGreaterThan(0);
  await expect(page.getByRole('tab', { name: `Channels (${n})` })).toBeVisible();
  const summary = page.getByLabel('Channel summary');
  await expect(summary).toContainText(`${n} fail`);
  await expect(summary).not.toContainText('pass');
  await page.screenshot({ path: `${SCREENS}/ui12-invalid-links-listed-desktop.png` });
});
