/**
 * The library flows of the app (issue 9 §2): which design this tab has open, opening another
 * one, New / Demos / Open file / shared copies as NEW designs (nothing is replaced), versions
 * (on open, every few minutes of editing, before bulk changes and restores; restore is one undo
 * step), and flushing on page hide. Start-up imports the autosave of earlier versions once.
 *
 * Without IndexedDB the app runs on an in-memory design and the storage banner says so.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Design } from '../core/design';
import { DEMOS } from '../demos/demos';
import { onBeforeBulkChange } from '../store/bulkChange';
import { getSetting, setSetting, type LibraryDb, type VersionReason } from '../store/library/db';
import { createDesign, listDesigns } from '../store/library/designs';
import { openDesignSession, type DesignSession } from '../store/library/designSession';
import { getLibrary } from '../store/library/instance';
import { importLegacyStorage } from '../store/library/legacyImport';
import { quarantine } from '../store/library/quarantine';
import { reportStorageProblem, storageErrorText } from '../store/library/storageHealth';
import { readVersion, saveVersion } from '../store/library/versions';
import { designerStore } from '../store/store';
import { beginOpening, quoted, whileOpening, type Opening } from './openingState';

/** What this tab has open. */
export interface LibraryState {
  /** The open design's library id (null: in memory only, no library). */
  readonly currentId: string | null;
  /** Bumped whenever the library's lists may have changed (the Designs view re-reads). */
  readonly revision: number;
  /** Whether the Designs view is open. */
  readonly designsOpen: boolean;
}

/** The library state (zustand vanilla). */
export const libraryState = createStore<LibraryState>()(() => ({ currentId: null, revision: 0, designsOpen: false }));

/** React hook: a slice of the library state. */
export const useLibraryState = <T>(selector: (s: LibraryState) => T): T => useStore(libraryState, selector);

/** Opens or closes the Designs view. */
export const setDesignsOpen = (open: boolean): void => libraryState.setState({ designsOpen: open });

/** Tells the Designs view to re-read the library. */
export const libraryChanged = (): void => libraryState.setState((s) => ({ revision: s.revision + 1 }));

const TAB_KEY = 'mpo-designer/open-design';
const LAST_OPENED = 'last-opened';
let session: DesignSession | null = null;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs library flows one after another (opening a design while another opens would cross them);
 * the next flow also starts once `opening` is given up (a hung flow does not stall the rest).
 */
function serial<T>(f: () => Promise<T>, opening?: Opening): Promise<T> {
  const run = queue.then(f, f);
  const settled = run.catch(() => undefined);
  queue = opening ? Promise.race([settled, opening.givenUp]) : settled;
  return run;
}

const notify = (tone: 'info' | 'error' | 'success', text: string) =>
  designerStore.getState().actions.notify(tone, text);
const when = (at: number) => new Date(at).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });

/** The open design's session (null without a library). */
export const currentSession = (): DesignSession | null => session;

/** Saves a version of the open design; failures go to the storage banner. */
async function version(reason: VersionReason, label: string, design?: Design): Promise<void> {
  const db = await getLibrary();
  const id = libraryState.getState().currentId;
  if (!db || !id) return;
  try {
    await saveVersion(db, id, design ?? designerStore.getState().doc, reason, label);
    libraryChanged();
  } catch (e) {
    reportStorageProblem({ kind: 'write-failed', what: 'Versions are not being saved', detail: storageErrorText(e) });
  }
}

function frame(): void {
  const a = designerStore.getState().actions;
  a.select(null);
  a.setTool({ kind: 'select' });
  a.requestView('fit-content');
}

/**
 * Opens design `id` (inside `serial`): reads it, binds the store to it, ends `opening` (edits go
 * on, in the new design), calls `onBound` (the caller's notice, at once: not after the slow steps
 * that follow), then closes the design left and takes the "Opened" version.
 */
