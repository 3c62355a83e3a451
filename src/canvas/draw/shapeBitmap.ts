/**
 * A canvas shape's drawing kept as a bitmap, so that a layer redraw after an edit to one rack
 * copies the other racks' pixels instead of painting their units, devices and ports again.
 *
 * The bitmap is painted at the device-pixel scale of the layer's transform, at the same sub-pixel
 * phase as a direct paint, and copied back with an identity transform at a whole device pixel:
 * no resampling, so it is as sharp as a direct paint at every zoom. It is used only when
 *  - the drawing's key (what the paint reads) is the one it was painted with, element by element;
 *  - the transform is a plain scale and translation at the same scale as the shape's last draw
 *    (while zooming each draw paints directly; the first draw at a settled zoom paints the bitmap,
 *    and `redrawSoon` makes that draw happen shortly after a zoom ends);
 *  - it fits `MAX_BITMAP_SIDE` and the shared `BITMAP_BUDGET_PX`.
 * Otherwise the shape paints directly, as it did before. An export (a stage rendered at another
 * pixel ratio, culling suspended) paints directly: see `ContentLayers.tsx`.
 */
import type { Box } from '../viewGeometry';

/** Largest bitmap side, device px (larger drawings paint directly: close zoom shows few racks). */
export const MAX_BITMAP_SIDE = 4096;

/** Device pixels all shape bitmaps together may hold (4 bytes each: 12 Mpx is 48 MB). */
export const BITMAP_BUDGET_PX = 12_000_000;

let budgetUsed = 0;
let enabled = true;
const tally = { copied: 0, painted: 0, unsettled: 0, direct: 0 };

/** How many shape draws went which way since the last `resetShapeBitmapTally` (for tests and benches). */
export const shapeBitmapTally = (): Readonly<Record<BitmapDraw, number>> => ({ ...tally });

/** Zeroes the tally. */
export function resetShapeBitmapTally(): void {
  for (const k of Object.keys(tally) as BitmapDraw[]) tally[k] = 0;
}

/** Turns kept bitmaps on or off (off: every shape paints directly, as a reference for tests). */
export function setShapeBitmaps(on: boolean): void {
  enabled = on;
}

/**
 * How a `ShapeBitmap.draw` drew: copied the kept bitmap, painted a new one, painted directly
 * because the zoom changed since the last draw (`unsettled`: draw again once it settles), or
 * painted directly for good (a rotation, too large, over budget).
 */
export type BitmapDraw = 'copied' | 'painted' | 'unsettled' | 'direct';

/** The kept bitmap of one shape (see the module header). */
export class ShapeBitmap {
  private canvas: HTMLCanvasElement | null = null;
  private key: readonly unknown[] = [];
  private scaleX = 0;
  private scaleY = 0;
  /** Device x, y of the box's top-left corner's whole pixel in the bitmap, less the box's device position. */
  private phaseX = 0;
  private phaseY = 0;
  private pixels = 0;
  private lastScaleX = Number.NaN;
  private lastScaleY = Number.NaN;

  /**
   * Draws into `ctx` (a layer context, the shape's world transform applied) what `paint` paints
   * within world `box` (all of it must fall inside), from the kept bitmap when `key` and the scale
   * are the ones it was painted at. Returns how it drew (`unsettled`: the caller should draw
   * again once the zoom settles, `redrawSoon`).
   */
  draw(
    ctx: CanvasRenderingContext2D,
    box: Box,
    key: readonly unknown[],
    paint: (ctx: CanvasRenderingContext2D) => void,
  ): BitmapDraw {
    const how = this.drawKept(ctx, box, key, paint);
    tally[how] += 1;
    return how;
  }

  private drawKept(
    ctx: CanvasRenderingContext2D,
    box: Box,
    key: readonly unknown[],
    paint: (ctx: CanvasRenderingContext2D) => void,
  ): BitmapDraw {
    if (!enabled) {
      this.release();
      paint(ctx);
      return 'direct';
    }
    const m = ctx.getTransform();
    const settled = m.a === this.lastScaleX && m.d === this.lastScaleY;
    this.lastScaleX = m.a;
    this.lastScaleY = m.d;
    const x = m.e + box.x * m.a;
    const y = m.f + box.y * m.d;
    const fresh = this.canvas && this.scaleX === m.a && this.scaleY === m.d && sameKey(this.key, key);
    if (!fresh) {
      const how = m.b !== 0 || m.c !== 0 ? 'direct' : !settled ? 'unsettled' : null;
      if (how || !this.paintBitmap(box, m, x, y, paint)) {
        this.release();
        paint(ctx);
        return how ?? 'direct';
      }
      this.key = key;
    }
    const canvas = this.canvas as HTMLCanvasElement;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(canvas, Math.round(x - this.phaseX), Math.round(y - this.phaseY));
    ctx.restore();
    return fresh ? 'copied' : 'painted';
  }

  /** Frees the bitmap (its pixels return to the budget). */
  release(): void {
    budgetUsed -= this.pixels;
    this.pixels = 0;
    this.canvas = null;
    this.key = [];
  }

  private paintBitmap(
    box: Box,
    m: DOMMatrix,
    x: number,
    y: number,
    paint: (ctx: CanvasRenderingContext2D) => void,
  ): boolean {
    // One device pixel of margin each side for antialiasing, plus the box's sub-pixel phase.
    const w = Math.ceil(box.w * m.a) + 3;
    const h = Math.ceil(box.h * m.d) + 3;
    if (w <= 0 || h <= 0 || w > MAX_BITMAP_SIDE || h > MAX_BITMAP_SIDE) return false;
    if (budgetUsed - this.pixels + w * h > BITMAP_BUDGET_PX) return false;
    const canvas = this.canvas ?? document.createElement('canvas');
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    const c = canvas.getContext('2d');
    if (!c) return false;
    // The box's corner lands at 1 + the fraction of its device position: the same phase as a direct paint.
    this.phaseX = 1 + x - Math.floor(x);
    this.phaseY = 1 + y - Math.floor(y);
    c.setTransform(1, 0, 0, 1, 0, 0);
    c.clearRect(0, 0, w, h);
    c.setTransform(m.a, 0, 0, m.d, this.phaseX - box.x * m.a, this.phaseY - box.y * m.d);
    paint(c);
    budgetUsed += w * h - this.pixels;
    this.pixels = w * h;
    this.canvas = canvas;
    this.scaleX = m.a;
    this.scaleY = m.d;
    return true;
  }
}

const sameKey = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

const soon = new WeakMap<object, ReturnType<typeof setTimeout>>();

/** Redraws `layer` once, `ms` after the last call for it (a zoom's end: the bitmaps are painted then). */
export function redrawSoon(layer: { batchDraw(): unknown }, ms = 150): void {
  const t = soon.get(layer);
  if (t !== undefined) clearTimeout(t);
  soon.set(
    layer,
    setTimeout(() => {
      soon.delete(layer);
      layer.batchDraw();
    }, ms),
  );
}
