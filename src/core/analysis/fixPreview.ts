/**
 * A proposed fix previewed narrowly: the failing channel as it would be after the substitution,
 * analysed on the channel's region only (`regionDesign`: the cables of the channel's connected
 * part of the fiber graph and of the fix target's device, with the devices they plug into),
 * not on the whole design. The region holds every fiber of the channel end to end, so the
 * channel's traces, verdict, mating findings and loss (REFERENCE §0.4–§0.5, §1.8, §7) are the
 * ones a whole-design analysis of the substituted design gives, at the cost of one region.
 */
import type { Design } from '../design';
import { buildDesignIndex, type DesignIndex } from '../engine/designIndex';
import { analyzeIndex, type AnalysedChannel, type Analysis } from './analyze';
import { regionDesign, substitutePart, successorChannel, type ProposedFix } from './fixes';

/** The channel after a fix and the (region) analysis it belongs to. */
export interface FixPreview {
  /** The analysis of the substituted region: its index holds every record the channel passes. */
  readonly analysis: Analysis;
  /** The channel `fix` was proposed for, after the fix (`successorChannel`: same key, or its partial's successor). */
  readonly channel: AnalysedChannel;
  /**
   * The trace id a fiber of the region analysis has in a whole-design analysis of the substituted
   * design (`FiberTrace.id`: the design-order slot of the fiber's first cable fiber). The region
   * numbers its own slots; the order of ids is the same in both.
   */
  readonly traceId: (regionId: number) => number;
}

/**
 * The id map of `FixPreview.traceId`: region slots (cables of `region` in design order) to the
 * whole design's slots, the substituted cable counted with its new part's slots.
 */
function traceIdMap(whole: DesignIndex, region: DesignIndex): (regionId: number) => number {
  const wholeFirst = new Map<string, number>();
  let next = 0;
  for (const [id, c] of whole.cables) {
    wholeFirst.set(id, next);
    next += region.cables.get(id)?.slots ?? c.slots;
  }
  const firsts: number[] = [];
  const shift: number[] = [];
  next = 0;
  for (const [id, c] of region.cables) {
    firsts.push(next);
    shift.push((wholeFirst.get(id) ?? next) - next);
    next += c.slots;
  }
  return (regionId) => {
    let lo = 0;
    let hi = firsts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((firsts[mid] as number) <= regionId) lo = mid;
      else hi = mid - 1;
    }
    return regionId + (shift[lo] ?? 0);
  };
}

/**
 * Analyses `channel` of `analysis` (the analysis of `design`) after `fix` on the channel's region
 * only, with loss. Returns null when the channel does not survive the fix (no successor, e.g.
 * a channel with equipment at both ends that would change key) or when the fix's target is not
 * in the design. Never throws on a well-typed design.
 */
export function previewFix(
  design: Design,
  analysis: Analysis,
  channel: AnalysedChannel,
  fix: Pick<ProposedFix, 'target' | 'toPart' | 'toFiberType'>,
): FixPreview | null {
  const local = regionDesign(design, analysis.index, channel, [fix.target]);
  const substituted = substitutePart(local, fix.target, fix.toPart, fix.toFiberType);
  if (substituted === local) return null;
  const index = buildDesignIndex(substituted);
  const after = analyzeIndex(index);
  const same = successorChannel(after.channels, channel);
  return same ? { analysis: after, channel: same, traceId: traceIdMap(analysis.index, index) } : null;
}
