/**
 * Cable geometry on the canvas: every leg of every cable routed through the gutters of its
 * equipment, the rack's cable manager and the tray above the racks (`cableRoute.ts`), so cables
 * do not cover labels. A port that is not shown in the current face mode is reached at its
 * device (dashed); a leg with one end unplugged is a stub down the manager. A leg between two
 * elevations carries a bundle key: cables between the same two elevations draw as one bundle
 * (`cableBundles.ts`). Pure; derived per record: a cable's legs are reused while its record, its
 * part, the geometry of the ports (or devices) its ends reach and the elevations are the same
 * objects.
 */
import type { Cable, Design, PortRef } from '../core/design';
import { portKey } from '../core/design';
import { catalogueFor } from '../core/catalogue';
import { cableSides } from '../core/edits';
import { plugIndexOf } from '../core/occupancy';
import { memoOn, type Memo } from '../core/recordMemo';
import type { CableClass, CablePart } from '../core/parts';
import type { ElevationGeom, Scene } from './scene';
import {
  deviceLadder,
  elevationOf,
  LANES,
  portLadder,
  routeBetween,
  routeDangling,
  type EndAnchor,
  type Point,
} from './cableRoute';
import { inBox, type Box } from './viewGeometry';
import { own } from '../core/own';

export type { Point } from './cableRoute';

