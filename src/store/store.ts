/**
 * The designer store: one zustand store (immer middleware) with the design snapshot, the undo
 * history and what the document kept aside, apart from the session. The design lives in a
 * document of records (`Y.Doc`, see `docBinding.ts`); `doc` is its immutable snapshot, sharing
 * every unchanged record object with the previous one, so selectors and memoisation by identity
 * keep working. `createDesignerStore()` makes a fresh store on an in-memory document (tests,
 * e2e); the app binds `designerStore` to a library session (`bindDocument`).
 *
 * Every change of the design goes through a named action that applies a pure edit of
 * `core/edits` and records one undo step (or joins the open gesture).
 */
import { castDraft } from 'immer';
import { useStore } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { emptyDesign, type Design } from '../core/design';
import { DocBinding, type BoundState, type RecordsView } from './docBinding';
import type { History } from './history';
import { initialSession, openingNotice, type Session } from './session';
import type { StoreKit } from './storeKit';
import { makeActions, type DesignerActions } from './actions';

/** The whole store state. `actions` is one stable object: selecting it never re-renders. */
export interface DesignerState {
  readonly doc: Design;
  readonly history: History;
  /** Values of the document not applied (kept aside) and references shown resolved. */
  readonly records: RecordsView;
  readonly session: Session;
  readonly actions: DesignerActions;
}

/** The store API (zustand vanilla). */
export type DesignerStore = StoreApi<DesignerState>;

/** Creates a fresh designer store holding `initial` (an empty design by default) in memory. */
export function createDesignerStore(initial: Design = emptyDesign()): DesignerStore {
  let noticeSeq = 0;
  return createStore<DesignerState>()(
    immer((set, get) => {
      const publish = (b: BoundState) =>
        set((s) => {
          // A refusal of an earlier attempt is stale once the design has changed (issue 12).
          if (s.session.notice?.tone === 'error' && b.doc !== s.doc) s.session.notice = null;
          s.doc = castDraft(b.doc);
          s.history = castDraft(b.history);
          s.records = castDraft(b.records);
        });
      let binding = new DocBinding(initial, publish);
      const kit: StoreKit = {
        get,
        binding: () => binding,
        bind: (doc) => {
          binding.detach();
          binding = new DocBinding(doc, publish);
          publish(binding.current());
        },
        waitForOpen: () => {
          const opening = get().session.opening;
          if (opening === null) return null;
          const text = openingNotice(opening);
          if (get().session.notice?.text !== text) kit.notify('info', text);
          return text;
        },
        commit: (label, next) => {
          const wait = kit.waitForOpen();
          if (wait !== null) return { refused: wait };
          const locked = get().session.readOnly;
          if (locked !== null) {
            kit.notify('error', `Not changed: ${locked}`);
            return { refused: locked };
          }
          const r = binding.commit(label, next);
          if (typeof r === 'object') kit.notify('error', `Not changed: ${r.refused}`);
          return r;
        },
        setSession: (recipe) =>
          set((s) => {
            recipe(s.session as never);
          }),
        notify: (tone, text) =>
          set((s) => {
            s.session.notice = { seq: ++noticeSeq, tone, text };
          }),
      };
      const bound = binding.current();
      return {
        doc: bound.doc,
        history: bound.history,
        records: bound.records,
        session: initialSession,
        actions: makeActions(kit),
      };
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
