/**
 * The technician's port map on an iPad-sized touch viewport (iPad Pro 11, Chromium, touch):
 * open a share link, search a label, tap the port, read its path (hops with labels, fiber
 * colours, polarity verdict, loss margin, QR code); go offline and reload (service worker);
 * `#port=<label>` lands on a port (no serious axe violations); the toolbar's Port map button
 * opens the local design.
 * Spine–leaf demo (REFERENCE §6.3, GT-04):
 *
 * ```text
 *  R1: Spine-1 Eth1–4 ─MC1–4 Type B─ P1 MPO1–4 │ P1 MPO1–4-Rear ══ T1 48F Type B ══ R2 P1 MPO1–4-Rear │ P1 MPO1–4 ─MC5–8─ Leaf-1 Eth49–52
 * ```
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import LZString from 'lz-string';
import { showFolded } from './toolbarMore';

const SCREENS = 'test-results/screens';

async function designerReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__designer?.firstAnalysedMs != null);
}

/** A share link (`#design=…&mode=view`) of the spine–leaf demo, renamed so it is recognisable. */
async function shareHash(page: Page): Promise<string> {
  await page.goto('/');
  await designerReady(page);
  const design = await page.evaluate(async () => {
    await window.__designer!.loadDemo('spine-leaf-sr4');
    return window.__designer!.getState().doc;
  });
  return `#design=${LZString.compressToEncodedURIComponent(JSON.stringify({ ...design, name: 'Row A spine–leaf (shared)' }))}&mode=view`;
}

