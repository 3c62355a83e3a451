/**
 * Canvas 2D drawing of a rack elevation's units through its unit map (`unitMap.ts`): unit lines
 * and U numbers for drawn runs, and a collapsed band ("U5–U36 empty") with a break mark on both
 * rails for a run of empty units drawn short. Neutral colours only (a band is not a verdict).
 * Follows the level of detail (`lod.ts`): in the overview no unit lines or numbers, bands as a
 * plain fill; U numbers on every unit where a readable number fits a unit, else every 5th.
 */
import { MIN_TEXT_PX, textSize, tierAt } from '../lod';
import type { ElevationGeom } from '../rackScene';
import { bandText, type UnitRun } from '../unitMap';
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

/** A collapsed band: rail-coloured fill, break marks, and its text where it is readable. */
function drawBand(ctx: CanvasRenderingContext2D, e: ElevationGeom, r: UnitRun, scale: number, detail: boolean): void {
  const right = e.x + e.w - RIGHT_RAIL;
  const y = e.top + r.y;
  ctx.fillStyle = COLORS.rail;
  ctx.fillRect(e.innerX, y + 1, right - e.innerX, r.h - 2);
  if (!detail) return;
  ctx.strokeStyle = COLORS.railText;
  ctx.lineWidth = 1;
  breakMark(ctx, e.x + 4, e.x + RAIL_W - 4, y + r.h / 2);
  breakMark(ctx, right + 1, e.x + e.w - 1, y + r.h / 2);
  const size = textSize(13, scale, r.h * 0.8);
  if (!size) return;
  ctx.fillStyle = COLORS.headerSub;
  ctx.font = `${size}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(bandText(r), (e.innerX + right) / 2, y + r.h / 2);
}

/** Draws the units of elevation `e` (inside its frame) at zoom `scale`: lines, U numbers, collapsed bands. */
export function drawUnitRuns(ctx: CanvasRenderingContext2D, e: ElevationGeom, scale = 1): void {
  const detail = tierAt(scale) !== 'overview';
  const right = e.x + e.w - RIGHT_RAIL;
  if (detail) {
    ctx.strokeStyle = COLORS.uLine;
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (const r of e.units.runs) {
      const y = e.top + r.y;
      const lines = r.collapsed ? 0 : r.topU - r.bottomU;
      for (let u = r.y > 0 ? 0 : 1; u <= lines; u++) {
        ctx.moveTo(e.innerX, y + u * U_PX);
        ctx.lineTo(right, y + u * U_PX);
      }
    }
    ctx.stroke();
  }
  for (const r of e.units.runs) if (r.collapsed) drawBand(ctx, e, r, scale, detail);
  if (!detail) return;
  const every = textSize(11, scale, U_PX * 0.85) ? 1 : textSize(11, scale, U_PX * 4) ? 5 : 0;
  const size = Math.min(textSize(11, scale, every === 1 ? U_PX * 0.85 : U_PX * 4) ?? 0, RAIL_W * 0.62);
  if (!every || size * scale < MIN_TEXT_PX) return;
  ctx.fillStyle = COLORS.railText;
  ctx.font = `${size}px ${FONT}`;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const r of e.units.runs) {
    if (r.collapsed) continue;
    for (let u = r.bottomU; u <= r.topU; u++)
      if (every === 1 || u === 1 || u % every === 0)
        ctx.fillText(String(u), e.x + RAIL_W - 3, e.top + r.y + (r.topU - u + 0.5) * U_PX);
  }
}
