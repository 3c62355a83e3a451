/**
 * The low-level writers the store's actions are built on (`makeActions`, `makeDocActions`): read
 * the design snapshot, its history and the session; commit an edit through the document binding
 * (one undo step, or the open gesture); bind another document; change the session; show a
 * notice. Kept apart from `store.ts` so the actions do not import the store built from them.
 */
import type { Design } from '../core/design';
import type { BoundDoc, CommitOutcome, DocBinding, RecordsView } from './docBinding';
import type { History } from './history';
import type { Notice, Session } from './session';

/** What the actions read: the design snapshot, its history, the records view and the session. */
export interface StoreData {
  readonly doc: Design;
  readonly history: History;
  readonly records: RecordsView;
  readonly session: Session;
}

/** Low-level writers the actions are built on. */
export interface StoreKit {
  /** The current state. */
  get: () => StoreData;
  /** The binding to the current document (edits, undo, gestures). */
  binding: () => DocBinding;
  /** Binds the store to another document (opening a design); the history starts empty. */
  bind: (doc: BoundDoc | Design) => void;
  /**
   * While a design is opening (`session.opening`): tells the user once (an info notice, not one
   * per key repeat) and returns that notice, and the caller changes nothing; otherwise null.
   */
  waitForOpen: () => string | null;
  /**
   * Commits an edit as one named step (or joins the gesture); a refusal (a design opening, a
   * view-only lock, the edit check) is shown and nothing changes.
   */
  commit: (label: string, next: Design) => CommitOutcome;
  /** Applies an immer recipe to the session. */
  setSession: (recipe: (s: { -readonly [K in keyof Session]: Session[K] }) => void) => void;
  /** Shows a notice in the status bar. */
  notify: (tone: Notice['tone'], text: string) => void;
}
