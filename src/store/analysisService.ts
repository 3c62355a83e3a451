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
 * ```
 *
 * Never throws on a well-typed design; `apply` before `load` throws an Error.
 */
import type { AnalysedChannel, Analysis } from '../core/analysis/analyze';
import { createAnalyzer, type Analyzer } from '../core/analysis/analyzer';
import { proposeFixesAsync, substitutePart, successorChannel, type ProposedFix } from '../core/analysis/fixes';
import type { AnalysisView } from '../core/analysis/view';
import { createViewBuilder, type ViewBuilder, type ViewPatch } from '../core/analysis/viewPatch';
import { channelDiagram, type ChannelDiagram } from '../core/deliverables/channelDiagram';
import type { Design } from '../core/design';
import { labelsFor } from '../core/labels';
import { diagramWithFix, fieldRow, focusView, type FieldRow, type FocusView } from './analysisFocus';
import { applyDesignChange, changedIdsOf, type DesignChange } from './designChange';
import { analysisOf, rememberAnalysis } from './selectors';
import type { Selection } from './session';

/** What the service answers to a design (or a change of it). */
export interface EngineUpdate {
  /** The view patch (the first one after `load` is a full view, base −1). */
  readonly patch: ViewPatch;
  /** Field-test rows that changed: null removes a row's entry. After `load`, every entry. */
  readonly field: readonly (readonly [string, FieldRow | null])[];
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
  /** The diagram of channel `key` after `fix` (the replaced element marked), or null. */
  preview(key: string, fix: ProposedFix): ChannelDiagram | null;
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
  let search: AbortController | null = null;

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
    search?.abort();
    search = null;
    const full = !change;
    design = d;
    analysis = analyzer.update(d, change ? changedIdsOf(change) : undefined);
    rememberAnalysis(d, analysis);
    return { patch: builder.update(analysis), field: fieldChanges(analysis, full) };
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
      search?.abort();
      const ctl = new AbortController();
      search = ctl;
      const fixes = await proposeFixesAsync(a.index.design, a, c, { signal: ctl.signal, pause });
      if (search === ctl) search = null;
      return { key, fixes, diagram: diagramWithFix(a, c, fixes[0]) };
    },
    preview(key, fix) {
      const a = analysis;
      const c = channel(key);
      if (!a || !c) return null;
      const d = a.index.design;
      const after = analysisOf(substitutePart(d, fix.target, fix.toPart, fix.toFiberType));
      const same = successorChannel(after.channels, c);
      return same
        ? channelDiagram(after, same, { labels: labelsFor(d), preview: { target: fix.target, text: fix.description } })
        : null;
    },
    view: () => builder.view,
  };
}
