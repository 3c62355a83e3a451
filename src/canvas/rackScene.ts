/**
 * The geometry of one rack for a face mode: where its equipment, slots (with the modules in
 * them), cages and ports sit in world coordinates, in each of the rack's elevations. The scene of
 * a design (`scene.ts`) is its racks' scenes side by side; each is cached on the rack record and
 * reused while the rack, its elevations, the records of everything in it and the catalogue are
 * the same objects (derivation per record), so an edit rebuilds only the racks it touches.
 *
 * A port appears in the elevation of the face it opens to (a rear-mounted device shows its front
 * ports on the rear elevation). Modules are visible from both faces: front ports at the front,
 * rear ports at the rear. Switch cages show at the front face only.
 */
import type { Catalogue } from '../core/catalogue';
import { CONNECTOR_VARIANTS, type ConnectorFamily } from '../core/connectors';
import type { Device, PortRef, Rack } from '../core/design';
import { portKey } from '../core/design';
import type { DeviceId } from '../core/ids';
import type { ModulePart, PortDef, RackPart, TransceiverPart } from '../core/parts';
import { resolveModuleName } from '../core/portNames';
import { memoOn, type Memo } from '../core/recordMemo';
import { unitSpan, type UnitMap } from './unitMap';
import { bestRows, gridCells, INNER_W, LABEL_W, type Box } from './viewGeometry';

/** A face of a rack. */
export type Face = 'front' | 'rear';

/**
 * One rack elevation. `top` is the y of the top edge of the highest unit; `units` maps units to
 * heights below it (long empty runs may be collapsed into bands, see `unitMap.ts`).
 */
