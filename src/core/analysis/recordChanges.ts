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
    return true;
  }
  if (prev === next) return true;
  // Fast path: the same keys in the same order as last time; then only identities differ.
  const known = order.keys;
  if (known) {
    let i = 0;
    let same = true;
    for (const id in next) {
      if (known[i] !== id) {
        same = false;
        break;
      }
      i += 1;
      const rec = next[id];
      if (rec !== prev[id]) out.set(id, rec);
    }
    if (same && i === known.length) return true;
    out.clear();
  }
  const keys: string[] = [];
  let last = -Infinity;
  let pending: string[] = [];
  let seen = 0;
  for (const id in next) {
    keys.push(id);
    const rec = next[id] as T;
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
  return true;
}

/**
 * The key order of a collection as of the last full scan (null: unknown), so the next scan can
 * check order by comparing keys in step instead of looking each one up.
 */
export interface KeyOrder {
  keys: readonly string[] | null;
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
