/**
 * Field-test verdicts in the technician's port map on a tablet (issue 14 proof): the example
 * design with its results (examples/field-test.json + field-test-results.csv), then
 * `#port=` opens a port whose link failed, one above design and one untested; each shows
 * "tested ✓/✕ measured, designed" per wavelength, and the port button carries the verdict class.
 *
 * ```text
 *  R12-P1-C1 Port p [MOD-A] ══ Type-A trunk 90 m OM4 ══ [MOD-A] R14-P1-C1 Port p   designed 1.315 dB @850
 * ```
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { analyzeDesign } from '../src/core/analysis/analyze';
import { parseDesignFile } from '../src/io/loadDesign';
import { applyImport, readAndPlan } from '../src/io/testResults';

const SCREENS = 'test-results/screens';

/**
 * Opens the example with its results imported (the import itself is proven through the dialog in
 * fieldTest.spec.ts on the desktop; here the same library functions apply it in Node).
 */
async function openTestedExample(page: Page): Promise<void> {
  const parsed = parseDesignFile(await readFile('examples/field-test.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const bytes = new Uint8Array(await readFile('examples/field-test-results.csv'));
  const read = readAndPlan(analyzeDesign(parsed.design), bytes, 'field-test-results.csv', '2026-03-05T12:00:00Z');
  if (!read.ok) throw new Error(read.message);
  const applied = applyImport(parsed.design, read.plan);
  if (!applied.ok) throw new Error(applied.message);
  await page.goto('/');
  await page.waitForFunction(() => window.__designer?.firstAnalysedMs != null);
  await page.evaluate((d) => window.__designer!.loadDesign(d, 'Open tested example'), applied.design as never);
  await page.evaluate(() => window.__designer!.flush());
}

test('port map shows tested, above design, failed and untested links', async ({ page }) => {
  test.setTimeout(90_000);
  await openTestedExample(page);
  await page.goto('about:blank');
  await page.goto('/#port=R12-P1-C1-Port3');
  const map = page.getByTestId('portmap');
  const path = map.getByRole('region', { name: 'Port path' });
  await expect(path.getByRole('heading', { level: 2 })).toHaveText('R12-P1-C1-Port3');
  const test3 = path.locator('.pm-test[data-link="R12-P1-C1-Port3/R14-P1-C1-Port3"]');
  await expect(test3).toHaveAttribute('data-test-verdict', 'fail-limit');
  await expect(test3).toContainText('850 nm: tested ✕ 3.520 dB, designed 1.315 (Fails limit)');
  await expect(map.locator('button.pm-port[data-label="R12-P1-C1-Port3"]')).toHaveClass(/v-fail/);
  await page.screenshot({ path: `${SCREENS}/portmap-field-test-fail.png` });

  await map.locator('button.pm-port[data-label="R12-P1-C1-Port2"]').tap();
  const test2 = path.locator('.pm-test[data-link="R12-P1-C1-Port2/R14-P1-C1-Port2"]');
  await expect(test2).toContainText('850 nm: tested ! 1.620 dB, designed 1.315 (Above design)');

  await map.locator('button.pm-port[data-label="R12-P1-C1-Port6"]').tap();
  const test6 = path.locator('.pm-test[data-link="R12-P1-C1-Port6/R14-P1-C1-Port6"]');
  await expect(test6).toContainText('850 nm: tested ✓ 1.270 dB, designed 1.315');
  await expect(test6).toContainText('1300 nm: untested, designed 1.135 dB, limit 3.135');

  await map.locator('button.pm-port[data-label="R12-P1-C1-Port5"]').tap();
  const test5 = path.locator('.pm-test[data-link="R12-P1-C1-Port5/R14-P1-C1-Port5"]');
  await expect(test5).toHaveAttribute('data-test-verdict', 'untested');
  await expect(test5).toContainText('Test: Untested');
  await page.screenshot({ path: `${SCREENS}/portmap-field-test-untested.png` });
});
