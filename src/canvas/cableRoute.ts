/**
 * Cable routes on the canvas (issue 12 §1: cables do not cover labels). A cable leaves its port
 * through the gutters of the port grid and of the slot grid (the gaps between cells, where no
 * label is drawn), runs out to the vertical cable manager beside the rack's right rail, and:
 *
 * - to a port of the same elevation: along the manager to that port's exit and in again;
 * - to another elevation (another rack, or the other face): up the manager to the tray band above
 *   all racks, along the tray, and down the other rack's manager.
 *
 * ```text
 *        tray ═══════════════════════════════╗ (above every rack header)
 *   ┌R1──────────────┐ ║mgr       ┌R2──────────┐ ║mgr
 *   │P1 [p1][p2]─────┼─╢          │P2 [p1]─────┼─╢
 *   │   ─┘ (gutter)  │ ║          │            │ ║
 * ```
 *
 * Routes are orthogonal polylines in world units. Pure.
 */
import type { ElevationGeom, PortGeom } from './rackScene';
import { inBox, type Box } from './viewGeometry';

/** A point in world units. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Distance of the first manager lane from the elevation's right edge, world units. */
export const MANAGER_OFFSET = 3;
/** Spacing of manager and tray lanes, world units. */
export const LANE_GAP = 3.5;
/** Number of lanes (a cable's lane comes from its id). */
export const LANES = 5;
/** Clearance of the lowest tray lane above the highest rack header, world units. */
export const TRAY_CLEARANCE = 8;

/** Where a cable end sits and how it leaves its equipment. */
export interface EndAnchor {
  /** Where the cable meets the port (top edge middle) or, for a hidden port, its device. */
  readonly at: Point;
  /** The way out to the right edge of the device through gutters, starting at `at`. */
  readonly ladder: readonly Point[];
  /** The elevation it is drawn in. */
  readonly elevation: ElevationGeom;
}

/** Gap below a cell edge that lies in the gutter between grid rows (cells have ≥ 1 world unit padding). */
const GUTTER = 0.5;

/**
 * How a cable leaves port `p` (in slot box `slot` when the port is a module's): up into the
 * gutter above its row, right to the slot's edge and up into the slot row's gutter; the last
 * point's y is the height at which it runs out to the manager.
 */
export function portLadder(p: PortGeom, slot: Box | null): Point[] {
  const cx = p.x + p.w / 2;
  const gy = p.y - GUTTER;
  const out: Point[] = [
    { x: cx, y: p.y },
    { x: cx, y: gy },
  ];
  if (slot) {
    const sx = slot.x + slot.w - 1;
    out.push({ x: sx, y: gy }, { x: sx, y: slot.y - GUTTER });
  }
  return out;
}

/** How a cable to a port hidden in this face mode leaves its device box `d`: from inside up to its top edge. */
export function deviceLadder(d: Box): Point[] {
  const x = d.x + d.w * 0.8;
  return [
    { x, y: d.y + d.h / 2 },
    { x, y: d.y },
  ];
}

/** The manager lane x of elevation `e` for `lane`. */
export const managerX = (e: Box, lane: number): number => e.x + e.w + MANAGER_OFFSET + lane * LANE_GAP;

/** The tray lane y above elevations whose highest header starts at `top`. */
export const trayY = (top: number, lane: number): number => top - TRAY_CLEARANCE - lane * LANE_GAP;

/** Drops repeated points and merges collinear runs (keeps the polyline minimal). */
function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 1e-9 && Math.abs(last.y - p.y) < 1e-9) continue;
    const prev = out[out.length - 2];
    if (
      prev &&
      last &&
      ((Math.abs(prev.x - last.x) < 1e-9 && Math.abs(last.x - p.x) < 1e-9) ||
        (Math.abs(prev.y - last.y) < 1e-9 && Math.abs(last.y - p.y) < 1e-9))
    )
      out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/** A routed leg: its polyline and where it reaches each manager (indices into `points`). */
export interface Route {
  readonly points: readonly Point[];
  /** Index of the point where the route reaches end A's manager (the A tail is points[0..joinA]). */
  readonly joinA: number;
  /** Index of the point where the route leaves end B's manager (the B tail is points[joinB..]). */
  readonly joinB: number;
}

/**
 * The route between anchors `a` and `b` on `lane`, with the tray above `top` (the y of the highest
 * elevation header).
 */
export function routeBetween(a: EndAnchor, b: EndAnchor, lane: number, top: number): Route {
  const ya = (a.ladder[a.ladder.length - 1] ?? a.at).y;
  const yb = (b.ladder[b.ladder.length - 1] ?? b.at).y;
  const ma = managerX(a.elevation, lane);
  const tailA = [...a.ladder, { x: ma, y: ya }];
  const tailB = [{ x: 0, y: yb }, ...[...b.ladder].reverse()];
  let middle: Point[] = [];
  if (a.elevation.key === b.elevation.key) tailB[0] = { x: ma, y: yb };
  else {
    const mb = managerX(b.elevation, lane);
    const ty = trayY(top, lane);
    middle = [
      { x: ma, y: ty },
      { x: mb, y: ty },
    ];
    tailB[0] = { x: mb, y: yb };
  }
  const pa = simplify(tailA);
  const pb = simplify(tailB);
  return { points: [...pa, ...middle, ...pb], joinA: pa.length - 1, joinB: pa.length + middle.length };
}

/** A dangling end: out of its equipment to the manager and a short stub down. */
export function routeDangling(a: EndAnchor, lane: number): Route {
  const y = (a.ladder[a.ladder.length - 1] ?? a.at).y;
  const m = managerX(a.elevation, lane);
  const pa = simplify([...a.ladder, { x: m, y }]);
  return { points: [...pa, { x: m, y: y + 22 }], joinA: pa.length - 1, joinB: pa.length };
}

/** The elevation holding box `b`'s centre, if any. */
export function elevationOf(elevations: readonly ElevationGeom[], b: Box): ElevationGeom | undefined {
  return elevations.find((e) => inBox(e, b.x + b.w / 2, b.y + b.h / 2));
}
