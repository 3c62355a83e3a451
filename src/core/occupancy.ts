/**
 * Occupancy lookups: who sits where (read from the placement index, core/placementIndex.ts) and
 * what is plugged where (the plug index below), so placement checks, port lookups, labels and the
 * canvas read one map entry instead of scanning every device or cable.
 *
 * The plug index is memoised on its collection object (a `WeakMap` keyed by `design.cables`): an
 * edit that leaves the collection untouched (immutable records with structural sharing) reuses it;
 * an edit that replaces it reuses the previous index when no cable was re-plugged, else patches it
 * (O(n) pointer compares plus the ends of the changed cables). Lists keep the collection's own
 * order, so "the first occupant" is the one a scan of `Object.values` would have found.
 */
import type { Cable, Design, Device, PortRef } from './design';
import { portKey } from './design';
import type { CableId, DeviceId, RackId } from './ids';
import { placementIndexOf } from './placementIndex';

/** A cable end plugged into a port. */
export interface PortPlug {
  readonly cable: CableId;
  readonly end: string;
}

const NONE: readonly never[] = [];
function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
/** Rack equipment of `rack` in collection order (empty for an unknown rack). */
export const devicesInRack = (design: Pick<Design, 'devices'>, rack: RackId): readonly Device[] =>
  placementIndexOf(design.devices).byRack.get(rack) ?? NONE;

/** Modules and transceivers placed in `parent` (its slots and cages), in collection order. */
export const childrenOf = (design: Pick<Design, 'devices'>, parent: DeviceId): readonly Device[] =>
  placementIndexOf(design.devices).byParent.get(parent) ?? NONE;

/** Modules in slot `slot` of `parent` (normally zero or one). */
export const devicesInSlot = (design: Pick<Design, 'devices'>, parent: DeviceId, slot: string): readonly Device[] =>
  placementIndexOf(design.devices).bySlot.get(`${parent}#${slot}`) ?? NONE;

/** Transceivers in cage `cage` of `parent` (normally zero or one). */
export const devicesInCage = (design: Pick<Design, 'devices'>, parent: DeviceId, cage: string): readonly Device[] =>
  placementIndexOf(design.devices).byCage.get(`${parent}#${cage}`) ?? NONE;
/** Cable ends by port and by device. */
export interface PlugIndex {
  /** `device#port` (the port as written in the cable end; a switch cage stays `switch#cage-N`) -> ends in it. */
  readonly byPort: ReadonlyMap<string, readonly PortPlug[]>;
  /** Device id -> the cable ends plugged into any of its ports. */
  readonly byDevice: ReadonlyMap<string, readonly PortPlug[]>;
}

const plugs = new WeakMap<Design['cables'], PlugIndex>();
let lastPlugs: { readonly cables: Design['cables']; readonly index: PlugIndex } | null = null;

function endsOf(c: Cable): [PortRef, PortPlug][] {
  const out: [PortRef, PortPlug][] = [];
  for (const [end, r] of Object.entries(c.ends)) if (r) out.push([r, { cable: c.id, end }]);
  return out;
}

function buildPlugIndex(cables: Design['cables']): PlugIndex {
  const byPort = new Map<string, PortPlug[]>();
  const byDevice = new Map<string, PortPlug[]>();
  for (const c of Object.values(cables) as Cable[])
    for (const [r, p] of endsOf(c)) {
      push(byPort, portKey(r), p);
      push(byDevice, r.device, p);
    }
  return { byPort, byDevice };
}

/** True when two versions of a cable plug the same ends into the same ports. */
function sameEnds(a: Cable, b: Cable): boolean {
  const ka = Object.keys(a.ends);
  if (ka.length !== Object.keys(b.ends).length) return false;
  for (const k of ka) {
    const x = a.ends[k];
    const y = Object.hasOwn(b.ends, k) ? b.ends[k] : undefined;
    if (x === y) continue;
    if (!x || !y || x.device !== y.device || x.port !== y.port) return false;
  }
  return true;
}

