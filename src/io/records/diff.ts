/**
 * Differences between two designs as record changes, and writing them into a design's `Y.Doc`
 * in one transaction. Records are compared by identity first (immer structural sharing: an edit
 * makes new objects only along the changed path), then, for records that are new objects, by
 * value, so replacing a design with an equal one (a restored version, an echo) writes nothing.
 *
 * ```text
 *  prev ──edit──► next          diffDesign(prev, next)
 *   cables: { c1, c2 }  →  { c1', c3 }     cables: set c1', set c3, delete c2
 *   name: "A"           →  "B"             meta:   name "B"
 * ```
 */
import type * as Y from 'yjs';
import type { Design } from '../../core/design';
import { editChangesSince } from '../../core/editChanges';
import { COLLECTION_NAMES, META_KEYS, META_MAP, copyRecords, type CollectionName, type MetaKey } from './collections';

/** Record changes of one collection: records to write (whole) and keys to delete. */
export interface CollectionDiff {
  readonly set: readonly (readonly [key: string, record: unknown])[];
  readonly deleted: readonly string[];
}

/** The record changes between two designs. Collections without changes are absent. */
export interface DesignDiff {
  /** Changed values of the `meta` map (`name`, `settings`, `schemaVersion`). */
  readonly meta: readonly (readonly [key: MetaKey, value: unknown])[];
  readonly collections: ReadonlyMap<CollectionName, CollectionDiff>;
}

/** Structural equality of two JSON values (objects by own keys in any order, arrays in order). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => jsonEqual(v, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) => Object.hasOwn(b, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

type Records = Readonly<Record<string, unknown>>;

function diffCollection(prev: Records | undefined, next: Records | undefined): CollectionDiff | null {
  if (prev === next) return null;
  const p = prev ?? {};
  const n = next ?? {};
  const set: [string, unknown][] = [];
  let kept = 0;
  for (const k in n) {
    const v = n[k];
    if (!Object.hasOwn(p, k)) set.push([k, v]);
    else {
      kept += 1;
      if (p[k] !== v && !jsonEqual(p[k], v)) set.push([k, v]);
    }
  }
  const deleted: string[] = [];
  // Every key of `prev` still in `next` was counted in `kept`; look for deletions only when some are missing.
  let prevCount = 0;
  for (const _k in p) prevCount += 1;
  if (prevCount !== kept) for (const k in p) if (!Object.hasOwn(n, k)) deleted.push(k);
  return set.length || deleted.length ? { set, deleted } : null;
}

/**
 * The record changes that turn `prev` into `next`: per collection the records to write (new or
 * changed, whole) and the keys to delete, and the changed meta values. O(records) in the
 * collections whose object changed; unchanged collections (same object) cost nothing. Pure.
 */
export function diffDesign(prev: Design, next: Design): DesignDiff {
  const meta: [MetaKey, unknown][] = [];
  for (const k of META_KEYS) if (prev[k] !== next[k] && !jsonEqual(prev[k], next[k])) meta.push([k, next[k]]);
  const collections = new Map<CollectionName, CollectionDiff>();
  // Made from `prev` by core edits: their change records name every record that can differ.
  const named = editChangesSince(next, prev);
  for (const c of COLLECTION_NAMES) {
    const p = prev[c] as Records | undefined;
    const n = next[c] as Records | undefined;
    const d = named ? diffNamed(p, n, named[c]) : diffCollection(p, n);
    if (d) collections.set(c, d);
  }
  return { meta, collections };
}

/** `diffCollection` over only the keys `ids` (every other record is known to be the same object). */
function diffNamed(
  prev: Records | undefined,
  next: Records | undefined,
  ids: readonly string[],
): CollectionDiff | null {
  if (prev === next || ids.length === 0) return null;
  const p = prev ?? {};
  const n = next ?? {};
  const set: [string, unknown][] = [];
  const deleted: string[] = [];
  for (const k of ids) {
    const had = Object.hasOwn(p, k);
    if (!Object.hasOwn(n, k)) {
      if (had) deleted.push(k);
    } else if (!had || (p[k] !== n[k] && !jsonEqual(p[k], n[k]))) set.push([k, n[k]]);
  }
  return set.length || deleted.length ? { set, deleted } : null;
}

/** True when a diff changes nothing. */
export const isEmptyDiff = (diff: DesignDiff): boolean => diff.meta.length === 0 && diff.collections.size === 0;

/** Number of records (and meta values) a diff writes or deletes. */
export function diffSize(diff: DesignDiff): number {
  let n = diff.meta.length;
  for (const c of diff.collections.values()) n += c.set.length + c.deleted.length;
  return n;
}

/**
 * Writes a diff into `ydoc` in one transaction with `origin` (the local-edit origin, so the undo
 * manager records it as one step; or a sync origin). Each record is set whole as a plain JSON
 * value. A no-op (no transaction) for an empty diff.
 */
export function applyDiff(ydoc: Y.Doc, diff: DesignDiff, origin: unknown): void {
  if (isEmptyDiff(diff)) return;
  ydoc.transact(() => {
    const meta = ydoc.getMap(META_MAP);
    for (const [k, v] of diff.meta) meta.set(k, v);
    for (const [name, c] of diff.collections) {
      const map = ydoc.getMap(name);
      for (const k of c.deleted) map.delete(k);
      for (const [k, v] of c.set) map.set(k, v);
    }
  }, origin);
}

/**
 * `design` with a diff's records written and deleted and its meta values set: the pure mirror of
 * `applyDiff` on a snapshot (unchanged collections keep their objects).
 */
export function applyDiffToDesign(design: Design, diff: DesignDiff): Design {
  if (isEmptyDiff(diff)) return design;
  const out: Record<string, unknown> = { ...design };
  for (const [k, v] of diff.meta) out[k] = v;
  for (const [c, d] of diff.collections) {
    const recs: Record<string, unknown> = copyRecords((design[c] ?? {}) as Records);
    for (const k of d.deleted) delete recs[k];
    for (const [k, v] of d.set) recs[k] = v;
    out[c] = recs;
  }
  return out as unknown as Design;
}
