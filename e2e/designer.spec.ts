/**
 * The designer, end to end in headless Chromium: build a Method A duplex channel by hand (drag an
 * enclosure into a rack, a cassette into it, two switches with transceivers, lay a trunk and two
 * cords), watch it fail Tx→Tx, change a cord to A-to-A and watch it pass, undo, reload and find the
 * design restored. Assertions read the store (through `window.__designer`) and the DOM, never pixels.
 */
import { expect, test } from '@playwright/test';
import { click, deviceId, doc, dragPart, focus, paletteItem, ready, verdicts, where, type Ref } from './designerPage';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
});

test('build a Method A channel by drag and drop, fix the cord, undo, reload', async ({ page }) => {
  // 32–38 s measured on main and on ui12a alike with the 2-core machine at load 22–26; 3× headroom.
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await ready(page);
  await expect(page.getByRole('heading', { level: 1, name: 'MPO Designer' })).toBeVisible();

  // A new design has one 42U rack; add a second one.
  await page.getByRole('button', { name: 'New', exact: true }).click();
  // New opens a library design (IndexedDB): wait for it before editing, as a user sees it open.
  await expect.poll(async () => Object.keys((await doc(page)).devices)).toHaveLength(0);
  await page.getByRole('button', { name: '+ Rack' }).click();
  await page.getByRole('button', { name: 'Front', exact: true }).click();
  const racks = Object.values((await doc(page)).racks).map((r) => [r.name, r.heightU]);
  expect(racks).toEqual([
    ['R1', 42],
    ['R2', 42],
  ]);
  const [r1, r2] = Object.keys((await doc(page)).racks) as [string, string];

  // Enclosure into R1 U38 by drag and drop; the same spot then refuses a switch, with the reason.
  await dragPart(page, 'equipment/enclosure-1u-4slot-cassette-modular', await where(page, 'unit', r1, 38, 'front'));
  const p1 = Object.values((await doc(page)).devices).find((d) => d.placement.kind === 'rack');
  expect(p1?.placement).toEqual({ kind: 'rack', rack: r1, positionU: 38, face: 'front' });
  await dragPart(page, 'equipment/switch-1u-24xsfpplus', await where(page, 'unit', r1, 38, 'front'));
  await expect(page.getByTestId('notice')).toHaveText('U38 taken by P1');
  expect(Object.keys((await doc(page)).devices)).toHaveLength(1);

  // Switches above, a second enclosure in R2.
  await dragPart(page, 'equipment/switch-1u-24xsfpplus', await where(page, 'unit', r1, 40, 'front'));
  await dragPart(page, 'equipment/switch-1u-24xsfpplus', await where(page, 'unit', r2, 40, 'front'));
  await dragPart(page, 'equipment/enclosure-1u-4slot-cassette-modular', await where(page, 'unit', r2, 38, 'front'));
  const names = Object.values((await doc(page)).devices)
    .map((d) => `${d.name}@${d.placement.kind === 'rack' ? `${d.placement.rack}:U${d.placement.positionU}` : ''}`)
    .sort();
  expect(names).toEqual([`P1@${r1}:U38`, `P2@${r2}:U38`, `SW1@${r1}:U40`, `SW2@${r2}:U40`]);

  // Zoom to the equipment, then cassettes into slot 1 and transceivers into cage 1.
  await focus(page, 'SW1', 'P1', 'SW2', 'P2');
  const [sw1, sw2, encl1, encl2] = await Promise.all(['SW1', 'SW2', 'P1', 'P2'].map((n) => deviceId(page, n)));
  await dragPart(page, 'module/mod-a-12f-1xmpo12-f-upc-om4', await where(page, 'slot', encl1, 'slot-1', 'front'));
  await dragPart(page, 'module/mod-a-12f-1xmpo12-f-upc-om4', await where(page, 'slot', encl2, 'slot-1', 'front'));
  await dragPart(page, 'transceiver/10gbase-sr-sfpplus', await where(page, 'port', { device: sw1, port: 'cage-1' }));
  await dragPart(page, 'transceiver/10gbase-sr-sfpplus', await where(page, 'port', { device: sw2, port: 'cage-1' }));
  const placed = Object.values((await doc(page)).devices)
    .filter((d) => d.placement.kind !== 'rack')
    .map((d) => [d.name, d.placement]);
  expect(placed).toEqual([
    ['P1-C1', { kind: 'slot', parent: encl1, slot: 'slot-1' }],
    ['P2-C1', { kind: 'slot', parent: encl2, slot: 'slot-1' }],
    ['SW1 Eth1', { kind: 'cage', parent: sw1, cage: 'cage-1' }],
    ['SW2 Eth1', { kind: 'cage', parent: sw2, cage: 'cage-1' }],
  ]);
  const c1 = await deviceId(page, 'P1-C1');
  const c2 = await deviceId(page, 'P2-C1');

  // Trunk on the rear: pick the part, then click one cassette's MPO port and the other's.
  await page.getByRole('button', { name: 'Rear', exact: true }).click();
  await focus(page, 'P1', 'P2');
  await (await paletteItem(page, 'cable/mpo12-typeA-mm-upc')).click();
  await expect(page.getByTestId('tool-banner')).toContainText('pick a port');
  await click(page, await where(page, 'port', { device: c1, port: 'mpo1' } satisfies Ref));
  await click(page, await where(page, 'port', { device: c2, port: 'mpo1' } satisfies Ref));
  let cables = Object.values((await doc(page)).cables);
  expect(cables.map((c) => [c.name, c.part, c.ends])).toEqual([
    ['T1', 'cable/mpo12-typeA-mm-upc', { A: { device: c1, port: 'mpo1' }, B: { device: c2, port: 'mpo1' } }],
  ]);

  // Cords on the front, A-to-B at both ends (GT-06b): one by click-click, one by dragging port to port.
  await page.getByRole('button', { name: 'Front', exact: true }).click();
  await focus(page, 'SW1', 'P1', 'SW2', 'P2');
  await (await paletteItem(page, 'cable/lc-duplex-ab-upc')).click();
  await click(page, await where(page, 'port', { device: sw1, port: 'cage-1' }));
  await click(page, await where(page, 'port', { device: c1, port: 'front-1' }));
  const from = await where(page, 'port', { device: sw2, port: 'cage-1' });
  const to = await where(page, 'port', { device: c2, port: 'front-1' });
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
  await page.keyboard.press('Escape');
  cables = Object.values((await doc(page)).cables);
  expect(cables.map((c) => `${c.name} ${c.part}`)).toEqual([
    'T1 cable/mpo12-typeA-mm-upc',
    'PC1 cable/lc-duplex-ab-upc',
    'PC2 cable/lc-duplex-ab-upc',
  ]);

  // The channel fails Tx→Tx, in the store and in the channel list.
  expect(await verdicts(page)).toEqual(['tx-to-tx']);
  await expect(page.locator('tr[data-channel]')).toHaveCount(1);
  await expect(page.locator('tr[data-channel]')).toHaveAttribute('data-verdict', 'tx-to-tx');
  await expect(page.locator('tr[data-channel]')).toContainText('Tx→Tx');

  // Change cord PC2 to A-to-A in the inspector: the channel passes as Method A.
  await click(page, await where(page, 'port', { device: sw2, port: 'cage-1' }));
  await page.getByRole('button', { name: 'Select cable PC2' }).click();
  await page.getByLabel('Cord type').selectOption('A-to-A');
  expect(await verdicts(page)).toEqual(['ok']);
  await expect(page.locator('tr[data-channel]')).toHaveAttribute('data-verdict', 'ok');
  await expect(page.getByTestId('channel-detail')).toContainText('Method A');

  // Undo brings the failing cord back (one step), redo repairs it again.
  await page.keyboard.press('Control+z');
  expect(await verdicts(page)).toEqual(['tx-to-tx']);
  expect(Object.values((await doc(page)).cables).find((c) => c.name === 'PC2')?.part).toBe('cable/lc-duplex-ab-upc');
  await page.keyboard.press('Control+Shift+z');
  expect(await verdicts(page)).toEqual(['ok']);

  // Reload: the autosaved design comes back.
  const before = await doc(page);
  await page.evaluate(() => window.__designer!.flush());
  await page.reload();
  await ready(page);
  expect(await doc(page)).toEqual(before);
  expect(await verdicts(page)).toEqual(['ok']);
  await expect(page.locator('tr[data-channel]')).toHaveAttribute('data-verdict', 'ok');
  expect(errors).toEqual([]);
});
