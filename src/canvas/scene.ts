/**
 * The scene: where every rack elevation, device, slot and port of a design sits in world
 * coordinates for a face mode. Pure and memoised on the design object, so drawing, hit testing,
 * drop targets and cable routing all read one geometry.
 *
 * A rack shows as one elevation per face (front, rear or both side by side). Rack equipment
 * appears in every elevation of its rack; a port appears in the elevation of the face it opens to
 * (a rear-mounted device shows its front ports on the rear elevation). Modules are visible from
 * both faces: front LC ports at the front, rear MPO ports at the rear.
 */
import { catalogueFor } from '../core/catalogue';
import { portDisplayLabel } from '../core/portNames';
import { CONNECTOR_VARIANTS, type ConnectorFamily } from '../core/connectors';
import type { Design, Device, PortRef, Rack } from '../core/design';
import { portKey } from '../core/design';
import { racksInOrder } from '../core/edits';
import type { DeviceId } from '../core/ids';
import type { ModulePart, PortDef, RackPart, TransceiverPart } from '../core/parts';
import type { FaceMode } from '../store/session';
import {
  bestRows,
  ELEV_W,
  FACE_GAP,
  gridCells,
  HEADER_H,
  INNER_W,
  LABEL_W,
  MARGIN,
  RACK_GAP,
  RAIL_W,
  U_PX,
  type Box,
} from './viewGeometry';

/** A face of a rack. */
export type Face = 'front' | 'rear';

/** One rack elevation. `top` is the y of the top edge of the highest unit. */
export interface ElevationGeom extends Box {
  readonly key: string;
  readonly rack: Rack;
  readonly face: Face;
  readonly innerX: number;
  readonly top: number;
}

/** Rack equipment in one elevation. */
export interface DeviceGeom extends Box {
  readonly device: Device;
  readonly part: RackPart | undefined;
  readonly elev: string;
  /** The face this elevation shows. */
  readonly face: Face;
  readonly mountFace: Face;
  readonly heightU: number;
}

/** An enclosure slot in one elevation, with the module in it. */
export interface SlotGeom extends Box {
  readonly parent: DeviceId;
  readonly key: string;
  readonly label: string;
  readonly formFactor: string;
  readonly face: Face;
  readonly module: Device | undefined;
  readonly modulePart: ModulePart | undefined;
}

/** A port (or a switch cage) where a plug goes. */
export interface PortGeom extends Box {
  readonly ref: PortRef;
  readonly key: string;
  readonly label: string;
  readonly kind: 'port' | 'cage';
  readonly family: ConnectorFamily | null;
  /** The rack device the port is on (the enclosure for a module port). */
  readonly host: DeviceId;
  /** The face of the elevation it is drawn in. */
  readonly face: Face;
  readonly transceiver: Device | undefined;
  readonly transceiverPart: TransceiverPart | undefined;
}

/** The geometry of a whole design for one face mode. */
export interface Scene {
  readonly design: Design;
  readonly faceMode: FaceMode;
  readonly elevations: readonly ElevationGeom[];
  readonly devices: readonly DeviceGeom[];
  readonly slots: readonly SlotGeom[];
  readonly ports: readonly PortGeom[];
  readonly portsByKey: ReadonlyMap<string, PortGeom>;
  /** Boxes of each rack device (one per elevation) and of each module's slot. */
  readonly boxesByDevice: ReadonlyMap<DeviceId, readonly Box[]>;
  /** All elevations. */
  readonly bounds: Box;
}

const FACES: Readonly<Record<FaceMode, readonly Face[]>> = {
  front: ['front'],
  rear: ['rear'],
  both: ['front', 'rear'],
};

/** Elevations of the racks in row order. */
export function layoutElevations(design: Design, mode: FaceMode): ElevationGeom[] {
  const out: ElevationGeom[] = [];
  let x = MARGIN;
  const maxU = Math.max(42, ...Object.values(design.racks).map((r) => r.heightU));
  for (const rack of racksInOrder(design)) {
    FACES[mode].forEach((face, i) => {
      if (i > 0) x += FACE_GAP;
      const top = MARGIN + HEADER_H + (maxU - rack.heightU) * U_PX;
      out.push({
        key: `${rack.id}:${face}`,
        rack,
        face,
        x,
        y: top - HEADER_H,
        w: ELEV_W,
        h: HEADER_H + rack.heightU * U_PX,
        innerX: x + RAIL_W,
        top,
      });
      x += ELEV_W;
    });
    x += RACK_GAP;
  }
  return out;
}

