/**
 * Where a row's name ("Row B · 6 racks") is drawn in the hall view: at the row's left end, or —
 * when that end is off the canvas's left edge (Fit centred a rack far along the row, or the view
 * was panned along it) — at the canvas's left edge, a sticky caption, so every row in view is
 * named. It stays in the row's name strip (empty but for the name, above the cable tray); near the
 * row's right end it runs on past it rather than being cut (nothing else is drawn there, and the
 * row's last rack is still in view). Exports (culling suspended) draw it at the row's start.
 * Pure: world units.
 */
import type { Box } from './viewGeometry';

/** Space between the canvas's left edge and a sticky caption, screen px. */
export const CAPTION_INSET_PX = 12;

/** A row caption's placement: world x of its left end, and whether it is stuck to the canvas's edge. */
export interface CaptionPlace {
  readonly x: number;
  readonly sticky: boolean;
}

/**
 * The placement of the caption of a row whose name strip is `header` (world box), when the
 * canvas's left edge is at world x `viewLeft` (null: no view, an export) and the inset is `inset`
 * world units: `header.x` when the row's start is in view (at least `inset` in from the edge) or
 * there is no view; else stuck at `viewLeft + inset`. (A row wholly off screen is not drawn.)
 */
export function rowCaptionPlace(header: Box, viewLeft: number | null, inset: number): CaptionPlace {
  if (viewLeft === null || header.x >= viewLeft + inset) return { x: header.x, sticky: false };
  return { x: viewLeft + inset, sticky: true };
}
