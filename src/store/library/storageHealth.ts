/**
 * What is not being saved, for the persistent storage banner (issue 9 §2): IndexedDB unavailable,
 * quota exceeded, a blocked upgrade, a write that failed, data that could not be read. Each
 * problem says what is affected in words a user acts on; the banner offers Save to file.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** Kinds of storage problem (one banner line each). */
export type StorageProblemKind = 'unavailable' | 'write-failed' | 'blocked' | 'unreadable';

/** One storage problem: its kind, what is not being saved or read, and the browser's reason. */
export interface StorageProblem {
  readonly kind: StorageProblemKind;
  /** What the user loses or cannot see ("Changes to this design are not being saved"). */
  readonly what: string;
  /** The browser's error, for support. */
  readonly detail: string;
}

/** The storage problems now (zustand vanilla). */
export const storageHealth = createStore<{ readonly problems: readonly StorageProblem[] }>()(() => ({
  problems: [],
}));

/** Reports a problem; a problem of the same kind replaces the earlier one. */
export function reportStorageProblem(p: StorageProblem): void {
  storageHealth.setState((s) => ({ problems: [...s.problems.filter((x) => x.kind !== p.kind), p] }));
}

/** Clears the problem of `kind` (it was resolved, e.g. a later write succeeded). */
export function clearStorageProblem(kind: StorageProblemKind): void {
  storageHealth.setState((s) => ({ problems: s.problems.filter((x) => x.kind !== kind) }));
}

/** React hook: the storage problems. */
export const useStorageProblems = (): readonly StorageProblem[] => useStore(storageHealth, (s) => s.problems);

/** A one-line reason from anything thrown by IndexedDB or Dexie. */
export function storageErrorText(e: unknown): string {
  if (e && typeof e === 'object' && 'name' in e && 'message' in e)
    return `${String((e as { name: unknown }).name)}: ${String((e as { message: unknown }).message)}`;
  return String(e);
}
