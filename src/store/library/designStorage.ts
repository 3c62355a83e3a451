/**
 * A design's document in IndexedDB: y-indexeddb keeps every Y update as it happens (no debounced
 * whole-file rewrite) in the design's own database, and merges them now and then. Each update's
 * transaction is committed explicitly, so an edit followed at once by a reload or close is kept. Before
 * y-indexeddb is attached the stored updates are read and applied here, so data that cannot be
 * read is found before anything writes to that database, and can be quarantined byte for byte.
 *
 * Failures of later writes (quota exceeded, the database closed under us) surface as `error` /
 * `abort` events on the database connection and are reported to `onProblem`.
 */
import * as idb from 'lib0/indexeddb';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { IndexeddbPersistence, PREFERRED_TRIM_SIZE, clearDocument, storeState } from 'y-indexeddb';
import * as Y from 'yjs';
import { designDbName } from './db';

const UPDATES = 'updates';

/** Creates y-indexeddb's object stores in a new design database (the same layout it creates). */
const initDb = (db: IDBDatabase) => idb.createStores(db, [[UPDATES, { autoIncrement: true }], ['custom']]);

/** The stored Y updates of design `id`, oldest first, exactly as stored. Rejects when IndexedDB fails. */
export async function readStoredUpdates(id: string): Promise<Uint8Array[]> {
  const db = await idb.openDB(designDbName(id), initDb);
  try {
    const [store] = idb.transact(db, [UPDATES], 'readonly');
    const all = (await idb.getAll(store as IDBObjectStore)) as unknown[];
    // Anything that is not bytes is kept as no bytes: Yjs then refuses the load, and it is quarantined.
    return all.map((u) =>
      ArrayBuffer.isView(u) ? new Uint8Array(u.buffer, u.byteOffset, u.byteLength) : new Uint8Array(0),
    );
  } finally {
    db.close();
  }
}

/**
 * Several updates as one byte string: each update prefixed with its length (lib0 var-uint), the
 * framing Yjs tools use for update logs. `unframeUpdates` reverses it.
 */
export function frameUpdates(updates: readonly Uint8Array[]): Uint8Array {
  const enc = encoding.createEncoder();
  for (const u of updates) encoding.writeVarUint8Array(enc, u);
  return encoding.toUint8Array(enc);
}

/** The updates framed by `frameUpdates`. Throws on bytes that are not such a frame. */
export function unframeUpdates(bytes: Uint8Array): Uint8Array[] {
  const dec = decoding.createDecoder(bytes);
  const out: Uint8Array[] = [];
  while (decoding.hasContent(dec)) out.push(decoding.readVarUint8Array(dec));
  return out;
}

/** The outcome of loading stored updates into a document. */
export type LoadOutcome =
  | { readonly ok: true; readonly updates: number }
  | { readonly ok: false; readonly error: string; readonly raw: readonly Uint8Array[] };

/**
 * Applies `updates` to `ydoc` in one transaction with `origin`. An update Yjs cannot decode makes
 * the whole load fail (the document may hold part of it: discard it) with the error and the raw
 * updates. Never throws.
 */
export function applyStoredUpdates(ydoc: Y.Doc, updates: readonly Uint8Array[], origin: unknown): LoadOutcome {
  try {
    ydoc.transact(() => {
      for (const u of updates) Y.applyUpdate(ydoc, u);
    }, origin);
    const pending = ydoc.store.pendingStructs !== null || ydoc.store.pendingDs !== null;
    if (pending)
      return { ok: false, error: 'the stored updates are incomplete (missing earlier changes)', raw: updates };
    return { ok: true, updates: updates.length };
  } catch (e) {
    return {
      ok: false,
      error: `the stored data is not a readable document (${e instanceof Error ? e.message : String(e)})`,
      raw: updates,
    };
  }
}

/** Resolves when `tx` commits; rejects with its error when it fails or aborts. */
export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB error'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** A design document attached to its IndexedDB database. */
export interface StoredDoc {
  /** Resolves when every write issued so far is committed (rejects when IndexedDB failed). */
  flush(): Promise<void>;
  /** Detaches (the document stays in memory; the database is closed). */
  destroy(): Promise<void>;
}

/**
 * Attaches y-indexeddb to `ydoc` (which already holds the stored updates) so that every later
 * update is written as it happens. `onProblem` hears write failures (quota, closed database).
 * Resolves once y-indexeddb has synced.
 */
export async function attachStorage(id: string, ydoc: Y.Doc, onProblem: (what: string) => void): Promise<StoredDoc> {
  const persistence = new IndexeddbPersistence(designDbName(id), ydoc);
  // Each update is written in its own transaction, committed explicitly (y-indexeddb's own
  // handler leaves it to auto-commit at the end of the task, which a reload in the same task
  // aborts). A write that throws at once (a closed database) is reported, never thrown into the
  // edit's transaction. Merging (after PREFERRED_TRIM_SIZE updates) is y-indexeddb's.
  const guarded = (update: Uint8Array, origin: unknown) => {
    const db = persistence.db;
    if (!db || origin === persistence) return;
    try {
      const tx = db.transaction([UPDATES], 'readwrite');
      tx.objectStore(UPDATES).add(update);
      tx.commit?.();
    } catch (e) {
      onProblem(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
      return;
    }
    persistence._dbsize += 1;
    if (persistence._dbsize < PREFERRED_TRIM_SIZE) return;
    if (persistence._storeTimeoutId !== null) clearTimeout(persistence._storeTimeoutId);
    persistence._storeTimeoutId = setTimeout(() => {
      persistence._storeTimeoutId = null;
      void storeState(persistence, false).catch((e: unknown) => onProblem(String(e)));
    }, persistence._storeTimeout);
  };
  ydoc.off('update', persistence._storeUpdate);
  ydoc.on('update', guarded);
  await persistence.whenSynced;
  const db = persistence.db as IDBDatabase;
  const failed = (e: Event) => {
    const err = (e.target as { error?: DOMException | null } | null)?.error;
    onProblem(err ? `${err.name}: ${err.message}` : `IndexedDB ${e.type}`);
  };
  db.addEventListener('error', failed);
  db.addEventListener('abort', failed);
  db.addEventListener('close', () => onProblem('the browser closed the design database'));
  db.addEventListener('versionchange', () => {
    // The design is being deleted from another tab: let go of the database.
    db.close();
  });
  return {
    flush: () => {
      // A transaction on the same store starts only after every earlier write on it committed.
      const tx = db.transaction([UPDATES], 'readonly');
      tx.objectStore(UPDATES).count();
      return transactionDone(tx);
    },
    destroy: () => {
      ydoc.off('update', guarded);
      return persistence.destroy();
    },
  };
}

/**
 * Stores a new design document as its first update (one database per design). Resolves when it
 * is committed; rejects when IndexedDB fails.
 */
export async function writeNewDoc(id: string, ydoc: Y.Doc): Promise<void> {
  const db = await idb.openDB(designDbName(id), initDb);
  try {
    const tx = db.transaction([UPDATES], 'readwrite');
    tx.objectStore(UPDATES).add(Y.encodeStateAsUpdate(ydoc));
    await transactionDone(tx);
  } finally {
    db.close();
  }
}

/** Deletes design `id`'s database. */
export const deleteStoredDoc = (id: string): Promise<void> => clearDocument(designDbName(id));
