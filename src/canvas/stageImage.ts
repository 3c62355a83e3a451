/**
 * The rack elevation as a PNG, rendered from the live Konva stage (issue 5 deliverable): the
 * whole row of elevations (`scene.bounds`), not just the part on screen, at a fixed world scale
 * on a white background, whatever the current zoom and pan.
 */
import { withoutCulling } from './culling';
import { Konva } from './konva';
import type { Scene } from './scene';

/** A rendered image. */
export interface StageImage {
  readonly dataUrl: string;
  readonly widthPx: number;
  readonly heightPx: number;
}

/** Largest side of the exported image, px (browsers refuse much larger canvases). */
export const MAX_IMAGE_PX = 8000;

/**
 * Output scale (image px per world unit) for a scene `w` × `h` world units: `preferred`, reduced
 * so that neither side exceeds `maxPx`.
 */
export function imageScale(w: number, h: number, preferred = 2, maxPx = MAX_IMAGE_PX): number {
  const side = Math.max(w, h, 1);
  return Math.min(preferred, maxPx / side);
}

/**
 * Renders every elevation of `scene` from the app's stage to a PNG data URL, or null when no
 * stage is mounted (the canvas is not on screen).
 */
export function elevationPng(scene: Scene, preferredScale = 2): StageImage | null {
  const stage = Konva.stages.find((s) => s.width() > 0 && s.height() > 0);
  if (!stage) return null;
  const b = scene.bounds;
  const s = stage.scaleX() || 1;
  const k = imageScale(b.w, b.h, preferredScale);
  // Region in stage (screen) coordinates; pixelRatio turns it into k px per world unit.
  const region = { x: stage.x() + b.x * s, y: stage.y() + b.y * s, width: b.w * s, height: b.h * s, pixelRatio: k / s };
  const drawn = withoutCulling(() => stage.toCanvas(region), k);
  const out = document.createElement('canvas');
  out.width = drawn.width;
  out.height = drawn.height;
  const ctx = out.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(drawn, 0, 0);
  return { dataUrl: out.toDataURL('image/png'), widthPx: out.width, heightPx: out.height };
}
