/**
 * Work together on one design (issue 11), desktop + one iPad context. The test starts its own
 * sync server (a child process on a free port, temporary DATA_DIR; CI starts nothing else).
 *
 * ```text
 *                         ┌────────── sync server (child, kill -9 + restart) ──────────┐
 *   editor A (desktop) ───┤ edit token                                                  │
 *   editor B (desktop) ───┤ edit token      one room                                    │
 *   technician C (iPad) ──┤ view token  ──► port map, follows live; its updates refused │
 *                         └─────────────────────────────────────────────────────────────┘
 * ```
 *
 * Timeouts: an edit must show at the other side within 1 s (the issue's target); the polls allow
 * 3 s (3x headroom under CPU load), and the measured delay is written to the report.
 */
import { devices, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { serverRackNames, useSyncServer } from './syncServer';

const SCREENS = 'test-results/screens';
/** The issue's target for an edit to show at the other side, ms; polls allow 3x. */
const VISIBLE_MS = 1_000;

const syncServer = useSyncServer();

/** The designer has drawn its first analysed design; the port map (view links) has the test API. */
async function ready(page: Page, portMap: boolean): Promise<void> {
  if (portMap) await page.waitForFunction(() => window.__designer !== undefined, null, { timeout: 30_000 });
  else await page.waitForFunction(() => window.__designer?.firstAnalysedMs != null, null, { timeout: 30_000 });
}

/** Opens `link` in a fresh context (desktop unless `tablet`); resolves once the room is connected. */
async function join(browser: Browser, link: string, tablet = false): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({
    ...(tablet ? devices['iPad Pro 11'] : devices['Desktop Chrome']),
    serviceWorkers: 'block',
  });
  const page = await ctx.newPage();
  await page.goto(link);
  await ready(page, link.includes('view=portmap'));
  await expect(page.getByTestId('room-status')).toHaveAttribute('data-status', 'connected', { timeout: 30_000 });
  return { ctx, page };
}

/** Adds a rack named `name` at `page`; resolves with its id, or null when the edit was refused. */
const add = (page: Page, name: string) => page.evaluate((n) => window.__designer!.actions.addRack({ name: n }), name);

const rackNames = (page: Page) =>
  page.evaluate(() =>
    Object.values(window.__designer!.getState().doc.racks)
      .map((r) => r.name)
      .sort(),
  );

/** Resolves with the ms until `page` holds a rack named `name` (3x the target at most). */
async function timeUntilRack(page: Page, name: string): Promise<number> {
  const t0 = Date.now();
  await expect.poll(() => rackNames(page), { timeout: 3 * VISIBLE_MS, intervals: [25] }).toContain(name);
  return Date.now() - t0;
}

