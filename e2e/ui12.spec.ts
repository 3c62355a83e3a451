/**
 * Issue 12 (first part), desktop: the channel you can see (diagram of a passing and a failing
 * channel, the fault marked, a fix previewed in place), one meaning per colour (legend, Issues tab
 * of unchecked-only findings grey, never red), the channel table at 1280 px with nothing cut off
 * (column boxes measured against the pane), resizable and hideable columns that survive a reload,
 * 1,728 virtualised rows of a 10,000-fiber hall, palette search with the field's synonyms, Ctrl+K,
 * and axe with the new views open. Screenshots go to test-results/screens/ui12-*.png.
 *
 * Broken Method A demo (REFERENCE §5.4 row 3 on circuit 2):
 *
 * ```text
 *  SW1 Eth2 ─PC2 A-to-B─ P1-C1 MOD-A ══T1 Type A══ P2-C1 MOD-A ─PC4 A-to-B─ SW2 Eth2   → Tx→Tx
 * ```
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { DATA_HALL_SIZES, generateDataHall } from '../src/core/dataHall';
import { DesignBuilder, cage } from '../src/core/designBuilder';
import type { Design } from '../src/core/design';
import { partId } from '../src/core/ids';
import type { CablePart } from '../src/core/parts';
import { pdfTextStrings } from './pdfText';

const SCREENS = 'test-results/screens';

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__designer?.firstAnalysedMs != null);
}

async function demo(page: Page, id: string): Promise<void> {
  await page.evaluate((x) => window.__designer!.loadDemo(x), id);
}

async function serious(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

test('channel diagram: failing channel marks the faulty cord, a fix previews in place, a passing channel has no fault', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await ready(page);
  await demo(page, 'broken-method-a');
  await page.locator('tr[data-channel][data-class="fail"] .rowbtn').click();
  const figure = page.getByTestId('channel-detail').getByTestId('channel-figure');
  const svg = figure.locator('svg.channel-diagram');
  await expect(svg).toHaveAttribute('data-verdict', 'fail');
  // Seven boxes end to end: transceiver, cord, cassette, trunk, cassette, cord, transceiver.
  expect(await svg.locator('[data-box]').evaluateAll((els) => els.map((e) => e.getAttribute('data-box')))).toEqual([
    'transceiver',
    'duplex-cord',
    'cassette',
    'trunk',
    'cassette',
    'duplex-cord',
    'transceiver',
  ]);
  // The best fix replaces a cord: that cord is where it goes wrong.
  const fault = svg.locator('[data-tone="fault"]');
  await expect(fault).toHaveCount(1);
  await expect(fault).toHaveAttribute('data-box', 'duplex-cord');
  await expect(svg).toContainText('goes wrong here');
  await expect(svg).toContainText('2 A↔B flips: even, Tx meets Tx');
  expect(await svg.locator('[data-mark="flip"]').count()).toBe(2);
  await page.screenshot({ path: `${SCREENS}/ui12-diagram-failing-desktop.png` });

  await page.getByRole('button', { name: 'Open the channel diagram wide' }).click();
  const wide = page.getByRole('dialog', { name: 'Channel diagram' });
  await wide
    .getByRole('button', { name: /^Preview fix: Replace PC\d/ })
    .first()
    .click();
  await expect(wide.getByTestId('channel-figure')).toHaveAttribute('data-preview', 'on');
  const after = wide.locator('svg.channel-diagram');
  await expect(after).toHaveAttribute('data-verdict', 'pass');
  await expect(after.locator('[data-tone="fix"]')).toHaveAttribute('data-box', 'duplex-cord');
  await expect(after).toContainText('1 A↔B flip: odd, Tx reaches Rx');
  // The design itself is unchanged by a preview.
  expect(await page.evaluate(() => window.__designer!.analysis().channels.filter((c) => c.cls === 'fail').length)).toBe(
    1,
  );
  await page.screenshot({ path: `${SCREENS}/ui12-diagram-fix-preview-desktop.png` });
  await wide.getByRole('button', { name: 'Close' }).click();

  await page.locator('tr[data-channel][data-class="pass"] .rowbtn').click();
  await expect(svg).toHaveAttribute('data-verdict', 'pass');
  await expect(svg.locator('[data-tone="fault"]')).toHaveCount(0);
  await expect(svg).toContainText('1 A↔B flip: odd, Tx reaches Rx');
  await page.screenshot({ path: `${SCREENS}/ui12-diagram-passing-desktop.png` });
});

/** Every header cell inside the pane and no cell whose content is wider than its box. */
async function tableFits(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.channel-scroll')!.getBoundingClientRect();
    const cols = [...document.querySelectorAll('table.channels th')].map((th) => {
      const r = th.getBoundingClientRect();
      return { col: th.getAttribute('data-col'), left: r.left, right: r.right };
    });
    const cut = [...document.querySelectorAll('table.channels th, table.channels td, table.channels td *')]
      .filter((e) => e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.textContent?.slice(0, 30));
    return { pane: { left: pane.left, right: pane.right }, cols, cut };
  });
}

