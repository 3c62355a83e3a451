/**
 * Field test results, end to end on the desktop (issue 14 proof): open examples/field-test.json,
 * import examples/field-test-results.csv through the mapping step (one column re-mapped by hand,
 * the near match confirmed in the review), see the verdicts in the channel list and the channel
 * detail, undo and redo the import as one step, export the certification summary PDF and read
 * its text; a results file with a bad cell is refused with its row and column and imports nothing;
 * an empty file and a dropped 50 MB file are refused before the mapping step.
 *
 * ```text
 *  Row A  Leaf-1 Eth1 ─A-to-B─ R12-P1-C1 Port1 [MOD-A] ══ Type-A trunk 90 m ══ [MOD-A] R14-P1-C1 Port1 ─A-to-A─ Leaf-2 Eth1
 *         R12-P1-C1 Port2–6 ══ R14-P1-C1 Port2–6 (passive links)
 *  Row B  R20-P1 MPO1 │A│ ══ Type-A MPO-12 trunk 60 m ══ │A│ R21-P1 MPO1
 * ```
 * Designed @850 (vendor max, 1-jumper): 1.315 dB, TIA link limit 3.315 dB (cassette links).
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { pdfTextStrings } from './pdfText';

const SCREENS = 'test-results/screens';
const DESIGN = 'examples/field-test.json';
const RESULTS = 'examples/field-test-results.csv';

async function openExample(page: Page): Promise<void> {
  await page.goto('/');
  await page.waitForFunction(() => window.__designer?.firstAnalysedMs != null);
  const text = await readFile(DESIGN, 'utf8');
  await page.evaluate((t) => window.__designer!.loadDesign(JSON.parse(t), 'Open field test example'), text);
}

async function pickResults(page: Page, file: { name: string; buffer: Buffer }): Promise<void> {
  await page.getByRole('button', { name: 'Field test ▾' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.locator('[data-field="import"]').click();
  await (await chooser).setFiles({ name: file.name, mimeType: 'text/csv', buffer: file.buffer });
}

test('import results through the mapping step; verdicts in the channel list; certification PDF', async ({ page }) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openExample(page);
  await pickResults(page, { name: 'field-test-results.csv', buffer: await readFile(RESULTS) });

  // Step 1: the mapping. The LinkWare-style headers are mapped; re-map "Operator" by hand.
  const dialog = page.getByRole('dialog', { name: 'Import test results' });
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText('step 1 of 2, map the columns');
  await expect(dialog.getByLabel('Field of column Cable ID')).toHaveValue('link');
  await expect(dialog.getByLabel('Field of column Loss (dB)')).toHaveValue('loss');
  await expect(dialog.getByLabel('Field of column Far End Fiber')).toHaveValue('farPosition');
  await dialog.getByLabel('Field of column Operator').selectOption('');
  await dialog.getByLabel('Field of column Operator').selectOption('operator');
  await expect(dialog.getByTestId('mapping-summary')).toHaveText(
    '30 results match a link · 2 need confirmation · 1 rows unmatched · 0 problems',
  );
  await page.screenshot({ path: `${SCREENS}/field-test-mapping.png` });
  await dialog.getByRole('button', { name: 'Next: review' }).click();

  // Step 2: review. Confirm the near match; the unmatched row and the untested link are listed.
  await expect(dialog.getByRole('list', { name: 'Unmatched rows' })).toContainText(
    'row 34: R99-P1-C1-Port1/R98-P1-C1-Port1',
  );
  await expect(dialog.getByRole('list', { name: 'Untested links' })).toContainText('R12-P1-C1-Port5/R14-P1-C1-Port5');
  await dialog.getByRole('checkbox').check();
  await expect(dialog.getByTestId('review-summary')).toHaveText('32 results to import');
  await page.screenshot({ path: `${SCREENS}/field-test-review.png` });
  await dialog.getByRole('button', { name: 'Import 32 results' }).click();
  await expect(dialog).toBeHidden();

  // Verdicts by value (test API), then in the channel list (Field test filter shows the links).
  const verdicts = await page.evaluate(() => window.__designer!.fieldTest().links.map((l) => [l.label, l.verdict]));
  expect(verdicts).toEqual([
    ['R12-P1-C1-Port1/R14-P1-C1-Port1', 'as-designed'],
    ['R12-P1-C1-Port2/R14-P1-C1-Port2', 'above-design'],
    ['R12-P1-C1-Port3/R14-P1-C1-Port3', 'fail-limit'],
    ['R12-P1-C1-Port4/R14-P1-C1-Port4', 're-reference'],
    ['R12-P1-C1-Port5/R14-P1-C1-Port5', 'untested'],
    ['R12-P1-C1-Port6/R14-P1-C1-Port6', 'as-designed'],
    ['R20-P1-MPO1/R21-P1-MPO1', 'fail-polarity'],
  ]);
  const table = page.getByRole('table', { name: 'Channels' });
  await expect(table.locator('[data-test-verdict="as-designed"]')).toHaveCount(1); // the patched Leaf channel
  await page.getByRole('group', { name: 'Filter channels' }).getByRole('button', { name: 'Field test' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(5);
  await expect(table.locator('[data-test-verdict="fail-limit"]')).toContainText('Fails limit');
  await expect(table.locator('[data-test-verdict="fail-limit"]')).toContainText('3.520 dB, designed 1.315 @850');
  await expect(table.locator('[data-test-verdict="fail-polarity"]')).toContainText('Polarity differs from design');
  await expect(table.locator('[data-test-verdict="above-design"]')).toContainText('1.620 dB, designed 1.315 @850');
  await expect(table.locator('[data-test-verdict="re-reference"]')).toContainText('re-reference the tester');
  await expect(table.locator('[data-test-verdict="untested"]')).toHaveCount(1);

  // The channel detail of the failing link: results table, likely hop.
  await table.locator('tr', { has: page.locator('[data-test-verdict="fail-limit"]') }).click();
  const detail = page.getByTestId('channel-detail');
  const ft = detail.getByTestId('field-test-link');
  await expect(ft).toContainText('R12-P1-C1-Port3/R14-P1-C1-Port3');
  await expect(ft.locator('tbody[data-fiber="A"][data-verdict="fail-limit"]').first()).toContainText('3.520');
  await expect(ft).toContainText('more than any one connection can add');
  await page.screenshot({ path: `${SCREENS}/field-test-channels.png` });

  // One undo step removes the whole import; redo brings it back.
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await page.evaluate(() => window.__designer!.fieldTest().totals.results)).toBe(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  expect(await page.evaluate(() => window.__designer!.fieldTest().totals.results)).toBe(32);

  // Certification summary PDF: totals, links, untested, worst deltas.
  await page.getByRole('button', { name: 'Field test ▾' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-field="certification-pdf"]').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/-certification\.pdf$/);
  const text = pdfTextStrings(await readFile(await download.path()));
  expect(text).toContain('Certification summary');
  expect(text.some((t) => t.includes('7 links, 6 tested, 1 untested, 2 failing'))).toBe(true);
  expect(text).toContain('FAIL: Fails limit');
  expect(text).toContain('FAIL: Polarity differs from design');
  expect(text).toContain('Untested links (1)');
  expect(text).toContain('R12-P1-C1-Port5/R14-P1-C1-Port5');
  expect(text).toContain('Worst deltas (measured - designed)');
  expect(text).toContain('850 nm A: 3.520 / 1.315 / +2.205 / 3.315 (UNVERIFIED) / -0.205');
  expect(errors).toEqual([]);
});

test('a bad results file is refused with its row and column; nothing is imported', async ({ page }) => {
  test.setTimeout(90_000);
  await openExample(page);
  const bad =
    'Cable ID,Fiber,Wavelength (nm),Loss (dB)\nR12-P1-C1-Port1/R14-P1-C1-Port1,A,850,1.2\nR12-P1-C1-Port1/R14-P1-C1-Port1,B,850,1.2 dBm\n';
  await pickResults(page, { name: 'bad.csv', buffer: Buffer.from(bad) });
  const dialog = page.getByRole('dialog', { name: 'Import test results' });
  await expect(dialog.getByTestId('mapping-summary')).toContainText('1 problem');
  await dialog.getByRole('button', { name: 'Next: review' }).click();
  await expect(dialog.getByRole('list', { name: 'Import problems' })).toHaveText(
    'row 3, column D "Loss (dB)": "1.2 dBm" is a power (dBm), not a loss in dB',
  );
  await expect(dialog.getByRole('button', { name: /^Import \d+ result/ })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await page.evaluate(() => window.__designer!.fieldTest().totals.results)).toBe(0);

  // An empty file: refused before the mapping step.
  await pickResults(page, { name: 'empty.csv', buffer: Buffer.from('') });
  await expect(dialog.getByRole('alert')).toHaveText('Cannot read empty.csv: the file is empty. Nothing was imported.');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // A 50 MB file dropped on the app: refused by its size before it is read.
  const dt = await page.evaluateHandle(() => {
    const t = new DataTransfer();
    const mib = `${'R12-P1-C1-Port1/R14-P1-C1-Port1,A,850,1.2'.padEnd(1023, ' ')}\n`.repeat(1024);
    t.items.add(
      new File(['Cable ID,Fiber,Wavelength (nm),Loss (dB)\n', ...Array<string>(50).fill(mib)], 'huge.csv', {
        type: 'text/csv',
      }),
    );
    return t;
  });
  for (const type of ['dragenter', 'dragover', 'drop'])
    await page.dispatchEvent('main.canvas-area', type, { dataTransfer: dt });
  await expect(dialog.getByRole('alert')).toContainText(
    'Cannot read huge.csv: the file is 50.0 MB; the limit is 20.0 MB',
  );
  expect(await page.evaluate(() => window.__designer!.fieldTest().totals.results)).toBe(0);
});
