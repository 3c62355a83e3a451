/**
 * The scene: where every rack elevation, device, slot and port of a design sits in world
 * coordinates for a face mode, so drawing, hit testing, drop targets and cable routing all read
 * one geometry. It is the racks' scenes (`rackScene.ts`) laid out in rows (`hallLayout.ts`), derived per record: each
 * rack's geometry is reused while its inputs keep their identity, and the whole scene object is
 * reused while the racks, devices and parts collections are the same objects (a cable edit keeps
 * the scene, so nothing that draws equipment re-renders).
 *
 * A rack shows as one elevation per face (front, rear or both side by side). Rack equipment
 * appears in every elevation of its rack; see `rackScene.ts` for which ports show where.
 */
import { catalogueFor } from '../core/catalogue';
import type { Design, Rack } from '../core/design';
import { racksInOrder } from '../core/rows';
import type { DeviceId } from '../core/ids';
import { placementIndexOf } from '../core/placementIndex';
import { memoOn, type Memo } from '../core/recordMemo';
import type { FaceMode } from '../store/session';
import {
  buildRackScene,
  type DeviceGeom,
  type ElevationGeom,
  type PortGeom,
  type RackScene,
  type SlotGeom,
} from './rackScene';
import { layoutHall, ROW_HEAD_H, type RowGeom } from './hallLayout';
import { MARGIN, RAIL_W, type Box } from './viewGeometry';

export { ROW_GAP, ROW_HEAD_H, type RowGeom } from './hallLayout';
export {
  contentBox,
  unitBox,
  type DeviceGeom,
  type DrawnDevice,
  type ElevationGeom,
  type Face,
  type PortGeom,
  type RackScene,
  type SlotGeom,
} from './rackScene';

/** What a scene is built from: the design's racks, devices and parts (cables play no part). */
export type SceneInput = Pick<Design, 'racks' | 'devices' | 'parts'>;

/** A keyed lookup (the part of a `ReadonlyMap` the canvas uses). */
export interface Lookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
}

/**
 * The geometry of a whole design for one face mode. The flat lists are built on first read; the
 * lookups go to the rack of the device a key names, so assembling a scene after an edit costs
 * O(racks), not O(ports).
 */
export interface Scene {
  readonly faceMode: FaceMode;
  /** True when long empty runs of rack units are drawn as bands. */
  readonly collapsed: boolean;
  readonly elevations: readonly ElevationGeom[];
  /** The row bands of the hall, top to bottom (row header and the box around its racks). */
  readonly rows: readonly RowGeom[];
  /** Per rack, in hall order: the unit an edit rebuilds. */
  readonly racks: readonly RackScene[];
  readonly devices: readonly DeviceGeom[];
  readonly slots: readonly SlotGeom[];
  readonly ports: readonly PortGeom[];
  /** Ports by `device#port`. */
  readonly portsByKey: Lookup<PortGeom>;
  /** Boxes of each rack device (one per elevation) and of each module's slot, by device id. */
  readonly boxesByDevice: Lookup<readonly Box[]>;
  /** All elevations. */
  readonly bounds: Box;
}

/**
 * Elevations of the racks in hall order: rows stacked, racks of a row left to right (see
 * `hallLayout.ts`; memoised on the racks collection, the mode and `collapse`).
 */
export function layoutElevations(design: SceneInput, mode: FaceMode, collapse = false): readonly ElevationGeom[] {
  return layoutHall(design, mode, collapse).elevations;
}

const rackScenes = new Map<string, WeakMap<Rack, Memo<RackScene>>>();
const scenes = new Map<string, WeakMap<Design['racks'], Memo<Scene>>>();
const cacheFor = <K extends object, V>(m: Map<string, WeakMap<K, V>>, key: string): WeakMap<K, V> => {
  let c = m.get(key);
  if (!c) m.set(key, (c = new WeakMap()));
  return c;
};

