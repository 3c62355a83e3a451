/**
 * Regions of the fiber graph for incremental tracing. Two cables can carry one fiber (or end at
 * one channel endpoint) only if they are plugged into ports of one device that its internal
 * links join (a port group), into one transceiver, into ports a device does not have (they all
 * end `unchecked` at that device), or into one empty cage. The region of a set of cables is
 * everything reachable that way: a walk that starts in it never leaves it, so re-tracing a
 * region gives exactly the traces a full trace gives there.
 */
import type { PortRef } from '../design';
import type { CableId, DeviceId } from '../ids';
import { cageOf, isCagePort, type DesignIndex, type ResolvedCable, type ResolvedDevice } from './designIndex';

/** Who is plugged where: what a region search reads (a `LiveIndex`, or `occupancyOf` an index). */
export interface PortOccupancy {
  readonly devices: ReadonlyMap<DeviceId, ResolvedDevice>;
  readonly cables: ReadonlyMap<CableId, ResolvedCable>;
  readonly cages: ReadonlyMap<string, ReadonlyMap<string, DeviceId>>;
  /** The ports of `device` holding at least one cable end, with those cables (crowded ones too). */
  portsAt(device: string): Iterable<[string, readonly CableId[]]>;
}

/** The occupancy of a design index: each port's plug, and the other plugs of a crowded port. */
export function occupancyOf(index: DesignIndex): PortOccupancy {
  return {
    devices: index.devices,
    cables: index.cables,
    cages: index.cages,
    *portsAt(device) {
      for (const [port, plug] of index.plugsByDevice.get(device) ?? []) {
        const crowd = index.crowdedPorts.get(`${device}#${port}`);
        yield [port, crowd ?? [plug.cable]];
      }
    },
  };
}

/** The light-path group of `port` in a device: its link group, `*` (whole device) or `?` (not a port of it). */
function groupOf(rd: ResolvedDevice, port: string): string {
  if (!rd.part || rd.portGroups === null) return '*';
  if (!rd.ports.has(port)) return '?';
  const g = rd.portGroups.get(port);
  return g === undefined ? '?' : String(g);
}

/**
 * Calls `visit` with the cables plugged where the cable end `ref` sits: the ports of its light-path
 * group (the whole device for a transceiver or an unknown map, the ports the part lacks for a
 * port it lacks), or the empty cage it names. `seen` holds the groups already visited.
 */
function contacts(live: PortOccupancy, ref: PortRef, seen: Set<string>, visit: (c: CableId) => void): void {
  let device: string = ref.device;
  let group: string;
  if (isCagePort(ref.port)) {
    const inCage = live.cages.get(ref.device)?.get(cageOf(ref.port));
    if (inCage) {
      device = inCage;
      group = '*';
    } else group = `port\u0000${ref.port}`;
  } else {
    const rd = live.devices.get(ref.device);
    // A cable into a device that does not exist ends there on its own (unchecked).
    if (!rd) return;
    group = groupOf(rd, ref.port);
  }
  const key = `${device}\u0000${group}`;
  if (seen.has(key)) return;
  seen.add(key);
  const rd = live.devices.get(device as never);
  for (const [p, cables] of live.portsAt(device)) {
    const inGroup = group.startsWith('port\u0000')
      ? p === ref.port
      : group === '*' || (rd !== undefined && groupOf(rd, p) === group);
    if (inGroup) for (const c of cables) visit(c);
  }
}

/**
 * The cables plugged now into the light-path group where `ref` sits (see `contacts`): the ones
 * whose traces may have read a plug that an edit moved or removed there.
 */
export function groupCables(live: PortOccupancy, ref: PortRef): CableId[] {
  const out: CableId[] = [];
  contacts(live, ref, new Set(), (c) => out.push(c));
  return out;
}

/**
 * The cables of the region that holds `seeds` (cables of the current design; unknown ids are
 * ignored): the closure of the seeds under "plugged into the same port group". Cost linear in
 * the region's cables and the ports they touch.
 */
export function regionOf(live: PortOccupancy, seeds: Iterable<CableId>): Set<CableId> {
  const region = new Set<CableId>();
  const seen = new Set<string>();
  const queue: CableId[] = [];
  const add = (c: CableId): void => {
    if (region.has(c) || !live.cables.has(c)) return;
    region.add(c);
    queue.push(c);
  };
  for (const s of seeds) add(s);
  while (queue.length > 0) {
    const rc = live.cables.get(queue.pop() as CableId);
    if (!rc) continue;
    for (const ref of rc.ends) if (ref) contacts(live, ref, seen, add);
  }
  return region;
}
