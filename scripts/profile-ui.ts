/**
 * `npx tsx scripts/profile-ui.ts`: where the main thread's time goes on the 20-rack hall (issue 10
 * §5), in the production build (build with `npx vite build --minify false` for readable function
 * names). Traces, each on its own: `PROFILE_N` (default 3) drops of a palette part into rack R01,
 * `PROFILE_N` cable length edits in the inspector, and one 60-step drag of enclosure R01-P2, and
 * prints per trace the main thread's busy time, self time per trace event and per JS function
 * (`bench-ui-trace.ts`). `PROFILE_100K=1` uses the 100,224-fiber hall instead of the 20-rack one. A diagnostic: it asserts nothing. Same environment as `bench-ui.ts`.
 */
import type { Page } from '@playwright/test';
import { cableFiberCount, generateDataHall } from '../src/core/dataHall';
import {
  DROP_PART,
  HALL_100K,
  HALL_20,
  frameFirstRacks,
  loadHall,
  probe,
  settle,
  withDesignerPage,
  type Win,
} from './bench-ui-session';
import { printTrace, startTrace, stopTrace } from './bench-ui-trace';

const N = Number(process.env.PROFILE_N ?? 3);
const TOP = Number(process.env.PROFILE_TOP ?? 25);
const frame = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

await withDesignerPage(async (page, browser) => {
  const hall = generateDataHall(process.env.PROFILE_100K === '1' ? HALL_100K : HALL_20);
  console.log(`20-rack hall: ${cableFiberCount(hall)} fibers`);
  await loadHall(page, hall);
  await frameFirstRacks(page);
  await page.getByLabel('Search parts').fill(DROP_PART);
  const grab = page.locator(`[data-part="${DROP_PART}"] .grab`);
  await grab.waitFor();
  const drop = async (u: number) => {
    const to = await probe(page, 'unit', 'rack-1', u, 'front');
    const box = (await grab.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    await frame(page);
    await settle(page);
  };
  // One untraced drop and edit first: the first of each pays one-time costs (code, caches).
  await drop(8);
  await page.waitForTimeout(2000);
  await startTrace(browser, page);
  for (let i = 0; i < N; i++) await drop(10 + 2 * i);
  printTrace(`${N} drops (incl. the palette drag and settle)`, await stopTrace(browser, TOP), N);

  const cable = Object.values(hall.cables).find((c) => c.name.startsWith('TR-'))!.id;
  await page.evaluate((id) => (window as unknown as Win).__designer.actions.select({ kind: 'cable', id }), cable);
  const input = page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Length');
  await input.waitFor();
  const edit = async (v: number) => {
    await input.fill(String(v));
    await input.press('Enter');
    await frame(page);
    await settle(page);
  };
  await edit(60);
  await page.waitForTimeout(2000);
  await startTrace(browser, page);
  for (let i = 0; i < N; i++) await edit(61 + i);
  printTrace(`${N} length edits (fill, Enter, settle)`, await stopTrace(browser, TOP), N);

  const device = Object.values(hall.devices).find((d) => d.name === 'R01-P2')!.id;
  const from = await probe(page, 'handle', device);
  const to = await probe(page, 'unit', 'rack-1', 36, 'front');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, from.y + 8, { steps: 2 });
  await page.waitForTimeout(300);
  await startTrace(browser, page);
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 60, from.y + 8 + ((to.y - from.y - 8) * i) / 60);
    await page.waitForTimeout(16);
  }
  printTrace('60 drag moves', await stopTrace(browser), 60);
  await page.mouse.up();
});
