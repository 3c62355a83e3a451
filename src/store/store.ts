/**
 * The designer store: one zustand store (immer middleware) with the design document and its
 * undo history apart from the session. `createDesignerStore()` makes a fresh store (tests, e2e,
 * the app); `designerStore` is the app's instance and `useDesigner` its React hook.
 *
 * Every change of the design goes through a named action that applies a pure edit of
 * `core/edits` and records one history step (or joins the open gesture).
 */
import { castDraft } from 'immer';
import { useStore } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { emptyDesign, type Design } from '../core/design';
import * as H from './history';
import { initialSession, type Session } from './session';
import type { StoreKit } from './storeKit';
import { makeActions, type DesignerActions } from './actions';

/** The whole store state. `actions` is one stable object: selecting it never re-renders. */
export interface DesignerState extends H.Versioned {
  readonly session: Session;
  readonly actions: DesignerActions;
}

/** The store API (zustand vanilla). */
export type DesignerStore = StoreApi<DesignerState>;

/** Creates a fresh designer store holding `initial` (an empty design by default). */
export function createDesignerStore(initial: Design = emptyDesign()): DesignerStore {
  let noticeSeq = 0;
  return createStore<DesignerState>()(
    immer((set, get) => {
      const kit: StoreKit = {
        get,
        setVersioned: (v) =>
          set((s) => {
            s.doc = castDraft(v.doc);
            s.history = castDraft(v.history);
          }),
        setSession: (recipe) =>
          set((s) => {
            recipe(s.session as never);
          }),
        notify: (tone, text) =>
          set((s) => {
            s.session.notice = { seq: ++noticeSeq, tone, text };
          }),
      };
      return { doc: initial, history: H.emptyHistory, session: initialSession, actions: makeActions(kit) };
    }),
  );
}

/** The app's store instance. */
export const designerStore: DesignerStore = createDesignerStore();

/** Subscribes a component to a slice of the app store (keep selectors narrow and module-level). */
export function useDesigner<T>(selector: (s: DesignerState) => T): T {
  return useStore(designerStore, selector);
}

/** The app store's actions (stable). */
export const designerActions = (): DesignerActions => designerStore.getState().actions;
