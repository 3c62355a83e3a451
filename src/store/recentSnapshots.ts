/**
 * The designs a document binding showed most recently, so that an undo, a redo or another tab's
 * change that brings back one of them gives back that very object (memoised derivations by
 * identity keep working: the analysis, labels, the scene).
 *
 * Each remembered design keeps the keys at which it may differ from the design shown now
 * (`since`: the union of the snapshots' `touched` keys since it was shown). Whether a new design
 * equals it is then decided at those keys and the new change's keys alone, in O(changed keys),
 * not by walking every record of every collection (which cost tens of ms per undo in a
 * 100k-fiber hall). A design whose `since` is not known (after a whole read or a large change)
 * is compared record by record, once the change's own keys already match.
 *
 * ```text
 *  shown: S0 ─edit k─► S1 ─undo─► d      recent: S1 {since: ∅}, S0 {since: {k}}
 *  d equals S0 at {k} ∪ touched(d)  ⇒  d is S0 (the object)
 * ```
 */
import type { Design } from '../core/design';
import { jsonEqual, type ChangedKeys } from '../io/records';

type Fields = Readonly<Record<string, unknown>>;
const NO_FIELDS: Fields = {};

/** Remembered designs (the one shown now included). */
const RECENT = 8;
/** Keys (meta and records) from which a remembered design's `since` is no longer kept. */
const MAX_SINCE = 4096;

/** Keys at which two designs may differ: meta fields, and records per collection. */
interface KeySet {
  readonly meta: Set<string>;
  readonly collections: Map<string, Set<string>>;
  size: number;
}

interface Remembered {
  readonly design: Design;
  /** Where `design` may differ from the design shown now; null: not known. */
  since: KeySet | null;
}

const emptyKeys = (): KeySet => ({ meta: new Set(), collections: new Map(), size: 0 });

/** Adds `keys` to `into` (counting new keys); null when `into` grows past `MAX_SINCE`. */
function addKeys(into: KeySet, keys: ChangedKeys | KeySet): KeySet | null {
  for (const k of keys.meta)
    if (!into.meta.has(k)) {
      into.meta.add(k);
      into.size++;
    }
  for (const [c, ks] of keys.collections) {
    let set = into.collections.get(c);
    if (!set) into.collections.set(c, (set = new Set()));
    for (const k of ks)
      if (!set.has(k)) {
        set.add(k);
        into.size++;
      }
  }
  return into.size > MAX_SINCE ? null : into;
}

/** The value of a record or meta field: the same object, or equal as JSON. */
const sameValue = (a: unknown, b: unknown): boolean => a === b || jsonEqual(a, b);

/**
 * True when designs `a` and `b` hold equal values at every key `keys` names: meta fields, and
 * each named record present in both (and equal) or in neither. O(named keys).
 */
export function sameAtKeys(a: Design, b: Design, keys: ChangedKeys | KeySet): boolean {
  const fa = a as unknown as Fields;
  const fb = b as unknown as Fields;
  for (const k of keys.meta) if (!sameValue(fa[k], fb[k])) return false;
  for (const [c, ks] of keys.collections) {
    const ca = (fa[c] as Fields | undefined) ?? NO_FIELDS;
    const cb = (fb[c] as Fields | undefined) ?? NO_FIELDS;
    if (ca === cb) continue;
    for (const k of ks) {
      const inA = Object.hasOwn(ca, k);
      if (inA !== Object.hasOwn(cb, k) || (inA && !sameValue(ca[k], cb[k]))) return false;
    }
  }
  return true;
}

/**
 * True when designs `a` and `b` have the same fields and, field by field, the same object or
 * objects with the same keys holding the same (or JSON-equal) values: records one by one for the
 * collections, entries for settings. O(records) in the collections whose objects differ.
 */
export function sameRecordByRecord(a: Design, b: Design): boolean {
  const fa = a as unknown as Fields;
  const fb = b as unknown as Fields;
  const keys = Object.keys(fa);
  if (keys.length !== Object.keys(fb).length) return false;
  return keys.every((k) => {
    const x = fa[k];
    const y = fb[k];
    if (x === y) return true;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    const kx = Object.keys(x);
    if (kx.length !== Object.keys(y).length) return false;
    return kx.every((r) => Object.hasOwn(y, r) && sameValue((x as Fields)[r], (y as Fields)[r]));
  });
}

/**
 * The recent designs of one binding. Call `shown` with every design the binding shows next,
 * with the keys at which it may differ from the one shown before (`DocSnapshot.touched`); call
 * `find` first to trade a new design for an equal remembered one.
 */
export class RecentSnapshots {
  private list: Remembered[] = [];

  /**
   * A remembered design equal to `d` record by record, else `d`. `touched`: the keys at which
   * `d` may differ from the design shown now (null: not known). A remembered design is compared
   * at its `since` keys and `touched` when both are known; otherwise, once it matches at
   * `touched` (when known), record by record.
   */
  find(d: Design, touched: ChangedKeys | null): Design {
    for (const r of this.list) {
      if (r.design === d) return d;
      if (touched && !sameAtKeys(d, r.design, touched)) continue;
      if (r.since && touched ? sameAtKeys(d, r.design, r.since) : sameRecordByRecord(d, r.design)) return r.design;
    }
    return d;
  }

  /**
   * Records that `d` is shown now, after the design shown before; `touched` is where `d` may
   * differ from it (null: not known). `d` may be a remembered design (`find`'s answer): it equals
   * the new design record by record, which differs from the one shown before only at `touched`.
   */
  shown(d: Design, touched: ChangedKeys | null): void {
    // Each remembered design equals the one shown before outside its `since`, which equals `d`
    // outside `touched`: so it equals `d` outside both.
    for (const r of this.list) if (r.design !== d) r.since = touched && r.since ? addKeys(r.since, touched) : null;
    const at = this.list.findIndex((r) => r.design === d);
    if (at >= 0) this.list.splice(at, 1);
    this.list.unshift({ design: d, since: emptyKeys() });
    if (this.list.length > RECENT) this.list.length = RECENT;
  }
}
