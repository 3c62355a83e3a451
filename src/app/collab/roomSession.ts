/**
 * Working in a live room (issue 11): a room link opens the room's local copy — a library design
 * whose `Y.Doc` is also synced with the sync server — and keeps it connected while it is open.
 *
 * ```text
 *   #room=…&server=…&token=…  ──► joinRoom ──► local copy (library design, y-indexeddb, tabs)
 *                                                   │  session.attach
 *                                                   ▼
 *                                RoomConnection (HocuspocusProvider) + Awareness (presence)
 * ```
 *
 * - First join: the room is read into a scratch document, and the local copy is created from
 *   its Yjs state (same history; nothing duplicated). Later joins and reloads open that copy, so
 *   the design works offline from its last copy and merges when the server is back.
 * - While the copy is open (whether opened from a link or from Designs) it is connected; new record
 *   ids get this editor's suffix (no collisions between people); a view token locks editing.
 * - The token is taken out of the address bar once the room is joined (it stays in this
 *   browser's library, bound to the design, and goes only to the room's server).
 */
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { setNewIdSuffix } from '../../core/edits';
import { localPresence, readPeers, type PresenceSelection } from '../../io/collab/presence';
import { RoomConnection, type ConnectionStatus } from '../../io/collab/roomConnection';
import { parseRoomLink, type RoomLink } from '../../io/collab/roomLink';
import { REJECTION_REASONS } from '../../io/collab/syncNotice';
import { replaceHash } from '../../portmap/navigation';
import { collabState, NO_ROOM, userName } from '../../store/collab/collabState';
import { getLibrary } from '../../store/library/instance';
import {
  bindDesignToRoom,
  createDesignFromDoc,
  designForRoom,
  roomOfDesign,
  type RoomBinding,
} from '../../store/library/roomDesigns';
import type { Selection } from '../../store/session';
import { designerActions, designerStore } from '../../store/store';
import { bindableDoc } from '../../store/docBinding';
import { currentSession, libraryState, openDesignById } from '../designLibrary';
import { whileOpening, type Opening } from '../openingState';

/** The reason shown when a view-only link tries to edit. */
export const VIEW_ONLY_LOCK = 'this is a view-only room link (the server refuses changes from it)';
/** How long the first join waits for the server, ms. */
const FIRST_SYNC_MS = 15_000;

/** The connection of the open design, if it is a room's copy. */
let live: { readonly designId: string | null; readonly token: string; stop(): void } | null = null;

/** The part of the local selection the others can see on their canvas. */
function presenceOf(sel: Selection | null): PresenceSelection | null {
  if (!sel) return null;
  if (sel.kind === 'rack' || sel.kind === 'device' || sel.kind === 'cable') return { kind: sel.kind, id: sel.id };
  if (sel.kind === 'port') return { kind: 'port', device: sel.ref.device, port: sel.ref.port };
  return null;
}

const readOnlyOf = (s: ConnectionStatus, role: RoomBinding['role']) =>
  s.kind === 'connected' ? s.readOnly : role === 'view';

/**
 * Connects `ydoc` (the open design's document) to the room of `binding`; `register` receives the
 * stop function (the session destroys it when the design closes). Publishes status, notices and
 * presence to `collabState`; locks editing for a view token; tags new ids with this editor.
 */
function connect(
  ydoc: Y.Doc,
  binding: RoomBinding,
  designId: string | null,
  register: (stop: () => void) => void,
): void {
  live?.stop();
  const link: RoomLink = { server: binding.server, room: binding.room, token: binding.token, screen: 'designer' };
  const awareness = new Awareness(ydoc);
  const conn = new RoomConnection(link, ydoc, { awareness });
  const name = () => collabState.getState().userName || userName();
  const publishPresence = () =>
    awareness.setLocalState(
      localPresence(name(), ydoc.clientID, presenceOf(designerStore.getState().session.selection)),
    );
  setNewIdSuffix(ydoc.clientID.toString(36).slice(-8));
  collabState.setState({
    room: { server: binding.server, room: binding.room, designId },
    status: conn.status,
    notice: null,
    peers: [],
    userName: name(),
  });
  let role = binding.role;
  const apply = (status: ConnectionStatus) => {
    const locked = readOnlyOf(status, role);
    if (designerStore.getState().session.readOnly !== (locked ? VIEW_ONLY_LOCK : null))
      designerActions().setReadOnly(locked ? VIEW_ONLY_LOCK : null);
  };
  apply(conn.status);
  const unsubscribeConn = conn.subscribe((status, notice) => {
    collabState.setState({ status, notice });
    apply(status);
    if (status.kind === 'connected' && designId && role !== (status.readOnly ? 'view' : 'edit')) {
      role = status.readOnly ? 'view' : 'edit';
      const known: RoomBinding = { ...binding, role };
      void getLibrary().then((db) => db && bindDesignToRoom(db, designId, known));
    }
    if (status.kind === 'rejected')
      designerActions().notify('error', `Live room stopped: ${REJECTION_REASONS[status.reason].text} ${status.detail}`);
  });
  const onPeers = () => collabState.setState({ peers: readPeers(awareness.getStates(), ydoc.clientID) });
  awareness.on('change', onPeers);
  const unsubscribeSel = designerStore.subscribe((s, prev) => {
    if (s.session.selection !== prev.session.selection) publishPresence();
  });
  const unsubscribeName = collabState.subscribe((s, prev) => {
    if (s.userName !== prev.userName) publishPresence();
  });
  publishPresence();
  const onOffline = () => conn.goOffline();
  const onOnline = () => conn.resume();
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    unsubscribeConn();
    unsubscribeSel();
    unsubscribeName();
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
    awareness.off('change', onPeers);
    conn.destroy();
    awareness.destroy();
    setNewIdSuffix('');
    if (designerStore.getState().session.readOnly === VIEW_ONLY_LOCK) designerActions().setReadOnly(null);
    collabState.setState(NO_ROOM);
    if (live?.stop === stop) live = null;
  };
  live = { designId, token: binding.token, stop };
  register(stop);
}

