import { expect, test } from '@playwright/test';

test('app loads and shows its heading (desktop)', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));

  await page.goto('/');
  await expect(page).toHaveTitle('MPO Designer');
  await expect(page.getByRole('heading', { level: 1, name: 'MPO Designer' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/smoke-desktop.png', fullPage: true });

  expect(errors).toEqual([]);
});
