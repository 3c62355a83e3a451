/**
 * Issue 12 Proof, desktop 1440×900 with the mouse: the two-rack channel built from File → New
 * through the port picker (`proofFlow.ts`), verified OK by reading the channel list; the zoom/pan
 * count, wall time and smallest port hit size written to the test's annotations and to
 * `test-results/connect12-proof-desktop.json`. Then Connect by label for a second, failing
 * circuit; screenshots of every view; axe with the picker and with the dialog open. A second
 * test: an MPO-16 trunk's picker marks the MPO-12 cassette rear V6 before it is chosen, and
 * choosing it is refused with the rule named (REFERENCE §1.8 V6).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { makeArrayCable } from '../src/core/catalogue/cables';
import { makeCassette } from '../src/core/catalogue/modules';
import { DesignBuilder } from '../src/core/designBuilder';
import { doc, paletteItem, ready, where, type Pt } from './designerPage';
import { buildTwoRackChannel, SCREENS, start, type Driver } from './proofFlow';

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

const serious = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('the two-rack channel from an empty design with the mouse, through the port picker', async ({ page }) => {
  // Measured ~40 s alone on the shared 2-core machine; 3× headroom.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await start(page);
  const d = mouseDriver(page);
  const report = await buildTwoRackChannel(d);
  const { ids, ...summary } = report;
  test
    .info()
    .annotations.push(
      { type: 'zoom/pan actions', description: `${report.zoomActions + report.panActions}` },
      { type: 'wall time', description: `${report.wallMs} ms` },
      { type: 'min port hit size', description: `${report.minPortHitPx} px` },
      { type: 'steps', description: report.steps.join(' | ') },
    );
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/connect12-proof-desktop.json', JSON.stringify(summary, null, 2));
  expect(report.minPortHitPx).toBeGreaterThanOrEqual(24);
  await page.screenshot({ path: `${SCREENS}/proof-designer-desktop.png` });

  // The picker open over a device (for the screenshot and axe).
  await d.arm('cable/lc-duplex-ab-upc');
  const picker = await d.openPicker(await where(page, 'handle', ids.p1!));
  await expect(picker.locator('[role="option"][data-verdict="pass"]').first()).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/proof-picker-desktop.png` });
  expect(await serious(page)).toEqual([]);
  // Keyboard: arrows move, Escape closes.
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-port') ?? null);
  const first = await focused();
  expect(first).not.toBeNull();
  await page.keyboard.press('ArrowRight');
  expect(await focused()).not.toBe(first);
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await page.keyboard.press('Escape');

  // Connect by label: the second circuit with an A-to-B cord at both ends (Method A needs A-to-A
  // at one end): laid, and its channel fails Tx→Tx.
  await page.getByTestId('canvas').focus();
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: 'Connect by label' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Cable').selectOption('cable/lc-duplex-ab-upc');
  const from = dialog.getByRole('combobox', { name: 'From' });
  const to = dialog.getByRole('combobox', { name: 'To' });
  const n0 = Object.keys((await doc(page)).cables).length;
  for (const [box, typed, want, list] of [
    [from, 'sw1-eth2', 'R1-SW1-Eth2', 'From suggestions'],
    [to, 'c1-port2', 'R1-P1-C1-Port2', 'To suggestions'],
  ] as const) {
    await box.pressSequentially(typed);
    await expect(dialog.getByRole('listbox', { name: list }).getByRole('option').first()).toContainText(want);
    await box.press('Enter');
    await expect(box).toHaveValue(want);
  }
  const verdict = dialog.locator('.cbl-verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'pass');
  await expect(verdict).toContainText('Connect to');
  await page.screenshot({ path: `${SCREENS}/proof-connect-by-label-desktop.png` });
  expect(await serious(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await expect(dialog.locator('.cbl-done')).toContainText('Laid R1-SW1-Eth2 ↔ R1-P1-C1-Port2');
  // A taken port is refused before committing, with the rule named.
  await from.fill('R1-SW1-Eth1');
  await to.fill('R1-P1-C1-Port3');
  await expect(verdict).toHaveAttribute('data-verdict', 'fail');
  await expect(verdict).toContainText('P1');
  await expect(dialog.getByRole('button', { name: 'Connect' })).toBeDisabled();
  await from.fill('R2-SW2-Eth2');
  await to.fill('R2-P2-C1-Port2');
  await expect(verdict).toHaveAttribute('data-verdict', 'pass');
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await expect(dialog.locator('.cbl-done')).toContainText('Laid');
  expect(Object.keys((await doc(page)).cables).length).toBe(n0 + 2);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // One undo step per connection.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Object.keys((await doc(page)).cables).length).toBe(n0 + 1);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => Object.keys((await doc(page)).cables).length).toBe(n0 + 2);

  // Channel list and the channel diagrams of the passing and the failing channel.
  const rows = page.locator('tr[data-channel]');
  await expect(rows).toHaveCount(2);
  await page.screenshot({ path: `${SCREENS}/proof-channels-desktop.png` });
  const passing = rows.filter({ hasText: 'Eth1' }).first();
  const failing = rows.filter({ hasText: 'Eth2' }).first();
  await expect(failing).toHaveAttribute('data-class', 'fail');
  await passing.click();
  const svg = page.locator('svg.channel-diagram').first();
  await expect(svg).toHaveAttribute('data-verdict', 'pass');
  await page.screenshot({ path: `${SCREENS}/proof-diagram-passing-desktop.png` });
  await failing.click();
  await expect(svg).toHaveAttribute('data-verdict', 'fail');
  await page.screenshot({ path: `${SCREENS}/proof-diagram-failing-desktop.png` });

  // Designs view and port map.
  await page.getByRole('button', { name: 'Designs', exact: true }).click();
  await expect(page.getByRole('dialog', { name: /Designs/ })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/proof-designs-desktop.png` });
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Port map', exact: true }).click();
  await expect(page.getByTestId('portmap')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/proof-portmap-desktop.png` });
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