async function openUnqueued(db: LibraryDb, id: string, opening: Opening, onBound?: () => void): Promise<boolean> {
  const r = await openDesignSession(db, id, { currentDesign: () => designerStore.getState().doc });
  libraryChanged();
  if (opening.gaveUp) {
    // Too late: the user was told and went on editing the design on screen; this one stays in Designs.
    if (r.ok) await r.session.close();
    return false;
  }
  if (!r.ok) {
    notify('error', `Not opened: ${r.error}${r.quarantined ? ' — kept in the quarantine (Designs)' : ''}`);
    if (r.quarantined)
      reportStorageProblem({
        kind: 'unreadable',
        what: 'A stored design could not be read; it is kept, unchanged, in the quarantine (Designs)',
        detail: r.error,
      });
    return false;
  }
  const previous = session;
  session = r.session;
  designerStore.getState().actions.bindDocument(r.session.bound);
  libraryState.setState({ currentId: id });
  frame();
  opening.end();
  onBound?.();
  if (previous) await previous.close();
  try {
    sessionStorage.setItem(TAB_KEY, id);
  } catch {
    // sessionStorage unavailable: a reload opens the last design opened in any tab.
  }
  await setSetting(db, LAST_OPENED, id).catch(() => undefined);
  await version('open', 'Opened', r.design);
  return true;
}

/** Options of `openDesignById`. */
export interface OpenOptions {
  /** The design's name, when the caller knows it (the status bar says “Opening “name”…”). */
  readonly name?: string;
  /** The opening of a flow that opens this design as its last step (a room join); else a new one. */
  readonly via?: Opening;
}

/**
 * Opens design `id` of the library in this tab (the one open before stays in the library). Edits
 * wait from the call until it is bound (or the open failed, shown as an error notice).
 */
export function openDesignById(id: string, opts: OpenOptions = {}): Promise<boolean> {
  const opening = opts.via ?? beginOpening(opts.name ? quoted(opts.name) : 'a stored design');
  if (opts.via && opts.name) opening.relabel(quoted(opts.name));
  return serial(async () => {
    const db = await getLibrary();
    if (!db) return false;
    if (libraryState.getState().currentId === id) return true;
    if (!opts.name) {
      const name = (await db.designs.get(id))?.name;
      if (name) opening.relabel(quoted(name));
    }
    return openUnqueued(db, id, opening);
  }, opening)
    .catch((e: unknown) => {
      notify('error', `Not opened: ${storageErrorText(e)}`);
      return false;
    })
    .finally(opening.end);
}

/**
 * Adds `design` to the library as a new design and opens it (New, a demo, an opened file, a
 * shared copy). Without a library it replaces the in-memory design (the banner says nothing is
 * saved). Edits wait from the call until it is open (`via`: the caller's opening, relabelled).
 * `onBound` runs once, as soon as the design is bound (before its "Opened" version is saved), and
 * never when the open fails. Resolves true when opened.
 */
export function openAsNewDesign(
  design: Design,
  reason: VersionReason,
  label: string,
  via?: Opening,
  onBound?: () => void,
): Promise<boolean> {
  const opening = via ?? beginOpening(quoted(design.name));
  if (via) via.relabel(quoted(design.name));
  // Once, even when a step after the bind throws and the design is then kept in memory.
  let told = false;
  const bound = () => {
    if (told) return;
    told = true;
    onBound?.();
  };
  const inMemory = () => {
    if (opening.gaveUp) return false;
    designerStore.getState().actions.resetDesign(design);
    frame();
    opening.end();
    bound();
    return true;
  };
  return serial(async () => {
    const db = await getLibrary();
    if (!db) return inMemory();
    try {
      const row = await createDesign(db, design, reason, label);
      return await openUnqueued(db, row.id, opening, bound);
    } catch (e) {
      reportStorageProblem({
        kind: 'write-failed',
        what: 'New designs are not being saved in this browser',
        detail: storageErrorText(e),
      });
      return inMemory();
    }
  }, opening).finally(opening.end);
}

/** Commits every change of the open design to IndexedDB (page hide, tests). */
export async function flushCurrent(): Promise<void> {
  try {
    await session?.flush();
  } catch (e) {
    reportStorageProblem({
      kind: 'write-failed',
      what: 'The last changes may not be saved in this browser',
      detail: storageErrorText(e),
    });
  }
}

/**
 * Restores version `versionId`'s content into the open design as one undo step (the design keeps
 * its current name), after taking a version of the design as it is. Resolves false when the
 * version cannot be read (it is then quarantined).
 */
export async function restoreVersion(versionId: number): Promise<boolean> {
  // Edits wait while the version is read and the design is kept as it is (else they would be
  // missing from the "Before" version), and the restore waits for any other opening.
  const ready = await whileOpening('a version', (opening) => serial(() => readForRestore(versionId, opening), opening));
  if (!ready) return false;
  const a = designerStore.getState().actions;
  const other = designerStore.getState().session.opening;
  if (other) {
    notify('error', `Not restored: ${other.what} is opening (the version stays in Designs → Versions)`);
    return false;
  }
  if (!a.loadDesign({ ...ready.design, name: designerStore.getState().doc.name }, ready.label)) return false;
  frame();
  notify('success', `${ready.label} (Undo brings the design back as it was)`);
  return true;
}

