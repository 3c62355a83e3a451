/**
 * The analysis the panels and the canvas overlay show, kept beside the design store and never
 * computed during render: an edit replaces the design at once, and its analysis view follows when
 * the engine has it. Until then the panels keep showing the previous view, marked as updating
 * (`pending`); the mark itself appears only after ~100 ms (CSS), so quick results never flicker.
 * Edits made while the engine works are coalesced: the next message carries the newest design.
 *
 * The engine (`AnalysisEngine`) is the analysis service (`analysisService.ts`) in a Web Worker
 * (`workerEngine`), or in-process after the edit's frame is painted (`sameThreadEngine`: Vitest's
 * jsdom has no Worker). The main thread sends the records an edit changed (`designChange`), and
 * keeps only what the UI shows: the view (`applyViewPatch`), the field-test rows, and the focused
 * channel for the current selection (`FocusView`), fetched after each analysis.
 */
import { wrap, type Remote } from 'comlink';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ProposedFix } from '../core/analysis/fixes';
import type { AnalysisView } from '../core/analysis/view';
import { applyViewPatch } from '../core/analysis/viewPatch';
import type { ChannelDiagram } from '../core/deliverables/channelDiagram';
import type { Design } from '../core/design';
import { selectionKey, type FieldRow, type FocusView } from './analysisFocus';
import type { AnalysisQuery, Answer, Versioned } from './analysisQueries';
import { createAnalysisService, type AnalysisService, type EngineUpdate, type FixesView } from './analysisService';
import { designChange, isEmptyChange, type DesignChange } from './designChange';
import type { Selection } from './session';

/** What the analysis panels read. */
export interface AnalysisState {
  /** The design the shown view is of (null before the first result). */
  readonly of: Design | null;
  /** The shown view: channel rows, port states, findings, counts (null before the first result). */
  readonly view: AnalysisView | null;
  /** Field-test state of the rows that have one (issue 14), by channel key. */
  readonly field: ReadonlyMap<string, FieldRow>;
  /** What the selection points at, in the shown view's design (its `selection` says which one). */
  readonly focus: FocusView | null;
  /** True while the current design waits for its analysis (the shown one is older). */
  readonly pending: boolean;
  /** Results delivered so far (increases by one per delivered view). */
  readonly seq: number;
}

/** The analysis service as the main thread calls it: every call answers later. */
export interface AnalysisEngine {
  load(design: Design): Promise<EngineUpdate>;
  apply(change: DesignChange): Promise<EngineUpdate>;
  focus(selection: Selection | null): Promise<FocusView | null>;
  fixes(key: string): Promise<FixesView | null>;
  preview(key: string, fix: ProposedFix): Promise<ChannelDiagram | null>;
  /** Answers a query about the current analysis (`analysisQueries.ts`), with its version. */
  ask<Q extends AnalysisQuery>(query: Q): Promise<Versioned<Answer<Q>>>;
  /** Ends the engine (terminates a worker). */
  dispose?(): void;
}

/** Runs `task` after the next frame is painted (rAF, then a task), or soon where there are no frames. */
export function afterPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task, 0));
  else setTimeout(task, 0);
}

