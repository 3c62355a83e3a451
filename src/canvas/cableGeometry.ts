/**
 * Cable routing on the canvas: every leg of every cable as a cubic Bézier between the ports it
 * joins. Within one elevation a leg loops out through the vertical manager on the rack's right;
 * between elevations (racks, or front and rear) it arcs over the top like a cable in an overhead
 * tray. A port that is not shown in the current face mode is reached at its device (dashed); a
 * leg with one end unplugged is a short dangling stub. Pure; derived per record: a cable's legs
 * are reused while its record, its part, the geometry of the ports (or devices) its ends reach
 * and the elevations are the same objects.
 */
import type { Cable, Design, PortRef } from '../core/design';
import { portKey } from '../core/design';
import { catalogueFor } from '../core/catalogue';
import { cableSides } from '../core/edits';
import { plugIndexOf } from '../core/occupancy';
import { memoOn, type Memo } from '../core/recordMemo';
import type { CableClass, CablePart } from '../core/parts';
import type { Scene } from './scene';
import { FACE_GAP, type Box } from './viewGeometry';
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
  /** Box around every leg's curve (null without legs), for culling and hit tests. */
  readonly box: Box | null;
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

/** What an end reaches in the scene: its port, else its device's first box (hidden), else nothing. */
function anchorBox(scene: Scene, ref: PortRef | null): Box | null {
  if (!ref) return null;
  return scene.portsByKey.get(portKey(ref)) ?? scene.boxesByDevice.get(ref.device)?.[0] ?? null;
}

/** Where a port is drawn: its centre, or the centre of its device's first box when not visible. */
function anchor(scene: Scene, ref: PortRef): { p: Point; hidden: boolean } | null {
  const box = anchorBox(scene, ref);
  if (!box) return null;
  return { p: { x: box.x + box.w / 2, y: box.y + box.h / 2 }, hidden: !scene.portsByKey.has(portKey(ref)) };
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

/** The lane (0–4) that spreads a cable from its neighbours: from its id, so no edit shifts another cable. */
export function laneOf(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  return Math.abs(h) % 5;
}

function boxAround(legs: readonly LegGeom[]): Box | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const l of legs)
    for (let i = 0; i + 1 < l.samples.length; i += 2) {
      const x = l.samples[i] as number;
      const y = l.samples[i + 1] as number;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  return x0 === Infinity ? null : { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** The legs of one cable in `scene` (not memoised). */
export function cableGeom(scene: Scene, cable: Cable, part: CablePart | undefined): CableGeom {
  const lane = laneOf(cable.id);
  const legs: LegGeom[] = [];
  for (const [ka, kb] of legPairs(part, cable)) {
    const g = leg(scene, [ka, kb], own(cable.ends, ka) ?? null, own(cable.ends, kb) ?? null, lane);
    if (g) legs.push(g);
  }
  return { cable, part, cls: part?.cableClass ?? 'unknown', legs, box: boxAround(legs) };
}

const perCable = new WeakMap<Cable, Memo<CableGeom>>();
const lists = new WeakMap<Design['cables'], Memo<CableGeom[]>>();

/** The latest list, for patching the next one. */
interface Routed {
  readonly scene: Scene;
  readonly cables: Design['cables'];
  readonly byId: ReadonlyMap<string, CableGeom>;
}
let last: Routed | null = null;

/** Devices drawn in racks whose geometry differs between two scenes of the same elevations (null: unknown). */
function movedDevices(prev: Scene, next: Scene): Set<string> | null {
  if (prev.elevations !== next.elevations) return null;
  const before = new Map(prev.racks.map((r) => [r.rack.id, r]));
  const out = new Set<string>();
  for (const r of next.racks) {
    const old = before.get(r.rack.id);
    if (old === r) continue;
    for (const id of r.boxes.keys()) out.add(id);
    if (old) for (const id of old.boxes.keys()) out.add(id);
  }
  return out;
}

/**
 * Every cable of `design` with its legs in `scene`, in collection order. The list is memoised on
 * the cables collection (and the scene); each cable's legs on its record (see the module docs).
 * After an edit, a cable whose record is unchanged keeps its legs without a look-up unless it is
 * plugged into a device of a rack whose geometry changed, so an edit re-routes only the cables
 * it touched.
 */
export function cablesOf(scene: Scene, design: Pick<Design, 'cables' | 'parts'>): CableGeom[] {
  const cat = catalogueFor(design);
  return memoOn(lists, design.cables, [scene, cat], () => {
    const prev = last?.scene.faceMode === scene.faceMode ? last : null;
    const moved = prev ? (prev.scene === scene ? new Set<string>() : movedDevices(prev.scene, scene)) : null;
    const recheck = new Set<string>();
    if (moved) {
      const plugs = plugIndexOf(design.cables).byDevice;
      for (const id of moved) for (const p of plugs.get(id) ?? []) recheck.add(p.cable);
    }
    const byId = new Map<string, CableGeom>();
    const list = Object.values(design.cables).map((cable) => {
      const kept =
        prev &&
        moved &&
        !recheck.has(cable.id) &&
        Object.hasOwn(prev.cables, cable.id) &&
        prev.cables[cable.id] === cable
          ? prev.byId.get(cable.id)
          : undefined;
      const p = cat.get(cable.part);
      const part = p?.kind === 'cable' ? p : undefined;
      const g =
        kept && kept.part === part
          ? kept
          : memoOn(perCable, cable, routeInputs(scene, cable, part), () => cableGeom(scene, cable, part));
      byId.set(cable.id, g);
      return g;
    });
    last = { scene, cables: design.cables, byId };
    return list;
  });
}

/** What a cable's legs depend on: the elevations, its part, and what each of its ends reaches. */
function routeInputs(scene: Scene, cable: Cable, part: CablePart | undefined): unknown[] {
  const inputs: unknown[] = [scene.elevations, part];
  for (const ref of Object.values(cable.ends)) inputs.push(anchorBox(scene, ref));
  return inputs;
}
