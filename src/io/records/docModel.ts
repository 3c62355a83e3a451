/**
 * The pure mapping between a design and its `Y.Doc` of records (layout in `collections.ts`), and
 * the snapshot the app works on: an immutable `Design` that shares every unchanged record object
 * with the previous snapshot.
 *
 * ```text
 *  Y.Doc ──readSnapshot──► DocSnapshot { raw, design, aside, notices }
 *    │  (a transaction: another tab, the server, undo)
 *    └──refreshSnapshot(prev, ydoc, changedKeys(tr))──► next snapshot (changed keys re-read only)
 *  store edit ──diffDesign──► applyDiff(ydoc, diff, LOCAL) ; commitSnapshot(prev, next, diff)
 * ```
 *
 * A value that fails validation is never applied: it is kept aside (`aside`, with its JSON
 * path and message, and the value itself) and the rest of the document goes on. The document
 * itself is never rewritten by reading it.
 */
import * as Y from 'yjs';
import { freeze } from 'immer';
import { emptyDesign, SCHEMA_VERSION, type Design } from '../../core/design';
import {
  COLLECTION_NAMES,
  META_KEYS,
  META_MAP,
  RECORD_COLLECTIONS,
  collectionDef,
  copyRecords,
  type CollectionName,
  type MetaKey,
} from './collections';
import { applyDiff, applyDiffToDesign, diffDesign, type DesignDiff } from './diff';
import { resolveChanged } from './changedReferences';
import { resolveReferences, type NoticesByRecord, type ReferenceNotice, type ResolvedDesign } from './references';
import { validateMeta, validateRecord } from './validate';

/** A value of the document that was not applied to the snapshot, and why. */
export interface AsideRecord {
  /** `meta` or the collection holding it. */
  readonly collection: CollectionName | typeof META_MAP;
  readonly key: string;
  /** JSON path of the first problem, design-file terms (`$.cables["cab-3"].lengthM`). */
  readonly path: string;
  readonly message: string;
  /** The value as found in the document (kept so it can be shown and downloaded). */
  readonly value: unknown;
}

/** What the app works on, read from a document of records. */
export interface DocSnapshot {
  /** The valid records exactly as in the document (dangling references not yet resolved). */
  readonly raw: Design;
  /** The design the app shows and edits: `raw` with dangling references resolved. */
  readonly design: Design;
  /** Values not applied (invalid), keyed `collection/key`. */
  readonly aside: ReadonlyMap<string, AsideRecord>;
  /** References shown differently from the document (see `references.ts`). */
  readonly notices: readonly ReferenceNotice[];
  /** The same notices by record (what the next snapshot re-resolves from). */
  readonly byRecord: NoticesByRecord;
  /**
   * The keys at which `design` may differ from the design of the snapshot it was made from: meta
   * fields, and per collection the changed keys and the records whose references they can
   * affect (a superset; every other field and record is the same object). Null when not known:
   * a whole read, or a change large enough for the full reference path.
   */
  readonly touched: ChangedKeys | null;
}

