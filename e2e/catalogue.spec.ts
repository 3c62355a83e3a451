/**
 * Issue 13 in the palette: the part builder makes a vendor-named part from its parameters (and
 * refuses a combination at its field), a builder part placed from the palette lands in the design
 * by its parametric id; the bundled vendor catalogue is not fetched until the palette is searched
 * or the section opened, then finds a part by maker/model and copies it into the design on use.
 */
import { expect, test, type Page } from '@playwright/test';

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__designer?.firstAnalysedMs != null);
}

/** Resource URLs the page has fetched so far (the service worker's own precache is not counted). */
const fetched = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((e) => (e as PerformanceResourceTiming).name));

test('part builder: vendor-like name, a refused combination, a placed builder part', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await ready(page);
  // An empty design with one enclosure, so "+" has a slot to fill.
  await page.evaluate(() => {
    const d = window.__designer!;
    d.loadDesign({
      schemaVersion: 1,
      name: 'Builder test',
      settings: d.getState().doc.settings,
      racks: { r1: { id: 'r1', name: 'R1', heightU: 42, row: 'Row A', order: 0 } },
      devices: {
        e1: {
          id: 'e1',
          part: 'equipment/enclosure-1u-4slot-cassette-modular',
          name: 'R1-P1',
          placement: { kind: 'rack', rack: 'r1', positionU: 40, face: 'front' },
        },
      },
      cables: {},
      parts: {},
    } as never);
  });
  await page.locator('[data-group="builder"] summary').click();
  const built = page.getByRole('list', { name: 'Built part' });
  await expect(built.locator('.name')).toHaveText('MPO-16 APC Type B trunk, 16F OS2, female/female, 35 m');
  await page.getByRole('spinbutton', { name: 'Fibers' }).fill('20');
  await expect(page.locator('.builder-problem')).toHaveText('20F does not fill whole MPO-16 connectors (16F each)');
  await expect(built).toHaveCount(0);
  await page.getByLabel('Kind').selectOption('cassette');
  await page.getByLabel('Front connector').selectOption('mdc-duplex');
  await expect(built.locator('.name')).toHaveText(
    'MOD-U1 cassette (Method U1), Base-12, MPO-12 male APC to 6× MDC UPC, OS2',
  );
  await page.screenshot({ path: 'test-results/catalogue-builder.png' });
  await built.getByRole('button', { name: /^Add MOD-U1 cassette/ }).click();
  const placed = await page.evaluate(() => Object.values(window.__designer!.getState().doc.devices).map((d) => d.part));
  expect(placed).toContain(
    'p/cassette?method=U1&rear=mpo-12&groups=1&front=mdc-duplex&rearGender=male&rearPolish=APC&frontPolish=UPC&fiberType=OS2&grade=low-loss',
  );
  // The builder part is resolved from its id: nothing is stored in design.parts.
  expect(await page.evaluate(() => Object.keys(window.__designer!.getState().doc.parts))).toEqual([]);
});

test('vendor catalogue: a lazy chunk, searchable by maker and model, copied into the design on use', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await ready(page);
  expect((await fetched(page)).filter((u) => u.includes('vendorParts'))).toEqual([]);
  await page.getByLabel('Search parts').fill('FHD-4MTP8MDC');
  const item = page.locator('[data-group="vendor"] [data-part="module/netbox/fs/fhd-4mtp8mdc3pdsmfa"]');
  await expect(item).toBeVisible();
  expect((await fetched(page)).some((u) => u.includes('vendorParts'))).toBe(true);
  await expect(page.locator('[data-group="vendor"] .vendor-unknowns')).toContainText('2 unknown facts (unchecked)');
  await page.getByLabel('Search parts').fill('siemon');
  await expect(page.locator('[data-group="vendor"] .vendor-entry')).toHaveCount(2);
  // "Facts…" copies the part into the design and opens its fact editor.
  await page.getByLabel('Search parts').fill('FHD-4MTP8MDC');
  await item.getByRole('button', { name: /Facts of FS FHD-4MTP8MDC3PDSMFA/ }).click();
  expect(await page.evaluate(() => Object.keys(window.__designer!.getState().doc.parts))).toContain(
    'module/netbox/fs/fhd-4mtp8mdc3pdsmfa',
  );
  await page.screenshot({ path: 'test-results/catalogue-vendor.png' });
});
