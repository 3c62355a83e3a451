/**
 * Per-part lookup tables of device parts for the design index (`engine/designIndex`): port,
 * link and lane lookups and light-path port groups, each built once per part object.
 */
import type { DevicePart, LaneDef, PortDef } from '../parts';
import { portsOf } from '../parts';

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

const deviceTables = new WeakMap<DevicePart, DeviceTables>();
/** The (empty) port lookup of a device whose part is unknown. */
export const NO_PORTS: ReadonlyMap<string, PortDef> = new Map();
const NO_LINKS: LinkIndex = new Map();

/** The lookups of a device part, memoised per part object (one lookup per device record). */
export interface DeviceTables {
  readonly ports: ReadonlyMap<string, PortDef>;
  readonly links: LinkIndex | 'unknown';
  readonly linkSlots: ReadonlyMap<string, readonly (LinkSlot | undefined)[]> | 'unknown';
  readonly lanes: ReadonlyMap<number, LaneDef> | 'unknown' | null;
  readonly extraLanes: ReadonlyMap<string, ReadonlyMap<number, LaneDef>> | null;
  readonly portGroups: ReadonlyMap<string, number> | null;
}

/**
 * The tables of a device part (memoised per part object): ports by key, internal links by port
 * and position (as maps and as arrays by position), transceiver lanes of the `mdi` port and of a
 * twin-port transceiver's further MDIs (REFERENCE-2 §14.2), and the ports' light-path groups.
 */
export function tablesOf(part: DevicePart): DeviceTables {
  let t = deviceTables.get(part);
  if (!t) {
    const links = linkIndex(part);
    const ports = new Map(portsOf(part).map((p) => [p.key, p] as const));
    // Rows only for ports the part has: a row found means the port exists.
    const rows = new Map<string, (LinkSlot | undefined)[]>();
    if (links !== 'unknown')
      for (const [port, byPos] of links) {
        if (!ports.has(port)) continue;
        const row: (LinkSlot | undefined)[] = [];
        for (const [pos, slot] of byPos) if (Number.isInteger(pos) && pos >= 0) row[pos] = slot;
        rows.set(port, row);
      }
    t = {
      ports,
      links,
      linkSlots: links === 'unknown' ? 'unknown' : rows,
      lanes: laneIndex(part),
      extraLanes: extraLaneIndex(part),
      portGroups: portGroups(part),
    };
    deviceTables.set(part, t);
  }
  return t;
}

/** Internal-link lookup of a device part (memoised per part object). */
function linkIndex(part: DevicePart): LinkIndex | 'unknown' {
  if (part.kind === 'transceiver') return NO_LINKS;
  if (part.links === 'unknown') return 'unknown';
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
  return m;
}

function laneIndex(part: DevicePart): ReadonlyMap<number, LaneDef> | 'unknown' | null {
  if (part.kind !== 'transceiver') return null;
  if (part.lanes === 'unknown') return 'unknown';
  return new Map(part.lanes.filter((l) => (l.port ?? 'mdi') === 'mdi').map((l) => [l.position, l] as const));
}

/** Lanes of the further MDI ports of a twin-port transceiver; null for other parts. */
function extraLaneIndex(part: DevicePart): ReadonlyMap<string, ReadonlyMap<number, LaneDef>> | null {
  if (part.kind !== 'transceiver' || !part.extraPorts || part.lanes === 'unknown') return null;
  const m = new Map<string, Map<number, LaneDef>>();
  for (const p of part.extraPorts) m.set(p.key, new Map());
  for (const l of part.lanes) if (l.port && l.port !== 'mdi') m.get(l.port)?.set(l.position, l);
  return m;
}

/**
 * Light-path groups of a part's ports by union-find over its internal links (through-adapter
 * peers count as linked): null when every port is one group (transceivers, unknown maps).
 */
function portGroups(part: DevicePart): ReadonlyMap<string, number> | null {
  let groups: Map<string, number> | null = null;
  if (part.kind !== 'transceiver' && part.links !== 'unknown') {
    const keys = portsOf(part).map((p) => p.key);
    const parent = new Map<string, string>(keys.map((k) => [k, k]));
    const find = (k: string): string => {
      let r = k;
      while (parent.get(r) !== r && parent.has(r)) r = parent.get(r) as string;
      return r;
    };
    const join = (a: string, b: string) => {
      if (!parent.has(a)) parent.set(a, a);
      if (!parent.has(b)) parent.set(b, b);
      parent.set(find(a), find(b));
    };
    for (const l of part.links) join(l.a.port, l.b.port);
    for (const p of portsOf(part)) if (p.mate.kind === 'through') join(p.key, p.mate.peer);
    const roots = new Map<string, number>();
    groups = new Map();
    for (const k of parent.keys()) {
      const r = find(k);
      let g = roots.get(r);
      if (g === undefined) roots.set(r, (g = roots.size));
      groups.set(k, g);
    }
  }
  return groups;
}
