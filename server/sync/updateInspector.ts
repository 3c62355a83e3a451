/**
 * Reads a Yjs update *without applying it* (`Y.decodeUpdate`) and lists what it would write:
 * for every inserted item, the root map it lands in, the map key and the JSON values
 * (`ContentAny`). This is how the sync server sees which records an update changes before it
 * decides to store or broadcast it (issue 11).
 *
 * An item's parent is written into the update only when the item has no left or right origin;
 * otherwise Yjs finds it through the origin item. So the parent is resolved like Yjs does on
 * integration: through the origin (or right origin) item, looked up first in the update itself
 * and then in the server's document.
 *
 * Refused here (structure, not content):
 * - a nested Y type (`ContentType`), or an item whose parent is a nested type;
 * - any other content than plain JSON values (`ContentAny`) or deleted content (strings, binary,
 *   embeds, formats, sub-documents);
 * - an item in a root the document model does not have, or in a root map used as a list;
 * - an update Yjs could not integrate now (a clock gap, or an origin the server does not have):
 *   reason `resync`, the client reconnects and sends a full diff.
 */
import * as Y from 'yjs';
import type { RejectionReason } from '../../src/io/collab/syncNotice';

/** The values an update writes under one key of one root map (several when a key is set repeatedly). */
export interface RecordWrite {
  /** Root map name (`meta`, `racks`, …). */
  readonly root: string;
  /** Map key (record id, or a `meta` field). */
  readonly key: string;
  /** The JSON values written, in clock order; empty for an item inserted already deleted. */
  readonly values: readonly unknown[];
}

/** A root-map entry whose current value the update deletes. */
export interface RemovedEntry {
  readonly root: string;
  readonly key: string;
}

/** What an update would do to the document. */
export interface UpdateInspection {
  /** Writes of items the document does not have yet (items it already has are skipped). */
  readonly writes: readonly RecordWrite[];
  /** Root-map entries of the document that the update's delete set removes. */
  readonly removed: readonly RemovedEntry[];
  /** False when applying the update would change nothing (all items known, no deletions). */
  readonly changesDocument: boolean;
}

/** Why an update is refused: the notice reason and a detail without any secret. */
export interface UpdateProblem {
  readonly reason: Extract<RejectionReason, 'invalid-update' | 'resync'>;
  readonly detail: string;
}

/** Result of `inspectUpdate`. */
export type InspectResult =
  | { readonly ok: true; readonly inspection: UpdateInspection }
  | { readonly ok: false; readonly problem: UpdateProblem };

/** The delete set of a decoded update (Yjs does not export the type). */
type DeleteSet = { readonly clients: ReadonlyMap<number, readonly { readonly clock: number; readonly len: number }[]> };
type Place = { readonly root: string; readonly key: string } | UpdateProblem;
type IdLike = { readonly client: number; readonly clock: number };

const invalid = (detail: string): UpdateProblem => ({ reason: 'invalid-update', detail });
const isProblem = (p: Place): p is UpdateProblem => 'reason' in p;

/** The decoded item of `byClient` that covers `id`, by binary search over its clock ranges. */
function findDecoded(byClient: ReadonlyMap<number, Y.Item[]>, id: IdLike): Y.Item | undefined {
  const items = byClient.get(id.client);
  if (!items) return undefined;
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const it = items[mid] as Y.Item;
    if (id.clock < it.id.clock) hi = mid - 1;
    else if (id.clock >= it.id.clock + it.length) lo = mid + 1;
    else return it;
  }
  return undefined;
}

/** Root and key of an item already integrated in `doc`, or a problem. */
function placeInDoc(doc: Y.Doc, id: IdLike): Place {
  if (Y.getState(doc.store, id.client) <= id.clock)
    return { reason: 'resync', detail: 'the update depends on changes the server does not have' };
  const struct = Y.getItem(doc.store, Y.createID(id.client, id.clock)) as Y.Item | Y.GC;
  if (!(struct instanceof Y.Item)) return invalid('the update refers to removed content');
  const parent = struct.parent as Y.AbstractType<unknown> | null;
  if (!parent || parent._item !== null) return invalid('nested Y types are not part of the design format');
  if (struct.parentSub === null) return invalid('a root map is used as a list');
  return { root: Y.findRootTypeKey(parent), key: struct.parentSub };
}

/**
 * Root and key of a decoded item: its own parent info, else through the chain of origins
 * (iteratively, memoised in `memo`, so long chains cannot overflow the stack).
 */
