/**
 * The incremental analyzer: `createAnalyzer().update(design)` returns exactly what
 * `analyzeDesign(design)` returns (REFERENCE §0.4–§0.5, §1.8, §7–§8), reusing the work an edit
 * did not touch:
 *
 * - the index per record (a record object seen before keeps its resolution);
 * - traces per region of the fiber graph (`engine/components`): an edit re-traces only the
 *   regions holding the records it changed (a cable length edit re-traces nothing);
 * - mating checks per device whose plugs or records changed;
 * - judgements and loss per channel, recomputed only for channels whose fibers changed (or
 *   whose loss inputs did: a length, the loss settings).
 *
 * Changes are found from the ids a caller names (`ChangedIds`), else from the change records of
 * the core edits that made the design from the analysed one (`editChangesSince`), else by record
 * identity (every changed collection enumerated). The first
 * update is a full analysis; the state for incremental updates is built on the next one (or by
 * `prepare()`), so a one-shot analysis pays nothing for it.
 */
import { catalogueFor } from '../catalogue';
import type { Design, DesignSettings } from '../design';
import { editChangesSince } from '../editChanges';
import { buildDesignIndex } from '../engine/designIndex';
import { LiveIndex } from '../engine/liveIndex';
import type { FiberTrace } from '../engine/trace';
import { analyzeIndex, type Analysis } from './analyze';
import { IncrementalState } from './incremental';
import type { ChangedIds } from './recordChanges';

export type { ChangedIds } from './recordChanges';

/** An analyzer of a sequence of designs (one per edit). */
export interface Analyzer {
  /**
   * The analysis of `design`: deep-equal to `analyzeDesign(design)`. `changed` optionally names
   * the records that differ from the previous design (then the others are not compared); new
   * records must follow existing ones in key order, as immer and the records layer add them.
   * Never throws on a well-typed design.
   */
  update(design: Design, changed?: ChangedIds): Analysis;
  /** The last analysis, or null before the first update. */
  readonly current: Analysis | null;
  /** Counts updates that changed the analysis (a fix search started at one generation is stale at the next). */
  readonly generation: number;
  /** Builds the state for incremental updates now (idle time) instead of on the next update. */
  prepare(): void;
}

const lossSettingsEqual = (a: DesignSettings, b: DesignSettings): boolean =>
  a.lossMode === b.lossMode &&
  a.designMarginDb === b.designMarginDb &&
  a.multimodeAttenuation === b.multimodeAttenuation;

/** Creates an analyzer with no state. */
export function createAnalyzer(): Analyzer {
  let current: Analysis | null = null;
  let state: IncrementalState | null = null;
  let generation = 0;

  const full = (design: Design): Analysis => {
    state = null;
    current = analyzeIndex(buildDesignIndex(design));
    generation += 1;
    return current;
  };

  const prepare = (): IncrementalState | null => {
    if (!state && current) state = new IncrementalState(new LiveIndex(current.index), current);
    return state;
  };

  return {
    get current() {
      return current;
    },
    get generation() {
      return generation;
    },
    prepare() {
      prepare();
    },
    update(design, named) {
      if (!current) return full(design);
      const prev = current.index.design;
      if (design === prev) return current;
      // A design made from the analysed one by core edits names its changed records itself.
      const changed = named ?? editChangesSince(design, prev) ?? undefined;
      if (catalogueFor(design) !== current.index.catalogue || (changed?.parts?.length ?? 0) > 0) return full(design);
      const s = prepare() as IncrementalState;
      const next = s.update(design, changed, !lossSettingsEqual(prev.settings, design.settings));
      if (!next) return full(design);
      if (next !== current) generation += 1;
      current = next;
      return next;
    },
  };
}

/** The traces of an analysis by id, for tests and views (ids are unique). */
export function tracesById(a: Analysis): ReadonlyMap<number, FiberTrace> {
  return new Map(a.fibers.map((f) => [f.id, f] as const));
}
