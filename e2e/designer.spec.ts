/**
 * The designer, end to end in headless Chromium: build a Method A duplex channel by hand (drag an
 * enclosure into a rack, a cassette into it, two switches with transceivers, lay a trunk and two
 * cords), watch it fail Tx→Tx, change a cord to A-to-A and watch it pass, undo, reload and find the
 * design restored. Assertions read the store (through `window.__designer`) and the DOM, never pixels.
 */
import { expect, test, type Page } from '@playwright/test';

type Pt = { x: number; y: number };
type Ref = { device: string; port: string };

/** Waits for the app and its first analysed design. */
async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__designer?.firstAnalysedMs != null);
}

/** The design document. */
const doc = (page: Page) => page.evaluate(() => window.__designer!.getState().doc);

/** Client point of a canvas thing, from the canvas's own scene geometry. */
async function where(
  page: Page,
  kind: 'unit' | 'slot' | 'port' | 'device' | 'handle',
  ...args: unknown[]
): Promise<Pt> {
  const p = await page.evaluate(
    ([k, a]) => {
      const probe = window.__designer!.probe as unknown as Record<string, (...x: unknown[]) => Pt | null>;
      return probe[k as string]!(...(a as unknown[]));
    },
    [kind, args] as const,
  );
  if (!p) throw new Error(`${kind} ${JSON.stringify(args)} is not on screen`);
  return p;
}

/** Narrows the palette to one part and returns its drag handle. */
async function paletteItem(page: Page, part: string) {
  await page.getByLabel('Search parts').fill(part);
  const item = page.locator(`[data-part="${part}"] .grab`);
  await expect(item).toBeVisible();
  return item;
}

/** Drags a part from the palette to a client point (mouse). */
async function dragPart(page: Page, part: string, to: Pt): Promise<void> {
  const box = (await (await paletteItem(page, part)).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** The id of the device named `name`. */
async function deviceId(page: Page, name: string): Promise<string> {
  const d = await doc(page);
  const dev = Object.values(d.devices).find((v) => v.name === name);
  if (!dev) throw new Error(`no device ${name}`);
  return dev.id;
}

/** Verdicts of the equipment channels, in list order. */
const verdicts = (page: Page) =>
  page.evaluate(() =>
    window
      .__designer!.analysis()
      .channels.filter((c) => ['duplex', 'parallel', 'breakout'].includes(c.kind))
      .map((c) => c.verdict),
  );

/** Frames the given devices on the canvas (what double-click or "Zoom to" does). */
async function focus(page: Page, ...names: string[]): Promise<void> {
  const ids = await Promise.all(names.map((n) => deviceId(page, n)));
  await page.evaluate((x) => window.__designer!.actions.requestView('focus', x as never), ids);
  await page.waitForTimeout(100);
}

async function click(page: Page, p: Pt): Promise<void> {
  await page.mouse.click(p.x, p.y);
}

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

test('move and delete equipment; arrows move by one U; Escape cancels a drag; ? lists shortcuts', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.evaluate(() => window.__designer!.loadDemo('broken-method-a'));
  await page.getByRole('button', { name: 'Front', exact: true }).click();
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
  const dest = await where(page, 'unit', rack, 20);
  const cdp = await ctx.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
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
  await page.touchscreen.tap(a.x, a.y);
  await page.touchscreen.tap(b.x, b.y);
  expect(Object.values((await doc(page)).cables).map((c) => c.ends)).toEqual([
    { A: { device: sw, port: 'cage-1' }, B: { device: cassette, port: 'front-1' } },
  ]);
  await ctx.close();
});

test('Save writes the design as JSON; Open reads it back; a broken file is refused with a reason', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.evaluate(() => window.__designer!.loadDemo('dr4-breakout'));
  const saved = await doc(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('400gbase-dr4-4-100gbase-dr-single-mode-apc-corning-edge8.mpo.json');
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(path, 'utf8');
  expect(JSON.parse(text).schemaVersion).toBe(1);

  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect.poll(async () => Object.keys((await doc(page)).devices)).toHaveLength(0);
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'dr4.mpo.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('notice')).toHaveText(/^Opened dr4\.mpo\.json/);
  expect(await doc(page)).toEqual(saved);

  await page.locator('input[type=file]').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"schemaVersion": 1, "name": 3}'),
  });
  await expect(page.getByTestId('notice')).toHaveText(/^bad\.json: \$/);
  expect(await doc(page)).toEqual(saved);
  // New and Open each made a new design of the library; the earlier ones are still there.
  const names = await page.evaluate(async () => (await window.__designer!.library.designs()).map((d) => d.name));
  expect(names.filter((n) => n === saved.name)).toHaveLength(2);
  expect(names).toContain('Untitled design');
});
