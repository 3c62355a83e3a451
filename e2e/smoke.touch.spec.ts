import { expect, test } from '@playwright/test';

test('app loads and shows its heading (tablet, touch)', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));

  await page.goto('/');
  await expect(page).toHaveTitle('MPO Designer');
  const heading = page.getByRole('heading', { level: 1, name: 'MPO Designer' });
  await expect(heading).toBeVisible();
  expect(await page.evaluate(() => navigator.maxTouchPoints)).toBeGreaterThan(0);
  await heading.tap();
  await page.screenshot({ path: 'test-results/screens/smoke-tablet.png', fullPage: true });

  expect(errors).toEqual([]);
});
