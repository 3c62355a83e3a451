/**
 * Accessibility of the main screen (axe-core): no serious or critical violations, with a demo
 * loaded and a channel selected (so the channel detail, fiber map and loss table are checked too),
 * and with the shortcuts dialog open.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function seriousViolations(page: Page) {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
}

test('main screen has no serious or critical axe violations', async ({ page }) => {
  // Four axe runs: 51 s measured on the busy 2-core machine (load 20); 3× headroom.
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await page.waitForFunction(() => window.__designer?.firstAnalysedMs != null);
  expect(await seriousViolations(page)).toEqual([]);

  await page.evaluate(() => window.__designer!.loadDemo('broken-method-a'));
  await page.locator('tr[data-channel][data-class="fail"] .rowbtn').click();
  await expect(page.getByTestId('channel-detail')).toContainText('Proposed fixes');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('tab', { name: /Issues/ }).click();
  const cable = await page.evaluate(() => Object.values(window.__designer!.getState().doc.cables)[0]!.id);
  await page.evaluate((id) => window.__designer!.actions.select({ kind: 'cable', id: id as never }), cable);
  expect(await seriousViolations(page)).toEqual([]);

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
