/**
 * Canvas 2D drawing of a row band's header in the hall view: the row's name and rack count over
 * a hairline that spans the row (neutral colours; the row is a place, not a verdict).
 */
import { rowTitle, type RowGeom } from '../hallLayout';
import { COLORS } from '../viewGeometry';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Draws the header of row band `r`: `Row A · 3 racks` and a rule under it. */
export function drawRowHeader(ctx: CanvasRenderingContext2D, r: RowGeom): void {
  const h = r.header;
  ctx.fillStyle = COLORS.header;
  ctx.font = `600 26px ${FONT}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(rowTitle(r), h.x, h.y + 28);
  ctx.strokeStyle = COLORS.slotStroke;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(h.x, h.y + h.h - 0.5);
  ctx.lineTo(h.x + h.w, h.y + h.h - 0.5);
  ctx.stroke();
}
