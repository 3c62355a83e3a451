/**
 * Canvas 2D drawing of cables, highlights, mating-finding markers and the interaction overlay
 * (drop preview, connect rubber band).
 */
import type { Bundle } from '../cableBundles';
import type { CableGeom, LegGeom, Point } from '../cableGeometry';
import { LANE_GAP, LANES } from '../cableRoute';
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

/** Strokes `points[from..to]` as one path with small rounded corners. */
function strokePath(ctx: CanvasRenderingContext2D, points: readonly Point[], from = 0, to = points.length - 1): void {
  const first = points[from];
  if (!first || to <= from) return;
  ctx.beginPath();
  ctx.moveTo(first.x, first.y);
  for (let i = from + 1; i < to; i++) {
    const p = points[i] as Point;
    const q = points[i + 1] as Point;
    const prev = points[i - 1] as Point;
    const r = Math.min(4, Math.hypot(p.x - prev.x, p.y - prev.y) / 2, Math.hypot(q.x - p.x, q.y - p.y) / 2);
    ctx.arcTo(p.x, p.y, q.x, q.y, r);
  }
  const last = points[to] as Point;
  ctx.lineTo(last.x, last.y);
  ctx.stroke();
}

function strokeLeg(ctx: CanvasRenderingContext2D, l: LegGeom, tailsOnly: boolean): void {
  if (!tailsOnly) return strokePath(ctx, l.points);
  strokePath(ctx, l.points, 0, l.joinA);
  strokePath(ctx, l.points, l.joinB, l.points.length - 1);
}

/**
 * Draws every leg of a cable in its class style (dashed where an end is hidden or unplugged). A
 * leg in a bundle listed in `collapsed` draws only its tails (port to manager): the bundle's
 * trunk stands for the rest (`drawBundle`).
 */
export function drawCable(
  ctx: CanvasRenderingContext2D,
  g: CableGeom,
  color?: string,
  extraWidth = 0,
  collapsed?: ReadonlySet<string>,
): void {
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = color ?? (g.cls === 'unknown' ? COLORS.cable['duplex-cord'] : COLORS.cable[g.cls]);
  ctx.lineWidth = CABLE_WIDTH[g.cls] + extraWidth;
  for (const l of g.legs) {
    ctx.setLineDash(l.hidden || l.dangling ? [5, 4] : []);
    strokeLeg(ctx, l, !!l.bundle && !!collapsed?.has(l.bundle));
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
 * Marks the expanded bundle: a light band behind the trunk's path, so the cables drawn over it
 * read as one group that has opened.
 */
export function drawBundleHalo(ctx: CanvasRenderingContext2D, b: Bundle, scale: number): void {
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = 'rgba(140,149,159,0.22)';
  ctx.lineWidth = b.width + 2 * LANE_GAP * ((LANES - 1) / 2) + 8 / scale;
  strokePath(ctx, b.trunk);
}

/**
 * Draws a collapsed bundle: its trunk as one stroke as wide as its count asks, and a badge with
 * the count on the tray (the count where it reads at 9 px or more on screen at `scale`).
 */
export function drawBundle(ctx: CanvasRenderingContext2D, b: Bundle, scale: number): void {
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = COLORS.cable.trunk;
  ctx.lineWidth = b.width;
  strokePath(ctx, b.trunk);
  // The count at 11 px on screen, as long as that is at most 30 world units (else hidden).
  const size = Math.min(11 / scale, 30);
  if (size * scale < 9) return;
  const text = String(b.count);
  ctx.font = `700 ${size}px system-ui, sans-serif`;
  const w = Math.max(ctx.measureText(text).width + size * 0.9, size * 1.6);
  const h = size * 1.5;
  ctx.fillStyle = '#ffffff';
  ctx.strokeStyle = COLORS.cable.trunk;
  ctx.lineWidth = Math.max(1, 1.2 / scale);
  ctx.beginPath();
  ctx.roundRect(b.badge.x - w / 2, b.badge.y - h / 2, w, h, h / 2);
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = COLORS.header;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, b.badge.x, b.badge.y + size * 0.05);
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

/** The number of findings an aggregated marker at `p` (radius `r`) stands for, below it on a white backing. */
export function drawMarkerCount(ctx: CanvasRenderingContext2D, p: Point, r: number, count: number): void {
  const text = String(count);
  ctx.font = `700 ${r * 1.2}px system-ui, sans-serif`;
  const w = ctx.measureText(text).width + r * 0.6;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(p.x - w / 2, p.y + r * 1.05, w, r * 1.5);
  ctx.fillStyle = COLORS.header;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText(text, p.x, p.y + r * 1.15);
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