function placeDecoded(
  doc: Y.Doc,
  byClient: ReadonlyMap<number, Y.Item[]>,
  memo: Map<Y.Item, Place>,
  item: Y.Item,
): Place {
  const chain: Y.Item[] = [];
  let cur: Y.Item | undefined = item;
  let found: Place | undefined;
  while (cur && !found) {
    const known = memo.get(cur);
    if (known) {
      found = known;
      break;
    }
    chain.push(cur);
    const parent = cur.parent as unknown;
    if (typeof parent === 'string') {
      found =
        cur.parentSub === null
          ? invalid(`the root "${parent}" is used as a list`)
          : { root: parent, key: cur.parentSub };
    } else if (parent !== null) {
      found = invalid('nested Y types are not part of the design format');
    } else {
      const ref: IdLike | null = cur.origin ?? cur.rightOrigin;
      if (!ref) found = invalid('an item without parent or origin');
      else {
        const next = findDecoded(byClient, ref);
        if (next === cur) found = invalid('an item is its own origin');
        else if (next) cur = next;
        else found = placeInDoc(doc, ref);
      }
    }
    if (chain.length > 1_000_000) found = invalid('origin chain too long');
  }
  const place = found ?? invalid('unresolvable item');
  for (const it of chain) memo.set(it, place);
  return place;
}

/** Root-map entries (of items in `doc`) covered by the update's delete set. */
function removedEntries(doc: Y.Doc, ds: DeleteSet): RemovedEntry[] {
  const out: RemovedEntry[] = [];
  for (const [client, ranges] of ds.clients) {
    const structs = doc.store.clients.get(client);
    if (!structs) continue;
    for (const { clock, len } of ranges) {
      if (clock >= Y.getState(doc.store, client)) continue;
      for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
        const s = structs[i] as Y.Item | Y.GC;
        if (s.id.clock >= clock + len) break;
        if (!(s instanceof Y.Item) || s.deleted) continue;
        const parent = s.parent as Y.AbstractType<unknown> | null;
        if (parent && parent._item === null && s.parentSub !== null)
          out.push({ root: Y.findRootTypeKey(parent), key: s.parentSub });
      }
    }
  }
  return out;
}

/**
 * Inspects a Yjs (v1) update against the current state of `doc` without changing `doc`.
 * `roots` are the root map names the document model allows. Returns the writes and removals,
 * or the first structural problem (reason `invalid-update`, or `resync` when Yjs would have to
 * hold the update back as pending). Never throws.
 */
export function inspectUpdate(doc: Y.Doc, update: Uint8Array, roots: ReadonlySet<string>): InspectResult {
  let decoded: { structs: (Y.Item | Y.GC | Y.Skip)[]; ds: DeleteSet };
  try {
    decoded = Y.decodeUpdate(update) as typeof decoded;
  } catch {
    return { ok: false, problem: invalid('the update could not be decoded') };
  }
  const byClient = new Map<number, Y.Item[]>();
  const firstClock = new Map<number, number>();
  for (const s of decoded.structs) {
    if (!firstClock.has(s.id.client)) firstClock.set(s.id.client, s.id.clock);
    if (s instanceof Y.Skip) return { ok: false, problem: { reason: 'resync', detail: 'the update has a gap' } };
    if (s instanceof Y.Item) {
      const list = byClient.get(s.id.client) ?? [];
      list.push(s);
      byClient.set(s.id.client, list);
    }
  }
  for (const [client, clock] of firstClock)
    if (clock > Y.getState(doc.store, client))
      return { ok: false, problem: { reason: 'resync', detail: 'the update arrived before changes it follows' } };

  const memo = new Map<Y.Item, Place>();
  const writes = new Map<string, { root: string; key: string; values: unknown[] }>();
  let changesDocument = decoded.ds.clients.size > 0;
  for (const items of byClient.values()) {
    for (const item of items) {
      if (item.id.clock + item.length <= Y.getState(doc.store, item.id.client)) continue; // already integrated
      changesDocument = true;
      const content = item.content;
      if (content instanceof Y.ContentType)
        return { ok: false, problem: invalid('nested Y types are not part of the design format') };
      if (!(content instanceof Y.ContentAny) && !(content instanceof Y.ContentDeleted))
        return { ok: false, problem: invalid(`${content.constructor.name} is not part of the design format`) };
      const place = placeDecoded(doc, byClient, memo, item);
      if (isProblem(place)) return { ok: false, problem: place };
      if (!roots.has(place.root))
        return { ok: false, problem: invalid(`"${place.root}" is not a collection of the design`) };
      const id = `${place.root}\u0000${place.key}`;
      const w = writes.get(id) ?? { root: place.root, key: place.key, values: [] };
      if (content instanceof Y.ContentAny) w.values.push(...(content.getContent() as unknown[]));
      writes.set(id, w);
    }
  }
  let removed: RemovedEntry[];
  try {
    removed = removedEntries(doc, decoded.ds);
  } catch {
    return { ok: false, problem: invalid('the delete set could not be read') };
  }
  return { ok: true, inspection: { writes: [...writes.values()], removed, changesDocument } };
}
