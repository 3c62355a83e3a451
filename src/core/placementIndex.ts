/**
 * The placement index of a devices collection: which devices sit in each rack, in each parent's
 * slots and cages, and which are unplaced, so placement checks, labels and the canvas read one map
 * entry instead of scanning every device.
 *
 * Memoised on the collection object (a `WeakMap` keyed by `design.devices`): an edit that leaves
 * the collection untouched (immutable records with structural sharing) reuses its index; an edit
 * that replaces it patches the previous collection's index (O(n) pointer compares plus the groups
 * the changed records sit in), or rebuilds it in one O(n) pass when the change is large or the key
 * order moved. Lists keep the collection's own order, so "the first occupant" is the one a scan of
 * `Object.values` would have found.
 */
import type { Design, Device } from './design';
import type { DeviceId, RackId } from './ids';

/** Devices by where they are placed. */
export interface PlacementIndex {
  /** Rack equipment by rack id, in collection order. */
  readonly byRack: ReadonlyMap<RackId, readonly Device[]>;
  /** Modules and transceivers by parent device id (slots and cages alike), in collection order. */
  readonly byParent: ReadonlyMap<DeviceId, readonly Device[]>;
  /** Modules by `parent#slot`; more than one only in a broken design. */
  readonly bySlot: ReadonlyMap<string, readonly Device[]>;
  /** Transceivers by `parent#cage`; more than one only in a broken design. */
  readonly byCage: ReadonlyMap<string, readonly Device[]>;
  /** Devices with placement `unplaced`. */
  readonly unplaced: readonly Device[];
}

const NONE: readonly never[] = [];
function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
/** A collection indexed: the collection, its index and its keys in order (read once, walked by the next patch). */
interface IndexedDevices {
  readonly devices: Design['devices'];
  readonly index: PlacementIndex;
  readonly keys: readonly string[];
}
const placements = new WeakMap<Design['devices'], IndexedDevices>();
let lastPlacements: IndexedDevices | null = null;

/**
 * Work counters of `placementIndexOf`, for tests and benchmarks: `fullBuilds` counts one-pass
 * builds, `patches` indexes patched from the previous one, `listsBuilt` group lists (a rack's, a
 * parent's, a slot's, a cage's, the unplaced list) made by either path. Never reset by the module.
 */
export const placementIndexStats = { fullBuilds: 0, patches: 0, listsBuilt: 0 };

/** Above this many added, removed or replaced devices, a new collection is indexed in full. */
const PATCH_LIMIT = 256;

/** The placement index in one pass over the collection's `keys` (lists in collection order). */
function buildPlacementIndex(devices: Design['devices'], keys: readonly string[]): PlacementIndex {
  const byRack = new Map<RackId, Device[]>();
  const byParent = new Map<DeviceId, Device[]>();
  const bySlot = new Map<string, Device[]>();
  const byCage = new Map<string, Device[]>();
  const unplaced: Device[] = [];
  for (const k of keys) {
    const d = devices[k as DeviceId] as Device;
    const p = d.placement;
    if (p.kind === 'rack') push(byRack, p.rack, d);
    else if (p.kind === 'slot') {
      push(byParent, p.parent, d);
      push(bySlot, `${p.parent}#${p.slot}`, d);
    } else if (p.kind === 'cage') {
      push(byParent, p.parent, d);
      push(byCage, `${p.parent}#${p.cage}`, d);
    } else unplaced.push(d);
  }
  placementIndexStats.fullBuilds++;
  placementIndexStats.listsBuilt += byRack.size + byParent.size + bySlot.size + byCage.size + 1;
  return { byRack, byParent, bySlot, byCage, unplaced };
}

/** Which of the index's groups a list belongs to: 0 byRack, 1 byParent, 2 bySlot, 3 byCage, 4 unplaced. */
type GroupKind = 0 | 1 | 2 | 3 | 4;

/** The groups (`kind` and key, joined as `kind|key`) a device is listed in. */
function groupsOf(d: Device): string[] {
  const p = d.placement;
  if (p.kind === 'rack') return [`0|${p.rack}`];
  if (p.kind === 'slot') return [`1|${p.parent}`, `2|${p.parent}#${p.slot}`];
  if (p.kind === 'cage') return [`1|${p.parent}`, `3|${p.parent}#${p.cage}`];
  return ['4|'];
}

/** One touched group: old records leaving it, old records replaced in place by new ones, new records entering at a position. */
interface GroupEdit {
  readonly leave: Set<Device>;
  readonly replace: Map<Device, Device>;
  readonly enter: Placed[];
}

/** A device record and its position in the new collection's key order. */
interface Placed {
  readonly d: Device;
  readonly at: number;
}

/**
 * The index patched from the previous collection's, or null when a full build is cheaper or needed
 * (key order moved, or more than `PATCH_LIMIT` devices added, removed or replaced). Keys are walked
 * in step (pointer compares, O(devices)); only the groups of changed devices get new lists, each in
 * collection order; every other list, and every map with no touched group, is the previous object.
 */