test('the channel table fits 1280 px with nothing cut off; columns resize and hide, remembered after a reload', async ({
  page,
}) => {
  test.setTimeout(90_000);
  for (const width of [1280, 1440, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await ready(page);
    await demo(page, 'ten-racks');
    const m = await tableFits(page);
    expect(m.cols.map((c) => c.col)).toEqual(['channel', 'polarity', 'method', 'loss', 'margin', 'reach', 'test']);
    for (const c of m.cols) {
      expect(c.left, `${c.col} at ${width}`).toBeGreaterThanOrEqual(m.pane.left - 0.5);
      expect(c.right, `${c.col} at ${width}`).toBeLessThanOrEqual(m.pane.right + 0.5);
    }
    expect(m.cut).toEqual([]);
    // The toolbar is one line at every desktop width, down to 1280 px.
    const tops = await page
      .locator('.toolbar .btn')
      .evaluateAll((els) =>
        els
          .filter((e) => (e as HTMLElement).offsetParent !== null)
          .map((e) => Math.round(e.getBoundingClientRect().top)),
      );
    expect(new Set(tops).size, `toolbar rows at ${width}`).toBe(1);
    if (width === 1280) await page.screenshot({ path: `${SCREENS}/ui12-channel-table-1280.png` });
  }

  // Resize Polarity by dragging its header edge, hide Method from the Columns menu.
  const th = page.locator('th[data-col="polarity"]');
  const before = (await th.boundingBox())!.width;
  const handle = (await th.getByRole('separator').boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + 40, handle.y + handle.height / 2, { steps: 5 });
  await page.mouse.up();
  expect((await th.boundingBox())!.width).toBeGreaterThan(before + 30);
  await page.getByRole('button', { name: 'Columns ▾' }).click();
  await page.getByRole('group', { name: 'Channel table columns' }).getByLabel('Method').uncheck();
  await expect(page.locator('th[data-col="method"]')).toHaveCount(0);
  // Escape closes the menu from its check box and gives focus back to the Columns button.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('group', { name: 'Channel table columns' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Columns ▾' })).toBeFocused();
  // The toolbar's menus share the rule: Escape closes Export and gives focus back to its button.
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('list', { name: 'Export' }).getByRole('button').first().focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Export' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export ▾' })).toBeFocused();
  await page.reload();
  await ready(page);
  await demo(page, 'ten-racks');
  await expect(page.locator('th[data-col="method"]')).toHaveCount(0);
  expect((await page.locator('th[data-col="polarity"]').boundingBox())!.width).toBeGreaterThan(before + 30);
  await page.getByRole('button', { name: 'Columns ▾' }).click();
  await page.getByRole('button', { name: 'Reset columns' }).click();
  await expect(page.locator('th[data-col="method"]')).toHaveCount(1);
});

test('1,728 channels of a 10,000-fiber hall: virtualised rows, the last one reachable by scrolling', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const hall: Design = generateDataHall(DATA_HALL_SIZES['10k']);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await ready(page);
  await page.evaluate((d) => window.__designer!.loadDesign(d as never, 'Load 10k hall'), hall);
  const table = page.getByRole('table', { name: 'Channels' });
  await expect(table).toHaveAttribute('data-rows', '1728', { timeout: 60_000 });
  const inDom = await page.locator('tr[data-channel]').count();
  expect(inDom).toBeGreaterThan(0);
  expect(inDom).toBeLessThan(60);
  // Scroll to the end: the last channel (row 1,729 counting the header) is rendered and visible.
  await page.locator('.channel-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const last = page.locator('tr[data-channel][aria-rowindex="1729"]');
  await expect(last).toBeVisible();
  expect(await page.locator('tr[data-channel]').count()).toBeLessThan(60);
});