test('two editors and a view-only technician on one room: live edits both ways, the view link cannot change anything', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const server = syncServer();
  const room = await server.createRoom('Hall 3');
  expect(room.edit.link).toContain('#room=');
  const a = await join(browser, room.edit.link);
  const b = await join(browser, room.edit.link);
  // The token leaves the address bar once the room is joined.
  expect(a.page.url()).not.toContain('token=');

  expect(await add(a.page, 'Live-A')).not.toBeNull();
  const aToB = await timeUntilRack(b.page, 'Live-A');
  expect(await add(b.page, 'Live-B')).not.toBeNull();
  const bToA = await timeUntilRack(a.page, 'Live-B');
  test.info().annotations.push({ type: 'edit → visible at the other editor', description: `${aToB} ms, ${bToA} ms` });

  // Presence: each editor sees the other in the indicator.
  await expect(a.page.getByTestId('room-status').locator('.room-avatar')).toHaveCount(1, { timeout: 10_000 });
  // Presence: B selects a rack; A's indicator says who has what selected, and A's canvas outlines it.
  await b.page.evaluate(() => {
    const rack = Object.values(window.__designer!.getState().doc.racks).find((r) => r.name === 'Live-A')!;
    window.__designer!.actions.select({ kind: 'rack', id: rack.id });
  });
  await a.page.getByTestId('room-status').locator('summary').click();
  await expect(a.page.getByTestId('room-status')).toContainText('rack Live-A', { timeout: 3 * VISIBLE_MS });
  await a.page.screenshot({ path: `${SCREENS}/collab-presence-desktop.png` });
  // The indicator fits the toolbar's one line (at this spec's 1280 px window).
  const tops = await a.page
    .locator('.toolbar .btn, .toolbar .room-status > summary')
    .evaluateAll((els) =>
      els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => Math.round(e.getBoundingClientRect().top)),
    );
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(20);
  await a.page.getByTestId('room-status').locator('summary').click();

  // The technician's view link opens the port map (iPad viewport), view only.
  const c = await join(browser, room.view.link, true);
  await expect(c.page.getByRole('heading', { name: 'Port map' })).toBeVisible();
  await expect(c.page.getByTestId('room-status')).toContainText('view only');
  expect((await rackNames(c.page)).sort()).toEqual(['Live-A', 'Live-B']);

  // The port map follows a live edit without a reload.
  await a.page.evaluate(() => window.__designer!.actions.renameDesign('Hall 3 — live'));
  await expect(c.page.locator('.pm-design')).toHaveText('Hall 3 — live', { timeout: 3 * VISIBLE_MS });
  await c.page.screenshot({ path: `${SCREENS}/collab-technician-tablet.png` });
  await a.page.screenshot({ path: `${SCREENS}/collab-editor-desktop.png` });

  // The view-only context cannot change anything: the app refuses, and when the lock is bypassed
  // the server refuses the update (logged, never applied, never sent to the editors).
  expect(await add(c.page, 'Sneaky-1')).toBeNull();
  await c.page.evaluate(() => window.__designer!.actions.setReadOnly(null));
  expect(await add(c.page, 'Sneaky-2')).not.toBeNull();
  await expect
    .poll(() => server.events('update-refused').filter((e) => e['reason'] === 'view-only').length, {
      timeout: 10_000,
    })
    .toBeGreaterThan(0);
  await expect(c.page.getByTestId('room-status')).toContainText('view only');
  // An edit after the refusal still arrives at the editors, the refused one never does.
  expect(await add(a.page, 'After-refusal')).not.toBeNull();
  await timeUntilRack(b.page, 'After-refusal');
  expect(await rackNames(b.page)).not.toContain('Sneaky-2');
  expect(await rackNames(a.page)).not.toContain('Sneaky-2');
  await expect
    .poll(() => serverRackNames(server, room.room), { timeout: 10_000 })
    .toEqual(['After-refusal', 'Live-A', 'Live-B']);
  const exported = JSON.stringify(await server.exportRoom(room.room));
  expect(exported).not.toContain('Sneaky');
  expect(exported).not.toContain(room.edit.link.split('token=')[1]);

  for (const x of [a, b, c]) await x.ctx.close();
});

test('kill -9 and restart mid-session: no acknowledged edit lost, offline edits merge on reconnect', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const server = syncServer();
  const room = await server.createRoom('Hall 4');
  const a = await join(browser, room.edit.link);
  const b = await join(browser, room.edit.link);
  for (let i = 1; i <= 5; i++) expect(await add(a.page, `Acked-${i}`)).not.toBeNull();
  // Acknowledged: the indicator leaves "saving…" only when the server confirmed every change.
  await expect(a.page.getByTestId('room-status')).toHaveAttribute('data-status', 'connected');
  await expect(a.page.getByTestId('room-status').locator('.room-label')).toHaveText('Live', { timeout: 10_000 });
  await server.kill9();
  await expect(a.page.getByTestId('room-status')).toHaveAttribute('data-status', 'offline', { timeout: 30_000 });
  // Both edit while the server is down.
  expect(await add(a.page, 'Offline-A')).not.toBeNull();
  expect(await add(b.page, 'Offline-B')).not.toBeNull();
  await expect(a.page.getByTestId('room-status')).toContainText('changes pending');
  await server.restart();
  const all = ['Acked-1', 'Acked-2', 'Acked-3', 'Acked-4', 'Acked-5', 'Offline-A', 'Offline-B'];
  for (const p of [a.page, b.page]) await expect.poll(() => rackNames(p), { timeout: 60_000 }).toEqual(all);
  await expect.poll(() => serverRackNames(server, room.room), { timeout: 30_000 }).toEqual(all);
  for (const x of [a, b]) await x.ctx.close();
});

