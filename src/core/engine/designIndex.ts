/**
 * A design resolved for tracing: parts looked up, ports indexed, plugs indexed by the port they
 * sit in, switch cages resolved to the transceiver they hold.
 *
 * The index is built per record: each device and cable record is resolved on its own
 * (`resolveDevice`, `resolveCable`; an analyzer keeps a resolution while the record object is
 * unchanged), and the part-level tables (port, link and lane lookups, port groups) are memoised
 * per part object. `plugsOf` derives the cross-record maps (plugs, cages) in
 * O(devices + cables).
 */
import { catalogueFor, type Catalogue } from '../catalogue';
import { cagePort, type Cable, type Design, type Device, type PortRef } from '../design';
import type { CableId, DeviceId } from '../ids';
import type { CablePart, DevicePart, Part } from '../parts';
import { cableFiberIndex } from './cableFibers';
import { tablesOf, type DeviceTables } from './partTables';
import { CageRow } from './cageRow';
import { PlugRow } from './plugRow';
import { DeviceRows, deviceHeld } from './deviceRows';
import { RecordTable } from './recordTable';
import {
  CableRecord,
  DeviceRecord,
  freshPlug,
  plugEndOf,
  type CablePartTables,
  type PlugAt,
  type ResolvedCable,
  type ResolvedDevice,
} from './resolvedRecords';

export type { PlugAt, ResolvedCable, ResolvedDevice } from './resolvedRecords';

export { cableFiberIndex, type CableFiberIndex, type CableFiberSlot } from './cableFibers';

export type { LinkIndex, LinkSlot, PortPosition } from './partTables';

/**
 * The plugs of one device in a fresh index, by port key (a `PlugRow`), with the device they
 * belong to as the index resolved it (`dev`; null when no device has that id: a dangling
 * reference). A live index's rows are plain `Map`s; read `dev` only after `instanceof PlugRow`.
 */
export type DevicePlugs = PlugRow<PlugAt, ResolvedDevice | null>;

/** The resolved design. Hold the index, not its maps: an analyzer may swap them after its next update. */
export interface DesignIndex {
  readonly design: Design;
  readonly catalogue: Catalogue;
  /**
   * Resolved devices and cables by record id, in design (key) order. A fresh index's are
   * `RecordTable`s (the lookup by id is built on first use); an analyzer's are `Map`s.
   */
  readonly devices: ReadonlyMap<DeviceId, ResolvedDevice>;
  readonly cables: ReadonlyMap<CableId, ResolvedCable>;
  /** Plugs by effective port key `device#port` (cages resolved to `transceiver#mdi`). */
  readonly plugs: ReadonlyMap<string, PlugAt>;
  /** The same plugs by device, then port key (the trace's hot path avoids string keys). */
  readonly plugsByDevice: ReadonlyMap<string, ReadonlyMap<string, PlugAt>>;
  /** Ports holding more than one plug: effective key → cables. */
  readonly crowdedPorts: ReadonlyMap<string, readonly CableId[]>;
  /** Transceiver in each switch cage: `switch#cage` → transceiver device id. */
  readonly cageContents: ReadonlyMap<string, DeviceId>;
  /** The same cages by switch, then cage key (no string keys on the hot path). */
  readonly cages: ReadonlyMap<string, ReadonlyMap<string, DeviceId>>;
  /** A fresh index's cable ends as it plugged them (absent on an analyzer's live index). */
  readonly pluggedEnds?: PluggedEnds | undefined;
}

/**
 * The cable ends of a fresh index as `plugsOf` resolved them, cables in the index's order: end
 * `e` of the cable at position `ord` is slot `base[ord] + e`. `rows[slot]` is the plug row of
 * the device the end meets (a cage resolved to the transceiver in it: the port is then the
 * transceiver's MDI, `cageMdiPort`), or undefined when the end is unplugged, sits in an empty
 * cage or in a cage of a switch that does not exist (the walk resolves those itself). Valid for
 * the index whose `cables` and `plugsByDevice` maps are `cables` and `plugs` (an overlay
 * replacing them is not).
 */
export interface PluggedEnds {
  readonly cables: ReadonlyMap<CableId, ResolvedCable>;
  readonly plugs: ReadonlyMap<string, ReadonlyMap<string, PlugAt>>;
  readonly base: Int32Array;
  readonly rows: readonly (DevicePlugs | undefined)[];
  /**
   * `ports[slot]`: the port key the end meets in `rows[slot]`'s device (a cage end: the
   * transceiver's MDI, `cageMdiPort`), set where `rows[slot]` is. Read by the walk, so it does
   * not go back to the cable's port reference (at 100k fibers that record is out of cache by then).
   */
  readonly ports: readonly (string | undefined)[];
}

