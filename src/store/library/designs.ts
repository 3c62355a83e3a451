/**
 * The designs of the library: create (New, a demo, an opened file, a copy — always a new design,
 * never a replacement), list, read, rename, duplicate, delete (kept until purged, so Undo brings
 * it back) and purge. A design's row holds what the list shows; its content is its document of
 * records in its own database (`designStorage.ts`).
 */
import * as encoding from 'lib0/encoding';
import * as sync from 'y-protocols/sync';
import * as Y from 'yjs';
import type { Design } from '../../core/design';
import { designToDoc, docSchemaVersion, docToDesign, type AsideRecord, type ReferenceNotice } from '../../io/records';
import { SCHEMA_VERSION } from '../../core/design';
import { designDbName, newDesignId, type DesignRow, type LibraryDb, type VersionReason } from './db';
import { applyStoredUpdates, deleteStoredDoc, readStoredUpdates, transactionDone, writeNewDoc } from './designStorage';
import { tabChannelName } from './tabChannel';
import { saveVersion } from './versions';

/** The designs not deleted, most recently changed first. */
export async function listDesigns(db: LibraryDb): Promise<DesignRow[]> {
  const rows = await db.designs.orderBy('changed').reverse().toArray();
  return rows.filter((r) => r.deleted === undefined);
}

/** The deleted designs not yet purged, most recently deleted first. */
export async function listDeleted(db: LibraryDb): Promise<DesignRow[]> {
  const rows = await db.designs.toArray();
  return rows.filter((r) => r.deleted !== undefined).sort((a, b) => (b.deleted ?? 0) - (a.deleted ?? 0));
}

/** Stored size of a document (bytes of its merged state), the size the library lists. */
export const docSize = (ydoc: Y.Doc): number => Y.encodeStateAsUpdate(ydoc).byteLength;

/**
 * Adds `design` to the library as a new design (its document stored as one update) with a first
 * version (`reason`, `label`). Resolves with its row.
 */
export async function createDesign(
  db: LibraryDb,
  design: Design,
  reason: VersionReason,
  label: string,
): Promise<DesignRow> {
  const id = newDesignId();
  const ydoc = designToDoc(design);
  await writeNewDoc(id, ydoc);
  const now = Date.now();
  const row: DesignRow = { id, name: design.name, created: now, changed: now, size: docSize(ydoc) };
  await db.designs.add(row);
  await saveVersion(db, id, design, reason, label);
  ydoc.destroy();
  return row;
}

/** The outcome of reading a stored design. */
export type ReadResult =
  | {
      readonly ok: true;
      readonly design: Design;
      readonly aside: readonly AsideRecord[];
      readonly notices: readonly ReferenceNotice[];
      readonly ydoc: Y.Doc;
      /** Bytes of the updates read (what IndexedDB holds for it now). */
      readonly storedBytes: number;
    }
  | { readonly ok: false; readonly error: string; readonly raw: readonly Uint8Array[] };

/**
 * Reads design `id`'s stored document into a new `Y.Doc` (applied with `origin`) and its design.
 * Refused (with the raw updates, for the quarantine) when the data cannot be decoded or was
 * written by a newer app version. Rejects only when IndexedDB itself fails.
 */
export async function readStoredDesign(id: string, origin: unknown = 'storage'): Promise<ReadResult> {
  const updates = await readStoredUpdates(id);
  const ydoc = new Y.Doc();
  const loaded = applyStoredUpdates(ydoc, updates, origin);
  if (!loaded.ok) {
    ydoc.destroy();
    return loaded;
  }
  const version = docSchemaVersion(ydoc);
  if (version !== null && version > SCHEMA_VERSION) {
    ydoc.destroy();
    return {
      ok: false,
      error: `$.schemaVersion: written by a newer MPO Designer (schema version ${version}); this version reads up to ${SCHEMA_VERSION}`,
      raw: updates,
    };
  }
  return { ...docToDesign(ydoc), ok: true, ydoc, storedBytes: updates.reduce((n, u) => n + u.byteLength, 0) };
}

/**
 * Changes a stored design that is not open in this tab: `change` runs in one transaction on its
 * document; the update is appended to its database and sent to the tabs that have it open.
 * Resolves false when the design cannot be read.
 */
export async function changeStoredDesign(db: LibraryDb, id: string, change: (ydoc: Y.Doc) => void): Promise<boolean> {
  const r = await readStoredDesign(id);
  if (!r.ok) return false;
  const updates: Uint8Array[] = [];
  r.ydoc.on('update', (u: Uint8Array) => updates.push(u));
  r.ydoc.transact(() => change(r.ydoc));
  const update = Y.mergeUpdates(updates);
  const idbDb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(designDbName(id));
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB error'));
  });
  try {
    const tx = idbDb.transaction(['updates'], 'readwrite');
    tx.objectStore('updates').add(update);
    await transactionDone(tx);
  } finally {
    idbDb.close();
  }
  if (typeof BroadcastChannel !== 'undefined') {
    const ch = new BroadcastChannel(tabChannelName(id));
    const e = encoding.createEncoder();
    sync.writeUpdate(e, update);
    ch.postMessage({ from: 'library', data: encoding.toUint8Array(e) });
    ch.close();
  }
  const name = r.ydoc.getMap('meta').get('name');
  await db.designs.update(id, {
    changed: Date.now(),
    size: docSize(r.ydoc),
    ...(typeof name === 'string' ? { name } : {}),
  });
  r.ydoc.destroy();
  return true;
}

/** Renames a stored design that is not open in this tab (an open one is renamed through the store). */
export const renameStoredDesign = (db: LibraryDb, id: string, name: string): Promise<boolean> =>
  changeStoredDesign(db, id, (ydoc) => ydoc.getMap('meta').set('name', name));

/** Updates what the list shows of design `id` (name, last change, size). */
export async function touchDesign(
  db: LibraryDb,
  id: string,
  patch: { readonly name?: string; readonly changed?: number; readonly size?: number },
): Promise<void> {
  await db.designs.update(id, patch);
}

/** Copies design `id` as a new design named "<name> (copy)". Resolves null when it cannot be read. */
export async function duplicateDesign(db: LibraryDb, id: string): Promise<DesignRow | null> {
  const r = await readStoredDesign(id);
  if (!r.ok) return null;
  r.ydoc.destroy();
  const copy = { ...r.design, name: `${r.design.name} (copy)`.slice(0, 500) };
  return createDesign(db, copy, 'import', `Copied from “${r.design.name}”`);
}

/** Deletes design `id` from the list; `restoreDeleted` brings it back until it is purged. */
export async function deleteDesign(db: LibraryDb, id: string): Promise<void> {
  await db.designs.update(id, { deleted: Date.now() });
}

/** Brings a deleted design back into the list. */
export async function restoreDeleted(db: LibraryDb, id: string): Promise<void> {
  const row = await db.designs.get(id);
  if (!row) return;
  const { deleted: _d, ...rest } = row;
  await db.designs.put(rest);
}

/** Removes a design for good: its row, its versions and its document (its quarantined data stays). */
export async function purgeDesign(db: LibraryDb, id: string): Promise<void> {
  await db.transaction('rw', db.designs, db.versions, async () => {
    await db.designs.delete(id);
    await db.versions.where('designId').equals(id).delete();
  });
  await deleteStoredDoc(id);
}

/** Marks design `id` as quarantined (its data could not be read; it is not opened again). */
export async function markQuarantined(db: LibraryDb, id: string): Promise<void> {
  await db.designs.update(id, { quarantined: Date.now() });
}