test('Share with team publishes the open design to a new room; its view link opens the live port map on an iPad', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const server = syncServer();
  const { key } = await server.createPublishKey('e2e');
  const a = await browser.newContext({ ...devices['Desktop Chrome'], serviceWorkers: 'block' });
  const page = await a.newPage();
  await page.goto('/');
  await ready(page, false);
  await page.evaluate(() => window.__designer!.actions.renameDesign('Published hall'));
  const racksBefore = await rackNames(page);
  expect(racksBefore.length).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.locator('[data-export="team"]').click();
  const dialog = page.getByRole('dialog', { name: 'Share with team' });
  await dialog.getByLabel('Sync server').fill(server.httpUrl);
  // A wrong key is refused with the reason; nothing is published.
  await dialog.getByLabel('Publish key').fill('not-the-key');
  await dialog.getByRole('button', { name: 'Publish' }).click();
  await expect(dialog.getByRole('alert')).toContainText('refused the publish key', { timeout: 10_000 });
  await dialog.getByLabel('Publish key').fill(key);
  await dialog.getByRole('button', { name: 'Publish' }).click();
  const viewLink = await dialog.getByTestId('team-view-link').inputValue({ timeout: 30_000 });
  expect(viewLink).toContain('view=portmap');
  expect(await dialog.getByTestId('team-edit-link').inputValue()).toContain('#room=');
  await page.screenshot({ path: `${SCREENS}/collab-share-with-team-desktop.png` });
  await dialog.getByRole('button', { name: 'Open the room here' }).click();
  await expect(page.getByTestId('room-status')).toHaveAttribute('data-status', 'connected', { timeout: 30_000 });
  expect(await rackNames(page)).toEqual(racksBefore);

  const tech = await join(browser, viewLink, true);
  await expect(tech.page.locator('.pm-design')).toHaveText('Published hall');
  expect(await rackNames(tech.page)).toEqual(racksBefore);
  await page.evaluate(() => window.__designer!.actions.addRack({ name: 'Added live' }));
  await expect(tech.page.getByText('Added live')).toBeVisible({ timeout: 3 * VISIBLE_MS });
  await tech.page.screenshot({ path: `${SCREENS}/collab-published-portmap-tablet.png` });
  await tech.ctx.close();
  await a.close();
});

test('per-user undo reverts only my change; an editor that goes offline edits, comes back, and both edits merge', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const server = syncServer();
  const room = await server.createRoom('Hall 5');
  const a = await join(browser, room.edit.link);
  const b = await join(browser, room.edit.link);
  expect(await add(a.page, 'Mine-A')).not.toBeNull();
  await timeUntilRack(b.page, 'Mine-A');
  expect(await add(b.page, 'Theirs-B')).not.toBeNull();
  await timeUntilRack(a.page, 'Theirs-B');
  // A's undo takes back A's rack only, at both editors; B's rack stays.
  await a.page.evaluate(() => window.__designer!.actions.undo());
  for (const p of [a.page, b.page]) await expect.poll(() => rackNames(p), { timeout: 3_000 }).toEqual(['Theirs-B']);

  // B goes offline, both edit, B comes back: both edits at both editors and on the server.
  await b.ctx.setOffline(true);
  await expect(b.page.getByTestId('room-status')).toHaveAttribute('data-status', 'offline', { timeout: 60_000 });
  expect(await add(b.page, 'Offline-B')).not.toBeNull();
  expect(await add(a.page, 'Online-A')).not.toBeNull();
  await expect(b.page.getByTestId('room-status')).toContainText('changes pending');
  await b.page.screenshot({ path: `${SCREENS}/collab-offline-pending-desktop.png` });
  await b.ctx.setOffline(false);
  const all = ['Offline-B', 'Online-A', 'Theirs-B'];
  for (const p of [a.page, b.page]) await expect.poll(() => rackNames(p), { timeout: 60_000 }).toEqual(all);
  await expect.poll(() => serverRackNames(server, room.room), { timeout: 30_000 }).toEqual(all);
  for (const x of [a, b]) await x.ctx.close();
});

