/**
 * The resolved forms of a device and a cable record (`DesignIndex.devices`, `cables`): the record
 * with its part's lookups (port, link and lane tables; fiber index and end keys). The lookups
 * belong to the part (memoised per part object), so a resolved record holds the record and its
 * part's tables by reference (two or three fields) and answers the rest through getters, instead
 * of copying seven table references into every one of the thousands of records of a data hall.
 */
import type { Cable, Device, PortRef } from '../design';
import { own } from '../own';
import type { FiberType } from '../connectors';
import type { CableId, DeviceId } from '../ids';
import type { CablePart, DevicePart, LaneDef, PortDef } from '../parts';
import type { CableFiberIndex } from './cableFibers';
import { NO_PORTS, type DeviceTables, type LinkIndex, type LinkSlot } from './partTables';

/** A device with its part resolved. `part` is undefined when the part id is unknown. */
export interface ResolvedDevice {
  readonly device: Device;
  /**
   * `device.id`, copied when the record is resolved: the trace and the plug tables read the id
   * from the resolved record they already hold, not from the design record (at 100k fibers the
   * design records are out of cache by then, and each re-read is a memory miss).
   */
  readonly id: DeviceId;
  readonly part: DevicePart | undefined;
  readonly ports: ReadonlyMap<string, PortDef>;
  /** Internal links, or `unknown` when the part's map is unknown (or the part is). */
  readonly links: LinkIndex | 'unknown';
  /** The same links as arrays by plug position (`linkSlots.get(port)[position]`), for the trace. */
  readonly linkSlots: ReadonlyMap<string, readonly (LinkSlot | undefined)[]> | 'unknown';
  /** Transceiver lanes of the `mdi` port by plug position, or `unknown`. */
  readonly lanes: ReadonlyMap<number, LaneDef> | 'unknown' | null;
  /** Lanes of a twin-port transceiver's further MDIs: port key → plug position → lane (REFERENCE-2 §14.2). */
  readonly extraLanes?: ReadonlyMap<string, ReadonlyMap<number, LaneDef>> | undefined;
  /**
   * Light-path groups of the ports (ports joined by internal links share a group): port key →
   * group number, or null when every port is one group (a transceiver, an unknown map or part).
   * Cables plugged into ports of one group can carry the same fibers (`engine/components`).
   */
  readonly portGroups: ReadonlyMap<string, number> | null;
}

/** A cable with its part resolved. */
export interface ResolvedCable {
  readonly cable: Cable;
  /** `cable.id`, copied when the record is resolved (see `ResolvedDevice.id`). */
  readonly id: CableId;
  /**
   * `cable.fiberType`, `cable.lengthM` (m) and `cable.construction`, copied when the record is
   * resolved: the mating check and the loss (REFERENCE §7.4 length × attenuation) read them per
   * fiber and per hop from the resolved record they already hold (see `ResolvedDevice.id`).
   */
  readonly fiberType: FiberType;
  readonly lengthM: number;
  readonly construction: Cable['construction'];
  readonly part: CablePart | undefined;
  readonly fibers: CableFiberIndex | 'unknown';
  /** End keys in part order. */
  readonly endKeys: readonly string[];
  /** The port each end (in part order) is plugged into, or null. */
  readonly ends: readonly (PortRef | null)[];
  /** Trace slots of the cable: its fiber count, or 1 for an unknown part or fiber map (`FiberTrace.id`). */
  readonly slots: number;
}

/** The tables a device of unknown part answers with: no ports, unknown links and lanes, one port group. */
const UNKNOWN_DEVICE: DeviceTables = {
  ports: NO_PORTS,
  links: 'unknown',
  linkSlots: 'unknown',
  lanes: 'unknown',
  extraLanes: null,
  portGroups: null,
};

/**
 * A resolved device (`ResolvedDevice`): the record, its part (undefined: unknown part id) and the
 * part's tables (`engine/partTables` `tablesOf`), every table read through the shared tables.
 */
export class DeviceRecord implements ResolvedDevice {
  readonly device: Device;
  readonly id: DeviceId;
  readonly part: DevicePart | undefined;
  readonly #t: DeviceTables;

  /** `t`: the tables of `part` (`tablesOf(part)`); ignored when `part` is undefined. */
  constructor(device: Device, part: DevicePart | undefined, t: DeviceTables | undefined) {
    this.device = device;
    this.id = device.id;
    this.part = part;
    this.#t = part && t ? t : UNKNOWN_DEVICE;
  }

  get ports(): ReadonlyMap<string, PortDef> {
    return this.#t.ports;
  }

  get links(): LinkIndex | 'unknown' {
    return this.#t.links;
  }

  get linkSlots(): ReadonlyMap<string, readonly (LinkSlot | undefined)[]> | 'unknown' {
    return this.#t.linkSlots;
  }

  get lanes(): ReadonlyMap<number, LaneDef> | 'unknown' | null {
    return this.#t.lanes;
  }

  /** Set only for a twin-port transceiver (else undefined). */
  get extraLanes(): ReadonlyMap<string, ReadonlyMap<number, LaneDef>> | undefined {
    return this.#t.extraLanes ?? undefined;
  }