function patchPlacementIndex(
  last: IndexedDevices,
  devices: Design['devices'],
  kb: readonly string[],
): PlacementIndex | null {
  const { devices: prev, index, keys: ka } = last;
  const gone: Device[] = [];
  const came: Placed[] = [];
  const changed: { a: Device; b: Device; at: number }[] = [];
  let lastCommon = -1;
  let i = 0;
  let j = 0;
  while (i < ka.length || j < kb.length) {
    if (gone.length + came.length + changed.length > PATCH_LIMIT) return null;
    const x = ka[i];
    const y = kb[j];
    if (x !== undefined && x === y) {
      const a = prev[x] as Device;
      const b = devices[y] as Device;
      if (a !== b) changed.push({ a, b, at: j });
      lastCommon = j;
      i++;
      j++;
    } else if (x !== undefined && !Object.hasOwn(devices, x)) {
      gone.push(prev[x] as Device);
      i++;
    } else if (y !== undefined && !Object.hasOwn(prev, y)) {
      came.push({ d: devices[y] as Device, at: j });
      j++;
    } else return null;
  }
  if (!gone.length && !came.length && !changed.length) return index;
  const edits = new Map<string, GroupEdit>();
  const editOf = (g: string): GroupEdit => {
    let e = edits.get(g);
    if (!e) edits.set(g, (e = { leave: new Set(), replace: new Map(), enter: [] }));
    return e;
  };
  for (const d of gone) for (const g of groupsOf(d)) editOf(g).leave.add(d);
  for (const p of came) for (const g of groupsOf(p.d)) editOf(g).enter.push(p);
  for (const { a, b, at } of changed) {
    const ga = groupsOf(a);
    const gb = groupsOf(b);
    for (const g of ga)
      if (gb.includes(g)) editOf(g).replace.set(a, b);
      else editOf(g).leave.add(a);
    for (const g of gb) if (!ga.includes(g)) editOf(g).enter.push({ d: b, at });
  }
  placementIndexStats.patches++;
  return applyGroupEdits(index, edits, devices, kb, lastCommon);
}

/**
 * A new index with each edited group's list rebuilt from its previous list: leaving records taken
 * out, replaced ones swapped in place, entering ones put in collection order (appended when they
 * follow the last key the collections share, else merged by a position found in one pass over the
 * keys for the records of those groups only). An emptied group is dropped from its map.
 */
function applyGroupEdits(
  index: PlacementIndex,
  edits: ReadonlyMap<string, GroupEdit>,
  devices: Design['devices'],
  kb: readonly string[],
  lastCommon: number,
): PlacementIndex {
  const src: ReadonlyMap<string, readonly Device[]>[] = [
    index.byRack,
    index.byParent,
    index.bySlot,
    index.byCage,
    new Map([['', index.unplaced]]),
  ];
  const out = new Map<string, Device[]>();
  const merge: [string, Device[], Placed[]][] = [];
  for (const [g, e] of edits) {
    const old = src[Number(g[0]) as GroupKind]?.get(g.slice(2)) ?? NONE;
    const base: Device[] = [];
    for (const d of old) if (!e.leave.has(d)) base.push(e.replace.get(d) ?? d);
    const enter = e.enter.sort((p, q) => p.at - q.at);
    if (base.length && enter.length && (enter[0] as Placed).at < lastCommon) merge.push([g, base, enter]);
    else out.set(g, [...base, ...enter.map((p) => p.d)]);
  }
  if (merge.length) {
    const rank = new Map<Device, number>();
    for (const [, base] of merge) for (const d of base) rank.set(d, -1);
    for (let j = 0; j < kb.length; j++) {
      const d = devices[kb[j] as DeviceId] as Device;
      if (rank.has(d)) rank.set(d, j);
    }
    for (const [g, base, enter] of merge)
      out.set(
        g,
        [...base.map((d) => ({ d, at: rank.get(d) ?? 0 })), ...enter].sort((p, q) => p.at - q.at).map((p) => p.d),
      );
  }
  const next = src.slice();
  for (const [g, list] of out) {
    const kind = Number(g[0]) as GroupKind;
    if (next[kind] === src[kind]) next[kind] = new Map(src[kind]);
    const m = next[kind] as Map<string, readonly Device[]>;
    if (list.length || kind === 4) m.set(g.slice(2), list);
    else m.delete(g.slice(2));
    placementIndexStats.listsBuilt++;
  }
  const unplaced = out.get('4|') ?? index.unplaced;
  return {
    byRack: next[0] as PlacementIndex['byRack'],
    byParent: next[1] as PlacementIndex['byParent'],
    bySlot: next[2] as ReadonlyMap<string, readonly Device[]>,
    byCage: next[3] as ReadonlyMap<string, readonly Device[]>,
    unplaced,
  };
}

/**
 * The placement index of a devices collection. Memoised on the collection object; the previous
 * collection's index itself when no record was added, removed or replaced; else patched from it
 * when the keys keep their order and at most `PATCH_LIMIT` records changed (a drop, a rename or a
 * move costs O(devices) pointer compares plus the lists of the groups it touches: the other lists
 * keep their identity, so what is drawn from them is not redrawn); else built in one O(devices)
 * pass. Lists are in collection order either way.
 */
export function placementIndexOf(devices: Design['devices']): PlacementIndex {
  const hit = placements.get(devices);
  if (hit) {
    lastPlacements = hit;
    return hit.index;
  }
  const keys = Object.keys(devices);
  const index =
    (lastPlacements && patchPlacementIndex(lastPlacements, devices, keys)) ?? buildPlacementIndex(devices, keys);
  lastPlacements = { devices, index, keys };
  placements.set(devices, lastPlacements);
  return index;
}
