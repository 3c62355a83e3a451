/**
 * Cross-record checks of a design that passed `designSchema` (shapes are already right): every
 * record keyed by its own id, no dangling references, no internal contradictions in custom
 * parts. Errors make the file unloadable; warnings describe states the engine reports as
 * `unchecked` (an unknown part id is a state, not an error: ARCHITECTURE "Unknown is a state").
 */
import { BUILTIN_CATALOGUE, catalogueFor } from '../core/catalogue';
import { cagePort, type Cable, type Design, type Device } from '../core/design';
import type { DevicePart, Part } from '../core/parts';
import { portsOf } from '../core/parts';
import type { PathSegments } from './jsonPath';
import { own } from '../core/own';

/** One finding with the path (in the migrated document) where it is. */
export interface DesignProblem {
  readonly path: PathSegments;
  readonly message: string;
}

/** All errors and warnings of a design, each in document order. */
export interface DesignCheckResult {
  readonly errors: readonly DesignProblem[];
  readonly warnings: readonly DesignProblem[];
}

/** Where checks report: errors make a design unloadable, warnings are states. */
export type Sink = {
  error(path: PathSegments, message: string): void;
  warn(path: PathSegments, message: string): void;
};

const COLLECTIONS = ['racks', 'devices', 'cables', 'parts', 'testResults', 'linkTests'] as const;

function checkKeys(design: Design, out: Sink): void {
  for (const coll of COLLECTIONS) {
    for (const [k, rec] of Object.entries(design[coll] ?? {})) {
      if (rec.id !== k)
        out.error([coll, k, 'id'], `id "${rec.id}" does not match its key "${k}" (each record is keyed by its own id)`);
    }
  }
}

/** Internal consistency of one custom part: unique keys, links and fibers naming real ports/ends. */
export function checkPart(part: Part, path: PathSegments, out: Sink): void {
  if (BUILTIN_CATALOGUE.get(part.id))
    out.warn([...path, 'id'], `custom part "${part.id}" replaces the built-in part with the same id`);
  if (part.kind === 'cable') {
    const keys = new Set<string>();
    part.ends.forEach((e, i) => {
      if (keys.has(e.key)) out.error([...path, 'ends', i, 'key'], `duplicate end key "${e.key}"`);
      keys.add(e.key);
    });
    if (part.fibers === 'unknown') return;
    part.fibers.forEach((f, i) => {
      for (const side of ['from', 'to'] as const) {
        if (f[side].end >= part.ends.length)
          out.error(
            [...path, 'fibers', i, side, 'end'],
            `end index ${f[side].end} does not exist (the cable has ${part.ends.length} ends, 0–${part.ends.length - 1})`,
          );
      }
    });
    return;
  }
  const ports = portsOf(part);
  const keys = new Set<string>();
  const portsPath = part.kind === 'transceiver' ? [...path, 'port'] : [...path, 'ports'];
  ports.forEach((p, i) => {
    const at = part.kind === 'transceiver' ? portsPath : [...portsPath, i];
    if (keys.has(p.key)) out.error([...at, 'key'], `duplicate port key "${p.key}"`);
    keys.add(p.key);
  });
  ports.forEach((p, i) => {
    const at = part.kind === 'transceiver' ? portsPath : [...portsPath, i];
    if (p.mate.kind === 'through' && !keys.has(p.mate.peer))
      out.error([...at, 'mate', 'peer'], `peer port "${p.mate.peer}" does not exist on this part`);
  });
  if (part.kind === 'transceiver') {
    if (part.port.key !== 'mdi')
      out.error(
        [...path, 'port', 'key'],
        `a transceiver's port key must be "mdi" (a switch cage resolves to the transceiver's mdi), received "${part.port.key}"`,
      );
    return;
  }
  if (part.links === 'unknown') return;
  part.links.forEach((l, i) => {
    for (const side of ['a', 'b'] as const) {
      if (!keys.has(l[side].port))
        out.error([...path, 'links', i, side, 'port'], `port "${l[side].port}" does not exist on this part`);
    }
  });
}

/**
 * Devices whose chain of slot/cage parents loops back on itself (a module in a module in the
 * first module). Linear: every device is walked once, so a hostile 200 000-device chain costs
 * no more than a flat design.
 */
