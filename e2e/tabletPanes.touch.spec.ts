/**
 * The tablet's analysis pane and status bar (touch; iPad 12.9″ portrait 1024×1366 and landscape
 * 1366×1024, iPad 11″ portrait 834×1194 — the stacked layout), the ten-rack demo at Fit:
 *  - the channel filters share the tabs' row: where the buttons do not fit beside the tabs (the
 *    664 px pane in portrait) they fold into one "Show" select, a 44 px target (before: the
 *    buttons took a row of their own, the tab bar 91 px high, 46 px less list);
 *  - the channel table fits its pane (before: 680 px in a 664 px pane, it scrolled sideways);
 *    a column that does not fit folds into the channel's cell, a "header value" pair that wraps as a
 *    unit after the name's sub-line, so that the channel keeps 240 px (portrait folds length / reach, method and polarity, landscape length /
 *    reach and method, the iPad 11″ length / reach); no figure or badge (any polarity verdict)
 *    runs into the next column at 16 px; the Columns menu says which columns are in the channel
 *    cell;
 *  - density: a row is at most 90 px in portrait, four wholly in view at 1024×1366 (before: 142 px,
 *    two; 94 px at 834×1194; 118 px, now at most 110, at 1366×1024);
 *  - the cut notice's tap target is the 44 px status bar itself: nothing above the bar (before: it
 *    reached 3.5 px over the canvas); a notice that is not cut has no target.
 * Screenshots: test-results/screens/tablet-panes-<width>x<height>.png.
 */
import { expect, test } from '@playwright/test';
import { VERDICT_CLASS_STYLE } from '../src/core/verdictStyle';
import { VERDICTS } from '../src/core/engine/channels';
import { demo, ready, SCREENS } from './canvas12Screens';

