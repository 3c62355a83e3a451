/**
 * What the tablet text spec measures: every visible DOM text on screen (an element with a text
 * node of its own, inside the viewport, not clipped for assistive technology only), its computed
 * font size, and every visible control's box. SVG text (the channel diagram) is measured as drawn:
 * its font size times the SVG's scale on screen. The canvas draws its own text (at its own zoom)
 * and is not DOM text, so it is not measured here.
 */
import type { Page } from '@playwright/test';

/** One visible text: a short CSS path (`footer.statusbar > span.notice`), its font size (CSS px), its text. */
export interface TextSize {
  readonly where: string;
  readonly px: number;
  readonly text: string;
}

/** One visible control (button, link button, input, select, summary): its path, text and box (CSS px). */
export interface Target {
  readonly where: string;
  readonly text: string;
  readonly w: number;
  readonly h: number;
}

/** The visible DOM texts on screen, each once, with their computed font sizes. */
export const visibleTexts = (page: Page): Promise<TextSize[]> =>
  page.evaluate(() => {
    const path = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
        const cls = [...e.classList].slice(0, 2).join('.');
        parts.unshift(e.tagName.toLowerCase() + (cls ? `.${cls}` : ''));
      }
      return parts.join(' > ');
    };
    const out: { where: string; px: number; text: string }[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const own = Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (!own) continue;
      if (!(el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      if (el.closest('.sr-only')) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) continue;
      if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) continue;
      const css = parseFloat(getComputedStyle(el).fontSize);
      const px = el instanceof SVGGraphicsElement ? css * Math.abs(el.getScreenCTM()?.a ?? 1) : css;
      if (px === 0) continue; // text hidden by size (the toolbar title's rest, read by assistive technology)
      out.push({ where: path(el), px: Math.round(px * 10) / 10, text: own.slice(0, 40) });
    }
    return out;
  });

/** The visible controls on screen with their boxes. */
export const visibleTargets = (page: Page): Promise<Target[]> =>
  page.evaluate(() => {
    const out: { where: string; text: string; w: number; h: number }[] = [];
    for (const el of Array.from(document.body.querySelectorAll('button, a.btn, input, select, summary'))) {
      if (!(el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      if (el.closest('.sr-only')) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) continue;
      if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) continue;
      const cls = [...el.classList].slice(0, 2).join('.');
      const parent = el.parentElement;
      const pcls = parent ? [...parent.classList].slice(0, 2).join('.') : '';
      out.push({
        where: `${parent?.tagName.toLowerCase() ?? ''}${pcls ? `.${pcls}` : ''} > ${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}`,
        text: (el.textContent ?? (el as HTMLInputElement).value ?? '').trim().slice(0, 30),
        w: Math.round(r.width),
        h: Math.round(r.height),
      });
    }
    return out;
  });

/** Visible table headers whose text is cut (wider than the cell: a one-word header that cannot wrap). */
export const clippedHeaders = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('th'))
      .filter((th) => th.checkVisibility?.() && th.getBoundingClientRect().width > 0)
      .filter((th) => th.scrollWidth > th.clientWidth + 1)
      .map((th) => `${th.scrollWidth}>${th.clientWidth} th «${(th.textContent ?? '').trim().slice(0, 30)}»`),
  );
