/**
 * Canvas 2D drawing of cables, highlights, mating-finding markers and the interaction overlay
 * (drop preview, connect rubber band).
 */
import type { CableGeom, LegGeom, Point } from '../cableGeometry';
import { VERDICT_CLASS_STYLE } from '../../core/verdictStyle';
import { COLORS, type Box } from '../viewGeometry';

/** Stroke width of each cable class at zoom 1. */
export const CABLE_WIDTH: Readonly<Record<CableGeom['cls'], number>> = {
  trunk: 3.2,
  'array-cable': 2.4,
  harness: 2,
  'duplex-cord': 1.5,
  'conversion-cable': 2,
  pigtail: 2,
  'bulk-cable': 3.2,
  splitter: 2.4,
  unknown: 1.5,
};

function strokeLeg(ctx: CanvasRenderingContext2D, l: LegGeom): void {
  ctx.beginPath();
  ctx.moveTo(l.a.x, l.a.y);
  ctx.bezierCurveTo(l.c1.x, l.c1.y, l.c2.x, l.c2.y, l.b.x, l.b.y);
  ctx.stroke();
}

/** Draws every leg of a cable in its class style (dashed where an end is hidden or unplugged). */
export function drawCable(ctx: CanvasRenderingContext2D, g: CableGeom, color?: string, extraWidth = 0): void {
  ctx.lineCap = 'round';
  ctx.strokeStyle = color ?? (g.cls === 'unknown' ? COLORS.cable['duplex-cord'] : COLORS.cable[g.cls]);
  ctx.lineWidth = CABLE_WIDTH[g.cls] + extraWidth;
  for (const l of g.legs) {
    ctx.setLineDash(l.hidden || l.dangling ? [5, 4] : []);
    strokeLeg(ctx, l);
    if (l.dangling) {
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.arc(l.b.x, l.b.y, 2.5, 0, Math.PI * 2);
      ctx.stroke();
    }
  }
  ctx.setLineDash([]);
}

/**
 * A mating-rule marker at a mated pair, in the finding's verdict class: a red disc with ✕ for a
 * broken rule (fail), a white disc with a dashed grey ring and ? for a rule that could not be
 * checked (unchecked). Colours and glyphs from `VERDICT_CLASS_STYLE`.
 */
export function drawFindingMarker(ctx: CanvasRenderingContext2D, p: Point, r: number, cls: 'fail' | 'unchecked'): void {
  const s = VERDICT_CLASS_STYLE[cls];
  ctx.beginPath();
  ctx.arc(p.x, p.y, r, 0, Math.PI * 2);
  ctx.fillStyle = s.dashed ? s.bg : s.color;
  ctx.fill();
  ctx.lineWidth = r * 0.25;
  ctx.strokeStyle = s.dashed ? s.color : '#ffffff';
  ctx.setLineDash(s.dashed ? [r * 0.45, r * 0.3] : []);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillStyle = s.dashed ? s.text : '#ffffff';
  ctx.font = `700 ${r * 1.3}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(s.glyph, p.x, p.y + r * 0.05);
}

/** A highlighted port: a selection-blue ring around its box. */
export function drawPortRing(ctx: CanvasRenderingContext2D, b: Box, width: number): void {
  ctx.strokeStyle = COLORS.selection;
  ctx.lineWidth = width;
  ctx.strokeRect(b.x - width, b.y - width, b.w + 2 * width, b.h + 2 * width);
}

/**
 * Drop preview: the target box, blue when allowed, red with the reason when refused. A cable end
 * over a port carries a mating verdict `cls` instead: the box and caption take that class's
 * colour from the one verdict table (pass green, fail red, unchecked grey).
 */
export function drawDropPreview(
  ctx: CanvasRenderingContext2D,
  b: Box,
  ok: boolean,
  text: string,
  scale: number,
  cls?: 'pass' | 'fail' | 'unchecked',
): void {
  ctx.fillStyle = cls ? VERDICT_CLASS_STYLE[cls].bg : ok ? 'rgba(9,105,218,0.18)' : 'rgba(207,34,46,0.16)';
  ctx.fillRect(b.x, b.y, b.w, b.h);
  ctx.setLineDash([6 / scale, 4 / scale]);
  const strong = cls ? (cls === 'unchecked' ? VERDICT_CLASS_STYLE[cls].text : VERDICT_CLASS_STYLE[cls].color) : null;
  ctx.strokeStyle = strong ?? (ok ? COLORS.dropOk : COLORS.dropBad);
  ctx.lineWidth = 2 / scale;
  ctx.strokeRect(b.x, b.y, b.w, b.h);
  ctx.setLineDash([]);
  if (!text) return;
  const size = 12 / scale;
  ctx.font = `600 ${size}px system-ui, sans-serif`;
  const w = ctx.measureText(text).width + 12 / scale;
  const h = size + 10 / scale;
  const x = b.x;
  const y = b.y - h - 4 / scale;
  ctx.fillStyle = strong ?? (ok ? COLORS.dropOk : COLORS.dropBad);
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 3 / scale);
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, x + 6 / scale, y + h / 2);
}

/** The connect rubber band from the first picked port to the pointer. */
export function drawRubberBand(ctx: CanvasRenderingContext2D, from: Point, to: Point, scale: number): void {
  ctx.strokeStyle = COLORS.selection;
  ctx.lineWidth = 2 / scale;
  ctx.setLineDash([6 / scale, 4 / scale]);
  ctx.beginPath();
  ctx.moveTo(from.x, from.y);
  ctx.lineTo(to.x, to.y);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  ctx.arc(from.x, from.y, 4 / scale, 0, Math.PI * 2);
  ctx.fillStyle = COLORS.selection;
  ctx.fill();
}