test('two people cable the same port at once: both cables survive (client-unique ids) and meet as the P1 finding', async ({
  browser,
}) => {
  //   A: SW1 cage-5 ─LC duplex cord─┐
  //                                 ├─ P1-C1 front-5   (two plugs in one port → P1, naming both)
  //   B: SW1 cage-6 ─LC duplex cord─┘   (B offline while cabling: neither sees the other's cord)
  test.setTimeout(180_000);
  const server = syncServer();
  const { key } = await server.createPublishKey('e2e-p1');
  const a = await browser.newContext({ ...devices['Desktop Chrome'], serviceWorkers: 'block' });
  const pa = await a.newPage();
  await pa.goto('/');
  await ready(pa, false);
  await pa.evaluate(() => window.__designer!.loadDemo('broken-method-a'));
  await expect.poll(() => pa.evaluate(() => window.__designer!.getState().doc.name)).toMatch(/Method A/i);
  await pa.getByRole('button', { name: 'Export ▾' }).click();
  await pa.locator('[data-export="team"]').click();
  const dialog = pa.getByRole('dialog', { name: 'Share with team' });
  await dialog.getByLabel('Sync server').fill(server.httpUrl);
  await dialog.getByLabel('Publish key').fill(key);
  await dialog.getByRole('button', { name: 'Publish' }).click();
  const editLink = await dialog.getByTestId('team-edit-link').inputValue({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Open the room here' }).click();
  await expect(pa.getByTestId('room-status')).toHaveAttribute('data-status', 'connected', { timeout: 30_000 });
  const b = await join(browser, editLink);

  const cable = (page: Page, from: string) =>
    page.evaluate((port) => {
      const d = window.__designer!;
      const dev = (name: string) => Object.values(d.getState().doc.devices).find((x) => x.name === name)!.id;
      return d.actions.connect(
        'cable/lc-duplex-ab-upc' as never,
        { device: dev('SW1'), port },
        { device: dev('P1-C1'), port: 'front-5' },
      );
    }, from);
  await b.ctx.setOffline(true);
  await expect(b.page.getByTestId('room-status')).toHaveAttribute('data-status', 'offline', { timeout: 10_000 });
  const ca = await cable(pa, 'cage-5');
  const cb = await cable(b.page, 'cage-6');
  expect(ca).toMatch(/^cab-\d+~[a-z0-9]+$/);
  expect(cb).toMatch(/^cab-\d+~[a-z0-9]+$/);
  expect(ca).not.toBe(cb);
  await b.ctx.setOffline(false);
  for (const p of [pa, b.page]) {
    await expect
      .poll(() => p.evaluate(() => Object.keys(window.__designer!.getState().doc.cables)), { timeout: 30_000 })
      .toEqual(expect.arrayContaining([ca, cb]));
    const p1 = await p.evaluate(() => window.__designer!.analysis().findings.filter((f) => f.rule === 'P1'));
    expect(p1).toHaveLength(1);
    expect(p1[0]!.at.port).toBe('front-5');
    expect(p1[0]!.message).toContain('2 cables in front-5');
  }
  await b.ctx.close();
  await a.close();
});

test('the indicator says why a link stops: a revoked link stops live with the reason; a bad token joins nothing', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const server = syncServer();
  const room = await server.createRoom('Hall 7');
  const personal = await server.issueToken(room.room, 'edit', 'contractor');
  const a = await join(browser, personal.link);
  expect(await add(a.page, 'Before revoke')).not.toBeNull();
  await server.revokeToken(room.room, personal.tokenId);
  const status = a.page.getByTestId('room-status');
  await expect(status).toHaveAttribute('data-status', 'rejected', { timeout: 10_000 });
  await expect(status).toContainText('Stopped: revoked');
  await status.locator('summary').click();
  await expect(status).toContainText('Access through this link was revoked.');
  await a.page.screenshot({ path: `${SCREENS}/collab-revoked-desktop.png` });

  // A link whose token is wrong: the app says so and stays on the local design, no room.
  const bad = room.edit.link.replace(/token=[^&]+/, `token=${'x'.repeat(43)}`);
  const ctx = await browser.newContext({ ...devices['Desktop Chrome'], serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto(bad);
  await ready(page, false);
  await expect(page.getByText(/The room could not be joined: The link is not valid/)).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByTestId('room-status')).toHaveCount(0);
  expect(page.url()).not.toContain('token=');
  await ctx.close();
  await a.ctx.close();
});