/** Connects the open design when it is a room's copy (after it was opened from a link or from Designs). */
async function followOpenDesign(): Promise<void> {
  const db = await getLibrary();
  const session = currentSession();
  const id = libraryState.getState().currentId;
  if (!db || !session || !id) return;
  const binding = await roomOfDesign(db, id);
  if (live && (live.designId !== id || live.token !== binding?.token)) live.stop();
  if (!binding || (live && live.designId === id)) return;
  if (currentSession() !== session) return; // another design opened meanwhile
  connect(session.ydoc, binding, id, (stop) => session.attach({ destroy: stop }));
}

/** Reads the room into a scratch document: resolves with it once synchronised, or with why not. */
async function readRoom(link: RoomLink): Promise<{ ok: true; doc: Y.Doc } | { ok: false; error: string }> {
  const doc = new Y.Doc();
  const conn = new RoomConnection(link, doc);
  const deadline = Date.now() + FIRST_SYNC_MS;
  try {
    for (;;) {
      const s = conn.status;
      if (s.kind === 'connected') return { ok: true, doc };
      if (s.kind === 'rejected') return { ok: false, error: `${REJECTION_REASONS[s.reason].text} ${s.detail}` };
      if (Date.now() > deadline)
        return { ok: false, error: `the sync server ${link.server} could not be reached; nothing was changed` };
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    conn.destroy();
  }
}

/**
 * Joins the room of `link`: opens its local copy (creating it from the server on first join) and
 * connects it. Without IndexedDB the room is held in memory only. Edits wait from the call until
 * the copy is bound (the design on screen is being left). Resolves true when joined; otherwise
 * the reason is shown as a notice and nothing else changes.
 */
export function joinRoom(link: RoomLink): Promise<boolean> {
  return whileOpening(`the live room “${link.room}”`, (opening) => joinOpening(link, opening));
}

async function joinOpening(link: RoomLink, opening: Opening): Promise<boolean> {
  const notify = designerActions().notify;
  const db = await getLibrary();
  const binding: RoomBinding = { server: link.server, room: link.room, token: link.token };
  if (!db) {
    const read = await readRoom(link);
    if (!read.ok) {
      notify('error', `The room could not be joined: ${read.error}`);
      return false;
    }
    if (opening.gaveUp) return false;
    designerActions().bindDocument(bindableDoc(read.doc));
    opening.end();
    connect(read.doc, binding, null, () => undefined);
    return true;
  }
  let id = await designForRoom(db, link.server, link.room);
  if (!id) {
    const read = await readRoom(link);
    if (!read.ok) {
      notify('error', `The room could not be joined: ${read.error}`);
      return false;
    }
    id = (await createDesignFromDoc(db, read.doc, 'Joined a live room')).id;
    read.doc.destroy();
  }
  const previous = await roomOfDesign(db, id);
  // The role learnt for the previous token is kept only while the token is the same.
  await bindDesignToRoom(db, id, previous?.token === binding.token ? previous : binding);
  if (!(await openDesignById(id, { via: opening }))) return false;
  await followOpenDesign();
  // Replaces a start-up notice (e.g. the welcome of a first visit) that spoke of another design.
  notify('success', `Opened the live room “${designerStore.getState().doc.name}”`);
  return true;
}

/**
 * Joins the room a location hash links to, after taking the token out of the address bar; the
 * indicator says "connecting" meanwhile. Never throws (a failure is a notice).
 */
async function joinFromHash(hash: string): Promise<void> {
  const link = parseRoomLink(hash);
  if (!link) return;
  replaceHash(link.screen === 'portmap' ? '#view=portmap' : '');
  if (!live)
    collabState.setState({
      room: { server: link.server, room: link.room, designId: null },
      status: { kind: 'connecting', pending: false },
    });
  let joined = false;
  try {
    joined = await joinRoom(link);
  } catch (e) {
    designerActions().notify('error', `The room could not be joined: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!joined && !live) collabState.setState(NO_ROOM);
}

let installed = false;

/**
 * Installs room handling (once): joins a room link in the address bar now and whenever one is
 * pasted, and connects the open design whenever it is a room's copy.
 */
export async function installRooms(): Promise<void> {
  if (installed) return;
  installed = true;
  collabState.setState({ userName: userName() });
  libraryState.subscribe((s, prev) => {
    if (s.currentId !== prev.currentId) void followOpenDesign();
  });
  window.addEventListener('hashchange', () => void joinFromHash(location.hash));
  if (parseRoomLink(location.hash)) await joinFromHash(location.hash);
  else await followOpenDesign();
}
