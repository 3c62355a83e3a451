/**
 * The user's catalogue: parts imported from NetBox YAML (or edited by hand), kept in IndexedDB
 * across designs and shown in the palette's "Imported" group. It is stored as the JSON text of a
 * design file whose `parts` hold the catalogue, so reading it back goes through the same loader
 * as an opened file (size limit, hostile-input guards, schema): an unreadable store is reported
 * and ignored, never loaded. Other tabs are told of every change (BroadcastChannel) and re-read.
 */
import { get, set } from 'idb-keyval';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { emptyDesign } from '../core/design';
import type { PartId } from '../core/ids';
import type { Part } from '../core/parts';
import { serializeDesign } from '../io/saveDesign';

/** IndexedDB key of the user catalogue (JSON text of a design file holding only `parts`). */
export const USER_CATALOGUE_KEY = 'mpo-designer:user-catalogue';
/** BroadcastChannel on which tabs announce catalogue changes. */
const SYNC_CHANNEL = 'mpo-designer:catalogue';

/** The catalogue state: parts (as added; read back from IndexedDB: by id), and whether IndexedDB was read. */
export interface UserCatalogueState {
  readonly parts: readonly Part[];
  readonly loaded: boolean;
  /** Why the stored catalogue was ignored, when it was unreadable. */
  readonly error: string | null;
}

/** The user catalogue store (zustand vanilla). */
export const userCatalogue = createStore<UserCatalogueState>()(() => ({ parts: [], loaded: false, error: null }));

let sync: BroadcastChannel | null = null;

/** Serialises catalogue parts as the JSON text of a design file. */
export function catalogueText(parts: readonly Part[]): string {
  const d = emptyDesign('User catalogue');
  return serializeDesign({ ...d, parts: Object.fromEntries(parts.map((p) => [p.id, p])) });
}

/**
 * Parses stored catalogue text (validated like a design file). Returns the parts, or an error
 * naming the JSON path of the first problem. Never throws.
 */
export async function parseCatalogueText(
  text: unknown,
): Promise<{ ok: true; parts: Part[] } | { ok: false; error: string }> {
  if (text === undefined) return { ok: true, parts: [] };
  if (typeof text !== 'string') return { ok: false, error: 'stored value is not text' };
  const { parseDesignFile } = await import('../io/loadDesign');
  const r = parseDesignFile(text);
  return r.ok
    ? { ok: true, parts: Object.values(r.design.parts) }
    : { ok: false, error: `${r.error.path}: ${r.error.message}` };
}

/** Reads the catalogue from IndexedDB into the store. Never throws (IndexedDB missing = empty). */
export async function loadUserCatalogue(): Promise<void> {
  let text: unknown;
  try {
    text = await get(USER_CATALOGUE_KEY);
  } catch {
    userCatalogue.setState({ loaded: true });
    return;
  }
  const r = await parseCatalogueText(text);
  userCatalogue.setState(r.ok ? { parts: r.parts, loaded: true, error: null } : { loaded: true, error: r.error });
  if (!sync && typeof BroadcastChannel !== 'undefined') {
    sync = new BroadcastChannel(SYNC_CHANNEL);
    sync.onmessage = () => {
      void loadUserCatalogue();
    };
  }
}

async function save(parts: readonly Part[]): Promise<void> {
  userCatalogue.setState({ parts, error: null });
  try {
    await set(USER_CATALOGUE_KEY, catalogueText(parts));
    sync?.postMessage('changed');
  } catch {
    // IndexedDB unavailable (private mode): the catalogue lives for this page only.
  }
}

/** Adds a part, or replaces the part with the same id in place. Persists. */
export function addToUserCatalogue(part: Part): Promise<void> {
  const parts = userCatalogue.getState().parts;
  const at = parts.findIndex((p) => p.id === part.id);
  return save(at < 0 ? [...parts, part] : parts.map((p, i) => (i === at ? part : p)));
}

/** Removes a part by id. Persists. */
export function removeFromUserCatalogue(id: PartId): Promise<void> {
  return save(userCatalogue.getState().parts.filter((p) => p.id !== id));
}

/** The catalogue part with this id, if any. */
export const userPart = (id: PartId): Part | undefined => userCatalogue.getState().parts.find((p) => p.id === id);

/** React hook: the user catalogue's parts. */
export const useUserParts = (): readonly Part[] => useStore(userCatalogue, (s) => s.parts);
