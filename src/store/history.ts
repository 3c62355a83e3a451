/**
 * Per-user undo over the document of records: a `Y.UndoManager` over every root map of the
 * design's `Y.Doc`, tracking only the local-edit origin (issue 9 §3; issue 11 relies on it:
 * undo reverts only my changes, never another tab's or person's). One store action or one
 * gesture is one transaction and so one step (`captureTimeout` 0); each step carries its name
 * ("Move Leaf-1") in the stack item's meta, moved along when it goes to the redo stack.
 *
 * The history does not survive a reload: a step refers to deleted items of the document, which
 * the document's garbage collection drops once no undo manager in memory keeps them. Versions
 * (the library) keep earlier states across reloads; the toolbar says so.
 */
import * as Y from 'yjs';
import { ROOT_MAPS } from '../io/records';

/** Most undo steps kept (older ones are dropped). */
export const HISTORY_LIMIT = 200;

/** One undo or redo step as the UI shows it. */
export interface HistoryEntry {
  readonly label: string;
}

/** The undo and redo stacks as the UI reads them, and the open gesture's name, if any. */
export interface History {
  /** Oldest first; the last entry is the next undo. */
  readonly past: readonly HistoryEntry[];
  /** The first entry is the next redo. */
  readonly future: readonly HistoryEntry[];
  readonly gesture: { readonly label: string } | null;
}

/** An empty history. */
export const emptyHistory: History = { past: [], future: [], gesture: null };

/** The local-edit origin of one store: transactions with it are this user's undoable edits. */
export interface LocalOrigin {
  readonly kind: 'local-edit';
}

const LABEL = 'label';

/**
 * A per-user undo manager over `ydoc`'s design maps, tracking `origin` only. `nextLabel()` names
 * each new step (called when the step is added). Steps beyond `HISTORY_LIMIT` are dropped.
 */
export function createUndoManager(ydoc: Y.Doc, origin: LocalOrigin, nextLabel: () => string): Y.UndoManager {
  const um = new Y.UndoManager(
    ROOT_MAPS.map((n) => ydoc.getMap(n)),
    { trackedOrigins: new Set([origin]), captureTimeout: 0 },
  );
  um.on('stack-item-added', (e) => {
    if (e.type === 'undo' && e.origin === origin) e.stackItem.meta.set(LABEL, nextLabel());
    if (um.undoStack.length > HISTORY_LIMIT) um.undoStack.splice(0, um.undoStack.length - HISTORY_LIMIT);
  });
  um.on('stack-item-popped', (e) => {
    // The step moved to the other stack as a new item (added during the undo transaction).
    const target = e.type === 'undo' ? um.redoStack : um.undoStack;
    target.at(-1)?.meta.set(LABEL, e.stackItem.meta.get(LABEL));
  });
  return um;
}

const entry = (item: { meta: Map<string, unknown> }): HistoryEntry => {
  const label = item.meta.get(LABEL);
  return { label: typeof label === 'string' ? label : 'Change' };
};

/**
 * The history the UI shows for `um`, reusing `prev`'s arrays when the stacks hold the same
 * steps (so a selector on `history` does not re-render for nothing).
 */
export function historyOf(um: Y.UndoManager, gesture: History['gesture'], prev: History): History {
  const past = um.undoStack.map(entry);
  const future = um.redoStack.map(entry).reverse();
  const same = (a: readonly HistoryEntry[], b: readonly HistoryEntry[]) =>
    a.length === b.length && a.every((x, i) => x.label === b[i]?.label);
  const next: History = {
    past: same(past, prev.past) ? prev.past : past,
    future: same(future, prev.future) ? prev.future : future,
    gesture: gesture?.label === prev.gesture?.label ? prev.gesture : gesture,
  };
  return next.past === prev.past && next.future === prev.future && next.gesture === prev.gesture ? prev : next;
}
