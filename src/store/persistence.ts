/**
 * Autosave of the design to IndexedDB (idb-keyval) and restore on start. Only the document is
 * saved, never the session or the history. What is read back goes through the file loader of
 * `io` (migration, schema and cross-record checks) before it reaches the store, exactly like an
 * opened file; an unreadable save is reported and ignored.
 */
import { get, set } from 'idb-keyval';
import type { Design } from '../core/design';
import { serializeDesign } from '../io/saveDesign';
import type { DesignerStore } from './store';

/** IndexedDB key of the autosaved design (JSON text of the design file). */
export const AUTOSAVE_KEY = 'mpo-designer/autosave';

/** The outcome of reading the autosave: a design, nothing saved yet, or an unreadable save. */
export type RestoreResult =
  | { readonly kind: 'design'; readonly design: Design }
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid'; readonly reason: string };

/**
 * Reads and validates the autosaved design. Never throws (IndexedDB unavailable counts as
 * nothing saved).
 */
export async function restoreDesign(): Promise<RestoreResult> {
  let text: unknown;
  try {
    text = await get(AUTOSAVE_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (typeof text !== 'string') return { kind: 'none' };
  const { parseDesignFile } = await import('../io/loadDesign');
  const r = parseDesignFile(text);
  return r.ok
    ? { kind: 'design', design: r.design }
    : { kind: 'invalid', reason: `${r.error.path}: ${r.error.message}` };
}

let paused = false;
const resumers = new Set<() => void>();

/**
 * Pauses or resumes every autosave of this page (two tabs on one design: only one may write,
 * see app/tabGuard.ts). While paused, changes are kept, never written, not even by the stop
 * function; resuming schedules the write of the latest kept change.
 */
export function setAutosavePaused(value: boolean): void {
  paused = value;
  if (!value) for (const resume of resumers) resume();
}

/**
 * Saves the design whenever it changes, at most every `delayMs` ms (trailing). Returns a stop
 * function that also flushes a pending save. `onSaved` reports each completed write. Nothing is
 * written while autosave is paused (`setAutosavePaused`).
 */
export function startAutosave(
  store: DesignerStore,
  opts: { readonly delayMs?: number; readonly onSaved?: (design: Design) => void } = {},
): () => Promise<void> {
  const delay = opts.delayMs ?? 300;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: Design | null = null;
  let writing: Promise<void> = Promise.resolve();
  const write = () => {
    timer = null;
    if (paused) return writing;
    const d = pending;
    pending = null;
    if (!d) return writing;
    writing = writing
      .then(() => set(AUTOSAVE_KEY, serializeDesign(d)))
      .then(() => opts.onSaved?.(d))
      .catch(() => undefined);
    return writing;
  };
  const resume = () => {
    if (pending && !timer) timer = setTimeout(write, delay);
  };
  resumers.add(resume);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.doc === prev.doc) return;
    pending = s.doc;
    if (timer) clearTimeout(timer);
    timer = setTimeout(write, delay);
  });
  return async () => {
    resumers.delete(resume);
    unsubscribe();
    if (timer) clearTimeout(timer);
    await write();
  };
}
