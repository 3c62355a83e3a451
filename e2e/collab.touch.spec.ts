/**
 * Technicians on the floor (issue 11), iPad viewport with the service worker on: the view link
 * opens the live port map, follows an editor's change without a reload, still opens offline from
 * its last copy (PWA + the room's local copy), and catches up when the network is back.
 *
 * ```text
 *   editor (desktop) ── edit token ──┐
 *                                    ├── sync server (child of this test, free port, temp DATA_DIR)
 *   technician (iPad) ─ view token ──┘   offline → reload → last copy → online → live again
 * ```
 */
import { devices, expect, test, type Page } from '@playwright/test';
import { useSyncServer } from './syncServer';

const SCREENS = 'test-results/screens';

const syncServer = useSyncServer();

const status = (page: Page) => page.getByTestId('room-status');

test('the view link follows live edits, opens offline from its last copy, and catches up online', async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(180_000);
  const server = syncServer();
  const room = await server.createRoom('Hall 6');
  const editorCtx = await browser.newContext({ ...devices['Desktop Chrome'], serviceWorkers: 'block' });
  const editor = await editorCtx.newPage();
  await editor.goto(room.edit.link);
  await expect(status(editor)).toHaveAttribute('data-status', 'connected', { timeout: 30_000 });
  await editor.evaluate(() => window.__designer!.actions.addRack({ name: 'Before offline' }));

  await page.goto(room.view.link);
  await expect(status(page)).toHaveAttribute('data-status', 'connected', { timeout: 30_000 });
  await expect(status(page)).toContainText('view only');
  await expect(page.getByText('Before offline')).toBeVisible({ timeout: 10_000 });
  await editor.evaluate(() => window.__designer!.actions.addRack({ name: 'Live while watching' }));
  await expect(page.getByText('Live while watching')).toBeVisible({ timeout: 3_000 });

  // Offline: the service worker serves the app, the room's local copy serves the design.
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.ready) !== null && navigator.serviceWorker.controller !== null,
    undefined,
    { timeout: 30_000 },
  );
  await context.setOffline(true);
  await expect(status(page)).toHaveAttribute('data-status', 'offline', { timeout: 10_000 });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Port map' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Live while watching')).toBeVisible({ timeout: 30_000 });
  await expect(status(page)).toHaveAttribute('data-status', 'offline', { timeout: 30_000 });
  await page.screenshot({ path: `${SCREENS}/collab-technician-offline-tablet.png` });

  // Meanwhile the editor goes on; back online, the technician catches up without a reload.
  await editor.evaluate(() => window.__designer!.actions.addRack({ name: 'Added while offline' }));
  await context.setOffline(false);
  await expect(status(page)).toHaveAttribute('data-status', 'connected', { timeout: 30_000 });
  await expect(page.getByText('Added while offline')).toBeVisible({ timeout: 10_000 });
  await editorCtx.close();
});