// [width, height, filters as one select, the columns folded into the channel's cell, the tallest
// row (px) and the fewest rows fully in view at the top of the list]
for (const [width, height, compact, foldedKeys, rowMax, rowsMin] of [
  [1024, 1366, true, 'reach method polarity', 90, 4],
  [834, 1194, false, 'reach', 90, 2],
  [1366, 1024, false, 'reach method', 110, 2],
] as const) {
  test(`tablet ${width}×${height}: filters beside the tabs, table fits its pane, notice target inside the bar`, async ({
    page,
  }) => {
    // Measured ~10 s alone; 3× headroom and more for a busy machine.
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await ready(page);
    await demo(page, 'ten-racks');
    await page.evaluate(() => window.__designer!.actions.requestView('fit-all'));
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SCREENS}/tablet-panes-${width}x${height}.png` });

    // Tabs and filters: one row of 44 px targets.
    const tabs = (await page.locator('.bottom .tabs').boundingBox())!;
    expect.soft(tabs.height).toBeLessThan(2 * 44);
    const select = page.getByRole('combobox', { name: 'Filter channels' });
    const buttons = page.getByRole('group', { name: 'Filter channels' });
    if (compact) {
      await expect(select).toBeVisible();
      await expect(buttons).toBeHidden();
      expect.soft((await select.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      // Every filter is reachable there.
      const options = await select.locator('option').allTextContents();
      expect(options).toEqual(['All', 'Failing', 'Not passing', 'Passing', 'Field test']);
      await select.selectOption({ label: 'Not passing' });
      await expect
        .poll(() => page.evaluate(() => window.__designer!.getState().session.channelFilter))
        .toBe('attention');
      await select.selectOption({ label: 'All' });
    } else {
      await expect(buttons).toBeVisible();
      await expect(select).toBeHidden();
    }
    for (const b of await page.locator('.bottom .tabs button:visible').all()) {
      expect.soft((await b.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }

    // The table fits its pane: no sideways scroll; a folded column is a line of the channel's cell.
    const scroll = page.locator('.channel-scroll');
    const [sw, cw] = await scroll.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(sw).toBeLessThanOrEqual(cw);
    const table = page.locator('table.channels');
    const heads = await table.locator('thead th').allTextContents();
    for (const h of ['Channel', 'Margin dB']) expect(heads).toContain(h);
    if (foldedKeys) {
      await expect(table).toHaveAttribute('data-folded', foldedKeys);
      expect(heads).not.toContain('Length / reach m');
      const first = table.locator('tbody tr[data-channel] td[data-col="channel"]').first();
      await expect(first.locator('.folded-cell[data-col="reach"]')).toHaveText('Length / reach m 19 / 100');
      if (foldedKeys.includes('method'))
        await expect(first.locator('.folded-cell[data-col="method"]')).toHaveText('Method U1');
      // The channel keeps 240 px: its name on one line, the folded values as pairs under it.
      const name = (await first.boundingBox())!;
      expect.soft(name.width).toBeGreaterThanOrEqual(240);
      // The pairs wrap as units: a pair takes one line (20 px; a badge's pair too).
      for (const pair of await first.locator('.folded-cell').all()) {
        expect.soft((await pair.boundingBox())!.height, await pair.innerText()).toBeLessThanOrEqual(22);
      }
      // The Columns menu says which columns are in the channel's cell, and only those.
      await page.getByRole('button', { name: 'Columns ▾' }).tap();
      const menu = page.getByRole('group', { name: 'Channel table columns' });
      const said = await menu.locator('label', { hasText: 'in the channel cell' }).allInnerTexts();
      const headers = (await table.getAttribute('data-folded'))!
        .split(' ')
        .map((k) => ({ reach: 'Length / reach m', method: 'Method', polarity: 'Polarity' })[k]);
      expect
        .soft(said.map((t) => t.split('\n')[0]))
        .toEqual(['Polarity', 'Method', 'Length / reach m'].filter((h) => headers.includes(h)));
      await page.getByRole('button', { name: 'Columns ▾' }).tap();
      await expect(menu).toBeHidden();
    } else {
      await expect(table).not.toHaveAttribute('data-folded', /./);
    }
    // Nothing in a cell runs into the next one at 16 px (before: "1.067 / 1.900" ran 5 px past the
    // loss column into the margin badge, and the badge past its column into the field test's "—").
    const spills = await table.locator('tbody tr[data-channel]').evaluateAll((rows) =>
      rows.slice(0, 3).flatMap((tr) =>
        [...tr.querySelectorAll('td')].flatMap((td) => {
          const edge = td.getBoundingClientRect().right - parseFloat(getComputedStyle(td).paddingRight);
          const range = document.createRange();
          range.selectNodeContents(td);
          const right = Math.max(...[...range.getClientRects()].map((r) => r.right));
          return right > edge + 0.5 ? [`${td.dataset.col}: ${(right - edge).toFixed(1)} px`] : [];
        }),
      ),
    );
    expect.soft(spills).toEqual([]);
    // Density: each row (the demo's rows are alike) at most `rowMax` px high, and at least
    // `rowsMin` rows wholly in view under the header at the top of the list (before, at 1024×1366:
    // 142 px rows, 2.3 in view).
    const fit = await scroll.evaluate((el) => {
      el.scrollTop = 0;
      const bottom = el.getBoundingClientRect().bottom;
      const rows = [...el.querySelectorAll('tbody tr[data-channel]')].map((tr) => tr.getBoundingClientRect());
      return {
        heights: rows.slice(0, 4).map((r) => r.height),
        inView: rows.filter((r) => r.bottom <= bottom + 0.5).length,
      };
    });
    expect.soft(Math.max(...fit.heights), 'row height').toBeLessThanOrEqual(rowMax);
    expect.soft(fit.inView, 'rows in view').toBeGreaterThanOrEqual(rowsMin);
    // Every polarity verdict's badge fits the polarity column (the ten-rack demo shows only "✓ OK"):
    // a one-word verdict ("? Unchecked", "✕ Tx→Tx") cannot wrap, so it must fit on one line.
    const badges = Object.values(VERDICTS).map((v) => ({ glyph: VERDICT_CLASS_STYLE[v.cls].glyph, text: v.text }));
    const column = table.locator('tbody tr[data-channel]').first();
    const polarityCell = foldedKeys.includes('polarity')
      ? column.locator('td[data-col="channel"] .folded-cell[data-col="polarity"]')
      : column.locator('td[data-col="polarity"]');
    const tooWide = await polarityCell.evaluate((cell, all) => {
      const badge = cell.querySelector('.badge') as HTMLElement;
      const td = cell.closest('td') as HTMLElement;
      const room =
        td.clientWidth - parseFloat(getComputedStyle(td).paddingLeft) - parseFloat(getComputedStyle(td).paddingRight);
      return all.flatMap(({ glyph, text }) => {
        if (text.includes(' ')) return [];
        const c = badge.cloneNode(true) as HTMLElement;
        (c.firstElementChild as HTMLElement).textContent = glyph;
        (c.lastChild as Text).textContent = text;
        c.style.whiteSpace = 'nowrap';
        badge.after(c);
        const w = c.getBoundingClientRect().width;
        c.remove();
        return w > room + 0.5 ? [`${glyph} ${text}: ${w.toFixed(1)} px in ${room.toFixed(1)}`] : [];
      });
    }, badges);
    expect.soft(tooWide).toEqual([]);

    // The cut notice's target lies inside the bar, 44 px high; a tap just above the bar is not its.
    // (The stacked layout at 834 px scrolls the page: bring the bar into the viewport first.)
    await page.locator('footer.statusbar').scrollIntoViewIfNeeded();
    const bar = (await page.locator('footer.statusbar').boundingBox())!;
    expect(bar.y + bar.height).toBeLessThanOrEqual(height + 0.5);
    const open = page.getByRole('button', { name: 'Read the whole notice' });
    const ob = (await open.boundingBox())!;
    expect(ob.height).toBeGreaterThanOrEqual(44);
    expect(ob.y).toBeGreaterThanOrEqual(bar.y);
    expect(ob.y + ob.height).toBeLessThanOrEqual(bar.y + bar.height + 0.5);
    const probe = { x: ob.x + 20, y: bar.y - 1 };
    const above = await page.evaluate(({ x, y }) => {
      const el = document.elementFromPoint(x, y);
      return el === null ? 'nothing' : el.closest('.statusbar') ? 'bar' : 'other';
    }, probe);
    expect(above).toBe('other');
    // A short notice is not cut: nothing to open, no target.
    await page.evaluate(() => window.__designer!.actions.notify('success', 'Saved'));
    await expect(page.getByTestId('notice')).toHaveText('Saved');
    await expect(open).toHaveCount(0);
  });
}