/** True when a port key names a switch cage (a plug there meets the transceiver in the cage). */
export const isCagePort = (port: string): boolean => port.startsWith('cage-');

/** The index of the `:` of a cage port key with an MDI (`cage-3:mdi-b`), or −1. */
const mdiSep = (port: string): number => (isCagePort(port) ? port.indexOf(':') : -1);

/**
 * The transceiver MDI a plug in the cage port `port` meets: `mdi`, or the key after the colon of
 * `cage-N:mdi-b` (the second MDI of a twin-port transceiver, REFERENCE-2 §14.1).
 */
export const cageMdiPort = (port: string): string => {
  // As `cagePort(port)?.mdi ?? 'mdi'`, without allocating (the trace's hot path).
  const sep = mdiSep(port);
  return sep < 0 ? 'mdi' : port.slice(sep + 1);
};

/** The cage key of a cage port (`cage-3:mdi-b` → `cage-3`); the key itself for other ports. */
export const cageOf = (port: string): string => {
  const sep = mdiSep(port);
  return sep < 0 ? port : port.slice(0, sep);
};

/**
 * Resolves one device record: its part, port and link lookups, lanes and port groups. Pure; an
 * analyzer keeps the result for as long as the record object is unchanged.
 */
export function resolveDevice(catalogue: Catalogue, device: Device): ResolvedDevice {
  const p = catalogue.get(device.part);
  const part = p && p.kind !== 'cable' ? p : undefined;
  return resolveDeviceAs(part, part ? tablesOf(part) : undefined, device);
}

/** `resolveDevice` with the device's part (undefined: unknown) and its tables already looked up. */
function resolveDeviceAs(part: DevicePart | undefined, t: DeviceTables | undefined, device: Device): ResolvedDevice {
  return new DeviceRecord(device, part, t);
}

/** Resolves one cable record: its part, fiber lookup and plugged ends. Pure, like `resolveDevice`. */
export function resolveCable(catalogue: Catalogue, cable: Cable): ResolvedCable {
  return resolveCableAs(cablePartOf(catalogue.get(cable.part)), cable);
}

const NO_CABLE_PART: CablePartTables = { part: undefined, endKeys: null, fibers: 'unknown', slots: 1 };

/** Each cable part's tables (one object per part, shared by its resolved cables). */
const cablePartTables = new WeakMap<CablePart, CablePartTables>();

/** The tables of the catalogue's answer for a cable's part id (not a cable part: unknown). */
function cablePartOf(p: Part | undefined): CablePartTables {
  if (!p || p.kind !== 'cable') return NO_CABLE_PART;
  let t = cablePartTables.get(p);
  if (t === undefined) {
    const slots = p.fibers !== 'unknown' ? p.fibers.length : 1;
    t = { part: p, endKeys: p.ends.map((e) => e.key), fibers: cableFiberIndex(p), slots };
    cablePartTables.set(p, t);
  }
  return t;
}

/** `resolveCable` with the cable's part tables already looked up. */
function resolveCableAs(t: CablePartTables, cable: Cable): ResolvedCable {
  return new CableRecord(cable, t, t.endKeys ?? Object.keys(cable.ends));
}

/**
 * Resolves a port reference to the effective port a plug meets: a switch cage becomes the
 * MDI of the transceiver in it (`cage-N:mdi-b` the second MDI of a twin-port transceiver).
 * Returns null for an empty cage.
 */
export function effectivePort(index: Pick<DesignIndex, 'cages'>, ref: PortRef): PortRef | null {
  const cp = cagePort(ref.port);
  if (!cp) return ref;
  const inCage = index.cages.get(ref.device)?.get(cp.cage);
  return inCage ? { device: inCage, port: cp.mdi } : null;
}

/** The plug tables of a design (`DesignIndex` minus the record maps and the derived flat maps). */
export interface PlugTables {
  readonly plugsByDevice: ReadonlyMap<string, ReadonlyMap<string, PlugAt>>;
  readonly crowdedPorts: Map<string, CableId[]>;
  /** Cages by switch (a fresh index's rows are `CageRow`s). */
  readonly cages: ReadonlyMap<string, ReadonlyMap<string, DeviceId>>;
  /** The ends as resolved (`cables` unset: the caller's map, see `indexOf`). */
  readonly ends?: Omit<PluggedEnds, 'cables' | 'plugs'>;
}

/**
 * Records the cage a device sits in (if it does), with the device's position `at` in the
 * index's device list; a later device in the same cage replaces it.
 */
