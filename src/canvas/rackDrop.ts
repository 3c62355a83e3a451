/**
 * Where a rack dragged by its header lands in the hall (issue 12 §5): the row band under the
 * pointer (the nearest one; below the bottom of the last row, a new row) and the place among that row's other
 * racks left of the pointer, with a drop indicator — a bar in the gap where it will stand, or a
 * line under the last row for a new row. Pure; reads only the scene's row bands and elevations.
 *
 * ```text
 *  Row A  [R1]   [R2] ┃ [R3]        pointer right of R2's middle → Row A, position 3 of 4
 *                     ┗ indicator
 * ```
 */
import type { RackId } from '../core/ids';
import { ROW_GAP, type RowGeom } from './hallLayout';
import type { Scene } from './scene';
import { RACK_GAP, type Box } from './viewGeometry';

/** A rack drop: the row (a new row when `newRow`), the 0-based place in it, the indicator and its caption. */
export interface RackDrop {
  readonly rack: RackId;
  readonly row: string;
  readonly index: number;
  readonly newRow: boolean;
  /** True when the rack would stay where it is (dropping does nothing). */
  readonly same: boolean;
  readonly box: Box;
  readonly text: string;
}

const BAR_W = 10;
/** A rack dropped this far (world px) below the last row's bottom starts a new row. */
export const NEW_ROW_BELOW = 12;

/** Horizontal span of a rack's elevations in the scene. */
function spanOf(scene: Scene, rack: string): { x: number; r: number; y: number; b: number } | undefined {
  let out: { x: number; r: number; y: number; b: number } | undefined;
  for (const e of scene.elevations) {
    if (e.rack.id !== rack) continue;
    out = out
      ? {
          x: Math.min(out.x, e.x),
          r: Math.max(out.r, e.x + e.w),
          y: Math.min(out.y, e.y),
          b: Math.max(out.b, e.y + e.h),
        }
      : { x: e.x, r: e.x + e.w, y: e.y, b: e.y + e.h };
  }
  return out;
}

/**
 * The drop of rack `rack` at world point (x, y), or null when the rack is not in the scene.
 * `newRowName` names the row a drop below the last row starts (see `nextRowName`).
 */
export function rackDropAt(scene: Scene, rack: RackId, x: number, y: number, newRowName: string): RackDrop | null {
  const from = scene.rows.find((r) => r.racks.includes(rack));
  const name = scene.elevations.find((e) => e.rack.id === rack)?.rack.name ?? rack;
  if (!from) return null;
  const last = scene.rows.at(-1) as RowGeom;
  if (y > last.y + last.h + NEW_ROW_BELOW && !(last === from && from.racks.length === 1)) {
    const box = { x: last.x, y: last.y + last.h + ROW_GAP / 2 - BAR_W / 2, w: Math.max(last.w, 200), h: BAR_W };
    return { rack, row: newRowName, index: 0, newRow: true, same: false, box, text: `${name} → new row ${newRowName}` };
  }
  let row = scene.rows[0] as RowGeom;
  for (const r of scene.rows) if (y >= r.y - ROW_GAP / 2) row = r;
  const others = row.racks.filter((id) => id !== rack);
  const spans = others.map((id) => spanOf(scene, id)).filter((s) => s !== undefined);
  const index = spans.filter((s) => (s.x + s.r) / 2 < x).length;
  const own = spanOf(scene, rack);
  const top = Math.min(...spans.map((s) => s.y), ...(row === from && own ? [own.y] : [row.y + row.h / 2]));
  const bottom = Math.max(...spans.map((s) => s.b), ...(row === from && own ? [own.b] : [row.y + row.h]));
  const gapX =
    spans.length === 0
      ? (own?.x ?? row.x) - RACK_GAP / 2
      : index === 0
        ? (spans[0] as { x: number }).x - RACK_GAP / 2
        : (spans[index - 1] as { r: number }).r + RACK_GAP / 2;
  const same = row === from && from.racks.indexOf(rack) === index;
  const box = { x: gapX - BAR_W / 2, y: top, w: BAR_W, h: Math.max(BAR_W, bottom - top) };
  const text = `${name} → ${row.name}, ${index + 1} of ${others.length + 1}`;
  return { rack, row: row.name, index, newRow: false, same, box, text };
}
