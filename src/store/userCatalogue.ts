/**
 * The user's catalogue: parts imported from NetBox YAML (or edited by hand), kept in the library
 * (one row per part, `library/catalogue.ts`) across designs and shown in the palette's "Imported"
 * group. Each part is validated on its own when read: a bad part is skipped with its reason (and
 * kept in the quarantine), the rest load. Other tabs are told of every change (BroadcastChannel)
 * and re-read. Without IndexedDB the catalogue lives for this page only.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { PartId } from '../core/ids';
import type { Part } from '../core/parts';
import { deleteCataloguePart, loadCatalogue, putCataloguePart, type SkippedPart } from './library/catalogue';
import { getLibrary } from './library/instance';
import { reportStorageProblem, storageErrorText } from './library/storageHealth';

/** BroadcastChannel on which tabs announce catalogue changes. */
const SYNC_CHANNEL = 'mpo-designer:catalogue';

/** The catalogue state: parts (sorted by id once read), skipped parts, and whether it was read. */
export interface UserCatalogueState {
  readonly parts: readonly Part[];
  readonly loaded: boolean;
  /** Stored parts that could not be read, each with its reason (JSON path and rule). */
  readonly skipped: readonly SkippedPart[];
}

/** The user catalogue store (zustand vanilla). */
export const userCatalogue = createStore<UserCatalogueState>()(() => ({ parts: [], loaded: false, skipped: [] }));

let sync: BroadcastChannel | null = null;

/** Reads the catalogue from the library into the store. Never throws (no library = empty). */
export async function loadUserCatalogue(): Promise<void> {
  const db = await getLibrary();
  if (!db) {
    userCatalogue.setState({ loaded: true });
    return;
  }
  try {
    const r = await loadCatalogue(db);
    userCatalogue.setState({ parts: r.parts, skipped: r.skipped, loaded: true });
  } catch (e) {
    userCatalogue.setState({ loaded: true });
    reportStorageProblem({
      kind: 'unreadable',
      what: 'The imported parts could not be read from this browser’s storage',
      detail: storageErrorText(e),
    });
  }
  if (!sync && typeof BroadcastChannel !== 'undefined') {
    sync = new BroadcastChannel(SYNC_CHANNEL);
    sync.onmessage = () => {
      void loadUserCatalogue();
    };
  }
}

async function persist(write: (db: NonNullable<Awaited<ReturnType<typeof getLibrary>>>) => Promise<void>) {
  const db = await getLibrary();
  if (!db) return;
  try {
    await write(db);
    sync?.postMessage('changed');
  } catch (e) {
    reportStorageProblem({
      kind: 'write-failed',
      what: 'Imported parts are not being saved in this browser',
      detail: storageErrorText(e),
    });
  }
}

/** Adds a part, or replaces the part with the same id in place. Persists. */
export function addToUserCatalogue(part: Part): Promise<void> {
  const parts = userCatalogue.getState().parts;
  const at = parts.findIndex((p) => p.id === part.id);
  userCatalogue.setState({ parts: at < 0 ? [...parts, part] : parts.map((p, i) => (i === at ? part : p)) });
  return persist((db) => putCataloguePart(db, part));
}

/** Removes a part by id. Persists. */
export function removeFromUserCatalogue(id: PartId): Promise<void> {
  userCatalogue.setState({ parts: userCatalogue.getState().parts.filter((p) => p.id !== id) });
  return persist((db) => deleteCataloguePart(db, id));
}

/** The catalogue part with this id, if any. */
export const userPart = (id: PartId): Part | undefined => userCatalogue.getState().parts.find((p) => p.id === id);

/** React hook: the user catalogue's parts. */
export const useUserParts = (): readonly Part[] => useStore(userCatalogue, (s) => s.parts);

/** React hook: the stored parts that could not be read. */
export const useSkippedParts = (): readonly SkippedPart[] => useStore(userCatalogue, (s) => s.skipped);