/**
 * The scene of `design` for `mode`, with long empty runs of rack units collapsed into bands when
 * `collapse` (the canvas's "Collapse empty U"; exports draw every unit): memoised on the racks
 * collection while the devices and parts collections are the same, and rebuilt per rack
 * otherwise (see the module docs).
 */
export function sceneOf(design: SceneInput, mode: FaceMode, collapse = false): Scene {
  const cat = catalogueFor(design);
  const vk = `${mode}|${collapse ? 1 : 0}`;
  return memoOn(cacheFor(scenes, vk), design.racks, [design.devices, cat], () => buildScene(design, mode, collapse));
}

function buildScene(design: SceneInput, mode: FaceMode, collapse: boolean): Scene {
  const cat = catalogueFor(design);
  const vk = `${mode}|${collapse ? 1 : 0}`;
  const { elevations, rows } = layoutHall(design, mode, collapse);
  const elevsOf = new Map<string, ElevationGeom[]>();
  for (const e of elevations) {
    const list = elevsOf.get(e.rack.id);
    if (list) list.push(e);
    else elevsOf.set(e.rack.id, [e]);
  }
  const placement = placementIndexOf(design.devices);
  const childrenOf = (id: DeviceId) => placement.byParent.get(id) ?? [];
  const racks = racksInOrder(design as Design).map((rack) => {
    const elevs = elevsOf.get(rack.id) ?? [];
    const equipment = placement.byRack.get(rack.id) ?? [];
    const inputs: unknown[] = [cat, ...elevs];
    for (const d of equipment) inputs.push(d, ...childrenOf(d.id));
    return memoOn(cacheFor(rackScenes, vk), rack, inputs, () =>
      buildRackScene(cat, rack, elevs, equipment, childrenOf),
    );
  });
  const byRack = new Map(racks.map((r) => [r.rack.id as string, r]));
  const all = design.devices;
  /** The rack scene holding device `id` (modules and transceivers: their enclosure's or switch's). */
  const rackSceneOf = (id: string): RackScene | undefined => {
    let d = Object.hasOwn(all, id) ? all[id] : undefined;
    for (let guard = 0; d && guard < 8; guard++) {
      const p = d.placement;
      if (p.kind === 'rack') return byRack.get(p.rack);
      d = (p.kind === 'slot' || p.kind === 'cage') && Object.hasOwn(all, p.parent) ? all[p.parent] : undefined;
    }
    return undefined;
  };
  const deviceOfKey = (key: string) => key.slice(0, Math.max(0, key.indexOf('#')));
  const portsByKey: Lookup<PortGeom> = {
    get: (key) => rackSceneOf(deviceOfKey(key))?.portsByKey.get(key),
    has: (key) => rackSceneOf(deviceOfKey(key))?.portsByKey.has(key) ?? false,
  };
  const boxesByDevice: Lookup<readonly Box[]> = {
    get: (id) => rackSceneOf(id)?.boxes.get(id as DeviceId),
    has: (id) => rackSceneOf(id)?.boxes.has(id as DeviceId) ?? false,
  };
  const lazy = <T>(make: () => T): (() => T) => {
    let v: T | undefined;
    return () => (v ??= make());
  };
  const devices = lazy(() => racks.flatMap((r) => r.devices));
  const slots = lazy(() => racks.flatMap((r) => r.slots));
  const ports = lazy(() => racks.flatMap((r) => r.ports));
  const right = elevations.reduce((m, e) => Math.max(m, e.x + e.w), 0);
  const top = elevations.reduce((m, e) => Math.min(m, e.y), Infinity);
  const bottom = elevations.reduce((m, e) => Math.max(m, e.y + e.h), 0);
  const bounds: Box = elevations.length
    ? { x: 0, y: Math.min(0, top - MARGIN), w: right + MARGIN, h: bottom + MARGIN - Math.min(0, top - MARGIN) }
    : { x: 0, y: 0, w: 800, h: 600 };
  return {
    faceMode: mode,
    collapsed: collapse,
    elevations,
    rows,
    racks,
    get devices() {
      return devices();
    },
    get slots() {
      return slots();
    },
    get ports() {
      return ports();
    },
    portsByKey,
    boxesByDevice,
    bounds,
  };
}

