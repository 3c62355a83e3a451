/**
 * The designer's files, end to end in headless Chromium: Save writes the design as JSON, Open
 * reads it back, and a broken file is refused with a reason (the current design is kept).
 * Assertions read the store (through `window.__designer`) and the DOM, never pixels.
 */
import { expect, test } from '@playwright/test';
import { doc, ready } from './designerPage';

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
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