/**
 * True when `cables` holds the same ids in the same order as `prev` and every replaced cable
 * plugs the same ends (a length, name or part edit): its plug index is `prev`'s. O(cables).
 */
function samePlugs(prev: Design['cables'], cables: Design['cables']): boolean {
  const ka = Object.keys(prev);
  const kb = Object.keys(cables);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const id = ka[i] as string;
    if (id !== kb[i]) return false;
    const a = prev[id] as Cable;
    const b = cables[id] as Cable;
    if (a !== b && !sameEnds(a, b)) return false;
  }
  return true;
}

/**
 * The index patched from the previous collection's: maps copied, the ends of removed or replaced
 * cables taken out and those of new or replaced cables put in (lists are copied on write, and a
 * list holding more than one end is put back in collection order).
 */
function patchPlugIndex(prev: Design['cables'], index: PlugIndex, cables: Design['cables']): PlugIndex {
  const byPort = new Map(index.byPort);
  const byDevice = new Map(index.byDevice);
  const touched = new Map<Map<string, readonly PortPlug[]>, Set<string>>([
    [byPort, new Set()],
    [byDevice, new Set()],
  ]);
  const edit = (m: Map<string, readonly PortPlug[]>, k: string, f: (l: readonly PortPlug[]) => PortPlug[]) => {
    const next = f(m.get(k) ?? NONE);
    if (next.length) m.set(k, next);
    else m.delete(k);
    touched.get(m)?.add(k);
  };
  const take = (c: Cable) => {
    for (const [r] of endsOf(c)) {
      edit(byPort, portKey(r), (l) => l.filter((p) => p.cable !== c.id));
      edit(byDevice, r.device, (l) => l.filter((p) => p.cable !== c.id));
    }
  };
  for (const [id, c] of Object.entries(prev) as [string, Cable][])
    if (!Object.hasOwn(cables, id) || cables[id] !== c) take(c);
  for (const c of Object.values(cables) as Cable[]) {
    if (Object.hasOwn(prev, c.id) && prev[c.id] === c) continue;
    for (const [r, p] of endsOf(c)) {
      edit(byPort, portKey(r), (l) => [...l, p]);
      edit(byDevice, r.device, (l) => [...l, p]);
    }
  }
  let order: Map<string, number> | null = null;
  for (const [m, keys] of touched)
    for (const k of keys) {
      const l = m.get(k);
      if (!l || l.length < 2) continue;
      order ??= new Map(Object.keys(cables).map((id, i) => [id, i]));
      const o = order;
      m.set(
        k,
        [...l].sort((a, b) => (o.get(a.cable) ?? 0) - (o.get(b.cable) ?? 0)),
      );
    }
  return { byPort, byDevice };
}

/**
 * Every plugged port and device of a cables collection (see `PlugIndex`), ends in collection
 * order (more than one per port only when two cables share a port, a P1 finding). Memoised on the
 * collection object; the previous collection's index itself when no cable was added, removed,
 * reordered or re-plugged (a length edit keeps the index object, so what is drawn from it is not
 * redrawn), else patched from it (an edit costs O(cables) pointer compares plus its own ends),
 * built in one pass when there is none.
 */
export function plugIndexOf(cables: Design['cables']): PlugIndex {
  const hit = plugs.get(cables);
  if (hit) return hit;
  const index = !lastPlugs
    ? buildPlugIndex(cables)
    : samePlugs(lastPlugs.cables, cables)
      ? lastPlugs.index
      : patchPlugIndex(lastPlugs.cables, lastPlugs.index, cables);
  plugs.set(cables, index);
  lastPlugs = { cables, index };
  return index;
}

/** The cable ends plugged into `ref` (the port as written, cages not resolved), in collection order. */
export const plugsAt = (design: Pick<Design, 'cables'>, ref: PortRef): readonly PortPlug[] =>
  plugIndexOf(design.cables).byPort.get(portKey(ref)) ?? NONE;