const later = <T>(f: () => T): Promise<T> =>
  new Promise((resolve, reject) =>
    afterPaint(() => {
      try {
        resolve(f());
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    }),
  );

/** An engine running the analysis service on this thread, each call after the next paint. */
export function sameThreadEngine(service: AnalysisService = createAnalysisService()): AnalysisEngine {
  return {
    load: (d) => later(() => service.load(d)),
    apply: (c) => later(() => service.apply(c)),
    focus: (s) => later(() => service.focus(s)),
    fixes: (k) => later(() => service.fixes(k)).then((p) => p),
    preview: (k, f) => later(() => service.preview(k, f)).then((p) => p),
    ask: (q) => later(() => service.ask(q)),
  };
}

/**
 * An engine running the analysis service in a Web Worker (comlink); the same-thread one where
 * there is no Worker. If the worker fails (it cannot load, or it crashes), the calls waiting on it
 * reject and every later call runs on this thread (the binding starts over with the whole design).
 */
export function workerEngine(): AnalysisEngine {
  if (typeof Worker === 'undefined') return sameThreadEngine();
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });
  const remote: Remote<AnalysisService> = wrap<AnalysisService>(worker);
  let fallback: AnalysisEngine | null = null;
  const failed = new Promise<never>((_, reject) =>
    worker.addEventListener('error', (e) => {
      fallback ??= sameThreadEngine();
      worker.terminate();
      reject(new Error(`the analysis worker failed: ${e.message || 'it could not start'}`));
    }),
  );
  failed.catch(() => undefined);
  const call = <T>(here: (e: AnalysisEngine) => Promise<T>, there: () => Promise<T>): Promise<T> =>
    fallback ? here(fallback) : Promise.race([there(), failed]);
  return {
    load: (d) =>
      call(
        (e) => e.load(d),
        () => remote.load(d),
      ),
    apply: (c) =>
      call(
        (e) => e.apply(c),
        () => remote.apply(c),
      ),
    focus: (s) =>
      call(
        (e) => e.focus(s),
        () => remote.focus(s),
      ),
    fixes: (k) =>
      call(
        (e) => e.fixes(k),
        () => remote.fixes(k),
      ),
    preview: (k, f) =>
      call(
        (e) => e.preview(k, f),
        () => remote.preview(k, f),
      ),
    ask: <Q extends AnalysisQuery>(q: Q) =>
      call(
        (e) => e.ask(q),
        () => remote.ask(q) as Promise<Versioned<Answer<Q>>>,
      ),
    dispose: () => worker.terminate(),
  };
}

/** What a design source must offer: its current design (and selection) and change notifications. */
export interface DesignSource {
  getState(): { readonly doc: Design; readonly session?: { readonly selection: Selection | null } };
  subscribe(
    listener: (
      s: { readonly doc: Design; readonly session?: { readonly selection: Selection | null } },
      prev: { readonly doc: Design },
    ) => void,
  ): () => void;
}

/** A bound analysis state: the store the panels read, a promise for "current", and unbinding. */
export interface AnalysisBinding {
  readonly state: StoreApi<AnalysisState>;
  readonly engine: AnalysisEngine;
  /** Resolves once the shown view (and focus) is of the source's current design and selection. */
  settled(): Promise<void>;
  /** The engine's version of the shown view (`EngineUpdate.version`; −1 before the first): an answer of `ask` about another version is stale. */
  version(): number;
  stop(): void;
}

const EMPTY: AnalysisState = { of: null, view: null, field: new Map(), focus: null, pending: true, seq: 0 };

/** Records of a design that may change before the whole design is sent instead of a change (another design was opened). */
const CHANGE_LIMIT = 2000;

function mergeField(prev: ReadonlyMap<string, FieldRow>, changes: EngineUpdate['field'], full: boolean) {
  if (!full && changes.length === 0) return prev;
  const next = new Map(full ? [] : prev);
  for (const [k, r] of changes) {
    if (r) next.set(k, r);
    else next.delete(k);
  }
  return next;
}

/**
 * Keeps an analysis state in step with `source`: sends its design now and every change after,
 * newest first, never two at once, then fetches the focus of the source's selection. Engine
 * errors leave the previous view shown (still pending), are reported to `onError`, and the next
 * change starts over with the whole design.
 */
