/**
 * The low-level writers the store's actions are built on (`makeActions`, `makeDocActions`): read
 * the design, its history and the session; replace the design and history in one transition;
 * change the session; show a notice. Kept apart from `store.ts` so the actions do not import the
 * store that is built from them.
 */
import type * as H from './history';
import type { Notice, Session } from './session';

/** What the actions read: the design document with its undo history, and the session. */
export interface StoreData extends H.Versioned {
  readonly session: Session;
}

/** Low-level writers the actions are built on. */
export interface StoreKit {
  /** The current state (the design, its history and the session). */
  get: () => StoreData;
  /** Replaces doc + history (one history transition). */
  setVersioned: (v: H.Versioned) => void;
  /** Applies an immer recipe to the session. */
  setSession: (recipe: (s: { -readonly [K in keyof Session]: Session[K] }) => void) => void;
  /** Shows a notice in the status bar. */
  notify: (tone: Notice['tone'], text: string) => void;
}
