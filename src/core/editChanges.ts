/**
 * Change records of the core edits: every edit made with `produceEdit` (all of `edits.ts`,
 * `cableEdits.ts`, `rows.ts`) notes which records it wrote or deleted, read from immer's patches,
 * beside the design it returns. A consumer holding the design it last saw (the incremental
 * analyzer, a store) asks `editChangesSince(next, seen)` for the ids that differ, instead of
 * enumerating every collection to find them: a deleted key can only be found by enumerating the
 * new collection, which is the whole cost of a small edit at data-hall scale (ARCHITECTURE
 * "changes are data").
 *
 * The record of an edit holds its base design weakly (`WeakRef`), so a chain of edits never keeps
 * old designs alive; a base already collected, a design not made by an edit, or a chain longer
 * than `MAX_CHAIN` gives null, and the caller compares records by identity as before.
 */
import { enablePatches, freeze, produceWithPatches, type Draft, type Patch } from 'immer';
import type { Design, DesignCollection, SameNames } from './design';
import { own } from './own';

enablePatches();

/** The record collections of a design, whose patches name a record id (`['devices', id, …]`). */
const COLLECTIONS = ['racks', 'devices', 'cables', 'parts', 'testResults', 'linkTests'] as const;

/** A record collection of a design (see `Design`). */
export type EditCollection = (typeof COLLECTIONS)[number];

// Compile-time proof that the table names every record collection of `Design` (a new collection
// missing here would be read as a top-level key, and a diff could not name its records).
const collectionsMatchDesign: SameNames<EditCollection, DesignCollection> = true;
void collectionsMatchDesign;

/**
 * The records an edit (or a chain of edits) changed: per collection, the ids written, added or
 * deleted (each once, in first-touched order); `meta`, the other top-level keys it set
 * (`name`, `settings`, …). A superset is allowed (an id written back to an equal value), never a
 * subset. Structurally a `ChangedIds` of the analyzer.
 */
export interface EditChanges {
  readonly racks: readonly string[];
  readonly devices: readonly string[];
  readonly cables: readonly string[];
  readonly parts: readonly string[];
  readonly testResults: readonly string[];
  readonly linkTests: readonly string[];
  readonly meta: readonly string[];
}

interface EditRecord {
  readonly base: WeakRef<Design>;
  readonly changes: EditChanges;
}

/** Longest chain of edits `editChangesSince` follows back to the design a caller saw. */
export const MAX_CHAIN = 32;

const records = new WeakMap<Design, EditRecord>();

const isCollection = (k: unknown): k is EditCollection => (COLLECTIONS as readonly unknown[]).includes(k);

/**
 * The changes named by immer patches of a design, or null when a patch replaces the design or a
 * whole collection (then no record ids can be named).
 */
function changesOfPatches(patches: readonly Patch[]): EditChanges | null {
  const ids = new Map<EditCollection, Set<string>>(COLLECTIONS.map((c) => [c, new Set<string>()]));
  const meta = new Set<string>();
  for (const p of patches) {
    const [top, id] = p.path;
    if (top === undefined) return null;
    if (isCollection(top)) {
      if (p.path.length < 2) return null;
      ids.get(top)?.add(String(id));
    } else meta.add(String(top));
  }
  return changesOf((c) => ids.get(c) ?? [], meta);
}

/** `EditChanges` from the ids of each collection and the meta keys (copied into arrays). */
const changesOf = (ids: (c: EditCollection) => Iterable<string>, meta: Iterable<string>): EditChanges =>
  ({ ...Object.fromEntries(COLLECTIONS.map((c) => [c, [...ids(c)]])), meta: [...meta] }) as unknown as EditChanges;

/**
 * `produce(base, recipe)` of immer, for an edit of a design: returns the next design (structural
 * sharing; `base` itself when the recipe changed nothing) and records which records changed, for
 * `editChangesSince`. Throws what the recipe throws.
 */
export function produceEdit(base: Design, recipe: (draft: Draft<Design>) => void): Design {
  const [next, patches] = produceWithPatches(base, recipe);
  if (next !== base) {
    const changes = changesOfPatches(patches);
    if (changes) records.set(next, { base: new WeakRef(base), changes });
  }
  return next;
}

