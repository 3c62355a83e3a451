/**
 * Canvas 2D drawing of a rack elevation's units through its unit map (`unitMap.ts`): unit lines
 * and U numbers for drawn runs, and a collapsed band ("U5–U36 empty") with a break mark on both
 * rails for a run of empty units drawn short. Neutral colours only (a band is not a verdict).
 */
import type { ElevationGeom } from '../rackScene';
import { bandText } from '../unitMap';
import { COLORS, RAIL_W, RIGHT_RAIL, U_PX } from '../viewGeometry';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The break mark of a band: two short parallel slants across a rail (x0…x1) at the band's middle. */
function breakMark(ctx: CanvasRenderingContext2D, x0: number, x1: number, yMid: number): void {
  ctx.beginPath();
  for (const dy of [-3, 3]) {
    ctx.moveTo(x0 - 2, yMid + dy + 3);
    ctx.lineTo(x1 + 2, yMid + dy - 3);
  }
  ctx.stroke();
}

/** Draws the units of elevation `e` (inside its frame): lines, U numbers, collapsed bands. */
export function drawUnitRuns(ctx: CanvasRenderingContext2D, e: ElevationGeom): void {
  const right = e.x + e.w - RIGHT_RAIL;
  ctx.strokeStyle = COLORS.uLine;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const r of e.units.runs) {
    const y = e.top + r.y;
    if (r.y > 0) {
      ctx.moveTo(e.innerX, y);
      ctx.lineTo(right, y);
    }
    if (r.collapsed) continue;
    for (let u = 1; u <= r.topU - r.bottomU; u++) {
      ctx.moveTo(e.innerX, y + u * U_PX);
      ctx.lineTo(right, y + u * U_PX);
    }
  }
  ctx.stroke();
  ctx.textBaseline = 'middle';
  for (const r of e.units.runs) {
    const y = e.top + r.y;
    if (r.collapsed) {
      ctx.fillStyle = COLORS.rail;
      ctx.fillRect(e.innerX, y + 1, right - e.innerX, r.h - 2);
      ctx.fillStyle = COLORS.headerSub;
      ctx.font = `13px ${FONT}`;
      ctx.textAlign = 'center';
      ctx.fillText(bandText(r), (e.innerX + right) / 2, y + r.h / 2);
      ctx.strokeStyle = COLORS.railText;
      ctx.lineWidth = 1;
      breakMark(ctx, e.x + 4, e.x + RAIL_W - 4, y + r.h / 2);
      breakMark(ctx, right + 1, e.x + e.w - 1, y + r.h / 2);
      continue;
    }
    ctx.fillStyle = COLORS.railText;
    ctx.font = `11px ${FONT}`;
    ctx.textAlign = 'right';
    for (let u = r.bottomU; u <= r.topU; u++) ctx.fillText(String(u), e.x + RAIL_W - 5, y + (r.topU - u + 0.5) * U_PX);
  }
}
