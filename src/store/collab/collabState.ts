/**
 * What the app shows of the live room the open design is connected to (issue 11): the room, the
 * connection indicator's status, the last refusal notice, the other people (presence) and this
 * person's display name. Written by the app's room session (`app/collab/roomSession.ts`), read
 * by the toolbar, the port map and the canvas' presence layer. No room: `room` is null.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Peer } from '../../io/collab/presence';
import type { ConnectionStatus } from '../../io/collab/roomConnection';
import type { RejectionNotice } from '../../io/collab/syncNotice';

/** The room the open design is connected to. */
export interface RoomInfo {
  /** The sync server's WebSocket URL. */
  readonly server: string;
  readonly room: string;
  /** The library design that holds the room's local copy (null without a library). */
  readonly designId: string | null;
}

/** The collaboration state. */
export interface CollabState {
  readonly room: RoomInfo | null;
  /** The connection indicator's status (null without a room). */
  readonly status: ConnectionStatus | null;
  /** The server's last refusal (view-only change, invalid update…), or null. */
  readonly notice: RejectionNotice | null;
  /** The other people in the room, sorted by name. */
  readonly peers: readonly Peer[];
  /** This person's display name in rooms. */
  readonly userName: string;
}

/** The state without a room. */
export const NO_ROOM: Pick<CollabState, 'room' | 'status' | 'notice' | 'peers'> = {
  room: null,
  status: null,
  notice: null,
  peers: [],
};

/** The collaboration state store (zustand vanilla). */
export const collabState = createStore<CollabState>()(() => ({ ...NO_ROOM, userName: '' }));

/** React hook: a slice of the collaboration state (keep selectors narrow and module-level). */
export const useCollab = <T>(selector: (s: CollabState) => T): T => useStore(collabState, selector);

const USER_NAME_KEY = 'mpo-designer/user-name';

/** This person's display name in rooms (kept in localStorage; "Guest 1234" until set). */
export function userName(): string {
  let name = '';
  try {
    name = localStorage.getItem(USER_NAME_KEY) ?? '';
  } catch {
    // storage unavailable: a guest name for this tab
  }
  return name.trim() || `Guest ${String(1000 + Math.floor(Math.random() * 9000))}`;
}

/** Sets this person's display name (at most 60 characters; shown to the others at once). */
export function setUserName(name: string): void {
  const clean = name.trim().slice(0, 60);
  try {
    localStorage.setItem(USER_NAME_KEY, clean);
  } catch {
    // not kept after a reload
  }
  collabState.setState({ userName: clean || userName() });
}