function addCage(cages: Map<string, CageRow>, d: Device, at: number): void {
  const p = d.placement;
  if (p.kind !== 'cage') return;
  let byCage = cages.get(p.parent);
  if (!byCage) cages.set(p.parent, (byCage = new CageRow()));
  byCage.set(p.cage, d.id, at);
}

/**
 * The plug tables over `cables` (the index's cables in its order; `cages`: cage contents, the last transceiver placed in a
 * cage winning): every plugged cable end in design order; the first plug in a port keeps it and
 * later ones are listed in `crowdedPorts` (rule P1). Each plug records its resolved cable and the
 * cable's position (`PlugAt.rc`, `ord`), each device row its resolved device (one lookup per
 * device). `endCount`: the cables' ends in all (at least; the ends table is sized with it).
 */
function plugsOf(
  cages: Map<string, CageRow>,
  devices: RecordTable<DeviceId, ResolvedDevice>,
  cables: readonly ResolvedCable[],
  endCount: number,
): PlugTables {
  // The rows share the devices' lookup: a plugged device's slot holds its row (`DeviceRows`).
  const plugsByDevice = new DeviceRows<DevicePlugs>(devices, devices.size);
  const crowded = new Map<string, CableId[]>();
  // Sized once (no growth copies); an unresolved end stays a hole (read as undefined).
  const base = new Int32Array(cables.length);
  const rows = new Array<DevicePlugs | undefined>(endCount);
  const ports = new Array<string | undefined>(endCount);
  let at = 0;
  // The switch of the last cage end (cords into one switch's cages come in runs): its cages and
  // whether it exists are looked up once per run.
  let sw: string | null = null;
  let swCages: CageRow | undefined;
  let swExists = false;
  // The rows of the last two devices plugged other than through a cage (a device's row never
  // changes once made): a patch run's cords alternate between two cassettes (their other ends go
  // to cages, each a transceiver of its own), so most of their cassette ends need no lookup by id
  // (hashing a design string that is out of cache at 100k fibers).
  let lastDev: string | null = null;
  let lastRow: DevicePlugs | undefined;
  let prevDev: string | null = null;
  let prevRow: DevicePlugs | undefined;
  // Whether a cage's transceiver can be reached by its position in the devices table (the
  // position `addCage` recorded), without hashing its id: when every key is its record's id.
  const byPosition = devices.keyedById();
  let ord = 0;
  for (; ord < cables.length; ord++) {
    const rc = cables[ord] as ResolvedCable;
    const id = rc.id;
    // The ends read from the record (as `rc.ends` would, without keeping an array per cable).
    const record = rc.cable;
    const keys = rc.endKeys;
    base[ord] = at;
    for (let end = 0; end < keys.length; end++) {
      const ref = plugEndOf(record, keys[end] as string);
      const slot = at++;
      if (!ref) continue;
      const cage = isCagePort(ref.port);
      if (cage && ref.device !== sw) {
        sw = ref.device;
        swCages = cages.get(sw);
        swExists = devices.has(ref.device);
      }
      const cageKey = cage ? cageOf(ref.port) : '';
      const inCage = cage ? swCages?.get(cageKey) : undefined;
      // The transceiver's position in the devices table (−1: look it up by id).
      const pos = inCage !== undefined && byPosition ? (swCages as CageRow).positionOf(cageKey) : -1;
      const dev = inCage ?? ref.device;
      const port = inCage ? cageMdiPort(ref.port) : ref.port;
      // The row of one of the last two devices plugged, else one lookup: the device's row, else
      // the device itself (it has no row yet), else nothing.
      let held: unknown;
      let byPort: DevicePlugs | undefined;
      if (dev === lastDev) byPort = lastRow;
      else if (dev === prevDev) byPort = prevRow;
      else {
        held = pos >= 0 ? devices.slotAt(pos) : devices.slot(dev);
        byPort =
          held instanceof PlugRow
            ? (held as DevicePlugs)
            : held === undefined
              ? plugsByDevice.dangling(dev)
              : undefined;
      }
      const prev = byPort?.get(port);
      if (prev && prev.cable !== id) {
        const k = `${dev}#${port}`;
        const list = crowded.get(k) ?? [prev.cable];
        list.push(id);
        crowded.set(k, list);
      } else {
        const plug = freshPlug(rc, end, ord);
        if (byPort) byPort.set(port, plug);
        else {
          byPort = new PlugRow(port, plug, (held as ResolvedDevice | undefined) ?? null);
          plugsByDevice.add(dev, byPort, pos);
        }
      }
      if (!cage && dev !== lastDev) {
        prevDev = lastDev;
        prevRow = lastRow;
        lastDev = dev;
        lastRow = byPort;
      }
      // The walk's view of the end (a cage of a missing switch is left to it, as an empty cage).
      if (!cage || (inCage && swExists)) {
        rows[slot] = byPort;
        ports[slot] = port;
      }
    }
  }
  return { plugsByDevice, crowdedPorts: crowded, cages, ends: { base, rows, ports } };
}