export function bindAnalysis(
  source: DesignSource,
  engine: AnalysisEngine = sameThreadEngine(),
  onError: (e: Error) => void = (e) => console.error('analysis failed', e),
): AnalysisBinding {
  const state = createStore<AnalysisState>(() => EMPTY);
  const selectionOf = () => source.getState().session?.selection ?? null;
  let wanted = source.getState().doc;
  let sent: Design | null = null;
  let focusOf: { of: Design | null; key: string } = { of: null, key: '' };
  let running = false;
  let stopped = false;
  let failedOn: Design | null = null;
  let shownVersion = -1;
  let waiters: (() => void)[] = [];
  const focusCurrent = () => {
    const s = state.getState();
    return focusOf.of === s.of && focusOf.key === selectionKey(selectionOf());
  };
  const current = () => state.getState().of === wanted && focusCurrent();
  const wake = () => {
    if (!current()) return;
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  };
  const analyse = async (design: Design, change: DesignChange | null) => {
    const full = !change;
    const up = change ? await engine.apply(change) : await engine.load(design);
    sent = design;
    const s = state.getState();
    let view: AnalysisView;
    try {
      view = applyViewPatch(full ? null : s.view, up.patch);
    } catch {
      sent = null; // a lost patch: start over with the whole design
      return;
    }
    shownVersion = up.version;
    state.setState({
      of: design,
      view,
      field: mergeField(s.field, up.field, full),
      pending: design !== wanted,
      seq: s.seq + 1,
    });
  };
  const refocus = async () => {
    const sel = selectionOf();
    const of = state.getState().of;
    const key = selectionKey(sel);
    const focus = sel ? await engine.focus(sel) : null;
    focusOf = { of, key };
    if (state.getState().of === of) state.setState({ focus });
  };
  const run = async () => {
    if (running || stopped) return;
    running = true;
    let retry = false;
    try {
      for (;;) {
        if (stopped) return;
        if (state.getState().of !== wanted) {
          const design = wanted;
          const change = sent ? designChange(sent, design, CHANGE_LIMIT) : null;
          if (change && isEmptyChange(change) && state.getState().view) {
            sent = design;
            state.setState({ of: design, pending: false });
          } else await analyse(design, change);
        } else if (!focusCurrent()) await refocus();
        else break;
      }
      wake();
    } catch (e) {
      sent = null;
      onError(e instanceof Error ? e : new Error(String(e)));
      // Once per design: start over with the whole design (a failed worker answers on this thread now).
      retry = failedOn !== wanted;
      failedOn = wanted;
    } finally {
      running = false;
    }
    if (retry) schedule();
  };
  // Work starts after the frame that shows the edit is painted: comparing records and posting
  // them never delays that frame.
  let scheduled = false;
  const schedule = () => {
    if (scheduled || running) return;
    scheduled = true;
    afterPaint(() => {
      scheduled = false;
      void run();
    });
  };
  const unsubscribe = source.subscribe((s) => {
    if (s.doc !== wanted) {
      wanted = s.doc;
      if (!state.getState().pending) state.setState({ pending: true });
    }
    if (!current()) schedule();
  });
  void run();
  return {
    state,
    engine,
    settled: () => (current() && !running ? Promise.resolve() : new Promise((r) => waiters.push(r))),
    version: () => shownVersion,
    stop: () => {
      stopped = true;
      unsubscribe();
      engine.dispose?.();
    },
  };
}

let appBinding: AnalysisBinding | null = null;
const emptyState = createStore<AnalysisState>(() => EMPTY);

/** Binds the app's analysis state to the app's design store (once; later calls return the first binding). */
export function bindAppAnalysis(source: DesignSource, engine?: AnalysisEngine): AnalysisBinding {
  appBinding ??= bindAnalysis(source, engine ?? workerEngine());
  return appBinding;
}

/** The app's analysis binding, if bound. */
export const appAnalysis = (): AnalysisBinding | null => appBinding;

/** Subscribes a component to a slice of the app's analysis state (empty and pending until bound). */
export function useAnalysis<T>(selector: (s: AnalysisState) => T): T {
  return useStore(appBinding?.state ?? emptyState, selector);
}

/** The focus of `selection` in the app's analysis state, or null while it is not (yet) fetched. */
export function useFocus(selection: Selection | null): FocusView | null {
  const focus = useAnalysis((s) => s.focus);
  return focus && selection && focus.selection === selectionKey(selection) ? focus : null;
}
