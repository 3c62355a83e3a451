/**
 * Cable bundles (issue 12 §1): the legs between the same two rack elevations (left and right, by
 * the bundle key of `cableGeometry.ts`) draw as one bundle — one trunk up the left manager, along
 * the tray and down the right manager, its width growing with the count, a count badge on the
 * tray — until the pointer is over it (or it is tapped); then it expands into its cables. Each
 * cable's tails (port to manager) are always drawn. A bundle needs two cables or more (a single
 * multi-leg trunk is one cable: no bundle). Pure; memoised on the cable list.
 */
import type { CableGeom, LegGeom } from './cableGeometry';
import { LANES, LANE_GAP, managerX, trayY, type Point } from './cableRoute';
import type { Scene } from './scene';
import type { Box } from './viewGeometry';

/** One bundle: its key, the cables in it (ids, collection order), the leg count and its trunk. */
export interface Bundle {
  readonly key: string;
  readonly cables: readonly string[];
  /** Cables in the bundle (the badge). */
  readonly count: number;
  /** Legs in the bundle (a multi-leg trunk counts each leg; the width). */
  readonly legs: number;
  /** The trunk: left manager (lowest exit) → tray → right manager (lowest exit), world units. */
  readonly trunk: readonly Point[];
  /** The trunk's stroke width at zoom 1, from the count. */
  readonly width: number;
  /** Where the count badge sits (middle of the tray run). */
  readonly badge: Point;
  /** Box around the trunk (for culling and hit tests). */
  readonly box: Box;
}

/** Trunk stroke width of a bundle of `count` legs: 2.5 for two, +0.75 per leg, at most 12 (world units). */
export function bundleWidth(count: number): number {
  return Math.min(12, 1 + 0.75 * count);
}

/** The lane at the centre of the manager and tray lanes (where a trunk runs). */
const MID_LANE = (LANES - 1) / 2;

interface Acc {
  cables: string[];
  legs: LegGeom[];
}

const memo = new WeakMap<readonly CableGeom[], ReadonlyMap<string, Bundle>>();

/**
 * The bundles of `cables` (routed in `scene`) by key: legs that share a bundle key, when they
 * belong to at least two cables. Memoised on the cable list (a new scene routes a new list).
 */
export function bundlesOf(cables: readonly CableGeom[], scene: Pick<Scene, 'elevations'>): ReadonlyMap<string, Bundle> {
  const hit = memo.get(cables);
  if (hit) return hit;
  const elevations = new Map(scene.elevations.map((e) => [e.key, e]));
  const top = scene.elevations.reduce((m, e) => Math.min(m, e.y), Infinity);
  const acc = new Map<string, Acc>();
  for (const c of cables)
    for (const l of c.legs) {
      if (!l.bundle) continue;
      let a = acc.get(l.bundle);
      if (!a) acc.set(l.bundle, (a = { cables: [], legs: [] }));
      if (a.cables[a.cables.length - 1] !== c.cable.id) a.cables.push(c.cable.id);
      a.legs.push(l);
    }
  const out = new Map<string, Bundle>();
  for (const [key, a] of acc) {
    if (a.cables.length < 2) continue;
    const [lk, rk] = key.split('|') as [string, string];
    const le = elevations.get(lk);
    const re = elevations.get(rk);
    if (!le || !re) continue;
    let yl = -Infinity;
    let yr = -Infinity;
    for (const l of a.legs) {
      const ja = l.points[l.joinA] as Point;
      const jb = l.points[l.joinB] as Point;
      // The join nearer the left elevation is the left one.
      const [jl, jr] =
        Math.abs(ja.x - managerX(le, MID_LANE)) <= Math.abs(jb.x - managerX(le, MID_LANE)) ? [ja, jb] : [jb, ja];
      yl = Math.max(yl, jl.y);
      yr = Math.max(yr, jr.y);
    }
    const xl = managerX(le, MID_LANE);
    const xr = managerX(re, MID_LANE);
    const ty = trayY(top, MID_LANE);
    const trunk = [
      { x: xl, y: yl },
      { x: xl, y: ty },
      { x: xr, y: ty },
      { x: xr, y: yr },
    ];
    const width = bundleWidth(a.legs.length);
    const half = width / 2 + LANE_GAP * MID_LANE;
    out.set(key, {
      key,
      cables: a.cables,
      count: a.cables.length,
      legs: a.legs.length,
      trunk,
      width,
      badge: { x: (xl + xr) / 2, y: ty },
      box: { x: xl - half, y: ty - half, w: xr - xl + 2 * half, h: Math.max(yl, yr) - ty + 2 * half },
    });
  }
  memo.set(cables, out);
  return out;
}

/** Distance from (x, y) to segment (a, b). */
export function segmentDistance(x: number, y: number, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / len));
  return Math.hypot(x - (a.x + t * dx), y - (a.y + t * dy));
}

/**
 * The key of the bundle whose trunk passes within `tol` (plus half its width) of (x, y), the
 * nearest first, or undefined.
 */
export function bundleAt(bundles: ReadonlyMap<string, Bundle>, x: number, y: number, tol: number): string | undefined {
  let best: { key: string; d: number } | undefined;
  for (const b of bundles.values()) {
    const r = tol + b.width / 2 + LANE_GAP * MID_LANE;
    if (x < b.box.x - tol || x > b.box.x + b.box.w + tol || y < b.box.y - tol || y > b.box.y + b.box.h + tol) continue;
    for (let i = 0; i + 1 < b.trunk.length; i++) {
      const d = segmentDistance(x, y, b.trunk[i] as Point, b.trunk[i + 1] as Point);
      if (d <= r && (!best || d < best.d)) best = { key: b.key, d };
    }
  }
  return best?.key;
}

/**
 * The bundle to draw expanded with the pointer at (x, y): the one whose trunk is within `tol`,
 * else `expanded` while the pointer is on one of its cables (`cable`), else null.
 */
export function bundleToShow(
  bundles: ReadonlyMap<string, Bundle>,
  x: number,
  y: number,
  tol: number,
  expanded: string | null,
  cable: string | undefined,
): string | null {
  const over = bundleAt(bundles, x, y, tol);
  if (over) return over;
  return expanded && cable && bundles.get(expanded)?.cables.includes(cable) ? expanded : null;
}