/** Union of boxes, or null for none. */
export function unionBox(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const r = Math.max(...boxes.map((b) => b.x + b.w));
  const btm = Math.max(...boxes.map((b) => b.y + b.h));
  return { x, y, w: r - x, h: btm - y };
}

/** Height of the cable tray band above the rack headers that Fit keeps in view (`cableRoute.ts`), world units. */
const TRAY_BAND = 28;

/** The elevations of racks that hold equipment (all of them when none does). */
function usedElevations(scene: Scene): readonly ElevationGeom[] {
  const used = scene.racks.filter((r) => r.drawn.length > 0).flatMap((r) => r.elevations);
  return used.length ? used : scene.elevations;
}

/**
 * The elevations (header to bottom unit) of the racks that hold equipment, or the whole row, with
 * the cable tray above their headers and their rows' names above that (a Fit that cut the row's
 * name at the canvas's top edge read as a scrolled view), world units.
 */
export function usedRacksBounds(scene: Scene): Box {
  const elevs = usedElevations(scene);
  const u = unionBox(elevs);
  if (!u) return scene.bounds;
  const rows = new Set(elevs.map((e) => e.row));
  const top = Math.min(u.y - TRAY_BAND, ...scene.rows.filter((r) => rows.has(r.name)).map((r) => r.header.y));
  return { x: u.x - 12, y: top, w: u.w + 60, h: u.y + u.h + 16 - top };
}

/**
 * `focus` (a selection's box, world units) grown upward to the top of its row's name strip when
 * the name lies within half of `room` (the world height the view shows) above it: a view framed
 * on a selection near the top of a row (a rack just added, a device in its top units) shows which
 * row it is in, rather than starting at the selection and cutting the name at the canvas's edge.
 * Else `focus` itself. Its x extent is kept (the view stays centred on the selection).
 */
export function withRowName(scene: Scene, focus: Box, room: number): Box {
  const row = scene.rows.find((r) => focus.y >= r.y && focus.y < r.y + r.h);
  if (!row || row.header.y >= focus.y || focus.y - row.header.y > room / 2) return focus;
  return { x: focus.x, y: row.header.y, w: focus.w, h: focus.y + focus.h - row.header.y };
}

/**
 * The part of the scene worth looking at: every device box plus the rack headers (and the cable
 * tray above them, and the row's name above that) in the racks that hold equipment, or the whole
 * hall when no rack does.
 */
export function contentBounds(scene: Scene): Box {
  if (scene.devices.length === 0) return scene.bounds;
  const boxes: Box[] = scene.devices.map((d) => ({ x: d.x - RAIL_W, y: d.y, w: d.w + RAIL_W + 10, h: d.h }));
  const u = unionBox(boxes) as Box;
  const elevs = usedElevations(scene);
  // From the row's name above the tray above the headers when the equipment starts near the top, else just above it.
  const rows = new Set(elevs.map((e) => e.row));
  const trayTop = Math.min(
    Math.min(...elevs.map((e) => e.y)) - TRAY_BAND,
    ...scene.rows.filter((r) => rows.has(r.name)).map((r) => r.header.y),
  );
  const y = u.y - 70 - trayTop < 160 + ROW_HEAD_H ? trayTop : u.y - 70;
  const x = Math.min(...elevs.map((e) => e.x)) - 12;
  const r = Math.max(...elevs.map((e) => e.x + e.w)) + 60;
  return { x, y, w: r - x, h: u.y + u.h + 24 - y };
}

/** Where a mating finding sits on the canvas: the port as written (a transceiver MDI maps to its cage). */
export function findingPort(
  scene: Scene,
  at: { readonly device: string; readonly port: string },
): PortGeom | undefined {
  return scene.portsByKey.get(`${at.device}#${at.port}`) ?? scene.ports.find((p) => p.transceiver?.id === at.device);
}