export interface ElevationGeom extends Box {
  readonly key: string;
  readonly rack: Rack;
  readonly face: Face;
  /** Name of the row the rack stands in. */
  readonly row: string;
  readonly innerX: number;
  readonly top: number;
  readonly units: UnitMap;
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

/** One drawn piece of equipment: its box in one elevation with its slots and ports there. */
export interface DrawnDevice {
  readonly geom: DeviceGeom;
  readonly slots: readonly SlotGeom[];
  readonly ports: readonly PortGeom[];
}

/** The geometry of one rack in every elevation the face mode shows. */
export interface RackScene {
  readonly rack: Rack;
  readonly elevations: readonly ElevationGeom[];
  /** Equipment as drawn: each device (collection order) in each elevation (face order). */
  readonly drawn: readonly DrawnDevice[];
  readonly devices: readonly DeviceGeom[];
  readonly slots: readonly SlotGeom[];
  readonly ports: readonly PortGeom[];
  /** Ports by `device#port`. */
  readonly portsByKey: ReadonlyMap<string, PortGeom>;
  /** Boxes of each device of the rack (one per elevation) and of each module's slot and transceiver's cage. */
  readonly boxes: ReadonlyMap<DeviceId, readonly Box[]>;
}

/**
 * The box of units `positionU` (lowest) … `positionU + heightU − 1` in an elevation: the device
 * box of rack equipment there, through the elevation's unit map (a unit in a collapsed band spans
 * the band). The one unit → y mapping of drawing, hit testing and drop targets.
 */
export function unitBox(e: ElevationGeom, positionU: number, heightU: number): Box {
  const s = unitSpan(e.units, positionU, positionU + heightU - 1);
  return { x: e.innerX, y: e.top + s.y, w: INNER_W, h: s.h };
}

/** The area of a device box that holds slots, cages or ports (right of the name label). */
export function contentBox(b: Box): Box {
  return { x: b.x + LABEL_W, y: b.y + 2, w: b.w - LABEL_W - 3, h: b.h - 4 };
}

const PORT_ASPECT = 1.35;
const SLOT_ASPECT = 3;

/**
 * Ports laid out in a grid over `area`. Labels are `ownerName` and the port's display label: its
 * `{module}` placeholder filled with `moduleName` (the slot label for a module in a slot, else the
 * device's name; the same as `portDisplayLabel` in `core/portNames.ts`, from this rack's records).
 */
function portCells(
  defs: readonly PortDef[],
  owner: DeviceId,
  host: DeviceId,
  ownerName: string,
  moduleName: string,
  area: Box,
  face: Face,
): PortGeom[] {
  if (defs.length === 0) return [];
  const cells = gridCells(area, defs.length, bestRows(area, defs.length, PORT_ASPECT), Math.min(1.5, area.h * 0.08));
  return defs.map((p, i) => {
    const ref = { device: owner, port: p.key };
    return {
      ...(cells[i] as Box),
      ref,
      key: portKey(ref),
      label: `${ownerName} ${resolveModuleName(p.label, moduleName)}`,
      kind: 'port',
      family: CONNECTOR_VARIANTS[p.accepts].family,
      host,
      face,
      transceiver: undefined,
      transceiverPart: undefined,
    };
  });
}

/** One device drawn in one elevation, with the boxes it adds (its own, its modules' slots, its transceivers' cages). */
interface Placed {
  readonly drawn: DrawnDevice;
  readonly boxes: readonly (readonly [DeviceId, Box])[];
}

/** Per elevation object: each device's `Placed`, reused while its record, children and catalogue are the same. */
const placedIn = new WeakMap<ElevationGeom, WeakMap<Device, Memo<Placed>>>();

/** `device` (placed in the rack, with `children` in its slots and cages) drawn in elevation `e`. */
function placeDevice(cat: Catalogue, device: Device, children: readonly Device[], e: ElevationGeom): Placed {
  const pl = device.placement as Extract<Device['placement'], { kind: 'rack' }>;
  const p = cat.get(device.part);
  const part = p?.kind === 'rack-equipment' ? p : undefined;
  const heightU = part?.heightU ?? 1;
  const inSlot = new Map<string, Device>();
  const inCage = new Map<string, Device>();
  for (const k of children) {
    if (k.placement.kind === 'slot' && !inSlot.has(k.placement.slot)) inSlot.set(k.placement.slot, k);
    if (k.placement.kind === 'cage' && !inCage.has(k.placement.cage)) inCage.set(k.placement.cage, k);
  }
  const boxes: [DeviceId, Box][] = [];
  const b = unitBox(e, pl.positionU, heightU);
  const geom: DeviceGeom = { ...b, device, part, elev: e.key, face: e.face, mountFace: pl.face, heightU };
  boxes.push([device.id, b]);
  const slots: SlotGeom[] = [];
  const ports: PortGeom[] = [];
  const drawn = { geom, slots, ports };
  if (!part) return { drawn, boxes };
  const area = contentBox(b);
  const showsFront = e.face === pl.face;
  if (part.slots.length > 0) {
    const n = part.slots.length;
    const cells = gridCells(area, n, bestRows(area, n, SLOT_ASPECT), 1);
    part.slots.forEach((s, i) => {
      const c = cells[i] as Box;
      const module = inSlot.get(s.key);
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
      if (module) boxes.push([module.id, c]);
      if (module && modulePart) {
        const face = showsFront ? 'front' : 'rear';
        const inner = { x: c.x + 2, y: c.y + 2, w: c.w - 4, h: c.h - 4 };
        const defs = modulePart.ports.filter((q) => q.face === face);
        ports.push(...portCells(defs, module.id, device.id, module.name, s.label, inner, e.face));
      }
    });
  }
  if (part.cages.length > 0 && showsFront) {
    const n = part.cages.length;
    const cells = gridCells(area, n, bestRows(area, n, PORT_ASPECT), Math.min(1.5, area.h * 0.06));
    part.cages.forEach((cg, i) => {
      const transceiver = inCage.get(cg.key);
      const tp = transceiver ? cat.get(transceiver.part) : undefined;
      const transceiverPart = tp?.kind === 'transceiver' ? tp : undefined;
      const ref = { device: device.id, port: cg.key };
      const c = cells[i] as Box;
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
      if (transceiver) boxes.push([transceiver.id, c]);
    });
  }
  const own = part.ports.filter((q) => q.face === (showsFront ? 'front' : 'rear'));
  ports.push(...portCells(own, device.id, device.id, device.name, device.name, area, e.face));
  return { drawn, boxes };
}

/**
 * Builds the geometry of `rack` in `elevations` (its elevations, in face order) from its
 * equipment (`equipment`: devices placed in it) and the modules and transceivers in them
 * (`childrenOf`). Pure; O(ports of the rack) the first time. Each device's geometry in an
 * elevation (its box, slots, ports: the same objects) is reused while the elevation object, the
 * device's record, the records in its slots and cages and the catalogue are the same, so an edit
 * of one device in a rack leaves the others' geometry (and the cables routed to it) as it was.
 */
export function buildRackScene(
  cat: Catalogue,
  rack: Rack,
  elevations: readonly ElevationGeom[],
  equipment: readonly Device[],
  childrenOf: (id: DeviceId) => readonly Device[],
): RackScene {
  const drawn: DrawnDevice[] = [];
  const boxes = new Map<DeviceId, Box[]>();
  for (const device of equipment) {
    if (device.placement.kind !== 'rack') continue;
    const children = childrenOf(device.id);
    for (const e of elevations) {
      let cache = placedIn.get(e);
      if (!cache) placedIn.set(e, (cache = new WeakMap()));
      const placed = memoOn(cache, device, [cat, ...children], () => placeDevice(cat, device, children, e));
      drawn.push(placed.drawn);
      for (const [id, b] of placed.boxes) {
        const list = boxes.get(id);
        if (list) list.push(b);
        else boxes.set(id, [b]);
      }
    }
  }
  const ports = drawn.flatMap((d) => d.ports);
  return {
    rack,
    elevations,
    drawn,
    devices: drawn.map((d) => d.geom),
    slots: drawn.flatMap((d) => d.slots),
    ports,
    portsByKey: new Map(ports.map((p) => [p.key, p])),
    boxes,
  };
}