/**
 * A design index over resolved record maps and plug tables; the flat `plugs` and `cageContents`
 * maps are derived on first read (the engine reads the nested ones).
 */
export function indexOf(
  design: Design,
  catalogue: Catalogue,
  devices: ReadonlyMap<DeviceId, ResolvedDevice>,
  cables: ReadonlyMap<CableId, ResolvedCable>,
  tables: PlugTables,
): DesignIndex {
  let plugs: Map<string, PlugAt> | undefined;
  let cageContents: Map<string, DeviceId> | undefined;
  const { plugsByDevice, crowdedPorts, cages, ends } = tables;
  return {
    design,
    catalogue,
    devices,
    cables,
    plugsByDevice,
    crowdedPorts,
    cages,
    pluggedEnds: ends && { cables, plugs: plugsByDevice, ...ends },
    get plugs() {
      if (!plugs) {
        plugs = new Map();
        for (const [d, byPort] of plugsByDevice) for (const [p, at] of byPort) plugs.set(`${d}#${p}`, at);
      }
      return plugs;
    },
    get cageContents() {
      if (!cageContents) {
        cageContents = new Map();
        for (const [sw, byCage] of cages) for (const [c, t] of byCage) cageContents.set(`${sw}#${c}`, t);
      }
      return cageContents;
    },
  };
}

/** Builds the index of a design. Never throws: unknown ids resolve to `undefined` parts. */
export function buildDesignIndex(design: Design): DesignIndex {
  const catalogue = catalogueFor(design);
  const cages = new Map<string, CageRow>();
  // Object.keys and a lookup per key: the own records in key order. A large collection is a
  // dictionary, for which Object.values costs several times as much. The resolved records go
  // into arrays in key order; the lookups by id are built only when first asked (`RecordTable`).
  // Records of one part often come in runs (a switch's transceivers, a panel's cassettes): the
  // part (and a cable part's tables) is looked up again only when the part id changes.
  const deviceRecords = design.devices;
  const deviceKeys = Object.keys(deviceRecords);
  const deviceList = new Array<ResolvedDevice>(deviceKeys.length);
  let partId: string | null = null;
  let part: DevicePart | undefined;
  let partTables: DeviceTables | undefined;
  // Whether every key is its record's id, compared while the record is at hand (`RecordTable`).
  let deviceKeysAreIds = true;
  for (let i = 0; i < deviceKeys.length; i++) {
    const key = deviceKeys[i] as string;
    const d = deviceRecords[key] as Device;
    if (d.id !== key) deviceKeysAreIds = false;
    if (d.part !== partId) {
      const p = catalogue.get((partId = d.part));
      part = p && p.kind !== 'cable' ? p : undefined;
      partTables = part ? tablesOf(part) : undefined;
    }
    deviceList[i] = resolveDeviceAs(part, partTables, d);
    addCage(cages, d, i);
  }
  const cableRecords = design.cables;
  const cableKeys = Object.keys(cableRecords);
  const cableList = new Array<ResolvedCable>(cableKeys.length);
  let cablePartId: string | null = null;
  let tables = NO_CABLE_PART;
  // Ends counted as the cables resolve (at least as many as the table keeps: a repeated id replaces).
  let ends = 0;
  let cableKeysAreIds = true;
  for (let i = 0; i < cableKeys.length; i++) {
    const key = cableKeys[i] as string;
    const c = cableRecords[key] as Cable;
    if (c.id !== key) cableKeysAreIds = false;
    if (c.part !== cablePartId) tables = cablePartOf(catalogue.get((cablePartId = c.part)));
    const rc = resolveCableAs(tables, c);
    ends += rc.endKeys.length;
    cableList[i] = rc;
  }
  const devices = new RecordTable<DeviceId, ResolvedDevice>(
    deviceKeys,
    deviceList,
    deviceIdOf,
    deviceHeld,
    deviceKeysAreIds,
  );
  const cables = new RecordTable<CableId, ResolvedCable>(cableKeys, cableList, cableIdOf, undefined, cableKeysAreIds);
  return indexOf(design, catalogue, devices, cables, plugsOf(cages, devices, cables.ordered(), ends));
}

const deviceIdOf = (rd: ResolvedDevice): string => rd.id;
const cableIdOf = (rc: ResolvedCable): string => rc.id;
