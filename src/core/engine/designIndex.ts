/**
 * A design resolved for tracing: parts looked up, ports indexed, plugs indexed by the port they
 * sit in, switch cages resolved to the transceiver they hold. Built once per analysis in
 * O(devices + cables + catalogue links).
 */
import { catalogueFor, type Catalogue } from '../catalogue';
import { cagePort, type Cable, type Design, type Device, type PortRef } from '../design';
import type { CableId, DeviceId } from '../ids';
import type { CablePart, DevicePart, LaneDef, PortDef } from '../parts';
import { portsOf } from '../parts';
import { own } from '../own';

/** Where a fiber position leads inside a cable: fiber number and the far end/position. */
export interface CableFiberSlot {
  /** Index into `part.fibers`. */
  readonly index: number;
  readonly fiber: number;
  readonly otherEnd: number;
  readonly otherPosition: number;
  /** This side and the far side as the part's own (shared, immutable) end/position objects. */
  readonly here: { readonly end: number; readonly position: number };
  readonly there: { readonly end: number; readonly position: number };
}

/** Per-part lookup of a cable's fibers: `byEnd[end].get(position)`. */
export interface CableFiberIndex {
  readonly byEnd: readonly ReadonlyMap<number, CableFiberSlot>[];
}

/** A (port, plug position) inside a device. */
export interface PortPosition {
  readonly port: string;
  readonly position: number;
}

/** The links at one (port, position): the position itself (a shared object) and its targets. */
export interface LinkSlot {
  readonly self: PortPosition;
  readonly targets: readonly PortPosition[];
}

/** Per-part lookup of a device's internal links: port → position → slot. */
export type LinkIndex = ReadonlyMap<string, ReadonlyMap<number, LinkSlot>>;

/** A device with its part resolved. `part` is undefined when the part id is unknown. */
export interface ResolvedDevice {
  readonly device: Device;
  readonly part: DevicePart | undefined;
  readonly ports: ReadonlyMap<string, PortDef>;
  /** Internal links, or `unknown` when the part's map is unknown (or the part is). */
  readonly links: LinkIndex | 'unknown';
  /** Transceiver lanes of the `mdi` port by plug position, or `unknown`. */
  readonly lanes: ReadonlyMap<number, LaneDef> | 'unknown' | null;
  /** Lanes of a twin-port transceiver's further MDIs: port key → plug position → lane (REFERENCE-2 §14.2). */
  readonly extraLanes?: ReadonlyMap<string, ReadonlyMap<number, LaneDef>>;
}

/** A cable with its part resolved. */
export interface ResolvedCable {
  readonly cable: Cable;
  readonly part: CablePart | undefined;
  readonly fibers: CableFiberIndex | 'unknown';
  /** End keys in part order. */
  readonly endKeys: readonly string[];
}

/** A cable end plugged into a port. */
export interface PlugAt {
  readonly cable: CableId;
  readonly end: number;
}

/** The resolved design. */
export interface DesignIndex {
  readonly design: Design;
  readonly catalogue: Catalogue;
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
}

const fiberIndexCache = new WeakMap<CablePart, CableFiberIndex>();
const linkIndexCache = new WeakMap<DevicePart, LinkIndex>();
const laneIndexCache = new WeakMap<DevicePart, ReadonlyMap<number, LaneDef>>();
const extraLaneCache = new WeakMap<DevicePart, ReadonlyMap<string, ReadonlyMap<number, LaneDef>>>();

/** Fiber lookup of a cable part (memoised per part object). */
export function cableFiberIndex(part: CablePart): CableFiberIndex | 'unknown' {
  if (part.fibers === 'unknown') return 'unknown';
  const hit = fiberIndexCache.get(part);
  if (hit) return hit;
  const byEnd = part.ends.map(() => new Map<number, CableFiberSlot>());
  part.fibers.forEach((f, index) => {
    byEnd[f.from.end]?.set(f.from.position, {
      index,
      fiber: f.fiber,
      otherEnd: f.to.end,
      otherPosition: f.to.position,
      here: f.from,
      there: f.to,
    });
    byEnd[f.to.end]?.set(f.to.position, {
      index,
      fiber: f.fiber,
      otherEnd: f.from.end,
      otherPosition: f.from.position,
      here: f.to,
      there: f.from,
    });
  });
  const idx = { byEnd };
  fiberIndexCache.set(part, idx);
  return idx;
}

/** Internal-link lookup of a device part (memoised per part object). */
function linkIndex(part: DevicePart): LinkIndex | 'unknown' {
  if (part.kind === 'transceiver') return new Map();
  if (part.links === 'unknown') return 'unknown';
  const hit = linkIndexCache.get(part);
  if (hit) return hit;
  const m = new Map<string, Map<number, { self: PortPosition; targets: PortPosition[] }>>();
  const add = (from: PortPosition, to: PortPosition) => {
    let byPos = m.get(from.port);
    if (!byPos) m.set(from.port, (byPos = new Map()));
    const slot = byPos.get(from.position);
    if (slot) slot.targets.push(to);
    else byPos.set(from.position, { self: from, targets: [to] });
  };
  for (const l of part.links) {
    add(l.a, l.b);
    add(l.b, l.a);
  }
  linkIndexCache.set(part, m);
  return m;
}

