/**
 * Deliverables, end to end on the desktop (issue 5): export each one from the Export menu of the
 * 40GBASE-SR4 → 4× 10GBASE-SR breakout demo (REFERENCE §6.4, GT-11) and check the files' content
 * — CSV parsed with papaparse, PDF page count and text (content streams inflated), PNG header,
 * SVG elements — plus the share link (read-only / copy, too large), the label scheme setting and
 * a rack rename flowing into every label, and that jsPDF loads only when a PDF is made.
 *
 * ```text
 *  R1 Leaf-1 Eth49/50 (40GBASE-SR4) ─ MC1/MC2 Type B MPO ─ R2 P1 C1/C2 MOD-U1 ─ 8× A-to-B LC ─ R2 Access-1 Eth1…8
 * ```
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { pdfHasImage, pdfPageCount, pdfTextStrings } from './pdfText';

type Row = Record<string, string>;

async function ready(page: Page, demo = 'breakout-40g'): Promise<void> {
  await page.goto('/');
  await page.waitForFunction(() => window.__designer?.firstAnalysedMs != null);
  await page.evaluate((id) => window.__designer!.loadDemo(id), demo);
}

/** Runs one Export menu entry and returns the downloaded file's name and bytes. */
async function exportFile(page: Page, kind: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export ▾' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-export="${kind}"]`).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

const csv = (bytes: Buffer): { fields: string[]; rows: Row[] } => {
  const r = Papa.parse<Row>(bytes.toString('utf8'), { header: true, skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return { fields: r.meta.fields ?? [], rows: r.data };
};

test.describe('exports (desktop)', () => {
  test.beforeEach(async ({ page }) => ready(page));

  test('port map CSV: one row per fiber with labels, colours and verdicts', async ({ page }) => {
    const f = await exportFile(page, 'portmap-csv');
    expect(f.name).toMatch(/-port-map\.csv$/);
    const { fields, rows } = csv(f.bytes);
    expect(fields.slice(0, 4)).toEqual(['Near end', 'Near position', 'Near role', 'Far end']);
    expect(rows).toHaveLength(24); // 2 × 12 fibers of the two MPO cables
    const lit = rows.filter((r) => r['Polarity verdict'] === 'OK');
    expect(lit).toHaveLength(16); // 8 duplex breakout legs × 2 fibers
    expect(
      lit.every((r) => /^R1-SW1-Eth(49|50)$/.test(r['Near end'] ?? '') || /^R2-SW1-Eth\d$/.test(r['Near end'] ?? '')),
    ).toBe(true);
    expect(rows.some((r) => r['Far end'] === 'R2-SW1-Eth1')).toBe(true);
    expect(
      rows.every((r) =>
        /#\d+ (Blue|Orange|Green|Brown|Slate|White|Red|Black|Yellow|Violet|Rose|Aqua)/.test(
          r['Fiber colours (TIA-598)'] ?? '',
        ),
      ),
    ).toBe(true);
  });

  test('BOM CSV: quantities per part', async ({ page }) => {
    const { rows } = csv((await exportFile(page, 'bom-csv')).bytes);
    const qty = (id: string) => rows.find((r) => r['Part id'] === id)?.Qty;
    expect(qty('module/mod-u1-12f-1xmpo12-f-upc-om4')).toBe('2');
    expect(qty('transceiver/10gbase-sr-sfpplus')).toBe('8');
    expect(qty('cable/lc-duplex-ab-upc')).toBe('8');
    expect(rows).toHaveLength(8);
  });

  test('PDFs: port map with the rack elevation, BOM, label sheet; progress shown; jsPDF lazy', async ({ page }) => {
    test.setTimeout(90_000); // 28-34 s measured under load (three PDFs); 3× headroom.
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    // Before any export no PDF code is loaded (designer's first load does not pay for it).
    expect(requested.filter((u) => /jspdf/i.test(u))).toEqual([]);
    // Slow the jsPDF chunk down so the progress indicator is certain to be seen.
    await page.route(/jspdf[^/]*\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 700));
      await route.continue();
    });
    await page.getByRole('button', { name: 'Export ▾' }).click();
    const downloadP = page.waitForEvent('download');
    await page.locator('[data-export="portmap-pdf"]').click();
    await expect(page.getByRole('status').filter({ hasText: 'Generating Port map PDF' })).toBeVisible();
    const pm = await readFile(await (await downloadP).path());
    expect(requested.some((u) => /jspdf/i.test(u))).toBe(true);
    expect(pm.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pm)).toBe(2); // the table, then the rack elevation
    expect(pdfHasImage(pm)).toBe(true);
    const pmText = pdfTextStrings(pm);
    expect(pmText).toContain('Port map / cable schedule');
    expect(pmText).toContain('R2-SW1-Eth1');
    expect(pmText.some((t) => t.startsWith('Rack elevation: '))).toBe(true);
    expect(pmText).toContain('page 2 of 2');
    await expect(page.getByRole('status').filter({ hasText: 'Generating' })).toHaveCount(0);

    const bom = (await exportFile(page, 'bom-pdf')).bytes;
    expect(pdfPageCount(bom)).toBe(1);
    const bomText = pdfTextStrings(bom);
    expect(bomText).toContain('Bill of materials');
    expect(bomText.join(' ')).toContain('10GBASE-SR SFP+');

    const labels = await exportFile(page, 'labels-pdf');
    expect(labels.name).toMatch(/-labels\.pdf$/);
    expect(pdfPageCount(labels.bytes)).toBe(2); // 40 labels, 24 per A4 sheet
    const labelText = pdfTextStrings(labels.bytes);
    for (const l of ['R1-SW1-Eth49', 'R2-P1-C1-Port1', 'R2-SW1-Eth8']) expect(labelText).toContain(l);
  });

  test('rack elevation PNG (from the stage) and SVG (from the scene)', async ({ page }) => {
    const png = (await exportFile(page, 'elevation-png')).bytes;
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const w = png.readUInt32BE(16);
    const h = png.readUInt32BE(20);
    // The whole hall as the canvas draws it (empty units collapsed) at 2 px per world unit, whatever
    // the zoom: scene bounds 1348 × 340 = 36 margin + 72 row header + 40 rack header + 156 (R2:
    // U42–U38 drawn, 5 × 26, and one 26 px band for U1–U37) + 36 margin.
    expect(Math.abs(w - 2696)).toBeLessThanOrEqual(2);
    expect(Math.abs(h - 680)).toBeLessThanOrEqual(2);

    const svg = (await exportFile(page, 'elevation-svg')).bytes.toString('utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg.match(/<g data-rack=/g)).toHaveLength(4); // 2 racks × front and rear
    expect(svg).toContain('>R2-P1<');
    expect(svg).toContain('<title>R2-P1-C1-Port1</title>');
  });

  test('share link: read-only view and editable copy; too large offers the JSON file', async ({ page, context }) => {
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.locator('[data-export="share"]').click();
    const dialog = page.getByRole('dialog', { name: 'Share link' });
    const input = dialog.getByLabel('Share link');
    await expect(input).toHaveValue(/#design=.+&mode=view$/);
    const viewUrl = await input.inputValue();
    await dialog.getByLabel(/editable copy/).check();
    await expect(input).toHaveValue(/&mode=copy$/);
    const copyUrl = await input.inputValue();

    const viewer = await context.newPage();
    await viewer.goto(viewUrl);
    await expect(viewer.getByRole('heading', { name: 'Port map' })).toBeVisible();
    await expect(viewer.getByText('Read-only', { exact: true })).toBeVisible();
    await expect(viewer.locator('.pm-design')).toHaveText(/40GBASE-SR4/);

    const copier = await context.newPage();
    await copier.goto(copyUrl);
    await copier.waitForFunction(
      () => window.__designer?.getState().doc.name.includes('40GBASE-SR4') && location.hash === '',
    );
    await expect(copier.getByTestId('canvas')).toBeVisible();

    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.evaluate(() => window.__designer!.loadDemo('ten-racks'));
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.locator('[data-export="share"]').click();
    await expect(dialog.getByRole('alert')).toContainText('too large for a link');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Save JSON file' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/\.mpo\.json$/);
  });

  test('label scheme setting and a rack rename flow into the exports', async ({ page }) => {
    await page.evaluate(() => window.__designer!.actions.select(null));
    await page.getByLabel('Label scheme').selectOption('tia-606');
    const rack = await page.evaluate(
      () => Object.values(window.__designer!.getState().doc.racks).find((r) => r.order === 1)!.id,
    );
    await page.evaluate((id) => window.__designer!.actions.select({ kind: 'rack', id: id as never }), rack);
    const name = page.getByRole('region', { name: /^Rack / }).getByLabel('Name', { exact: true });
    await name.fill('AJ05');
    await name.press('Enter');
    await expect(page.getByRole('region', { name: 'Rack AJ05' }).locator('.label-text')).toHaveText('AJ05');
    const { rows } = csv((await exportFile(page, 'portmap-csv')).bytes);
    // TIA-606-B style: cabinet AJ05, equipment by its rack unit, then cassette and 2-digit port.
    const ends = rows.flatMap((r) => [r['Near end'] ?? '', r['Far end'] ?? '']);
    expect(ends.some((e) => /^AJ05-\d\d:0[1-8]$/.test(e))).toBe(true);
    expect(ends.some((e) => /^AJ05-\d\d:C1-0[1-6]$/.test(e))).toBe(true);
    expect(rows.every((r) => !/^R\d+-/.test(r['Near end'] ?? ''))).toBe(true);
  });
});