function placementCycles(design: Design): ReadonlySet<string> {
  const DONE_OK = 1;
  const DONE_CYCLE = 2;
  const IN_WALK = 3;
  const state = new Map<string, number>();
  for (const start of Object.keys(design.devices)) {
    if (state.has(start)) continue;
    const walk: string[] = [];
    let cur: string | undefined = start;
    let outcome = DONE_OK;
    while (cur !== undefined) {
      const s = state.get(cur);
      if (s === IN_WALK) {
        outcome = DONE_CYCLE;
        break;
      }
      if (s !== undefined) {
        outcome = s;
        break;
      }
      const d: Device | undefined = own(design.devices, cur);
      if (!d) break;
      state.set(cur, IN_WALK);
      walk.push(cur);
      cur = d.placement.kind === 'slot' || d.placement.kind === 'cage' ? d.placement.parent : undefined;
    }
    for (const id of walk) state.set(id, outcome);
  }
  const out = new Set<string>();
  for (const [id, s] of state) if (s === DONE_CYCLE) out.add(id);
  return out;
}

const keyCache = new WeakMap<object, ReadonlySet<string>>();
/** Keys of a part's ports, slots or cages as a set (memoised per list: lookups stay O(1) per cable end). */
function keysOf(list: readonly { readonly key: string }[]): ReadonlySet<string> {
  let hit = keyCache.get(list);
  if (!hit) {
    hit = new Set(list.map((x) => x.key));
    keyCache.set(list, hit);
  }
  return hit;
}
const portKeysOf = (part: DevicePart): ReadonlySet<string> =>
  part.kind === 'transceiver' ? new Set([part.port.key]) : keysOf(part.ports);

function devicePart(part: Part | undefined): DevicePart | undefined {
  return part && part.kind !== 'cable' ? part : undefined;
}

/** What a device check needs to know about the rest of the design. */
export interface DeviceContext {
  /** The part of an id (catalogue + design parts), or undefined. */
  readonly get: (id: string) => Part | undefined;
  /** True when the device's chain of parents loops back on itself. */
  readonly inCycle: (id: string) => boolean;
  /** Another device already in slot/cage `occKey` (`slot:parent#holder`), or undefined. */
  readonly occupant: (occKey: string, id: string) => string | undefined;
}

/**
 * Cross-record checks of one device under key `k`: its rack or parent exists (own properties
 * only), it is not inside itself or in a loop of parents, its slot or cage is not taken.
 * Warnings: an unknown part, equipment above the top of its rack, a slot the parent lacks.
 */
export function checkDevice(design: Design, k: string, d: Device, ctx: DeviceContext, out: Sink): void {
  const at = ['devices', k] as const;
  const part = ctx.get(d.part);
  if (!part)
    out.warn(
      [...at, 'part'],
      `part "${d.part}" is not in the catalogue or the design's parts: traces through ${d.name || k} are unchecked`,
    );
  else if (part.kind === 'cable')
    out.warn([...at, 'part'], `part "${d.part}" is a cable, not a device: traces through ${d.name || k} are unchecked`);
  const pl = d.placement;
  if (pl.kind === 'rack') {
    const rack = own(design.racks, pl.rack);
    if (!rack) {
      out.error([...at, 'placement', 'rack'], `rack "${pl.rack}" does not exist`);
      return;
    }
    const height = part?.kind === 'rack-equipment' ? part.heightU : 1;
    if (pl.positionU + height - 1 > rack.heightU)
      out.warn(
        [...at, 'placement', 'positionU'],
        `${d.name || k} (${height}U at U${pl.positionU}) reaches above the top of rack ${rack.name} (${rack.heightU}U)`,
      );
    return;
  }
  if (pl.kind === 'unplaced') return;
  const holder = pl.kind === 'slot' ? pl.slot : pl.cage;
  if (pl.parent === d.id) {
    out.error([...at, 'placement', 'parent'], `${d.name || k} is placed inside itself`);
    return;
  }
  const parent = own(design.devices, pl.parent);
  if (!parent) {
    out.error([...at, 'placement', 'parent'], `parent device "${pl.parent}" does not exist`);
    return;
  }
  if (ctx.inCycle(k)) {
    out.error([...at, 'placement', 'parent'], `placement of ${d.name || k} loops back on itself through its parents`);
    return;
  }
  const prev = ctx.occupant(`${pl.kind}:${pl.parent}#${holder}`, k);
  if (prev !== undefined)
    out.error(
      [...at, 'placement', pl.kind],
      `${pl.kind} "${holder}" of ${parent.name || pl.parent} already holds device "${prev}"`,
    );
  const pp = ctx.get(parent.part);
  if (pp?.kind === 'rack-equipment') {
    const list = pl.kind === 'slot' ? pp.slots : pp.cages;
    if (!keysOf(list).has(holder))
      out.warn([...at, 'placement', pl.kind], `${parent.name || pl.parent} (${pp.name}) has no ${pl.kind} "${holder}"`);
  }
}

