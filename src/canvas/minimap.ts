/**
 * Minimap geometry (issue 12 §1): the whole hall drawn small in a corner of the canvas with the
 * viewport as a rectangle. Maps world units ↔ minimap px and turns a minimap point into the
 * viewport that centres it. Pure.
 */
import type { Viewport } from '../store/session';
import type { Box } from './viewGeometry';

/** Largest minimap size, px. */
export const MINIMAP_MAX = { w: 200, h: 110 } as const;
/** Inner padding of the minimap, px. */
export const MINIMAP_PAD = 6;

/** A world → minimap mapping: minimap px = (world − origin) × k + pad. */
export interface MinimapMap {
  /** The world box shown (the hall). */
  readonly world: Box;
  /** Minimap px per world unit. */
  readonly k: number;
  /** The minimap's size, px (the world box's aspect, within `MINIMAP_MAX`). */
  readonly w: number;
  readonly h: number;
}

/** The mapping that shows `world` inside at most `max` px (aspect kept, `MINIMAP_PAD` around). */
export function minimapMap(world: Box, max: { w: number; h: number } = MINIMAP_MAX): MinimapMap {
  const k = Math.min(
    (max.w - 2 * MINIMAP_PAD) / Math.max(1, world.w),
    (max.h - 2 * MINIMAP_PAD) / Math.max(1, world.h),
  );
  return { world, k, w: world.w * k + 2 * MINIMAP_PAD, h: world.h * k + 2 * MINIMAP_PAD };
}

/** Minimap px of world point (x, y). */
export const worldToMinimap = (m: MinimapMap, x: number, y: number) => ({
  x: (x - m.world.x) * m.k + MINIMAP_PAD,
  y: (y - m.world.y) * m.k + MINIMAP_PAD,
});

/** World point under minimap px (mx, my). */
export const minimapToWorld = (m: MinimapMap, mx: number, my: number) => ({
  x: (mx - MINIMAP_PAD) / m.k + m.world.x,
  y: (my - MINIMAP_PAD) / m.k + m.world.y,
});

/** The viewport rectangle in minimap px: what a `width` × `height` px canvas at `v` shows. */
export function viewportRect(m: MinimapMap, v: Viewport, width: number, height: number): Box {
  const tl = worldToMinimap(m, -v.x / v.scale, -v.y / v.scale);
  return { x: tl.x, y: tl.y, w: (width / v.scale) * m.k, h: (height / v.scale) * m.k };
}

/**
 * The part of box `b` (minimap px) inside a `w` × `h` px minimap, inset by `inset` px so a stroke of
 * twice that width stays whole; null when nothing of it is inside. The viewport rectangle is drawn
 * this way, so its frame never runs off the minimap's edge when the canvas shows past the hall.
 */
export function clipToMinimap(b: Box, w: number, h: number, inset: number): Box | null {
  const x0 = Math.max(b.x, inset);
  const y0 = Math.max(b.y, inset);
  const x1 = Math.min(b.x + b.w, w - inset);
  const y1 = Math.min(b.y + b.h, h - inset);
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : null;
}

/** The viewport (same zoom as `v`) that centres the world point under minimap px (mx, my) in a `width` × `height` canvas. */
export function panTo(m: MinimapMap, v: Viewport, mx: number, my: number, width: number, height: number): Viewport {
  const p = minimapToWorld(m, mx, my);
  return { scale: v.scale, x: width / 2 - p.x * v.scale, y: height / 2 - p.y * v.scale };
}

/** True when the canvas at `v` already shows all of `world` (the minimap would only add noise). */
export function showsAll(world: Box, v: Viewport, width: number, height: number): boolean {
  const x0 = -v.x / v.scale;
  const y0 = -v.y / v.scale;
  return (
    world.x >= x0 &&
    world.y >= y0 &&
    world.x + world.w <= x0 + width / v.scale &&
    world.y + world.h <= y0 + height / v.scale
  );
}