/** The device box of rack equipment at `positionU` (lowest unit) `heightU` tall in an elevation. */
export function unitBox(e: ElevationGeom, positionU: number, heightU: number): Box {
  return { x: e.innerX, y: e.top + (e.rack.heightU - (positionU + heightU - 1)) * U_PX, w: INNER_W, h: heightU * U_PX };
}

/** The area of a device box that holds slots, cages or ports (right of the name label). */
export function contentBox(b: Box): Box {
  return { x: b.x + LABEL_W, y: b.y + 2, w: b.w - LABEL_W - 3, h: b.h - 4 };
}

const PORT_ASPECT = 1.35;
const SLOT_ASPECT = 3;

const cache = new WeakMap<Design, Map<FaceMode, Scene>>();

/** Builds (or returns the memoised) scene of `design` for `mode`. */
export function sceneOf(design: Design, mode: FaceMode): Scene {
  let m = cache.get(design);
  if (!m) {
    m = new Map();
    cache.set(design, m);
  }
  let s = m.get(mode);
  if (!s) {
    s = buildScene(design, mode);
    m.set(mode, s);
  }
  return s;
}

function buildScene(design: Design, mode: FaceMode): Scene {
  const cat = catalogueFor(design);
  const elevations = layoutElevations(design, mode);
  const byRack = new Map<string, ElevationGeom[]>();
  for (const e of elevations) byRack.set(e.rack.id, [...(byRack.get(e.rack.id) ?? []), e]);
  const inSlot = new Map<string, Device>();
  const inCage = new Map<string, Device>();
  for (const d of Object.values(design.devices)) {
    if (d.placement.kind === 'slot') inSlot.set(`${d.placement.parent}#${d.placement.slot}`, d);
    if (d.placement.kind === 'cage') inCage.set(`${d.placement.parent}#${d.placement.cage}`, d);
  }
  const devices: DeviceGeom[] = [];
  const slots: SlotGeom[] = [];
  const ports: PortGeom[] = [];
  const boxes = new Map<DeviceId, Box[]>();
  const addBox = (id: DeviceId, b: Box) => boxes.set(id, [...(boxes.get(id) ?? []), b]);
  const addPorts = (
    defs: readonly PortDef[],
    owner: DeviceId,
    host: DeviceId,
    ownerName: string,
    area: Box,
    face: Face,
  ) => {
    if (defs.length === 0) return;
    const cells = gridCells(area, defs.length, bestRows(area, defs.length, PORT_ASPECT), Math.min(1.5, area.h * 0.08));
    defs.forEach((p, i) => {
      const c = cells[i] as Box;
      const ref = { device: owner, port: p.key };
      ports.push({
        ...c,
        ref,
        key: portKey(ref),
        label: `${ownerName} ${portDisplayLabel(design, owner, p.label, cat.get)}`,
        kind: 'port',
        family: CONNECTOR_VARIANTS[p.accepts].family,
        host,
        face,
        transceiver: undefined,
        transceiverPart: undefined,
      });
    });
  };

  for (const device of Object.values(design.devices)) {
    const pl = device.placement;
    if (pl.kind !== 'rack') continue;
    const p = cat.get(device.part);
    const part = p?.kind === 'rack-equipment' ? p : undefined;
    const heightU = part?.heightU ?? 1;
    for (const e of byRack.get(pl.rack) ?? []) {
      const b = unitBox(e, pl.positionU, heightU);
      devices.push({ ...b, device, part, elev: e.key, face: e.face, mountFace: pl.face, heightU });
      addBox(device.id, b);
      if (!part) continue;
      const area = contentBox(b);
      const showsFront = e.face === pl.face;
      if (part.slots.length > 0) {
        const cells = gridCells(area, part.slots.length, bestRows(area, part.slots.length, SLOT_ASPECT), 1);
        part.slots.forEach((s, i) => {
          const c = cells[i] as Box;
          const module = inSlot.get(`${device.id}#${s.key}`);
          const mp = module ? cat.get(module.part) : undefined;
          const modulePart = mp?.kind === 'module' ? mp : undefined;
          slots.push({
            ...c,
            parent: device.id,
            key: s.key,
            label: s.label,
            formFactor: s.formFactor,
            face: e.face,
            module,
            modulePart,
          });
          if (module) addBox(module.id, c);
          if (module && modulePart) {
            const face = showsFront ? 'front' : 'rear';
            addPorts(
              modulePart.ports.filter((q) => q.face === face),
              module.id,
              device.id,
              module.name,
              { x: c.x + 2, y: c.y + 2, w: c.w - 4, h: c.h - 4 },
              e.face,
            );
          }
        });
      }
      if (part.cages.length > 0 && showsFront) {
        const cells = gridCells(
          area,
          part.cages.length,
          bestRows(area, part.cages.length, PORT_ASPECT),
          Math.min(1.5, area.h * 0.06),
        );
        part.cages.forEach((cg, i) => {
          const c = cells[i] as Box;
          const transceiver = inCage.get(`${device.id}#${cg.key}`);
          const tp = transceiver ? cat.get(transceiver.part) : undefined;
          const transceiverPart = tp?.kind === 'transceiver' ? tp : undefined;
          const ref = { device: device.id, port: cg.key };
          ports.push({
            ...c,
            ref,
            key: portKey(ref),
            label: `${device.name} ${cg.label}`,
            kind: 'cage',
            family: transceiverPart ? CONNECTOR_VARIANTS[transceiverPart.port.accepts].family : null,
            host: device.id,
            face: e.face,
            transceiver,
            transceiverPart,
          });
          if (transceiver) addBox(transceiver.id, c);
        });
      }
      addPorts(
        part.ports.filter((q) => q.face === (showsFront ? 'front' : 'rear')),
        device.id,
        device.id,
        device.name,
        area,
        e.face,
      );
    }
  }
  const right = elevations.reduce((m, e) => Math.max(m, e.x + e.w), 0);
  const top = elevations.reduce((m, e) => Math.min(m, e.y), Infinity);
  const bottom = elevations.reduce((m, e) => Math.max(m, e.y + e.h), 0);
  const bounds: Box = elevations.length
    ? { x: 0, y: Math.min(0, top - MARGIN), w: right + MARGIN, h: bottom + MARGIN - Math.min(0, top - MARGIN) }
    : { x: 0, y: 0, w: 800, h: 600 };
  return {
    design,
    faceMode: mode,
    elevations,
    devices,
    slots,
    ports,
    portsByKey: new Map(ports.map((p) => [p.key, p])),
    boxesByDevice: boxes,
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

/**
 * The part of the scene worth looking at: every device box plus the rack headers above them, or
 * the whole row when no rack holds equipment.
 */
export function contentBounds(scene: Scene): Box {
  if (scene.devices.length === 0) return scene.bounds;
  const boxes: Box[] = scene.devices.map((d) => ({ x: d.x - RAIL_W, y: d.y, w: d.w + RAIL_W + 10, h: d.h }));
  const u = unionBox(boxes) as Box;
  const headerTop = Math.min(...scene.elevations.map((e) => e.y));
  const y = Math.max(headerTop, u.y - 70);
  const x = Math.min(...scene.elevations.map((e) => e.x)) - 12;
  const r = Math.max(...scene.elevations.map((e) => e.x + e.w)) + 60;
  return { x, y, w: r - x, h: u.y + u.h + 24 - y };
}

/** Where a mating finding sits on the canvas: the port as written (a transceiver MDI maps to its cage). */
export function findingPort(
  scene: Scene,
  at: { readonly device: string; readonly port: string },
): PortGeom | undefined {
  return scene.portsByKey.get(`${at.device}#${at.port}`) ?? scene.ports.find((p) => p.transceiver?.id === at.device);
}