function checkDevices(design: Design, get: (id: string) => Part | undefined, out: Sink): void {
  const occupied = new Map<string, string>();
  const cycles = placementCycles(design);
  const ctx: DeviceContext = {
    get,
    inCycle: (id) => cycles.has(id),
    occupant: (occKey, id) => {
      const prev = occupied.get(occKey);
      if (prev === undefined) occupied.set(occKey, id);
      return prev;
    },
  };
  for (const [k, d] of Object.entries(design.devices)) checkDevice(design, k, d, ctx, out);
}

/**
 * Cross-record checks of one cable under key `k`: every plugged end names a device that exists
 * (own properties only). Warnings: an unknown part, an end key the part lacks, a port the device
 * lacks, an empty cage (`cageHeld` says whether a transceiver sits in `device#cage`).
 */
export function checkCable(
  design: Design,
  k: string,
  c: Cable,
  get: (id: string) => Part | undefined,
  cageHeld: (holder: string) => boolean,
  out: Sink,
): void {
  const at = ['cables', k] as const;
  const part = get(c.part);
  if (!part)
    out.warn(
      [...at, 'part'],
      `part "${c.part}" is not in the catalogue or the design's parts: its fibers are unchecked`,
    );
  else if (part.kind !== 'cable')
    out.warn([...at, 'part'], `part "${c.part}" is not a cable: its fibers are unchecked`);
  const endKeys = part?.kind === 'cable' ? keysOf(part.ends) : undefined;
  for (const [endKey, ref] of Object.entries(c.ends)) {
    if (endKeys && !endKeys.has(endKey))
      out.warn([...at, 'ends', endKey], `cable part ${c.part} has no end "${endKey}"; this end is ignored`);
    if (!ref) continue;
    const dev = own(design.devices, ref.device);
    if (!dev) {
      out.error([...at, 'ends', endKey, 'device'], `device "${ref.device}" does not exist`);
      continue;
    }
    const dp = devicePart(get(dev.part));
    if (!dp) continue;
    const cage = cagePort(ref.port)?.cage ?? ref.port;
    const isCage = dp.kind === 'rack-equipment' && keysOf(dp.cages).has(cage);
    if (isCage && !cageHeld(`${dev.id}#${cage}`))
      out.warn(
        [...at, 'ends', endKey, 'port'],
        `cage "${ref.port}" of ${dev.name || dev.id} is empty: the fibers end at an open port`,
      );
    if (!isCage && !portKeysOf(dp).has(ref.port))
      out.warn(
        [...at, 'ends', endKey, 'port'],
        `${dev.name || dev.id} (${dp.name}) has no port "${ref.port}": traces through it are unchecked`,
      );
  }
}

function checkCables(design: Design, get: (id: string) => Part | undefined, out: Sink): void {
  const cageHolders = new Set<string>();
  for (const d of Object.values(design.devices))
    if (d.placement.kind === 'cage') cageHolders.add(`${d.placement.parent}#${d.placement.cage}`);
  for (const [k, c] of Object.entries(design.cables)) checkCable(design, k, c, get, (h) => cageHolders.has(h), out);
}

/**
 * Checks a schema-valid design for duplicate ids (record key ≠ record id), dangling references
 * (rack, parent device, cable end device), placement cycles, double-occupied slots and cages,
 * and contradictions inside custom parts. Returns errors and warnings with their paths; pure.
 */
export function checkDesign(design: Design): DesignCheckResult {
  const errors: DesignProblem[] = [];
  const warnings: DesignProblem[] = [];
  const out: Sink = {
    error: (path, message) => errors.push({ path, message }),
    warn: (path, message) => warnings.push({ path, message }),
  };
  checkKeys(design, out);
  for (const [k, p] of Object.entries(design.parts)) checkPart(p, ['parts', k], out);
  const catalogue = catalogueFor(design);
  const get = (id: string) => catalogue.get(id);
  checkDevices(design, get, out);
  checkCables(design, get, out);
  return { errors, warnings };
}
