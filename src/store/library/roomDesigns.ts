/**
 * Which library design holds the local copy of which room (issue 11), and creating that copy.
 *
 * A room's design is an ordinary library design (y-indexeddb, versions, tabs as peers) whose
 * `Y.Doc` is also synced with the room: it works offline from its last copy and merges when the
 * server is back. The binding (server, room, token) is kept in the library's settings, both ways:
 * `room:<server>|<room>` → design id and `room-of:<design id>` → binding. The token is kept so the
 * design reconnects when it is opened from the Designs view; it never leaves this browser except
 * to the room's own server.
 *
 * The local copy is created from the server's Yjs state itself (not from a design snapshot), so
 * the copy and the room share one history: nothing is duplicated and nothing overwrites the room.
 */
import * as Y from 'yjs';
import { docToDesign } from '../../io/records';
import { getSetting, newDesignId, setSetting, type DesignRow, type LibraryDb } from './db';
import { docSize } from './designs';
import { writeNewDoc } from './designStorage';
import { saveVersion } from './versions';

/** How a design is bound to a room. */
export interface RoomBinding {
  /** The sync server's WebSocket URL. */
  readonly server: string;
  readonly room: string;
  /** The access token (edit or view). */
  readonly token: string;
  /** The token's role, once the server told it (locks a view copy even while offline). */
  readonly role?: 'edit' | 'view';
}

const forward = (server: string, room: string) => `room:${server}|${room}`;
const reverse = (designId: string) => `room-of:${designId}`;

/** The design holding the local copy of `room` on `server`, if it is still in the library (not deleted). */
export async function designForRoom(db: LibraryDb, server: string, room: string): Promise<string | null> {
  const id = await getSetting<string>(db, forward(server, room));
  if (!id) return null;
  const row = await db.designs.get(id);
  return row && row.deleted === undefined && row.quarantined === undefined ? id : null;
}

/** The room design `designId` is bound to, or null for a local-only design. */
export async function roomOfDesign(db: LibraryDb, designId: string): Promise<RoomBinding | null> {
  return (await getSetting<RoomBinding>(db, reverse(designId))) ?? null;
}

/** Binds `designId` to a room (both ways); a newer token replaces the stored one. */
export async function bindDesignToRoom(db: LibraryDb, designId: string, binding: RoomBinding): Promise<void> {
  await setSetting(db, forward(binding.server, binding.room), designId);
  await setSetting(db, reverse(designId), binding);
}

/**
 * Adds a new library design holding `ydoc`'s state as it is (same Yjs history), with a first
 * version labelled `label`. Resolves with its row.
 */
export async function createDesignFromDoc(db: LibraryDb, ydoc: Y.Doc, label: string): Promise<DesignRow> {
  const id = newDesignId();
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
  await writeNewDoc(id, copy);
  const { design } = docToDesign(copy);
  const now = Date.now();
  const row: DesignRow = { id, name: design.name, created: now, changed: now, size: docSize(copy) };
  await db.designs.add(row);
  await saveVersion(db, id, design, 'import', label);
  copy.destroy();
  return row;
}
