/**
 * What the main thread sends the analysis worker after an edit: the records that changed, not
 * the design. The worker holds its own copy of the design and patches it (`applyDesignChange`,
 * structural sharing: unchanged records keep their objects, so the incremental analyzer reuses
 * their work), then analyses it with the changed ids (`changedIdsOf`).
 *
 * ```text
 *  main:   prev ──edit──► next      designChange(prev, next) = diffDesign (records layer)
 *  worker: copy ──applyDesignChange──► copy'   (same records, same key order as next)
 * ```
 *
 * Key order matters to the analysis (trace ids follow the design order of cables): each changed
 * collection's key order is checked against what the worker will build (kept keys in place, new
 * ones appended), and a collection it could not reproduce (an undone deletion puts a record back
 * in place; a reorder) is sent whole.
 */
import type { ChangedIds } from '../core/analysis/analyzer';
import type { Design } from '../core/design';
import { diffDesign, type DesignDiff } from '../io/records/diff';
import { COLLECTION_NAMES, type CollectionName, type MetaKey } from '../io/records/collections';

type Records = Readonly<Record<string, unknown>>;

/** One collection's change: records set (whole) and keys deleted, or the whole collection. */
export type CollectionChange =
  | { readonly set: readonly (readonly [string, unknown])[]; readonly deleted: readonly string[] }
  | { readonly all: Records | undefined };

/** The change from one design to the next, as plain structured-clone-friendly data. */
export interface DesignChange {
  readonly meta: readonly (readonly [MetaKey, unknown])[];
  readonly collections: readonly (readonly [CollectionName, CollectionChange])[];
}

/** True when the keys of `next` are the keys of `prev` without `deleted`, then `added`, in that order. */
function keepsOrder(prev: Records, next: Records, deleted: ReadonlySet<string>, added: readonly string[]): boolean {
  const keys = Object.keys(next);
  let i = 0;
  for (const k in prev) {
    if (deleted.has(k)) continue;
    if (keys[i] !== k) return false;
    i += 1;
  }
  for (const k of added) {
    if (keys[i] !== k) return false;
    i += 1;
  }
  return i === keys.length;
}

/** Record diffs the records layer already computed, by the design they lead to (`noteDiff`). */
const known = new WeakMap<Design, { readonly from: Design; readonly diff: DesignDiff }>();

/**
 * Remembers that `diff` (the records layer's `diffDesign(from, to)`, computed when it wrote the
 * edit) turns `from` into `to`, so `designChange(from, to)` need not compare the designs again.
 */
export function noteDiff(from: Design, to: Design, diff: DesignDiff): void {
  known.set(to, { from, diff });
}

/**
 * The number of records whose object differs between `prev` and `next` (identity only, no value
 * comparison), counting up to `limit` + 1 at most. O(records) in the collections that changed.
 */
export function recordsReplaced(prev: Design, next: Design, limit: number): number {
  let n = 0;
  for (const name of COLLECTION_NAMES) {
    const p = (prev[name] ?? {}) as Records;
    const q = (next[name] ?? {}) as Records;
    if (p === q) continue;
    for (const k in q) if (p[k] !== q[k] && ++n > limit) return n;
  }
  return n;
}

/**
 * The change that turns `prev` into `next` (`diffDesign` of the records layer: O(records) in the
 * collections whose object changed, nothing for the others), or null when more than `limit`
 * records are new objects (another design was opened: send it whole instead of comparing every
 * record by value). Pure.
 */
export function designChange(prev: Design, next: Design, limit = Number.POSITIVE_INFINITY): DesignChange | null {
  const hint = known.get(next);
  if (!hint || hint.from !== prev) {
    if (limit !== Number.POSITIVE_INFINITY && recordsReplaced(prev, next, limit) > limit) return null;
  }
  const diff = hint?.from === prev ? hint.diff : diffDesign(prev, next);
  const collections: [CollectionName, CollectionChange][] = [];
  for (const name of COLLECTION_NAMES) {
    if (prev[name] === next[name]) continue;
    const d = diff.collections.get(name) ?? { set: [], deleted: [] };
    const p = (prev[name] ?? {}) as Records;
    const n = (next[name] ?? {}) as Records;
    const added = d.set.filter(([k]) => !Object.hasOwn(p, k)).map(([k]) => k);
    // O(records) of this collection: a reordered collection (no record changed) is sent whole too.
    // A diff the records layer wrote keeps the order of kept keys (deleting one keeps the others'
    // order on both sides); only additions are checked then.
    const checkOrder = hint?.from !== prev || added.length > 0;
    if (checkOrder && !keepsOrder(p, n, new Set(d.deleted), added))
      collections.push([name, { all: next[name] as Records | undefined }]);
    else if (d.set.length > 0 || d.deleted.length > 0) collections.push([name, { set: d.set, deleted: d.deleted }]);
  }
  return { meta: diff.meta, collections };
}

/** True when a change changes nothing. */
export const isEmptyChange = (c: DesignChange): boolean => c.meta.length === 0 && c.collections.length === 0;

/**
 * `design` with `change` applied: changed collections are new objects holding the unchanged
 * records of `design` (same objects) and the changed ones; unchanged collections are kept. Pure.
 */
export function applyDesignChange(design: Design, change: DesignChange): Design {
  if (isEmptyChange(change)) return design;
  const out: Record<string, unknown> = { ...design };
  for (const [k, v] of change.meta) out[k] = v;
  for (const [name, c] of change.collections) {
    if ('all' in c) {
      if (c.all === undefined) delete out[name];
      else out[name] = c.all;
      continue;
    }
    const recs: Record<string, unknown> = { ...((design[name] ?? {}) as Records) };
    for (const k of c.deleted) delete recs[k];
    for (const [k, v] of c.set) recs[k] = v;
    out[name] = recs;
  }
  return out as unknown as Design;
}

/**
 * The ids a change names, for `Analyzer.update(design, changed)`; undefined (compare by record
 * identity) when a collection was sent whole, since then its order may have changed.
 */
export function changedIdsOf(change: DesignChange): ChangedIds | undefined {
  const ids: Partial<Record<CollectionName, string[]>> = {};
  for (const [name, c] of change.collections) {
    if ('all' in c) return undefined;
    ids[name] = [...c.set.map(([k]) => k), ...c.deleted];
  }
  return { racks: ids.racks ?? [], devices: ids.devices ?? [], cables: ids.cables ?? [], parts: ids.parts ?? [] };
}