function laneIndex(part: DevicePart): ReadonlyMap<number, LaneDef> | 'unknown' | null {
  if (part.kind !== 'transceiver') return null;
  if (part.lanes === 'unknown') return 'unknown';
  const hit = laneIndexCache.get(part);
  if (hit) return hit;
  const m = new Map(part.lanes.filter((l) => (l.port ?? 'mdi') === 'mdi').map((l) => [l.position, l] as const));
  laneIndexCache.set(part, m);
  return m;
}

/** Lanes of the further MDI ports of a twin-port transceiver (memoised per part); empty for others. */
function extraLaneIndex(part: DevicePart): ReadonlyMap<string, ReadonlyMap<number, LaneDef>> {
  if (part.kind !== 'transceiver' || !part.extraPorts || part.lanes === 'unknown') return new Map();
  const hit = extraLaneCache.get(part);
  if (hit) return hit;
  const m = new Map<string, Map<number, LaneDef>>();
  for (const p of part.extraPorts) m.set(p.key, new Map());
  for (const l of part.lanes) if (l.port && l.port !== 'mdi') m.get(l.port)?.set(l.position, l);
  extraLaneCache.set(part, m);
  return m;
}

const portMapCache = new WeakMap<DevicePart, ReadonlyMap<string, PortDef>>();
function portMap(part: DevicePart): ReadonlyMap<string, PortDef> {
  const hit = portMapCache.get(part);
  if (hit) return hit;
  const m = new Map(portsOf(part).map((p) => [p.key, p] as const));
  portMapCache.set(part, m);
  return m;
}

/**
 * Resolves a port reference to the effective port a plug meets: a switch cage becomes the
 * MDI of the transceiver in it (`cage-N:mdi-b` the second MDI of a twin-port transceiver).
 * Returns null for an empty cage.
 */
export function effectivePort(index: Pick<DesignIndex, 'cageContents'>, ref: PortRef): PortRef | null {
  const cp = cagePort(ref.port);
  if (!cp) return ref;
  const inCage = index.cageContents.get(`${ref.device}#${cp.cage}`);
  return inCage ? { device: inCage, port: cp.mdi } : null;
}

/** Builds the index of a design. Never throws: unknown ids resolve to `undefined` parts. */
export function buildDesignIndex(design: Design): DesignIndex {
  const catalogue = catalogueFor(design);
  const devices = new Map<DeviceId, ResolvedDevice>();
  const cageContents = new Map<string, DeviceId>();
  for (const device of Object.values(design.devices)) {
    const p = catalogue.get(device.part);
    const part = p && p.kind !== 'cable' ? p : undefined;
    devices.set(device.id, {
      device,
      part,
      ports: part ? portMap(part) : new Map(),
      links: part ? linkIndex(part) : 'unknown',
      lanes: part ? laneIndex(part) : 'unknown',
      ...(part?.kind === 'transceiver' && part.extraPorts ? { extraLanes: extraLaneIndex(part) } : {}),
    });
    if (device.placement.kind === 'cage')
      cageContents.set(`${device.placement.parent}#${device.placement.cage}`, device.id);
  }
  const index = { cageContents };
  const cables = new Map<CableId, ResolvedCable>();
  const plugs = new Map<string, PlugAt>();
  const plugsByDevice = new Map<string, Map<string, PlugAt>>();
  const crowded = new Map<string, CableId[]>();
  for (const cable of Object.values(design.cables)) {
    const p = catalogue.get(cable.part);
    const part = p && p.kind === 'cable' ? p : undefined;
    const endKeys = part ? part.ends.map((e) => e.key) : Object.keys(cable.ends);
    cables.set(cable.id, { cable, part, fibers: part ? cableFiberIndex(part) : 'unknown', endKeys });
    endKeys.forEach((key, end) => {
      const ref = own(cable.ends, key);
      if (!ref) return;
      const eff = effectivePort(index, ref);
      const k = eff ? `${eff.device}#${eff.port}` : `${ref.device}#${ref.port}`;
      const prev = plugs.get(k);
      if (prev && prev.cable !== cable.id) {
        const list = crowded.get(k) ?? [prev.cable];
        list.push(cable.id);
        crowded.set(k, list);
        return;
      }
      const at = { cable: cable.id, end };
      plugs.set(k, at);
      const dev = eff ? eff.device : ref.device;
      let byPort = plugsByDevice.get(dev);
      if (!byPort) plugsByDevice.set(dev, (byPort = new Map()));
      byPort.set(eff ? eff.port : ref.port, at);
    });
  }
  return { design, catalogue, devices, cables, plugs, plugsByDevice, crowdedPorts: crowded, cageContents };
}