/**
 * `base` with `record` put under its id in `collection` (added last, or replacing the record
 * under that id in place), recorded like a `produceEdit` edit: the design `produceEdit` would
 * make for `x[collection][record.id] = record`, without immer's draft, whose copy by property
 * descriptors and freeze pass over every record of the collection were most of a palette drop's
 * edit at data-hall scale. `record` is frozen deeply, the new collection and design shallowly
 * (everything else is `base`'s own). Changes recorded: `record.id` in `collection`.
 */
export function putRecord<C extends EditCollection>(
  base: Design,
  collection: C,
  record: NonNullable<Design[C]>[string] & { readonly id: string },
): Design {
  const put = { ...base[collection], [record.id]: freeze(record, true) };
  const next = Object.freeze({ ...base, [collection]: Object.freeze(put) }) as Design;
  records.set(next, {
    base: new WeakRef(base),
    changes: changesOf((c) => (c === collection ? [record.id] : []), []),
  });
  return next;
}

/** A record of collection `C` of a design. */
type RecordOf<C extends EditCollection> = NonNullable<Design[C]>[string];

/**
 * `base` with the record `id` of `collection` changed in place: the keys of `set` given those
 * values, the keys in `remove` deleted. The design `produceEdit` would make for
 * `Object.assign(x[collection][id], set)` then `delete` of each `remove` key, made as `putRecord`
 * makes it (no immer draft: its copy and freeze pass over every record of the collection were
 * most of a cable length edit at data-hall scale), with the same outcome when nothing changes:
 * `base` itself when there is no own record `id`, or when every value of `set` is already there
 * (`Object.is`) and no `remove` key is present. Keys new to the record are added last, in `set`'s
 * order, as immer adds them. Changes recorded: `id` in `collection`.
 */
export function patchRecord<C extends EditCollection>(
  base: Design,
  collection: C,
  id: string,
  set: Partial<RecordOf<C>>,
  remove: readonly (keyof RecordOf<C> & string)[] = [],
): Design {
  const held = (base[collection] ?? {}) as Readonly<Record<string, RecordOf<C>>>;
  const old = own(held, id) as Readonly<Record<string, unknown>> | undefined;
  if (!old) return base;
  const values = set as Readonly<Record<string, unknown>>;
  const sets = Object.keys(values).some((k) => !Object.is(values[k], old[k]) || !Object.hasOwn(old, k));
  if (!sets && !remove.some((k) => Object.hasOwn(old, k))) return base;
  const next: Record<string, unknown> = { ...old, ...values };
  for (const k of remove) delete next[k];
  return putRecord(base, collection, next as unknown as RecordOf<C> & { readonly id: string });
}

/**
 * The design `next` was made from by one recorded edit (`produceEdit`) and that edit's changes,
 * or null: `next` was not made by a recorded edit, or its base was collected.
 */
export function lastEditOf(next: Design): { readonly base: Design; readonly changes: EditChanges } | null {
  const rec = records.get(next);
  const base = rec?.base.deref();
  return rec && base ? { base, changes: rec.changes } : null;
}

/**
 * The records that differ between `seen` and `next` when `next` was made from `seen` by a chain
 * of at most `MAX_CHAIN` recorded edits (the union of their changes), else null: `next` was not
 * made by an edit from `seen` (an undo, a file, another tab), or a base on the way was collected.
 * `next === seen` gives empty changes.
 */
export function editChangesSince(next: Design, seen: Design): EditChanges | null {
  if (next === seen) return changesOfPatches([]);
  const chain: EditChanges[] = [];
  let d: Design | undefined = next;
  for (let i = 0; i < MAX_CHAIN && d !== undefined; i++) {
    const rec = records.get(d);
    if (!rec) return null;
    chain.push(rec.changes);
    d = rec.base.deref();
    if (d === seen) return chain.length === 1 ? (chain[0] as EditChanges) : union(chain);
  }
  return null;
}

/** The union of edit changes, each id once, oldest edit's ids first. */
function union(chain: readonly EditChanges[]): EditChanges {
  const oldestFirst = [...chain].reverse();
  const merged = (k: keyof EditChanges): Set<string> => new Set(oldestFirst.flatMap((c) => c[k]));
  return changesOf(merged, merged('meta'));
}