test('share link → search → tap → path; offline reload keeps working', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const hash = await shareHash(page);

  // Open the share link in a fresh navigation: the read-only port map of the shared design.
  await page.goto('about:blank');
  await page.goto(`/${hash}`);
  const map = page.getByTestId('portmap');
  await expect(map.getByRole('heading', { name: 'Port map', level: 1 })).toBeVisible();
  await expect(map.locator('.pm-design')).toHaveText('Row A spine–leaf (shared)');
  await expect(map.getByText('Read-only', { exact: true })).toBeVisible();
  await expect(page.getByTestId('canvas')).toHaveCount(0); // nothing to drag or move here
  await page.screenshot({ path: `${SCREENS}/portmap-share.png` });

  // Tap targets: every port button at least 44 × 44 CSS px.
  const sizes = await map
    .locator('button.pm-port')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
  expect(sizes.length).toBeGreaterThan(100);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);

  // Search by a fragment of the label, pick the result: it jumps to the port.
  const search = map.getByRole('searchbox', { name: 'Find a port by label' });
  await search.tap();
  await search.fill('p1-mpo1');
  const results = map.getByRole('list', { name: 'Search results' });
  await expect(results.locator('button').first()).toHaveAttribute('data-label', 'R1-P1-MPO1');
  await expect(results.locator('button[data-label="R1-P1-MPO1-Rear"]')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/portmap-search.png` });
  await results.locator('button[data-label="R1-P1-MPO1"]').tap();
  await expect(results).toHaveCount(0);
  const port = map.locator('button.pm-port[data-label="R1-P1-MPO1"]');
  await expect(port).toBeInViewport();
  await port.tap();
  await expect(port).toHaveAttribute('aria-pressed', 'true');

  // The path: label, QR, verdict, margin, every hop with labels and fiber colours.
  const path = map.getByRole('region', { name: 'Port path' });
  await expect(path.getByRole('heading', { level: 2 })).toHaveText('R1-P1-MPO1');
  await expect(path.getByRole('img', { name: 'QR code of R1-P1-MPO1' })).toHaveAttribute(
    'data-qr',
    /#port=R1-P1-MPO1$/,
  );
  await expect(path.locator('.pm-channel .badge').first()).toHaveText(/Polarity: OK/);
  await expect(path.locator('.pm-channel')).toHaveClass(/pm-channel/);
  await expect(path.locator('.pm-margin').first()).toHaveText(/^Margin \d+\.\d{3} dB$/);
  await expect(path.locator('.pm-fiber')).toHaveCount(12); // MPO-12: 8 lit fibers of 100GBASE-SR4 and 4 dark
  const first = path.locator('.pm-fiber').first();
  await expect(first.locator('summary')).toContainText('Tx0 R1-SW1-Eth1');
  await expect(first.locator('summary')).toContainText('Rx0 R2-SW1-Eth49');
  const hops = first.locator('.pm-hop');
  await expect(hops).toHaveCount(7); // Tx, MC1, P1, T1, P2, MC5, Rx
  await expect(hops.nth(1)).toContainText(/Fiber \d+ \w+ in MC1/);
  await expect(hops.nth(1)).toContainText('Type B');
  await expect(hops.nth(2)).toContainText('R1-P1-MPO1-Rear');
  await expect(hops.nth(3)).toContainText('T1');
  await expect(hops.nth(6)).toContainText('R2-SW1-Eth49');
  await expect(hops.nth(1).locator('.fiber-swatch')).toHaveCount(1);
  await page.screenshot({ path: `${SCREENS}/portmap-path.png` });
  expect(page.url()).toContain('&port=R1-P1-MPO1');

  // Offline: once the service worker controls the page, a reload comes from its cache.
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.ready) !== null && navigator.serviceWorker.controller !== null,
    undefined,
    { timeout: 20_000 },
  );
  await context.setOffline(true);
  const offlineFetch = await page.evaluate(() =>
    fetch(`/not-cached-${Date.now()}`).then(
      () => 'online',
      () => 'offline',
    ),
  );
  expect(offlineFetch).toBe('offline');
  await page.reload();
  await expect(map.locator('.pm-design')).toHaveText('Row A spine–leaf (shared)');
  await expect(map.getByRole('region', { name: 'Port path' }).getByRole('heading', { level: 2 })).toHaveText(
    'R1-P1-MPO1',
  );
  await expect(map.getByRole('img', { name: 'QR code of R1-P1-MPO1' })).toBeVisible();
  // The path is analysed offline too (the analysis worker's script comes from the service worker's cache).
  await expect(map.getByRole('region', { name: 'Port path' }).locator('.pm-fiber')).toHaveCount(12);
  await expect(map.locator('button.pm-port[data-label="R1-SW1-Eth1"]')).toHaveClass(/v-unverified/);
  await page.screenshot({ path: `${SCREENS}/portmap-offline.png` });
  await context.setOffline(false);
  expect(errors).toEqual([]);
});

test('#port=<label> lands on the port of the local design; the toolbar opens and leaves the map', async ({ page }) => {
  test.setTimeout(90_000); // 28-36 s measured alone on the busy machine (an axe run, two page loads); 3× headroom.
  await page.goto('/');
  await designerReady(page);
  await page.evaluate(() => window.__designer!.loadDemo('spine-leaf-sr4'));
  await page.evaluate(() => window.__designer!.flush());
  await page.goto('about:blank');
  await page.goto('/#port=r1-sw1-eth2');
  const map = page.getByTestId('portmap');
  await expect(map.locator('button.pm-port[data-label="R1-SW1-Eth2"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(map.getByRole('region', { name: 'Port path' }).getByRole('heading', { level: 2 })).toHaveText(
    'R1-SW1-Eth2',
  );
  await expect(map.getByText('Shared link')).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      ),
  ).toEqual([]);

  await map.getByRole('button', { name: 'Designer' }).tap();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await showFolded(page);
  await page.getByRole('link', { name: 'Port map' }).tap();
  await expect(map).toBeVisible();
  await expect(map.locator('.pm-hint').first()).toContainText('Tap a port');

  await page.goto('/#port=NO-SUCH-PORT');
  await expect(page.getByRole('alert')).toContainText('No port is labelled “NO-SUCH-PORT”');
});
