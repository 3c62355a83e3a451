/**
 * The analysis the panels and the canvas overlay show, kept beside the design store instead of
 * being computed during render: an edit replaces the design at once, and its analysis follows
 * when the engine has it. Until then the panels keep showing the previous analysis, marked as
 * updating (`pending`); the mark itself appears only after ~100 ms (CSS), so quick results never
 * flicker. Edits made while an analysis runs are coalesced: the next run analyses the newest
 * design only.
 *
 * The engine is pluggable (`AnalysisEngine`): the same-thread engine runs the core analyzer after
 * the edit's frame is painted; tests use it too (Vitest's jsdom has no Worker).
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Analysis } from '../core/analysis/analyze';
import type { Design } from '../core/design';
import { analysisOf } from './selectors';

/** What the analysis panels read. */
export interface AnalysisState {
  /** The design the shown analysis is of (null before the first result). */
  readonly of: Design | null;
  /** The shown analysis (null before the first result). */
  readonly analysis: Analysis | null;
  /** True while the current design waits for its analysis (the shown one is older). */
  readonly pending: boolean;
  /** Results delivered so far (increases by one per delivered analysis). */
  readonly seq: number;
}

/** Computes analyses for the analysis state. Resolves with the analysis of exactly `design`. */
export interface AnalysisEngine {
  analyze(design: Design): Promise<Analysis>;
}

/** Runs `task` after the next frame is painted (rAF, then a task), or soon where there are no frames. */
export function afterPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task, 0));
  else setTimeout(task, 0);
}

/** The engine that analyses on the calling thread, after the edit's frame is painted (memoised per design). */
export const sameThreadEngine: AnalysisEngine = {
  analyze: (design) =>
    new Promise((resolve, reject) =>
      afterPaint(() => {
        try {
          resolve(analysisOf(design));
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      }),
    ),
};

/** What a design source must offer: its current design and change notifications. */
export interface DesignSource {
  getState(): { readonly doc: Design };
  subscribe(listener: (s: { readonly doc: Design }, prev: { readonly doc: Design }) => void): () => void;
}

/** A bound analysis state: the store the panels read, a promise for "current", and unbinding. */
export interface AnalysisBinding {
  readonly state: StoreApi<AnalysisState>;
  /** Resolves once the shown analysis is of the source's current design. */
  settled(): Promise<void>;
  stop(): void;
}

/**
 * Keeps an analysis state in step with `source`: analyses its design now and after every change,
 * with `engine`, newest design first, never two runs at once. Engine errors leave the previous
 * analysis shown (still pending) and are reported to `onError`.
 */
export function bindAnalysis(
  source: DesignSource,
  engine: AnalysisEngine = sameThreadEngine,
  onError: (e: Error) => void = (e) => console.error('analysis failed', e),
): AnalysisBinding {
  const state = createStore<AnalysisState>(() => ({ of: null, analysis: null, pending: true, seq: 0 }));
  let wanted = source.getState().doc;
  let running = false;
  let stopped = false;
  let waiters: (() => void)[] = [];
  const wake = () => {
    if (state.getState().of !== wanted) return;
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  };
  const run = async () => {
    if (running || stopped) return;
    running = true;
    try {
      while (!stopped && state.getState().of !== wanted) {
        const design = wanted;
        const analysis = await engine.analyze(design);
        if (stopped) return;
        state.setState((s) => ({ of: design, analysis, pending: design !== wanted, seq: s.seq + 1 }));
      }
      wake();
    } catch (e) {
      onError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      running = false;
    }
  };
  const unsubscribe = source.subscribe((s) => {
    if (s.doc === wanted) return;
    wanted = s.doc;
    if (!state.getState().pending) state.setState({ pending: true });
    void run();
  });
  void run();
  return {
    state,
    settled: () =>
      state.getState().of === wanted && !running ? Promise.resolve() : new Promise((r) => waiters.push(r)),
    stop: () => {
      stopped = true;
      unsubscribe();
    },
  };
}

let appBinding: AnalysisBinding | null = null;
const emptyState = createStore<AnalysisState>(() => ({ of: null, analysis: null, pending: true, seq: 0 }));

/** Binds the app's analysis state to the app's design store (once; later calls return the first binding). */
export function bindAppAnalysis(source: DesignSource, engine?: AnalysisEngine): AnalysisBinding {
  appBinding ??= bindAnalysis(source, engine);
  return appBinding;
}

/** The app's analysis binding, if bound. */
export const appAnalysis = (): AnalysisBinding | null => appBinding;

/** Subscribes a component to a slice of the app's analysis state (empty and pending until bound). */
export function useAnalysis<T>(selector: (s: AnalysisState) => T): T {
  return useStore(appBinding?.state ?? emptyState, selector);
}
