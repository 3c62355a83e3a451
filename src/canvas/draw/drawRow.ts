/**
 * Canvas 2D drawing of a row band's header in the hall view: the row's name and rack count over
 * a hairline that spans the row (neutral colours; the row is a place, not a verdict). When the
 * row's start is off the canvas's left edge the name sticks to that edge (`rowCaption.ts`), on a
 * plate of the canvas's background, after a "◂" that says the row goes on to the left.
 */
import { rowTitle, type RowGeom } from '../hallLayout';
import { CAPTION_INSET_PX, rowCaptionPlace } from '../rowCaption';
import { COLORS } from '../viewGeometry';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * Draws the header of row band `r`: `Row A · 3 racks` and a rule under it. `viewLeft` is the world
 * x at the canvas's left edge (null: an export, the name at the row's start) and `scale` the zoom
 * (screen px per world unit).
 */
export function drawRowHeader(ctx: CanvasRenderingContext2D, r: RowGeom, viewLeft: number | null, scale: number): void {
  const h = r.header;
  ctx.font = `600 26px ${FONT}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  const place = rowCaptionPlace(h, viewLeft, CAPTION_INSET_PX / scale);
  const text = place.sticky ? `◂ ${rowTitle(r)}` : rowTitle(r);
  if (place.sticky) {
    ctx.fillStyle = COLORS.canvasBg;
    ctx.fillRect(place.x - 6, h.y + 2, ctx.measureText(text).width + 12, 34);
  }
  ctx.fillStyle = COLORS.header;
  ctx.fillText(text, place.x, h.y + 28);
  ctx.strokeStyle = COLORS.slotStroke;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(h.x, h.y + h.h - 0.5);
  ctx.lineTo(h.x + h.w, h.y + h.h - 0.5);
  ctx.stroke();
}
