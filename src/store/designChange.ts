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
import { diffDesign } from '../io/records/diff';
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

/**
 * The change that turns `prev` into `next` (`diffDesign` of the records layer: O(records) in the
 * collections whose object changed, nothing for the others). Pure.
 */
export function designChange(prev: Design, next: Design): DesignChange {
  const diff = diffDesign(prev, next);
  const collections: [CollectionName, CollectionChange][] = [];
  for (const name of COLLECTION_NAMES) {
    if (prev[name] === next[name]) continue;
    const d = diff.collections.get(name) ?? { set: [], deleted: [] };
    const p = (prev[name] ?? {}) as Records;
    const n = (next[name] ?? {}) as Records;
    const added = d.set.filter(([k]) => !Object.hasOwn(p, k)).map(([k]) => k);
    // O(records) of this collection: a reordered collection (no record changed) is sent whole too.
    if (!keepsOrder(p, n, new Set(d.deleted), added))
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
