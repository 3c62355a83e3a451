/**
 * Commands of the Designs view: rename (the open design through the store, as an undo step;
 * another design in its stored document), duplicate, export, delete (undoable from "Recently
 * deleted" until purged), delete forever, and the quarantine's raw download and discard. Every
 * command re-reads the lists afterwards and reports failures in the status bar.
 */
import type { Design } from '../core/design';
import {
  deleteDesign,
  duplicateDesign,
  listDesigns,
  purgeDesign,
  readStoredDesign,
  renameStoredDesign,
  restoreDeleted,
} from '../store/library/designs';
import { getLibrary } from '../store/library/instance';
import { discardQuarantined, quarantineBlob } from '../store/library/quarantine';
import { storageErrorText } from '../store/library/storageHealth';
import { designerStore } from '../store/store';
import { flushCurrent, libraryChanged, libraryState, openAsNewDesign, openDesignById } from './designLibrary';
import { downloadBlob } from './download';
import { newDesign, saveDesignFile } from './fileActions';

const notify = (tone: 'info' | 'error' | 'success', text: string) =>
  designerStore.getState().actions.notify(tone, text);
const isOpen = (id: string) => libraryState.getState().currentId === id;

/** Runs a library command; a failure is reported, the lists are re-read either way. */
async function run(what: string, f: (db: NonNullable<Awaited<ReturnType<typeof getLibrary>>>) => Promise<void>) {
  const db = await getLibrary();
  if (!db) {
    notify('error', `${what}: designs are not stored in this browser`);
    return;
  }
  try {
    await f(db);
  } catch (e) {
    notify('error', `${what} failed: ${storageErrorText(e)}`);
  } finally {
    libraryChanged();
  }
}

/** The design `id` as stored (the open one from the store). */
async function designOf(id: string): Promise<Design | null> {
  if (isOpen(id)) return designerStore.getState().doc;
  const r = await readStoredDesign(id);
  if (!r.ok) return null;
  r.ydoc.destroy();
  return r.design;
}

/** Renames design `id` (the open one as an undo step). */
export const renameLibraryDesign = (id: string, name: string): Promise<void> =>
  run('Rename', async (db) => {
    if (isOpen(id)) designerStore.getState().actions.renameDesign(name);
    else if (!(await renameStoredDesign(db, id, name))) notify('error', 'That design could not be read');
  });

/** Copies design `id` as a new design (not opened). */
export const duplicateLibraryDesign = (id: string): Promise<void> =>
  run('Duplicate', async (db) => {
    if (isOpen(id)) await flushCurrent();
    const row = await duplicateDesign(db, id);
    notify(row ? 'success' : 'error', row ? `Copied as “${row.name}”` : 'That design could not be read');
  });

/** Downloads design `id` as a design file. */
export const exportLibraryDesign = (id: string): Promise<void> =>
  run('Export', async () => {
    const d = await designOf(id);
    if (d) saveDesignFile(d);
    else notify('error', 'That design could not be read');
  });

/**
 * Deletes design `id` from the list (Recently deleted keeps it until purged). Deleting the open
 * design opens the most recently changed other one (a new design when there is none).
 */
export const deleteLibraryDesign = (id: string): Promise<void> =>
  run('Delete', async (db) => {
    if (isOpen(id)) {
      const next = (await listDesigns(db)).find((r) => r.id !== id && r.quarantined === undefined);
      if (next) await openDesignById(next.id);
      else await openAsNewDesign(newDesign(), 'open', 'New design');
    }
    const name = (await db.designs.get(id))?.name ?? id;
    await deleteDesign(db, id);
    notify('info', `Deleted “${name}” (Designs → Recently deleted brings it back)`);
  });

/** Brings a deleted design back into the list. */
export const restoreLibraryDesign = (id: string): Promise<void> => run('Restore', (db) => restoreDeleted(db, id));

/** Deletes a design for good (its document and versions; its quarantined data stays). */
export const purgeLibraryDesign = (id: string): Promise<void> => run('Delete forever', (db) => purgeDesign(db, id));

/** Downloads a quarantined item's raw bytes exactly as they were found. */
export const downloadQuarantined = (qid: number): Promise<void> =>
  run('Download', async (db) => {
    const row = await db.quarantine.get(qid);
    if (row) downloadBlob(quarantineBlob(row), row.fileName);
  });

/** Removes a quarantined item. */
export const discardQuarantinedItem = (qid: number): Promise<void> =>
  run('Discard', (db) => discardQuarantined(db, qid));