/** One drawn leg: from end `ends[0]` to end `ends[1]` of the cable. */
export interface LegGeom {
  readonly ends: readonly [string, string];
  /** The first and last point of the route (at the ports, or at a hidden port's device). */
  readonly a: Point;
  readonly b: Point;
  /** The route: an orthogonal polyline, world units. */
  readonly points: readonly Point[];
  /** `points[0..joinA]` is the A tail (port to manager), `points[joinB..]` the B tail. */
  readonly joinA: number;
  readonly joinB: number;
  /** Elevations `left|right` for a leg between two elevations (bundled), else null. */
  readonly bundle: string | null;
  /** An end is not visible in this face mode: drawn dashed to its device. */
  readonly hidden: boolean;
  /** One end is unplugged: a short stub. */
  readonly dangling: boolean;
  /** The route's points flat [x0, y0, x1, y1, …], for hit testing (segments between them). */
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

/** What an end reaches in the scene: its port, else its device's first box (hidden), else nothing. */
function anchorBox(scene: Scene, ref: PortRef | null): Box | null {
  if (!ref) return null;
  return scene.portsByKey.get(portKey(ref)) ?? scene.boxesByDevice.get(ref.device)?.[0] ?? null;
}

/** Where an end sits and how it leaves its equipment, or null when its device is not drawn. */
function endAnchor(scene: Scene, ref: PortRef): (EndAnchor & { hidden: boolean }) | null {
  const port = scene.portsByKey.get(portKey(ref));
  if (port) {
    const elevation = elevationOf(scene.elevations, port);
    if (!elevation) return null;
    // A module's port: the slot (the module's box) that holds it in this elevation.
    const slot =
      port.ref.device !== port.host
        ? ((scene.boxesByDevice.get(port.ref.device) ?? []).find((b) => inBox(b, port.x + 0.1, port.y + 0.1)) ?? null)
        : null;
    const ladder = portLadder(port, slot);
    return { at: ladder[0] as Point, ladder, elevation, hidden: false };
  }
  const box = scene.boxesByDevice.get(ref.device)?.[0];
  const elevation = box ? elevationOf(scene.elevations, box) : undefined;
  if (!box || !elevation) return null;
  const ladder = deviceLadder(box);
  return { at: ladder[0] as Point, ladder, elevation, hidden: true };
}

/**
 * The y of the highest elevation header in the rows of elevations `a` and `b` (the tray runs above
 * it: a cable within a row stays in that row's tray; between rows it takes the upper row's).
 */
function topOf(scene: Scene, a: ElevationGeom, b: ElevationGeom): number {
  return scene.elevations.reduce((m, e) => (e.row === a.row || e.row === b.row ? Math.min(m, e.y) : m), Infinity);
}

function flat(points: readonly Point[]): number[] {
  const out: number[] = [];
  for (const p of points) out.push(p.x, p.y);
  return out;
}

function leg(
  scene: Scene,
  ends: [string, string],
  ra: PortRef | null,
  rb: PortRef | null,
  lane: number,
): LegGeom | null {
  const A = ra ? endAnchor(scene, ra) : null;
  const B = rb ? endAnchor(scene, rb) : null;
  if (!A && !B) return null;
  if (!A || !B) {
    const one = (A ?? B) as EndAnchor & { hidden: boolean };
    const r = routeDangling(one, lane);
    const points = A ? r.points : [...r.points].reverse();
    return {
      ends,
      a: points[0] as Point,
      b: points[points.length - 1] as Point,
      points,
      joinA: A ? r.joinA : points.length - 1 - r.joinB,
      joinB: A ? r.joinB : points.length - 1 - r.joinA,
      bundle: null,
      hidden: one.hidden,
      dangling: true,
      samples: flat(points),
    };
  }
  const r = routeBetween(A, B, lane, topOf(scene, A.elevation, B.elevation));
  const hidden = A.hidden || B.hidden;
  const [l, rr] = A.elevation.x <= B.elevation.x ? [A.elevation, B.elevation] : [B.elevation, A.elevation];
  return {
    ends,
    a: A.at,
    b: B.at,
    points: r.points,
    joinA: r.joinA,
    joinB: r.joinB,
    bundle: !hidden && l.key !== rr.key ? `${l.key}|${rr.key}` : null,
    hidden,
    dangling: false,
    samples: flat(r.points),
  };
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

/** The lane (0 … LANES − 1) that spreads a cable from its neighbours: from its id, so no edit shifts another cable. */
export function laneOf(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
  return Math.abs(h) % LANES;
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
const lists = new WeakMap<Design['cables'], Memo<Routed>>();

/** The latest list, for patching the next one. */
interface Routed {
  readonly scene: Scene;
  readonly cat: ReturnType<typeof catalogueFor>;
  readonly cables: Design['cables'];
  readonly byId: ReadonlyMap<string, CableGeom>;
  readonly list: CableGeom[];
}
let last: Routed | null = null;

/** The same boxes: both absent, or the same box objects in the same order. */
function sameBoxes(a: readonly Box[] | undefined, b: readonly Box[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((x, i) => x === b[i]);
}

/**
 * Devices drawn in racks whose geometry differs between two scenes of the same elevations (null:
 * unknown). A rack scene reuses a device's geometry objects (box, slots, ports) while its record,
 * its children and the catalogue are the same (`buildRackScene`), so within a changed rack only
 * the devices whose boxes are other objects (or that came or went) moved: a drop into a rack
 * moves none of the devices already there.
 */
function movedDevices(prev: Scene, next: Scene): Set<string> | null {
  if (prev.elevations !== next.elevations) return null;
  const before = new Map(prev.racks.map((r) => [r.rack.id, r]));
  const out = new Set<string>();
  for (const r of next.racks) {
    const old = before.get(r.rack.id);
    if (old === r) continue;
    for (const [id, boxes] of r.boxes) if (!sameBoxes(old?.boxes.get(id), boxes)) out.add(id);
    if (old) for (const [id, boxes] of old.boxes) if (!sameBoxes(boxes, r.boxes.get(id))) out.add(id);
  }
  return out;
}

/**
 * Every cable of `design` with its legs in `scene`, in collection order. The list is memoised on
 * the cables collection (and the scene); each cable's legs on its record (see the module docs).
 * After an edit, a cable whose record is unchanged keeps its legs without a look-up unless it is
 * plugged into a device of a rack whose geometry changed, so an edit re-routes only the cables
 * it touched; when every cable kept its legs, the previous list is returned.
 */
export function cablesOf(scene: Scene, design: Pick<Design, 'cables' | 'parts'>): CableGeom[] {
  const cat = catalogueFor(design);
  // The latest list asked for (derived or cached) is what the next one is patched from.
  last = memoOn(lists, design.cables, [scene, cat], (): Routed => {
    const prev = last?.scene.faceMode === scene.faceMode ? last : null;
    const moved = prev ? (prev.scene === scene ? new Set<string>() : movedDevices(prev.scene, scene)) : null;
    const recheck = new Set<string>();
    if (moved?.size) {
      const plugs = plugIndexOf(design.cables).byDevice;
      for (const id of moved) for (const p of plugs.get(id) ?? []) recheck.add(p.cable);
    }
    // No cable reaches a moved device, and the same cables and catalogue (a drop, an undo of
    // one): every cable keeps its legs, so the previous list, without a pass over the cables.
    if (prev && moved && recheck.size === 0 && prev.cables === design.cables && prev.cat === cat)
      return { ...prev, scene };
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
      // Same record, same ends' geometry and the same catalogue: the same legs, no look-up at all.
      if (kept && prev?.cat === cat) {
        byId.set(cable.id, kept);
        return kept;
      }
      const p = cat.get(cable.part);
      const part = p?.kind === 'cable' ? p : undefined;
      const g =
        kept && kept.part === part
          ? kept
          : memoOn(perCable, cable, routeInputs(scene, cable, part), () => cableGeom(scene, cable, part));
      byId.set(cable.id, g);
      return g;
    });
    // Every cable kept its legs (an edit of equipment no cable reaches): the previous list itself,
    // so what is drawn from it (the cable layer, the bundles) is not redrawn.
    const same = last !== null && last.list.length === list.length && list.every((g, i) => g === last?.list[i]);
    const out = same ? (last as Routed).list : list;
    return { scene, cat, cables: design.cables, byId, list: out };
  });
  return last.list;
}

/** What a cable's legs depend on: the elevations, its part, and what each of its ends reaches. */
function routeInputs(scene: Scene, cable: Cable, part: CablePart | undefined): unknown[] {
  const inputs: unknown[] = [scene.elevations, part];
  for (const ref of Object.values(cable.ends)) inputs.push(anchorBox(scene, ref));
  return inputs;
}
