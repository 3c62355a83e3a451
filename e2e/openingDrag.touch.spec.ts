/**
 * No palette drag while a design opens (tablet 1366×1024, a finger through CDP touch events:
 * Playwright has no touch-move API): no drag starts, no ghost, nothing placed. The flow is in
 * `openingDrag.ts`; screenshot test-results/screens/opening-drag-tablet.png.
 */
import { test } from '@playwright/test';
import { dragWhileOpening } from './openingDrag';

test('a finger drag from the greyed palette while a design opens does not start', async ({ page, context }) => {
  // Measured ~7 s alone (writes held back 800 ms each); 3× headroom and more for a busy machine.
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1366, height: 1024 });
  const cdp = await context.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  await dragWhileOpening(
    page,
    (l) => l.tap(),
    async (from, to) => {
      await touch('touchStart', from.x, from.y);
      for (let i = 1; i <= 12; i++)
        await touch('touchMove', from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
      return { release: () => touch('touchEnd', to.x, to.y).then(() => undefined) };
    },
    'tablet',
  );
});
