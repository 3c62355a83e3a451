/**
 * Whether a new build of the app is waiting (the service worker found one): the "new version —
 * reload" prompt reads it; `applyUpdate` is set by the registration (`registerPwa.ts`).
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** The update state: a new version is ready; how to apply it (null before registration). */
export interface UpdateState {
  readonly ready: boolean;
  readonly apply: (() => Promise<void>) | null;
}

/** The update state (zustand vanilla). */
export const updateState = createStore<UpdateState>()(() => ({ ready: false, apply: null }));

/** React hook: a slice of the update state. */
export const useUpdateState = <T>(selector: (s: UpdateState) => T): T => useStore(updateState, selector);