  get portGroups(): ReadonlyMap<string, number> | null {
    return this.#t.portGroups;
  }
}

/**
 * The part-level lookups of a cable part (memoised per part object, `designIndex` `cablePartOf`):
 * the part (undefined: unknown), its end keys (null: read from each record), fiber index and
 * trace slot count.
 */
export interface CablePartTables {
  readonly part: CablePart | undefined;
  readonly endKeys: readonly string[] | null;
  readonly fibers: CableFiberIndex | 'unknown';
  readonly slots: number;
}

/**
 * The port end `key` of a cable record is plugged into (`cable.ends[key]`, an own property
 * only), or null when it is unplugged or the record has no such end: entry `i` of a resolved
 * cable's `ends` for `key = endKeys[i]`.
 */
export const plugEndOf = (cable: Cable, key: string): PortRef | null => own(cable.ends, key) ?? null;

/**
 * A resolved cable (`ResolvedCable`): the record and its part's tables, which answer `part`,
 * `fibers`, `slots` and (for a known part) `endKeys`. A cable of unknown part keeps its own end
 * keys (the record's). The plugged ends in part order (`ends`) are read from the record on first
 * use and kept: a fresh index's plug tables read each end from the record themselves
 * (`plugEndOf`) and its walk reads the ends as they resolved them, so in a full analysis most
 * cables never build the array (at 10k fibers, 3,272 of 3,528 arrays, 229 KB that no longer survive).
 */
export class CableRecord implements ResolvedCable {
  readonly cable: Cable;
  readonly id: CableId;
  readonly fiberType: FiberType;
  readonly lengthM: number;
  readonly construction: Cable['construction'];
  readonly #t: CablePartTables;
  #ends: readonly (PortRef | null)[] | null = null;

  /** `t.endKeys` null: `endKeys` are the record's own (`ownKeys`). */
  constructor(cable: Cable, t: CablePartTables, ownKeys: readonly string[]) {
    this.cable = cable;
    this.id = cable.id;
    this.fiberType = cable.fiberType;
    this.lengthM = cable.lengthM;
    this.construction = cable.construction;
    this.#t = t.endKeys !== null ? t : { ...t, endKeys: ownKeys };
  }

  /** The port each end (in part order) is plugged into, or null; one array, built on first read. */
  get ends(): readonly (PortRef | null)[] {
    if (this.#ends === null) {
      const keys = this.endKeys;
      const ends = new Array<PortRef | null>(keys.length);
      for (let i = 0; i < keys.length; i++) ends[i] = plugEndOf(this.cable, keys[i] as string);
      this.#ends = ends;
    }
    return this.#ends;
  }

  get part(): CablePart | undefined {
    return this.#t.part;
  }

  get fibers(): CableFiberIndex | 'unknown' {
    return this.#t.fibers;
  }

  get endKeys(): readonly string[] {
    return this.#t.endKeys as readonly string[];
  }

  get slots(): number {
    return this.#t.slots;
  }
}

/**
 * A cable end plugged into a port: the cable and the end's index in its part's `ends`. A fresh
 * index (`buildDesignIndex`, immutable) also records the cable as it resolved it (`rc`) and the
 * cable's position in its `cables` order (`ord`), so the trace and the mating check follow a plug
 * without a lookup by id. An analyzer's live index leaves both out: its cable records change
 * under a plug it keeps.
 */
export interface PlugAt {
  readonly cable: CableId;
  readonly end: number;
  readonly rc?: ResolvedCable;
  readonly ord?: number;
}

/** `(ord << END_BITS) | end` packs a fresh plug's position and end into one small integer. */
const END_BITS = 10;
const END_MASK = (1 << END_BITS) - 1;
/** The largest position that packs (the packed number stays a small integer: below 2^30). */
const MAX_PACKED_ORD = (1 << (30 - END_BITS)) - 1;

/**
 * A fresh index's plug (`PlugAt` with `rc` and `ord`) in two fields: the resolved cable, whose
 * record gives `cable`, and the cable's position and end packed in one integer (one of the
 * thousands of plugged ends of a data hall: 40 bytes instead of 56). Getters on the prototype:
 * a spread or a structured clone of it is empty (copy `{ cable, end }`, as the live index does).
 */
class PackedPlug implements PlugAt {
  readonly rc: ResolvedCable;
  readonly #at: number;

  constructor(rc: ResolvedCable, at: number) {
    this.rc = rc;
    this.#at = at;
  }

  get cable(): CableId {
    return this.rc.id;
  }

  get end(): number {
    return this.#at & END_MASK;
  }

  get ord(): number {
    return this.#at >> END_BITS;
  }
}

/**
 * The plug of end `end` (0-based, part order) of the resolved cable `rc`, at position `ord` in a
 * fresh index's cable order: a packed `PlugAt`, or a plain one when the numbers do not pack
 * (an end past 1,023 or a position past about a million).
 */
export function freshPlug(rc: ResolvedCable, end: number, ord: number): PlugAt {
  return end <= END_MASK && ord <= MAX_PACKED_ORD
    ? new PackedPlug(rc, (ord << END_BITS) | end)
    : { cable: rc.id, end, rc, ord };
}
