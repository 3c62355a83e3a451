/**
 * Viewport math: screen (px inside the canvas) ↔ world, zoom about a point, fit a box. Pure.
 */
import type { Viewport } from '../store/session';
import type { Box } from './viewGeometry';

/** Smallest zoom factor. */
export const MIN_SCALE = 0.1;
/** Largest zoom factor. */
export const MAX_SCALE = 8;

const clampScale = (s: number) => Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));

/** World point under screen point (sx, sy). */
export const toWorld = (v: Viewport, sx: number, sy: number) => ({ x: (sx - v.x) / v.scale, y: (sy - v.y) / v.scale });

/** Screen point of world point (x, y). */
export const toScreen = (v: Viewport, x: number, y: number) => ({ x: x * v.scale + v.x, y: y * v.scale + v.y });

/** Zooms by `factor` keeping screen point (sx, sy) fixed. */
export function zoomAt(v: Viewport, factor: number, sx: number, sy: number): Viewport {
  const scale = clampScale(v.scale * factor);
  const w = toWorld(v, sx, sy);
  return { scale, x: sx - w.x * scale, y: sy - w.y * scale };
}

/**
 * The viewport that shows `box` in a `width` × `height` canvas with `pad` px around, at most
 * `maxScale`: centred horizontally, and vertically centred or (`top`) aligned to the top edge.
 */
export function fitBox(
  box: Box,
  width: number,
  height: number,
  pad = 24,
  maxScale = 3,
  align: 'center' | 'top' = 'center',
): Viewport {
  const scale = clampScale(
    Math.min(maxScale, (width - 2 * pad) / Math.max(1, box.w), (height - 2 * pad) / Math.max(1, box.h)),
  );
  const y = align === 'top' ? pad - box.y * scale : (height - box.h * scale) / 2 - box.y * scale;
  return { scale, x: (width - box.w * scale) / 2 - box.x * scale, y };
}

/**
 * Fit at a readable zoom: the viewport that shows `box` (like `fitBox`, top-aligned, at most
 * `maxScale`) unless that needs a zoom below `minScale`; then `minScale`, with `focus` (a box
 * inside `box`, e.g. the selection, or a rack just added) in view: from the left end of `box` (the
 * row's name and as many racks as fit) when the focus's middle is in view from there, else centred
 * on it. Without a focus, the top-left corner of `box`. The rest is left to panning and the
 * minimap. Sizes in px, boxes in world units.
 */
export function fitReadable(
  box: Box,
  width: number,
  height: number,
  minScale: number,
  focus: Box | null = null,
  pad = 16,
  maxScale = 2.5,
): Viewport {
  const v = fitBox(box, width, height, pad, maxScale, 'top');
  if (v.scale >= minScale) return v;
  const s = minScale;
  if (focus) {
    const top = Math.max(box.y, Math.min(focus.y - pad / s, box.y + box.h - (height - pad) / s));
    // From the left end (the row's name and as many racks as fit) when the focus's middle is in view
    // from there (a rack just added beside the first one, its rear face cut at most); else centred on it.
    const fromLeft = focus.x + focus.w / 2 <= box.x + (width - 2 * pad) / s;
    const x = fromLeft ? pad - box.x * s : width / 2 - (focus.x + focus.w / 2) * s;
    return { scale: s, x, y: pad - top * s };
  }
  return { scale: s, x: pad - box.x * s, y: pad - box.y * s };
}