test('palette search: "trunk" finds female array cables, "pinned" never unpinned; exact facets narrow by value', async ({
  page,
}) => {
  // Measured 6–12 s alone; 3× headroom over a busy 2-core machine.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await ready(page);
  const search = page.getByLabel('Search parts');
  await search.fill('trunk');
  await expect(page.locator('[data-part="cable/mpo12-typeB-ff-upc"]')).toBeVisible();
  await expect(page.locator('[data-part="cable/mpo12-typeB-mm-upc"]')).toBeAttached();
  // The vendor catalogue's group shows "Loading…" until its chunk arrives, then hides (no trunk there).
  await expect
    .poll(() =>
      page
        .locator('[data-group]:not([data-group="builder"])')
        .evaluateAll((g) => g.map((x) => x.getAttribute('data-group'))),
    )
    .toEqual(['trunks']);
  await page.screenshot({ path: `${SCREENS}/ui12-palette-trunk.png` });

  await search.fill('pinned');
  // Search results only (the part builder's own preview is not a search result).
  const names = await page.locator('[data-group]:not([data-group="builder"]) li.part .name').allTextContents();
  expect(names.length).toBeGreaterThan(10);
  expect(names.filter((n) => /unpinned|female\/female/.test(n))).toEqual([]);
  await expect(page.locator('[data-part="module/mod-u1-12f-1xmpo12-m-upc-om4"]')).toBeAttached();
  await expect(page.locator('[data-part="module/mod-u1-12f-1xmpo12-f-upc-om4"]')).toHaveCount(0);

  await search.fill('');
  const filters = page.getByRole('group', { name: 'Filter parts' });
  await filters.getByLabel('Connector').selectOption('MPO-16');
  await filters.getByLabel('Polish').selectOption('APC');
  // Every part left shows MPO-16 and APC among its fact chips (a part with an APC and a UPC end reads APC/UPC).
  const chips = await page
    .locator('[data-group]:not([data-group="builder"]) li.part')
    .evaluateAll((els) => els.map((e) => [...e.querySelectorAll('.chip')].map((c) => c.textContent ?? '')));
  expect(chips.length).toBeGreaterThan(3);
  for (const c of chips) {
    expect(c.some((t) => t.includes('MPO-16'))).toBe(true);
    expect(c.some((t) => t.split('/').includes('APC'))).toBe(true);
  }
  await page.screenshot({ path: `${SCREENS}/ui12-palette-facets.png` });
});

test('Ctrl+K runs a command by name; the shortcuts dialog lists the same chords', async ({ page }) => {
  // Measured 6–12 s alone; 3× headroom over a busy 2-core machine.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await ready(page);
  await demo(page, 'spine-leaf-sr4');
  await page.locator('body').click({ position: { x: 5, y: 880 } });
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await palette.getByRole('combobox', { name: 'Find a command' }).fill('rear');
  await expect(palette.getByRole('option').first()).toContainText('Rear');
  await page.screenshot({ path: `${SCREENS}/ui12-command-palette.png` });
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect.poll(() => page.evaluate(() => window.__designer!.getState().session.face)).toBe('rear');
  // A chord from the same table: Ctrl+K again, Escape closes; "?" opens the shortcuts list with Ctrl/⌘ + K in it.
  await page.keyboard.press('Control+k');
  await expect(palette).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toContainText('Ctrl/⌘ + K');
  await expect(shortcuts).toContainText('Ctrl/⌘ + Shift + Z / Ctrl/⌘ + Y');
});

/**
 * A design whose only mating findings are unchecked: an LC cord with an unknown polish (V3 cannot
 * be checked) between two SFP+ transceivers.
 *
 * ```text
 *  SW1 cage 1 (SFP+) ──LC cord, polish unknown── SW2 cage 1 (SFP+)
 * ```
 */
