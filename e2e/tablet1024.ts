/**
 * What the 1024 px tablet specs measure: boxes of the toolbar's controls, the legend and the
 * minimap, and how many lines a text takes (the distinct line boxes of a Range over the element's
 * text, so a padded or min-height box is not mistaken for a second line).
 */
import type { Locator, Page } from '@playwright/test';

/** A box, CSS px (client coordinates). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The number of lines the text of `el` takes on screen. */
export const lineCount = (el: Locator): Promise<number> =>
  el.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const tops: number[] = [];
    for (const r of Array.from(range.getClientRects())) {
      if (r.width < 1 || r.height < 1) continue;
      if (!tops.some((t) => Math.abs(t - r.top) < r.height / 2)) tops.push(r.top);
    }
    return tops.length;
  });

/** The boxes of the visible direct children of the toolbar (controls, menus, separators). */
export const toolbarItems = (page: Page): Promise<(Box & { text: string })[]> =>
  page.locator('header.toolbar').evaluate((bar) =>
    Array.from(bar.children)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height, text: (el.textContent ?? '').trim().slice(0, 20) };
      })
      .filter((b) => b.width > 1 && b.height > 1),
  );

/** Whether two boxes share any area. */
export const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
