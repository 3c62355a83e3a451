import { generateDataHall } from '../src/core/dataHall';
import { HALL_20, frameFirstRacks, loadHall, withDesignerPage } from './bench-ui-session';
await withDesignerPage(async (page) => {
  await loadHall(page, generateDataHall(HALL_20));
  await frameFirstRacks(page);
  for (const r of ['rack-1', 'rack-2', 'rack-3']) for (const f of ['front', 'rear']) for (const u of [8, 30, 44])
    console.log(r, f, u, await page.evaluate(([r, u, f]) => (window as any).__designer.probe.unit(r, u, f), [r, u, f] as const));
  await page.screenshot({ path: '/tmp/edit50/frame.png' });
});