/** Reads version `versionId` and keeps the design as it is (a version), for `restoreVersion`. */
async function readForRestore(versionId: number, opening: Opening): Promise<{ design: Design; label: string } | null> {
  const db = await getLibrary();
  if (!db) return null;
  const v = await readVersion(db, versionId);
  if (!v) return null;
  if (!v.ok) {
    const row = await db.versions.get(versionId);
    if (row)
      await quarantine(db, {
        source: 'version',
        designId: row.designId,
        name: `Version of ${when(row.at)} of “${row.name}”`,
        error: v.error,
        raw: row.text,
        fileName: 'version.mpo.json',
      });
    notify('error', `That version could not be read (${v.error}); it was kept in the quarantine`);
    libraryChanged();
    return null;
  }
  opening.relabel(`the version of ${when(v.row.at)}`);
  const label = `Restore version of ${when(v.row.at)}`;
  await version('before-restore', `Before: ${label}`);
  return opening.gaveUp ? null : { design: v.design, label };
}

/** Opens version `versionId` as a new design ("<name> (version of <time>)"). */
export function openVersionAsCopy(versionId: number): Promise<boolean> {
  return whileOpening('a version as a copy', async (opening) => {
    const db = await getLibrary();
    if (!db) return false;
    const v = await readVersion(db, versionId);
    if (!v?.ok) {
      notify('error', `That version could not be read${v && !v.ok ? ` (${v.error})` : ''}`);
      return false;
    }
    const name = `${v.design.name} (version of ${when(v.row.at)})`.slice(0, 500);
    return openAsNewDesign({ ...v.design, name }, 'import', `Copy of the version of ${when(v.row.at)}`, opening);
  });
}

/** Which design to open at start: this tab's, the old autosave, the last opened, the newest. */
async function startCandidates(db: LibraryDb, legacyId: string | null): Promise<string[]> {
  const rows = await listDesigns(db);
  const usable = new Set(rows.filter((r) => r.quarantined === undefined).map((r) => r.id));
  let tab: string | null;
  try {
    tab = sessionStorage.getItem(TAB_KEY);
  } catch {
    tab = null;
  }
  const last = await getSetting<string>(db, LAST_OPENED);
  const order = [tab, legacyId, last, ...rows.map((r) => r.id)];
  return [...new Set(order.filter((id): id is string => !!id && usable.has(id)))];
}

/** What start-up found. */
export type BootResult = 'restored' | 'first-start' | 'no-storage';

/**
 * Start-up: opens the library (IndexedDB), imports the old autosave and catalogue once, opens
 * this tab's design (or the last one; a new design from the first demo on first start), takes
 * versions before bulk changes, flushes on page hide. Never throws.
 */
export async function startLibrary(): Promise<BootResult> {
  const first = DEMOS[0];
  const db = await getLibrary();
  if (!db) {
    if (first) designerStore.getState().actions.resetDesign(first.build());
    return 'no-storage';
  }
  let legacyId: string | null = null;
  try {
    const legacy = await importLegacyStorage(db);
    legacyId = legacy.design?.id ?? null;
    if (legacy.quarantined.length)
      reportStorageProblem({
        kind: 'unreadable',
        what: 'Data saved by an earlier version could not be read; it is kept, unchanged, in the quarantine (Designs)',
        detail: legacy.quarantined.join('; '),
      });
  } catch (e) {
    reportStorageProblem({
      kind: 'unreadable',
      what: 'The autosave of an earlier version could not be read',
      detail: storageErrorText(e),
    });
  }
  for (const id of await startCandidates(db, legacyId)) if (await openDesignById(id)) return 'restored';
  if (first) {
    await openAsNewDesign(first.build(), 'open', `New from the demo “${first.title}”`);
    notify('info', `Welcome: this is the “${first.title}” demo. More in Demos; New starts an empty design.`);
  }
  return 'first-start';
}

let installed = false;

/** Installs the page-hide flush and the versions taken before bulk changes (once). */
export function installLibraryHooks(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('pagehide', () => void flushCurrent());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushCurrent();
  });
  onBeforeBulkChange((label, before) => void version('before-bulk', `Before: ${label}`, before));
}