function uncheckedDesign(): Design {
  const cord: CablePart = {
    kind: 'cable',
    id: partId('cable/lc-duplex-ab-polish-unknown'),
    name: 'LC duplex cord A-to-B, polish unknown',
    cableClass: 'duplex-cord',
    cordType: 'A-to-B',
    ends: (['A', 'B'] as const).map((key) => ({
      key,
      label: `End ${key}`,
      connector: { variant: 'lc-duplex' as const, gender: 'n/a' as const, polish: 'unknown' as const },
      lossGrade: 'tia-max' as const,
    })),
    fibers: [
      { fiber: 1, from: { end: 0, position: 1 }, to: { end: 1, position: 2 } },
      { fiber: 2, from: { end: 0, position: 2 }, to: { end: 1, position: 1 } },
    ],
    fiberCount: 2,
    defaultFiberType: 'OM4',
    swapGroup: 'test:lc-unknown',
    provenance: { source: 'e2e: an imported cord whose polish the file does not state' },
  };
  const b = new DesignBuilder('Unchecked polish').part(cord);
  const r = b.rack('R1');
  const s1 = b.equipment(r, 'equipment/switch-1u-24xsfpplus', 40, 'SW1');
  const s2 = b.equipment(r, 'equipment/switch-1u-24xsfpplus', 38, 'SW2');
  b.transceiver(s1, 1, 'transceiver/10gbase-sr-sfpplus', 'SW1 Eth1');
  b.transceiver(s2, 1, 'transceiver/10gbase-sr-sfpplus', 'SW2 Eth1');
  b.cable(cord.id, 'PC1', 2, 'OM4', { A: cage(s1, 1), B: cage(s2, 1) });
  return b.build();
}

test('one meaning per colour: unchecked findings are grey and dashed, never red; the legend explains both', async ({
  page,
}) => {
  // Measured 6 s alone; 3× headroom over a busy 2-core machine.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await ready(page);
  await page.evaluate((d) => window.__designer!.loadDesign(d as never, 'Load unchecked'), uncheckedDesign());
  const findings = await page.evaluate(() => window.__designer!.analysis().findings.map((f) => f.severity));
  expect(findings.length).toBeGreaterThan(0);
  expect(new Set(findings)).toEqual(new Set(['unchecked']));
  const tab = page.getByRole('tab', { name: /^Issues/ });
  await expect(tab).toHaveClass(/tab-unchecked/);
  await expect(tab).not.toHaveClass(/tab-fail/);
  await expect(tab).toContainText('?');
  const color = await tab.evaluate((e) => getComputedStyle(e).color);
  expect(color).toBe('rgb(76, 84, 93)'); // --unchecked-text #4c545d, not the fail red
  await tab.click();
  await expect(page.locator('table[aria-label="Mating issues"] .badge.v-unchecked').first()).toBeVisible();
  await expect(page.locator('table[aria-label="Mating issues"] .badge.v-fail')).toHaveCount(0);
  const legend = page.getByTestId('legend');
  await legend.locator('summary').click();
  await expect(legend).toContainText('a rule could not be checked here');
  await expect(legend).toContainText('Unchecked');
  await page.screenshot({ path: `${SCREENS}/ui12-legend-unchecked.png` });
});

test('the channel report PDF and the port map PDF draw the failing channel with where it goes wrong', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await ready(page);
  await demo(page, 'broken-method-a');
  for (const [kind, heading] of [
    ['channels-pdf', 'Channel report'],
    ['portmap-pdf', 'Channel diagrams'],
  ] as const) {
    await page.getByRole('button', { name: 'Export ▾' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`[data-export="${kind}"]`).click(),
    ]);
    const bytes = await readFile((await download.path())!);
    const text = pdfTextStrings(bytes);
    expect(text).toContain(heading);
    // The failing circuit: its cord marked, its two even flips, and the fix that makes it pass.
    expect(text).toContain('goes wrong here');
    expect(text).toContain('2 A<->B flips: even, Tx meets Tx (TIA-568.3-E; REFERENCE §0.5, §4)');
    expect(text.some((t) => /^Proposed fix: Replace PC\d/.test(t))).toBe(true);
    // The channel report also draws the passing circuit (the port map PDF only what does not pass).
    expect(text.filter((t) => t === '1 A<->B flip: odd, Tx reaches Rx (TIA-568.3-E; REFERENCE §0.5, §4)')).toHaveLength(
      kind === 'channels-pdf' ? 1 : 0,
    );
  }
});

test('axe: no serious or critical violations with the diagram, the command palette and the legend open', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await ready(page);
  await demo(page, 'broken-method-a');
  await page.locator('tr[data-channel][data-class="fail"] .rowbtn').click();
  await page.getByTestId('legend').locator('summary').click();
  expect(await serious(page)).toEqual([]);
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  expect(await serious(page)).toEqual([]);
});
