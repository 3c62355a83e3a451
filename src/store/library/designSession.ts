/**
 * One open design (issue 9 §3): its `Y.Doc`, persisted update by update (y-indexeddb), shared
 * with the other tabs that have it open (BroadcastChannel), and this user's undo manager. The
 * store binds to `session.bound`; a network provider (Hocuspocus, issue 11) is attached to the
 * same `ydoc` with `attach` and needs no change to the store.
 *
 * ```text
 *   IndexedDB ◄── y-indexeddb ──┐
 *   other tabs ◄── tab channel ─┤── Y.Doc ── store (DocBinding, UndoManager)
 *   server    ◄── provider ─────┘  (attach)
 * ```
 *
 * Opening never overwrites what it cannot read: the stored updates are read first, and data
 * that cannot be decoded (or was written by a newer version) goes to the quarantine byte for
 * byte, the design is marked quarantined and is not opened. Values that decode but fail
 * validation stay in the document (kept aside by the store) and a copy goes to the quarantine.
 */
import type * as Y from 'yjs';
import type { Design } from '../../core/design';
import { docToDesign } from '../../io/records';
import { bindableDoc, type BoundDoc } from '../docBinding';
import type { LibraryDb } from './db';
import { markQuarantined, readStoredDesign, touchDesign } from './designs';
import { attachStorage, frameUpdates, type StoredDoc } from './designStorage';
import { quarantine } from './quarantine';
import { reportStorageProblem, storageErrorText } from './storageHealth';
import { joinTabChannel, type TabChannel } from './tabChannel';
import { VERSION_INTERVAL_MIN, saveVersion } from './versions';

/** Something attached to a session's document whose life ends with the session (a provider). */
export interface Attachment {
  destroy(): unknown;
}

/** An open design. */
export interface DesignSession {
  readonly id: string;
  readonly ydoc: Y.Doc;
  /** The document and this user's undo manager, for `store.actions.bindDocument`. */
  readonly bound: BoundDoc;
  /** Attaches a provider (e.g. a HocuspocusProvider on `ydoc`); destroyed when the session closes. */
  attach(a: Attachment): void;
  /** Resolves when every change so far is committed to IndexedDB (and the list row is current). */
  flush(): Promise<void>;
  /** Flushes, leaves the tab channel, detaches storage and providers, destroys the document. */
  close(): Promise<void>;
}

/** The outcome of opening a design: a session, or why it was not opened (and whether it was quarantined). */
export type OpenSessionResult =
  | { readonly ok: true; readonly session: DesignSession; readonly design: Design }
  | { readonly ok: false; readonly error: string; readonly quarantined: boolean };

/** Options of `openDesignSession`. */
export interface SessionOptions {
  /** The design now, for interval versions (the store's snapshot; default: read from the document). */
  readonly currentDesign?: () => Design;
  /** Delay before the list row (last change, size) is updated after a change, ms (default 1000). */
  readonly rowDelayMs?: number;
  /** Interval between versions while editing, ms (default `VERSION_INTERVAL_MIN` minutes). */
  readonly versionEveryMs?: number;
}

const STORAGE_ORIGIN = { kind: 'storage-load' } as const;

const fileSlug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'design';

/** Opens design `id` of library `db`. Never throws: IndexedDB failures are reported and returned. */
export async function openDesignSession(
  db: LibraryDb,
  id: string,
  opts: SessionOptions = {},
): Promise<OpenSessionResult> {
  const row = await db.designs.get(id);
  const label = row ? `“${row.name}”` : id;
  let read;
  try {
    read = await readStoredDesign(id, STORAGE_ORIGIN);
  } catch (e) {
    return {
      ok: false,
      error: `design ${label} could not be read from IndexedDB (${storageErrorText(e)})`,
      quarantined: false,
    };
  }
  if (!read.ok) {
    await quarantine(db, {
      source: 'design',
      designId: id,
      name: `Design ${label}`,
      error: read.error,
      raw: frameUpdates(read.raw),
      fileName: `${fileSlug(row?.name ?? id)}.yjs-updates.bin`,
    });
    await markQuarantined(db, id);
    return { ok: false, error: `design ${label} could not be read: ${read.error}`, quarantined: true };
  }
  const { ydoc } = read;
  for (const a of read.aside)
    await quarantine(db, {
      source: 'record',
      designId: id,
      name: `${a.collection} record “${a.key}” of ${label}`,
      error: `${a.path}: ${a.message}`,
      raw: JSON.stringify(a.value, null, 2) ?? 'undefined',
      fileName: `${fileSlug(row?.name ?? id)}-${fileSlug(a.key)}.json`,
    });

  const problem = (what: string) =>
    reportStorageProblem({
      kind: 'write-failed',
      what: `Changes to ${label} are not being saved in this browser`,
      detail: what,
    });
  let storage: StoredDoc | null = null;
  try {
    storage = await attachStorage(id, ydoc, problem);
  } catch (e) {
    problem(storageErrorText(e));
  }
  const bound = bindableDoc(ydoc);
  const channel: TabChannel | null = joinTabChannel(id, ydoc);
  const attachments: Attachment[] = [];
  const current = opts.currentDesign ?? (() => docToDesign(ydoc).design);

  let rowTimer: ReturnType<typeof setTimeout> | null = null;
  let dirtySince: number | null = null;
  // The listed size follows the edits without encoding the whole document (that took 100–200 ms
  // of the main thread at 10,000 fibers, seconds at 100,000, in the first second after the first
  // edit): the bytes read from IndexedDB at open, plus the bytes of each update since (what the
  // database holds until y-indexeddb merges them).
  let size = read.storedBytes;
  const writeRow = async () => {
    rowTimer = null;
    const name = ydoc.getMap('meta').get('name');
    try {
      await touchDesign(db, id, {
        changed: Date.now(),
        size,
        ...(typeof name === 'string' ? { name } : {}),
      });
    } catch (e) {
      problem(storageErrorText(e));
    }
  };
  const onUpdate = (u: Uint8Array, origin: unknown) => {
    if (origin === STORAGE_ORIGIN) return;
    size += u.byteLength;
    dirtySince ??= Date.now();
    if (rowTimer) clearTimeout(rowTimer);
    rowTimer = setTimeout(() => void writeRow(), opts.rowDelayMs ?? 1000);
  };
  ydoc.on('update', onUpdate);
  const versionTimer = setInterval(
    () => {
      if (dirtySince === null) return;
      dirtySince = null;
      void saveVersion(db, id, current(), 'interval', 'While editing').catch((e: unknown) =>
        problem(storageErrorText(e)),
      );
    },
    opts.versionEveryMs ?? VERSION_INTERVAL_MIN * 60_000,
  );
  const name = ydoc.getMap('meta').get('name');
  if (row && typeof name === 'string' && name !== row.name) await touchDesign(db, id, { name });

  const flush = async () => {
    if (rowTimer) {
      clearTimeout(rowTimer);
      await writeRow();
    }
    await storage?.flush();
  };
  let closed = false;
  const session: DesignSession = {
    id,
    ydoc,
    bound,
    attach: (a) => attachments.push(a),
    flush,
    close: async () => {
      if (closed) return;
      closed = true;
      await flush().catch(() => undefined);
      clearInterval(versionTimer);
      ydoc.off('update', onUpdate);
      for (const a of attachments) await a.destroy();
      channel?.leave();
      bound.undo.destroy();
      await storage?.destroy();
      ydoc.destroy();
    },
  };
  return { ok: true, session, design: read.design };
}
