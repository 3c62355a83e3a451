/**
 * Which records an edit changed, for the incremental analyzer: device and cable records whose
 * object identity differs (immutable records with structural sharing keep their identity when
 * untouched), or only the ids a caller names (the records layer knows them). Also tells whether
 * the design order of the records is kept (existing records in the same order, new ones after
 * them), which the analysis depends on (trace ids, the first plug in a port).
 */
import type { Cable, Design, Device } from '../design';
import type { CableId, DeviceId } from '../ids';

/** Ids of records an edit touched, per collection (the shape of the records layer's change sets). */
export interface ChangedIds {
  readonly racks?: readonly string[];
  readonly devices?: readonly string[];
  readonly cables?: readonly string[];
  readonly parts?: readonly string[];
}

/** The changed records: id → new record, or undefined when deleted. */
export interface RecordChanges {
  readonly devices: Map<DeviceId, Device | undefined>;
  readonly cables: Map<CableId, Cable | undefined>;
  /**
   * Design-order numbers for new records placed between existing ones (an undone deletion puts
   * a record back where it was); new records absent here follow all existing ones.
   */
  readonly seqs: { readonly devices: Map<string, number>; readonly cables: Map<string, number> };
  /** False when existing records changed their order: then only a full analysis is exact. */
  readonly ordered: boolean;
}

/** The record under an own key, never one from the prototype chain. */
const own = <T>(records: Readonly<Record<string, T>>, id: string): T | undefined =>
  Object.hasOwn(records, id) ? records[id] : undefined;

/**
 * Compares one collection. `seq` gives the design order of the records the analyzer knows (and
 * `current` their record objects). With `ids` naming no new record, only those keys are looked
 * at; otherwise every key is visited once (skipped entirely when the collection object is the
 * same), and a new record between existing ones gets an order number between theirs in `seqs`
 * (an undone deletion puts a record back where it was). Returns false when existing records
 * changed order.
 */
function collection<T>(
  prev: Readonly<Record<string, T>>,
  next: Readonly<Record<string, T>>,
  current: (id: string) => T | undefined,
  seq: ReadonlyMap<string, number>,
  ids: readonly string[] | undefined,
  out: Map<string, T | undefined>,
  seqs: Map<string, number>,
  order: KeyOrder,
): boolean {
  // Named ids: no scan, unless one is new (its place in the key order must be found).
  if (ids && !ids.some((id) => !seq.has(id) && Object.hasOwn(next, id))) {
    for (const id of ids) {
      const rec = own(next, id);
      if (rec !== current(id)) out.set(id, rec);
    }
    order.keys = null;
    order.values = null;
    return true;
  }
  if (prev === next) return true;
  // Fast path: the keys of the last scan, in step, with records deleted or added between them
  // (a deleted device, its undo); only a key out of order needs the full scan below.
  const known = order.keys;
  if (known && order.values && stepScan(next, known, order.values as readonly T[], seq, out, seqs, order)) return true;
  out.clear();
  seqs.clear();
  const keys: string[] = [];
  const values: T[] = [];
  let last = -Infinity;
  let pending: string[] = [];
  let seen = 0;
  for (const id in next) {
    keys.push(id);
    const rec = next[id] as T;
    values.push(rec);
    const s = seq.get(id);
    if (s === undefined) {
      out.set(id, rec);
      pending.push(id);
      continue;
    }
    if (s < last) return false;
    if (pending.length > 0) {
      // New records before an existing one: numbers strictly between their neighbours.
      const lo = last === -Infinity ? s - pending.length - 1 : last;
      for (let k = 0; k < pending.length; k++) {
        const v = lo + ((s - lo) * (k + 1)) / (pending.length + 1);
        if (!(v > lo && v < s)) return false;
        seqs.set(pending[k] as string, v);
      }
      pending = [];
    }
    last = s;
    seen += 1;
    if (rec !== current(id)) out.set(id, rec);
  }
  if (seen < seq.size) for (const id of seq.keys()) if (!Object.hasOwn(next, id)) out.set(id, undefined);
  order.keys = keys;
  order.values = values;
  return true;
}

/**
 * The scan of `collection` when the key order of the last scan (`known`, design order) is
 * known: walks `next`'s keys and `known` in step. A known key absent from `next` is deleted; an
 * unknown key is new (numbered between its existing neighbours, as the full scan does); a known
 * key met out of step means records changed order: returns false (then `out` and `seqs` hold
 * partial results and the caller scans again). Records present in both are compared with `prev`.
 *
 * `Object.keys(next)` is most of the cost (a record collection of more than ~1k keys is a
 * dictionary, whose keys V8 sorts by insertion on every enumeration: ~0.3 ms for the 4k devices of
 * the 10k hall when its memory is not in cache, against ~0.03 ms to look up 4k known keys). It is
 * not skipped: walking only the known keys finds deletions and replaced records, but neither a key
 * added (a deletion and an addition in one edit keep the count, and no count of a plain object's
 * keys is cheaper than enumerating them) nor existing keys reordered. Callers that know the
 * changed ids name them instead (`ChangedIds`), which skips the enumeration.
 */
