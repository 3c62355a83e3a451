/**
 * Issue 12 (first part), tablet with touch: the designer toolbar on one line at 1366 px with 44 px
 * targets; the port map's legend for ✓ ! ✕ ◇ ? ○, no text under 16 px, the search cleared when
 * another port is tapped, and the channel diagram of a failing and a passing channel (drawn at
 * 16 px text). Screenshots: test-results/screens/ui12-*-tablet.png.
 *
 * Broken Method A demo (REFERENCE §5.4 row 3 on circuit 2):
 *
 * ```text
 *  SW1 Eth2 ─PC2 A-to-B─ P1-C1 MOD-A ══T1 Type A══ P2-C1 MOD-A ─PC4 A-to-B─ SW2 Eth2   → Tx→Tx
 *  SW1 Eth1 ─PC1 A-to-B─ P1-C1 MOD-A ══T1 Type A══ P2-C1 MOD-A ─PC3 A-to-A─ SW2 Eth1   → OK
 * ```
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const SCREENS = 'test-results/screens';

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__designer?.firstAnalysedMs != null);
}

test.describe('landscape tablet 1366 × 1024', () => {
  test.use({ viewport: { width: 1366, height: 1024 } });

  test('the designer toolbar is one line of 44 px targets', async ({ page }) => {
    // Measured 6–12 s alone; 3× headroom over a busy 2-core machine.
    test.setTimeout(60_000);
    await page.goto('/');
    await ready(page);
    const boxes = await page.locator('.toolbar .btn').evaluateAll((els) =>
      els
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => e.getBoundingClientRect())
        .map((r) => ({ top: Math.round(r.top), w: r.width, h: r.height, right: r.right })),
    );
    expect(boxes.length).toBeGreaterThan(15);
    expect(new Set(boxes.map((b) => b.top)).size).toBe(1);
    expect(Math.min(...boxes.map((b) => Math.min(b.w, b.h)))).toBeGreaterThanOrEqual(44);
    expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(1366);
    await page.screenshot({ path: `${SCREENS}/ui12-toolbar-tablet.png` });
  });
});

test('port map: legend, 16 px text, search cleared by a tap, and the channel diagram of a failing and a passing channel', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await ready(page);
  await page.evaluate(() => window.__designer!.loadDemo('broken-method-a'));
  await page.evaluate(() => window.__designer!.flush());
  await page.goto('about:blank');
  await page.goto('/#view=portmap');
  const map = page.getByTestId('portmap');
  await expect(map).toBeVisible();

  // The legend names every glyph the tiles use.
  const legend = map.getByTestId('legend');
  await expect(legend).toBeVisible();
  for (const word of ['Fail', 'Warning', 'Unverified', 'Unchecked', 'Open', 'Pass'])
    await expect(legend).toContainText(word);
  await legend.locator('summary').tap();
  await expect(legend).toContainText('no cable');

  // Search, then tap another port: the old search text is gone.
  const search = map.getByRole('searchbox', { name: 'Find a port by label' });
  await search.tap();
  await search.fill('SW1-Eth1');
  await map.getByRole('list', { name: 'Search results' }).locator('button').first().tap();
  await expect(search).toHaveValue('SW1-Eth1');
  const failing = map.locator('button.pm-port.v-fail[data-label="R1-SW1-Eth2"]');
  await failing.tap();
  await expect(failing).toHaveAttribute('aria-pressed', 'true');
  await expect(search).toHaveValue('');

  // The failing channel drawn: the cord the best fix replaces is marked, text at 16 px.
  const figure = map.getByTestId('channel-figure').first();
  const svg = figure.locator('svg.channel-diagram');
  await expect(svg).toHaveAttribute('data-verdict', 'fail');
  await expect(svg.locator('[data-tone="fault"]')).toHaveAttribute('data-box', 'duplex-cord');
  const scale = await svg.evaluate(
    (e) => (e as SVGSVGElement).getBoundingClientRect().width / (e as SVGSVGElement).viewBox.baseVal.width,
  );
  expect(11 * scale).toBeGreaterThanOrEqual(15.99);
  await page.screenshot({ path: `${SCREENS}/ui12-diagram-failing-tablet.png` });

  // Every text outside the diagram is at least 16 px.
  const small = await map.evaluate((root) => {
    const out: string[] = [];
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || el.closest('svg') || el.closest('.sr-only')) continue;
      if (el.getClientRects().length === 0) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px < 16) out.push(`${px}px: ${n.textContent.trim().slice(0, 30)}`);
    }
    return out;
  });
  expect(small).toEqual([]);

  const passing = map.locator('button.pm-port.v-pass[data-label="R1-SW1-Eth1"]');
  await passing.tap();
  await expect(svg).toHaveAttribute('data-verdict', 'pass');
  await expect(svg.locator('[data-tone="fault"]')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/ui12-diagram-passing-tablet.png` });

  const r = await new AxeBuilder({ page }).analyze();
  expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

// The placement banner ("Place …: tap where it goes", Stop) and the canvas legend once shared the
// canvas's bottom-left corner and the legend hid the banner; then the banner, at the canvas's top
// left, hid the first row's header and rack headers; and in portrait the legend ran under the
// minimap. The banner now has its own strip under the canvas: it may cover nothing drawn on the
// canvas (no intersection with the canvas or any rack elevation) nor the legend, the view options
// or the minimap; the legend may not cover the minimap, closed or opened, in either orientation.
type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  !(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y);

for (const [w, h] of [
  [1366, 1024],
  [1024, 1366],
] as const)
  test(`${w} × ${h}: the placement banner covers no canvas, and the legend does not overlap the minimap`, async ({
    page,
  }) => {
    // Measured ~6 s alone; 3× headroom and more for a busy 2-core machine.
    test.setTimeout(60_000);
    await page.setViewportSize({ width: w, height: h });
    await page.goto('/');
    await ready(page);
    await page.evaluate(() =>
      window
        .__designer!.getState()
        .actions.setTool({ kind: 'place', part: 'equipment/panel-1u-24xlcduplex-duplex' as never }),
    );
    const banner = page.getByTestId('tool-banner');
    const legend = page.getByTestId('legend');
    const minimap = page.getByTestId('minimap');
    await expect(banner).toContainText('tap where it goes');
    await expect(minimap).toBeVisible();
    // The banner against the canvas, the legend, the view options (top right) and the minimap
    // (bottom right); the legend against the minimap.
    const others = [page.getByTestId('canvas'), legend, page.locator('.canvas-view-options'), minimap];
    const clashes = async () => {
      const out: string[] = [];
      const a = (await banner.boundingBox())!;
      for (const [i, o] of others.entries()) {
        const b = await o.boundingBox();
        if (b && overlap(a, b)) out.push(`banner × ${['canvas', 'legend', 'view options', 'minimap'][i]}`);
      }
      // Every rack elevation drawn (the first row's rack headers among them) lies clear of the banner.
      const elevations = await page.evaluate(() => window.__designer!.probe.elevations());
      expect(elevations.length).toBeGreaterThan(0);
      for (const e of elevations)
        if (overlap(a, { x: e.x, y: e.y, width: e.w, height: e.h })) out.push(`banner × rack ${e.key}`);
      if (overlap((await legend.boundingBox())!, (await minimap.boundingBox())!)) out.push('legend × minimap');
      return out;
    };
    expect(await clashes()).toEqual([]);
    // Its Stop button is a finger target with text read at arm's length.
    const stop = banner.getByRole('button', { name: /Stop/ });
    expect((await stop.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await stop.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(16);
    await page.screenshot({ path: `${SCREENS}/ui12-place-banner-tablet-${w}x${h}.png` });
    await legend.locator('summary').tap();
    await expect(legend).toHaveAttribute('open', '');
    expect(await clashes()).toEqual([]);
    // Both stay on screen inside the canvas area.
    const area = (await page.locator('.canvas-area').boundingBox())!;
    for (const el of [banner, legend]) {
      const r = (await el.boundingBox())!;
      expect(r.y).toBeGreaterThanOrEqual(area.y);
      expect(r.y + r.height).toBeLessThanOrEqual(area.y + area.height + 1);
    }
    await page.screenshot({ path: `${SCREENS}/ui12-place-banner-legend-open-tablet-${w}x${h}.png` });
  });
