/**
 * Undo history as snapshot stacks of the immutable design (immer structural sharing makes a
 * snapshot cost only the changed path). Gestures follow tldraw's model: `begin` remembers the
 * starting design, edits inside the gesture create no entries, `commit` pushes one entry when
 * the design changed, `cancel` restores the start without touching redo. Pure functions on a
 * plain `History` value; the store applies them.
 */
import type { Design } from '../core/design';

/** Most undo steps kept. */
export const HISTORY_LIMIT = 200;

/** One undo entry: the design before the step, and the step's name ("Move Leaf-1"). */
export interface HistoryEntry {
  readonly design: Design;
  readonly label: string;
}

/** Past and future stacks plus the open gesture, if any. */
export interface History {
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  readonly gesture: { readonly label: string; readonly start: Design } | null;
}

/** An empty history. */
export const emptyHistory: History = { past: [], future: [], gesture: null };

/** The state history functions work on: the current design and its history. */
export interface Versioned {
  readonly doc: Design;
  readonly history: History;
}

/**
 * Records a step from `s.doc` to `next`. Inside a gesture only the design changes; outside, the
 * previous design goes on the past stack (capped) and redo is cleared. No-op when unchanged.
 */
export function record(s: Versioned, label: string, next: Design): Versioned {
  if (next === s.doc) return s;
  if (s.history.gesture) return { doc: next, history: s.history };
  const past = [...s.history.past, { design: s.doc, label }].slice(-HISTORY_LIMIT);
  return { doc: next, history: { past, future: [], gesture: null } };
}

/** Opens a gesture (a drag): later records until `commitGesture` make one step. */
export function beginGesture(s: Versioned, label: string): Versioned {
  return { doc: s.doc, history: { ...s.history, gesture: { label, start: s.doc } } };
}

/** Closes the gesture: one undo step if the design changed, none otherwise. */
export function commitGesture(s: Versioned): Versioned {
  const g = s.history.gesture;
  if (!g) return s;
  const closed = { doc: g.start, history: { ...s.history, gesture: null } };
  return s.doc === g.start ? closed : record(closed, g.label, s.doc);
}

/** Abandons the gesture and restores the design it started from; redo is untouched. */
export function cancelGesture(s: Versioned): Versioned {
  const g = s.history.gesture;
  return g ? { doc: g.start, history: { ...s.history, gesture: null } } : s;
}

/** Steps back one entry (closing any open gesture first). */
export function undo(s: Versioned): Versioned {
  const base = cancelGesture(s);
  const prev = base.history.past.at(-1);
  if (!prev) return base;
  return {
    doc: prev.design,
    history: {
      past: base.history.past.slice(0, -1),
      future: [{ design: base.doc, label: prev.label }, ...base.history.future],
      gesture: null,
    },
  };
}

/** Steps forward one entry. */
export function redo(s: Versioned): Versioned {
  const next = s.history.future[0];
  if (!next || s.history.gesture) return s;
  return {
    doc: next.design,
    history: {
      past: [...s.history.past, { design: s.doc, label: next.label }],
      future: s.history.future.slice(1),
      gesture: null,
    },
  };
}
