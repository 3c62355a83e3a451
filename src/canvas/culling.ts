/**
 * Viewport culling for the canvas layers: a shape's scene function asks which part of the world
 * the stage shows and skips what lies outside, so a frame costs what is on screen, not the whole
 * data hall. Exports that render the whole row off screen (`stageImage.ts`) switch culling off
 * while they draw.
 */
import type { Box } from './viewGeometry';

/** What culling reads of a Konva node: its stage's transform and size. */
interface StageLike {
  x(): number;
  y(): number;
  scaleX(): number;
  width(): number;
  height(): number;
}

/** World units added around the visible area (strokes, labels and markers that stick out). */
const MARGIN = 24;

let suspended = 0;
/** The zoom the level of detail assumes while culling is suspended (an export's output scale). */
let exportScale = 2;

/**
 * The world box the stage of `node` shows (with a margin), or null when nothing should be culled
 * (no stage, or culling is suspended for an export).
 */
export function visibleWorld(node: { getStage(): StageLike | null }): Box | null {
  if (suspended > 0) return null;
  const st = node.getStage();
  if (!st) return null;
  const s = st.scaleX() || 1;
  return {
    x: -st.x() / s - MARGIN,
    y: -st.y() / s - MARGIN,
    w: st.width() / s + 2 * MARGIN,
    h: st.height() / s + 2 * MARGIN,
  };
}

/**
 * The world x at the left edge of the stage of `node` (no margin), or null without a stage or
 * while culling is suspended (an export draws the whole row, as from its start).
 */
export function viewLeft(node: { getStage(): StageLike | null }): number | null {
  if (suspended > 0) return null;
  const st = node.getStage();
  return st ? -st.x() / (st.scaleX() || 1) : null;
}

/** The zoom (world → screen factor) of the stage of `node`; 1 without a stage. */
export function stageScale(node: { getStage(): StageLike | null }): number {
  if (suspended > 0) return exportScale;
  return node.getStage()?.scaleX() || 1;
}

/** True when box `b` overlaps the visible area `v` (always true without one). */
export function onScreen(b: Box, v: Box | null): boolean {
  return !v || (b.x <= v.x + v.w && b.x + b.w >= v.x && b.y <= v.y + v.h && b.y + b.h >= v.y);
}

/**
 * Runs `draw` with culling off (every shape draws everything), e.g. to render the whole row to an
 * image; the level of detail meanwhile assumes zoom `scale` (the image's px per world unit).
 */
export function withoutCulling<T>(draw: () => T, scale = 2): T {
  suspended += 1;
  exportScale = scale;
  try {
    return draw();
  } finally {
    suspended -= 1;
  }
}
