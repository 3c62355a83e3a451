/**
 * The analysis service: the half of the analysis that runs in the Web Worker
 * (`analysis.worker.ts` exposes it with comlink), or in-process where there is no Worker
 * (Vitest's jsdom, `sameThreadEngine`). It holds its own copy of the design, patched by
 * `DesignChange`s (records, not designs, cross the boundary), the core's incremental analyzer
 * (`createAnalyzer`) and a view builder (`createViewBuilder`), and answers with what the UI
 * shows: view patches (channel rows, port states, findings, counts), the field-test state of
 * rows, the focused channel in full, and fixes on demand (cancelled by the next change).
 *
 * ```text
 *  main thread                         service (worker)
 *  load(design) ─────────────────────► design, analyzer.update, builder.update ─► EngineUpdate
 *  apply(designChange(prev, next)) ──► applyDesignChange, update(design, ids)  ─► EngineUpdate
 *  focus(selection) ─────────────────► FocusView (path, channel in full)
 *  fixes(key) ───────────────────────► proposeFixesAsync (aborted by the next apply/load)
 *  preview(key, fix) ────────────────► the channel after the fix, on its region (`previewFix`)
 *  ask(query) ───────────────────────► Versioned<answer> (`analysisQueries`: port map, exports)
 * ```
 *
 * Never throws on a well-typed design; `apply` before `load` throws an Error.
 */
import type { AnalysedChannel, Analysis } from '../core/analysis/analyze';
import { createAnalyzer, type Analyzer } from '../core/analysis/analyzer';
import { proposeFixesAsync, type ProposedFix } from '../core/analysis/fixes';
import type { AnalysisView } from '../core/analysis/view';
import { createViewBuilder, type ViewBuilder, type ViewPatch } from '../core/analysis/viewPatch';
import type { ChannelDiagram } from '../core/deliverables/channelDiagram';
import type { Design } from '../core/design';
import { diagramWithFix, fieldRow, focusView, type FieldRow, type FocusView } from './analysisFocus';
import { previewDiagram } from './previewDiagram';
import { answerQuery, type AnalysisQuery, type Answer, type Versioned } from './analysisQueries';
import { applyDesignChange, changedIdsOf, type DesignChange } from './designChange';
import { rememberAnalysis } from './selectors';
import type { Selection } from './session';

/** What the service answers to a design (or a change of it). */
export interface EngineUpdate {
  /** The view patch (the first one after `load` is a full view, base −1). */
  readonly patch: ViewPatch;
  /** Field-test rows that changed: null removes a row's entry. After `load`, every entry. */
  readonly field: readonly (readonly [string, FieldRow | null])[];
  /** The service's version of this analysis (one more per `load` or `apply`); answers to `ask` carry it. */
  readonly version: number;
}

/** The proposed fixes of a failing channel, with its diagram marking the best one. */
export interface FixesView {
  readonly key: string;
  readonly fixes: readonly ProposedFix[];
  readonly diagram: ChannelDiagram;
}

/** The service's calls (see the module comment). Results are plain data. */
export interface AnalysisService {
  /** Starts over with `design` (a new document, or the first one). */
  load(design: Design): EngineUpdate;
  /** Applies a change to the service's design and analyses it. */
  apply(change: DesignChange): EngineUpdate;
  /** What `selection` points at in the current analysis, or null before the first load. */
  focus(selection: Selection | null): FocusView | null;
  /**
   * Fixes for channel `key` of the current analysis (null when there is no such channel);
   * rejects with an AbortError when a change arrives before they are found.
   */
  fixes(key: string): Promise<FixesView | null>;
  /**
   * The diagram of channel `key` after `fix` (the replaced element marked), analysed on the
   * channel's region only (`previewFix`); null when there is no such channel, the channel does
   * not survive the fix, or a change arrived first (cancelled).
   */
  preview(key: string, fix: ProposedFix): Promise<ChannelDiagram | null>;
  /**
   * Answers `query` from the current analysis, with its version (`analysisQueries.ts`). Throws an
   * Error before the first `load` (a remote call rejects with it).
   */
  ask<Q extends AnalysisQuery>(query: Q): Versioned<Answer<Q>>;
  /** The whole current view (a lost patch is recovered with it; tests compare it). */
  view(): AnalysisView | null;
}

/** Macrotask pause for the fix search, so a change message can arrive between candidates. */
const pause = () => new Promise<void>((r) => setTimeout(r, 0));

/** Creates a service with no design. */
export function createAnalysisService(): AnalysisService {
  let design: Design | null = null;
  let analyzer: Analyzer = createAnalyzer();
  let builder: ViewBuilder = createViewBuilder();
  let analysis: Analysis | null = null;
  let field = new Map<string, string>();
  let version = 0;
  // Fix searches under way (the port map may show several failing channels); a change aborts them all.
  const searches = new Set<AbortController>();

  const fieldChanges = (a: Analysis, full: boolean): [string, FieldRow | null][] => {
    const out: [string, FieldRow | null][] = [];
    const next = new Map<string, string>();
    for (const c of a.channels) {
      const r = fieldRow(a.index.design, c);
      if (!r) continue;
      const s = JSON.stringify(r);
      next.set(c.key, s);
      if (full || field.get(c.key) !== s) out.push([c.key, r]);
    }
    if (!full) for (const k of field.keys()) if (!next.has(k)) out.push([k, null]);
    field = next;
    return out;
  };

  const run = (d: Design, change?: DesignChange): EngineUpdate => {
    for (const s of searches) s.abort();
    searches.clear();
    const full = !change;
    design = d;
    version += 1;
    analysis = analyzer.update(d, change ? changedIdsOf(change) : undefined);
    rememberAnalysis(d, analysis);
    return { patch: builder.update(analysis), field: fieldChanges(analysis, full), version };
  };

  const channel = (key: string): AnalysedChannel | undefined => analysis?.channels.find((c) => c.key === key);

  return {
    load(d) {
      analyzer = createAnalyzer();
      builder = createViewBuilder();
      field = new Map();
      const out = run(d);
      // The incremental state is built in idle time, so the next edit is incremental.
      setTimeout(() => analyzer.prepare(), 0);
      return out;
    },
    apply(change) {
      if (!design) throw new Error('analysis service: apply before load');
      return run(applyDesignChange(design, change), change);
    },
    focus(selection) {
      return analysis ? focusView(analysis, selection) : null;
    },
    async fixes(key) {
      const a = analysis;
      const c = channel(key);
      if (!a || !c) return null;
      const ctl = new AbortController();
      searches.add(ctl);
      try {
        const fixes = await proposeFixesAsync(a.index.design, a, c, { signal: ctl.signal, pause });
        return { key, fixes, diagram: diagramWithFix(a, c, fixes[0]) };
      } finally {
        searches.delete(ctl);
      }
    },
    async preview(key, fix) {
      const at = version;
      // A macrotask first: a change posted before this call is applied first, and cancels it.
      await pause();
      const a = analysis;
      const c = channel(key);
      if (!a || !c || version !== at) return null;
      return previewDiagram(a.index.design, a, c, fix);
    },
    ask(query) {
      if (!analysis) throw new Error('analysis service: ask before load');
      return { version, value: answerQuery(analysis, query) };
    },
    view: () => builder.view,
  };
}