function stepScan<T>(
  next: Readonly<Record<string, T>>,
  known: readonly string[],
  knownValues: readonly T[],
  seq: ReadonlyMap<string, number>,
  out: Map<string, T | undefined>,
  seqs: Map<string, number>,
  order: KeyOrder,
): boolean {
  const n = known.length;
  let i = 0;
  let changedKeys = false;
  /** New records waiting for their right neighbour, and the order number of their left one. */
  let pending: string[] | null = null;
  let lo = -Infinity;
  // Object.keys, not for…in: a large record collection is a dictionary, and for…in checks each key again.
  const keys = Object.keys(next);
  const values = new Array<T>(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const id = keys[k] as string;
    // Known keys skipped over are deleted (a known key present elsewhere is caught below).
    while (i < n && known[i] !== id && !Object.hasOwn(next, known[i] as string)) {
      out.set(known[i] as string, undefined);
      changedKeys = true;
      i += 1;
    }
    const rec = next[id] as T;
    values[k] = rec;
    if (i < n && known[i] === id) {
      const old = knownValues[i];
      i += 1;
      if (pending) {
        if (!numberBetween(pending, lo, seq.get(id) as number, seqs)) return false;
        pending = null;
      }
      if (rec !== old) out.set(id, rec);
      continue;
    }
    if (seq.has(id)) return false; // an existing record out of step: the order changed
    out.set(id, rec);
    changedKeys = true;
    if (!pending) {
      pending = [];
      lo = i > 0 ? (seq.get(known[i - 1] as string) as number) : -Infinity;
    }
    pending.push(id);
  }
  for (; i < n; i++) {
    if (Object.hasOwn(next, known[i] as string)) return false;
    out.set(known[i] as string, undefined);
    changedKeys = true;
  }
  if (changedKeys) order.keys = keys;
  order.values = values;
  return true;
}

/**
 * Numbers the new records `pending` strictly between the order numbers `lo` (−∞: none before)
 * and `hi`, into `seqs`; false when no such numbers exist.
 */
function numberBetween(pending: readonly string[], lo0: number, hi: number, seqs: Map<string, number>): boolean {
  const lo = lo0 === -Infinity ? hi - pending.length - 1 : lo0;
  for (let k = 0; k < pending.length; k++) {
    const v = lo + ((hi - lo) * (k + 1)) / (pending.length + 1);
    if (!(v > lo && v < hi)) return false;
    seqs.set(pending[k] as string, v);
  }
  return true;
}

/**
 * The key order of a collection as of the last full scan (null: unknown), so the next scan can
 * check order by comparing keys in step instead of looking each one up.
 */
export interface KeyOrder {
  keys: readonly string[] | null;
  /** The records under `keys` as last scanned (compared by identity, without a lookup in the old design). */
  values: readonly unknown[] | null;
}

/**
 * The device and cable records that differ between the analyzed design `prev` and `next`.
 * `known` gives the records the analyzer holds and their design order; `orders` the key order of
 * each collection as last scanned (updated here).
 */
export function recordChanges(
  prev: Design,
  next: Design,
  known: {
    readonly device: (id: string) => Device | undefined;
    readonly cable: (id: string) => Cable | undefined;
    readonly deviceSeq: ReadonlyMap<string, number>;
    readonly cableSeq: ReadonlyMap<string, number>;
  },
  orders: { readonly devices: KeyOrder; readonly cables: KeyOrder },
  hint?: ChangedIds,
): RecordChanges {
  const devices = new Map<string, Device | undefined>();
  const cables = new Map<string, Cable | undefined>();
  const seqs = { devices: new Map<string, number>(), cables: new Map<string, number>() };
  const ordered =
    collection(
      prev.devices,
      next.devices,
      known.device,
      known.deviceSeq,
      hint?.devices,
      devices,
      seqs.devices,
      orders.devices,
    ) &&
    collection(prev.cables, next.cables, known.cable, known.cableSeq, hint?.cables, cables, seqs.cables, orders.cables);
  return {
    devices: devices as Map<DeviceId, Device | undefined>,
    cables: cables as Map<CableId, Cable | undefined>,
    seqs,
    ordered,
  };
}

/** Fields of a cable that only its loss reads (a change there keeps every trace). */
const LOSS_ONLY: ReadonlySet<string> = new Set(['lengthM', 'construction']);

/** True when two cable records differ only in loss-only fields (length, construction). */
export function lossOnlyChange(a: Cable, b: Cable): boolean {
  for (const k in a) if (!LOSS_ONLY.has(k) && k !== 'ends' && (a as never)[k] !== (b as never)[k]) return false;
  for (const k in b) if (!(k in a)) return false;
  if (a.ends === b.ends) return true;
  const ka = Object.keys(a.ends);
  const kb = Object.keys(b.ends);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const key = ka[i] as string;
    if (key !== kb[i]) return false;
    const x = a.ends[key];
    const y = b.ends[key];
    if (x === y) continue;
    if (!x || !y || x.device !== y.device || x.port !== y.port) return false;
  }
  return true;
}

/** True when a device record changed only where it stands (not into or out of a cage). */
export function placementOnlyChange(a: Device, b: Device): boolean {
  for (const k in a) if (k !== 'placement' && (a as never)[k] !== (b as never)[k]) return false;
  for (const k in b) if (!(k in a)) return false;
  return a.placement.kind !== 'cage' && b.placement.kind !== 'cage';
}
