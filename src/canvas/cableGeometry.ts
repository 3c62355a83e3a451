/**
 * Cable routing on the canvas: every leg of every cable as a cubic Bézier between the ports it
 * joins. Within one elevation a leg loops out through the vertical manager on the rack's right;
 * between elevations (racks, or front and rear) it arcs over the top like a cable in an overhead
 * tray. A port that is not shown in the current face mode is reached at its device (dashed); a
 * leg with one end unplugged is a short dangling stub. Pure and memoised per scene.
 */
import type { Cable, PortRef } from '../core/design';
import { portKey } from '../core/design';
import { catalogueFor } from '../core/catalogue';
import { cableSides } from '../core/edits';
import type { CableClass, CablePart } from '../core/parts';
import type { Scene } from './scene';
import { FACE_GAP } from './viewGeometry';
import { own } from '../core/own';

/** A point in world units. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** One drawn leg: from end `ends[0]` to end `ends[1]` of the cable. */
export interface LegGeom {
  readonly ends: readonly [string, string];
  readonly a: Point;
  readonly b: Point;
  readonly c1: Point;
  readonly c2: Point;
  /** An end is not visible in this face mode: drawn dashed to its device. */
  readonly hidden: boolean;
  /** One end is unplugged: a short stub. */
  readonly dangling: boolean;
  /** Points along the curve, flat [x0, y0, x1, y1, …], for hit testing. */
  readonly samples: readonly number[];
}

/** A cable's drawn legs. */
export interface CableGeom {
  readonly cable: Cable;
  readonly part: CablePart | undefined;
  readonly cls: CableClass | 'unknown';
  readonly legs: readonly LegGeom[];
}

const SAMPLES = 24;

/** Point at parameter t of a cubic Bézier. */
function bezierAt(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y };
}

/** Where a port is drawn: its centre, or the centre of its device's first box when not visible. */
function anchor(scene: Scene, ref: PortRef): { p: Point; hidden: boolean } | null {
  const port = scene.portsByKey.get(portKey(ref));
  if (port) return { p: { x: port.x + port.w / 2, y: port.y + port.h / 2 }, hidden: false };
  const box = scene.boxesByDevice.get(ref.device)?.[0];
  return box ? { p: { x: box.x + box.w / 2, y: box.y + box.h / 2 }, hidden: true } : null;
}

/** The elevation (key) whose column contains x, or null. */
function elevationAt(scene: Scene, x: number): { key: string; right: number } | null {
  const e = scene.elevations.find((v) => x >= v.x && x <= v.x + v.w);
  return e ? { key: e.key, right: e.x + e.w } : null;
}

/** Routes one leg between two anchors; `lane` spreads parallel cables a little. */
export function routeLeg(scene: Scene, a: Point, b: Point, lane: number): { c1: Point; c2: Point } {
  const ea = elevationAt(scene, a.x);
  const eb = elevationAt(scene, b.x);
  const dy = Math.abs(a.y - b.y);
  if (ea && eb && ea.key === eb.key) {
    const x = ea.right + 3 + Math.min(FACE_GAP - 6, 4 + dy * 0.06) + lane * 1.5;
    return { c1: { x, y: a.y }, c2: { x, y: b.y } };
  }
  const lift = 36 + Math.min(220, Math.abs(a.x - b.x) * 0.07 + dy * 0.35) + lane * 4;
  const y = Math.min(a.y, b.y) - lift;
  return { c1: { x: a.x, y }, c2: { x: b.x, y } };
}

function leg(
  scene: Scene,
  ends: [string, string],
  ra: PortRef | null,
  rb: PortRef | null,
  lane: number,
): LegGeom | null {
  const A = ra ? anchor(scene, ra) : null;
  const B = rb ? anchor(scene, rb) : null;
  if (!A && !B) return null;
  if (!A || !B) {
    const p = (A ?? (B as { p: Point })).p;
    const q = { x: p.x + 16, y: p.y + 22 };
    return {
      ends,
      a: p,
      b: q,
      c1: { x: p.x + 14, y: p.y },
      c2: { x: q.x, y: q.y - 8 },
      hidden: (A ?? B)?.hidden ?? false,
      dangling: true,
      samples: sample(p, { x: p.x + 14, y: p.y }, { x: q.x, y: q.y - 8 }, q),
    };
  }
  const { c1, c2 } = routeLeg(scene, A.p, B.p, lane);
  return {
    ends,
    a: A.p,
    b: B.p,
    c1,
    c2,
    hidden: A.hidden || B.hidden,
    dangling: false,
    samples: sample(A.p, c1, c2, B.p),
  };
}

function sample(a: Point, c1: Point, c2: Point, b: Point): number[] {
  const out: number[] = [];
  for (let i = 0; i <= SAMPLES; i++) {
    const p = bezierAt(a, c1, c2, b, i / SAMPLES);
    out.push(p.x, p.y);
  }
  return out;
}

/**
 * Pairs of ends drawn as legs: equal sides pair up in order (multi-leg trunks A1↔B1 …); a single
 * end fans out to every end of the other side (harness MPO ↔ L1…L4).
 */
export function legPairs(part: CablePart | undefined, cable: Cable): [string, string][] {
  const [one, two] = part ? cableSides(part) : [Object.keys(cable.ends).slice(0, 1), Object.keys(cable.ends).slice(1)];
  if (one.length === two.length) return one.map((k, i) => [k, two[i] as string]);
  if (one.length === 1) return two.map((k) => [one[0] as string, k]);
  if (two.length === 1) return one.map((k) => [k, two[0] as string]);
  return one.map((k, i) => [k, two[Math.min(i, two.length - 1)] as string]);
}

const cache = new WeakMap<Scene, CableGeom[]>();

/** Every cable of the scene's design with its legs (memoised per scene). */
export function cablesOf(scene: Scene): CableGeom[] {
  const hit = cache.get(scene);
  if (hit) return hit;
  const cat = catalogueFor(scene.design);
  const out: CableGeom[] = [];
  let lane = 0;
  for (const cable of Object.values(scene.design.cables)) {
    const p = cat.get(cable.part);
    const part = p?.kind === 'cable' ? p : undefined;
    const legs: LegGeom[] = [];
    for (const [ka, kb] of legPairs(part, cable)) {
      const g = leg(scene, [ka, kb], own(cable.ends, ka) ?? null, own(cable.ends, kb) ?? null, lane % 5);
      if (g) legs.push(g);
    }
    lane += 1;
    out.push({ cable, part, cls: part?.cableClass ?? 'unknown', legs });
  }
  cache.set(scene, out);
  return out;
}