/** Keys changed by one transaction: per collection, and in `meta`. */
export interface ChangedKeys {
  readonly meta: ReadonlySet<string>;
  readonly collections: ReadonlyMap<CollectionName, ReadonlySet<string>>;
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** Key of an aside entry. */
const asideKey = (collection: string, key: string): string => `${collection}/${key}`;

/**
 * Writes `design` into `ydoc` (a fresh `Y.Doc` by default) in one transaction with `origin`:
 * `meta` (schemaVersion, name, settings) and one record per key in each collection map;
 * records of the document absent from `design` are deleted. Returns the doc.
 */
export function designToDoc(design: Design, ydoc: Y.Doc = new Y.Doc(), origin: unknown = null): Y.Doc {
  ydoc.transact(() => {
    const meta = ydoc.getMap(META_MAP);
    for (const k of META_KEYS) meta.set(k, design[k]);
    for (const c of COLLECTION_NAMES) {
      const map = ydoc.getMap(c);
      const recs = (design[c] ?? {}) as Readonly<Record<string, unknown>>;
      for (const k of [...map.keys()]) if (!Object.hasOwn(recs, k)) map.delete(k);
      for (const [k, v] of Object.entries(recs)) map.set(k, v);
    }
  }, origin);
  return ydoc;
}

/**
 * The meta values at `keys`, read from the doc: a valid value is taken; an invalid one is kept
 * aside and `prev`'s value stays (not applied); a missing one reads as an empty design's.
 */
function readMeta(ydoc: Y.Doc, prev: Design, aside: Map<string, AsideRecord>, keys: Iterable<string>) {
  const meta = ydoc.getMap(META_MAP);
  const blank = emptyDesign();
  const out: Partial<Record<MetaKey, unknown>> = {};
  for (const key of keys) {
    if (!(META_KEYS as readonly string[]).includes(key)) continue;
    const k = key as MetaKey;
    aside.delete(asideKey(META_MAP, k));
    if (!meta.has(k)) {
      out[k] = blank[k];
      continue;
    }
    const v = meta.get(k);
    const r = validateMeta(k, v);
    if (r.ok) out[k] = prev[k] === v ? prev[k] : r.record;
    else {
      out[k] = prev[k];
      aside.set(asideKey(META_MAP, k), { collection: META_MAP, key: k, path: r.path, message: r.message, value: v });
    }
  }
  return out;
}

/**
 * Re-reads `keys` of `collection` into a copy of `records`: a valid value replaces the record,
 * a deleted key removes it, an invalid value is kept aside and the record in `records` (if any)
 * stays as it was (not applied). The copy and the records read are frozen (deeply), as the
 * core's edits leave theirs: immer, the store's and the edits', then stops at them instead of
 * walking every record of the collection on the next update (O(records) per remote change).
 */
function readRecords(
  ydoc: Y.Doc,
  collection: CollectionName,
  records: Readonly<Record<string, unknown>>,
  keys: Iterable<string>,
  aside: Map<string, AsideRecord>,
): Record<string, unknown> {
  const map = ydoc.getMap(collection);
  const out: Record<string, unknown> = copyRecords(records);
  for (const key of keys) {
    aside.delete(asideKey(collection, key));
    if (!map.has(key)) {
      delete out[key];
      continue;
    }
    const value = map.get(key);
    const r = validateRecord(collection, key, value);
    if (r.ok) out[key] = freeze(r.record, true);
    else aside.set(asideKey(collection, key), { collection, key, path: r.path, message: r.message, value });
  }
  return Object.freeze(out);
}

/** The `schemaVersion` the document was written with, or null when it has none (yet). */
export function docSchemaVersion(ydoc: Y.Doc): number | null {
  const v = ydoc.getMap(META_MAP).get('schemaVersion');
  return typeof v === 'number' ? v : null;
}

/**
 * Assembles the snapshot from raw records: omits empty optional collections and resolves
 * references. After a change from `previous` (`changed`: collection → keys) only the records
 * those keys can affect are re-resolved (`resolveChanged`), and collections holding the same
 * records as `prefer` are its objects; otherwise every reference is (O(records)).
 */
function finish(
  raw: Design,
  aside: ReadonlyMap<string, AsideRecord>,
  previous?: ResolvedDesign,
  changed?: ReadonlyMap<string, ReadonlySet<string>>,
  prefer?: Design,
  meta: ReadonlySet<string> = NO_KEYS,
): DocSnapshot {
  const trimmed: Record<string, unknown> = { ...raw };
  for (const c of RECORD_COLLECTIONS as readonly { name: string; optional?: boolean }[])
    if (c.optional && Object.keys((raw as unknown as Record<string, object>)[c.name] ?? {}).length === 0)
      delete trimmed[c.name];
  const shown = trimmed as unknown as Design;
  const resolved =
    previous && changed
      ? resolveChanged(shown, previous, changed, prefer ?? previous.design)
      : resolveReferences(shown, previous?.design);
  const touched = resolved.mayDiffer ? { meta, collections: resolved.mayDiffer as ChangedKeys['collections'] } : null;
  return { raw, design: resolved.design, aside, notices: resolved.notices, byRecord: resolved.byRecord, touched };
}

/**
 * Reads the whole document into a snapshot: every record validated on its own (invalid ones
 * kept aside with path and message), dangling references resolved with notices. Missing meta
 * values read as an empty design's (`schemaVersion` 1, "Untitled design", default settings).
 * A document written by a newer app version reads as empty with `meta/schemaVersion` aside:
 * check `docSchemaVersion` first. Pure (reads only); O(records).
 */
export function readSnapshot(ydoc: Y.Doc): DocSnapshot {
  const aside = new Map<string, AsideRecord>();
  const base = emptyDesign();
  const meta = readMeta(ydoc, base, aside, META_KEYS);
  if (aside.has(asideKey(META_MAP, 'schemaVersion'))) return finish(base, aside);
  const raw: Record<string, unknown> = { ...base, ...meta, schemaVersion: SCHEMA_VERSION };
  for (const c of COLLECTION_NAMES) {
    const keys = [...ydoc.getMap(c).keys()];
    raw[c] = readRecords(ydoc, c, {}, keys, aside);
  }
  return finish(raw as unknown as Design, aside);
}

/**
 * The design of a document of records, with the values kept aside and the reference notices:
 * `{ design, aside, notices }` where `design` is a design the file loader accepts. The one-call
 * form of `readSnapshot` for code that does not keep snapshots (the sync server, tests).
 */
export function docToDesign(ydoc: Y.Doc): {
  design: Design;
  aside: readonly AsideRecord[];
  notices: readonly ReferenceNotice[];
} {
  const s = readSnapshot(ydoc);
  return { design: s.design, aside: [...s.aside.values()], notices: s.notices };
}

/**
 * The keys a transaction changed in the design's maps (`transaction.changed`), for
 * `refreshSnapshot`. Keys of other root types are ignored.
 */
export function changedKeys(ydoc: Y.Doc, transaction: Y.Transaction): ChangedKeys {
  const meta = new Set<string>();
  const collections = new Map<CollectionName, Set<string>>();
  const metaMap: unknown = ydoc.getMap(META_MAP);
  for (const [type, keys] of transaction.changed as Map<unknown, Set<string | null>>) {
    if (type === metaMap) {
      for (const k of keys) if (k !== null) meta.add(k);
      continue;
    }
    for (const c of COLLECTION_NAMES) {
      if (type !== ydoc.getMap(c)) continue;
      const set = collections.get(c) ?? new Set<string>();
      for (const k of keys) if (k !== null) set.add(k);
      collections.set(c, set);
    }
  }
  return { meta, collections };
}

/** Every key of the document, as a `ChangedKeys` (a full re-read through `refreshSnapshot`). */
export function allKeys(ydoc: Y.Doc): ChangedKeys {
  return {
    meta: new Set(META_KEYS),
    collections: new Map(COLLECTION_NAMES.map((c) => [c, new Set(ydoc.getMap(c).keys())])),
  };
}

/**
 * The snapshot after the document changed at `changed` keys (another tab, the server, an undo):
 * only those keys are re-read and validated; every other record keeps its object, and the
 * design keeps `prev.design`'s objects wherever nothing changed. Pure (reads only).
 */
export function refreshSnapshot(prev: DocSnapshot, ydoc: Y.Doc, changed: ChangedKeys): DocSnapshot {
  if (changed.meta.size === 0 && changed.collections.size === 0) return prev;
  const aside = new Map(prev.aside);
  const meta = readMeta(ydoc, prev.raw, aside, changed.meta);
  delete meta.schemaVersion;
  const raw: Record<string, unknown> = { ...prev.raw, ...meta };
  for (const [c, keys] of changed.collections) {
    if (!collectionDef(c)) continue;
    raw[c] = readRecords(ydoc, c, prev.raw[c] as Readonly<Record<string, unknown>>, keys, aside);
  }
  return finish(raw as unknown as Design, aside, prev, changed.collections, undefined, changed.meta);
}

/**
 * `prev.raw` with `diff` (= `diffDesign(prev.design, next)`) applied. A changed collection that
 * `prev` showed as it is in the document (the same object) is `next`'s own collection, which
 * holds exactly those records: no copy of the collection, and `next`'s identity carries on.
 */
function rawAfter(prev: DocSnapshot, next: Design, diff: DesignDiff): Design {
  const shared = new Map<string, unknown>();
  for (const [c] of diff.collections) if (prev.raw[c] === prev.design[c]) shared.set(c, next[c] ?? {});
  if (shared.size === 0) return applyDiffToDesign(prev.raw, diff);
  const rest: DesignDiff = {
    meta: diff.meta,
    collections: new Map([...diff.collections].filter(([c]) => !shared.has(c))),
  };
  return { ...applyDiffToDesign(prev.raw, rest), ...Object.fromEntries(shared) } as Design;
}

/**
 * The snapshot after a local edit from `prev.design` to `next` whose records `diff`
 * (= `diffDesign(prev.design, next)`) wrote to the document: the written records join `raw` as
 * they are (same objects as in `next`; an aside value under a written key is replaced), only
 * the references the changed keys can affect are resolved again, and the design is `next`
 * itself wherever resolving references changes nothing. Pure.
 */
export function commitSnapshot(prev: DocSnapshot, next: Design, diff: DesignDiff): DocSnapshot {
  const aside = new Map(prev.aside);
  for (const [k] of diff.meta) aside.delete(asideKey(META_MAP, k));
  for (const [c, d] of diff.collections)
    for (const k of [...d.deleted, ...d.set.map(([x]) => x)]) aside.delete(asideKey(c, k));
  const keys = new Map([...diff.collections].map(([c, d]) => [c, new Set([...d.deleted, ...d.set.map(([k]) => k)])]));
  return finish(rawAfter(prev, next, diff), aside, prev, keys, next, new Set(diff.meta.map(([k]) => k)));
}

/**
 * `snap` showing `design` instead of `snap.design`: a design equal to it record by record (a
 * recent design an undo or redo brings back, `RecentSnapshots.find`). Each collection that
 * `snap.design` shows as it is in the document (`raw`'s own object: no reference resolved in it)
 * becomes `design`'s object in `raw` too, so the next local edit finds the collection shared and
 * neither copies it nor compares it record by record (`rawAfter`, `commitSnapshot`). Pure.
 */
export function showRecent(snap: DocSnapshot, design: Design): DocSnapshot {
  if (design === snap.design) return snap;
  const raw: Record<string, unknown> = { ...snap.raw };
  const shown = snap.design as unknown as Record<string, unknown>;
  const next = design as unknown as Record<string, unknown>;
  for (const c of COLLECTION_NAMES)
    if (shown[c] !== undefined && raw[c] === shown[c] && next[c] !== undefined) raw[c] = next[c];
  return { ...snap, raw: raw as unknown as Design, design };
}

/**
 * Writes the local edit `prev.design → next` into `ydoc` as one transaction with `origin` and
 * returns the next snapshot (`commitSnapshot`). The caller has validated `next` (`checkEdit`).
 */
export function commitEdit(prev: DocSnapshot, next: Design, ydoc: Y.Doc, origin: unknown): DocSnapshot {
  const diff = diffDesign(prev.design, next);
  applyDiff(ydoc, diff, origin);
  return commitSnapshot(prev, next, diff);
}
