/**
 * Derived data, memoised by identity of the design (immer structural sharing: an edit makes a
 * new design object, a selection change does not). Nothing here is stored.
 */
import type { Design, PortRef } from '../core/design';
import { portKey } from '../core/design';
import { analyzeDesign, type AnalysedChannel, type Analysis } from '../core/analysis/analyze';
import {
  channelPath as pathOf,
  isEquipmentChannel,
  verdictCounts as countVerdicts,
  type PathSet,
} from '../core/analysis/channelClass';
import type { VerdictClass } from '../core/engine/channels';
import { proposeFixes, type ProposedFix } from '../core/analysis/fixes';
import type { CableId } from '../core/ids';
import type { Selection } from './session';
import { own } from '../core/own';

const analyses = new WeakMap<Design, Analysis>();

/** The analysis of a design, computed once per design object (REFERENCE §0.4–§0.5). */
export function analysisOf(design: Design): Analysis {
  let a = analyses.get(design);
  if (!a) {
    a = analyzeDesign(design);
    analyses.set(design, a);
  }
  return a;
}

/**
 * Records `analysis` as the analysis of `design` (e.g. an incremental analyzer's result, equal
 * to `analyzeDesign(design)`), so `analysisOf` and the selectors built on it reuse it.
 */
export function rememberAnalysis(design: Design, analysis: Analysis): void {
  analyses.set(design, analysis);
}

export {
  channelClass,
  isEquipmentChannel,
  isListedChannel,
  lossClass,
  worseClass,
} from '../core/analysis/channelClass';
export type { PathSet } from '../core/analysis/channelClass';

/**
 * The cables, ports and devices a channel's fibers pass (`core/analysis/channelClass`), for a
 * channel of `analysisOf(design)`. Ports are the ones written in cable ends (a switch cage stays
 * `switch#cage-N`), plus module ports the fibers cross.
 */
export const channelPath = (design: Design, c: AnalysedChannel): PathSet => pathOf(analysisOf(design).index, c);

/** Channels (equipment channels first) whose path passes port `ref`. */
export function channelsThroughPort(design: Design, a: Analysis, ref: PortRef): AnalysedChannel[] {
  const k = portKey(ref);
  return a.channels.filter((c) => channelPath(design, c).ports.has(k));
}

/** Channels whose path uses cable `id`. */
export function channelsOnCable(design: Design, a: Analysis, id: CableId): AnalysedChannel[] {
  return a.channels.filter((c) => channelPath(design, c).cables.has(id));
}

/** The channel a selection points at: the channel itself, or the first channel through a port/cable. */
export function focusedChannel(design: Design, a: Analysis, sel: Selection | null): AnalysedChannel | undefined {
  if (!sel) return undefined;
  switch (sel.kind) {
    case 'channel':
      return a.channels.find((c) => c.key === sel.key);
    case 'port':
      return (
        channelsThroughPort(design, a, sel.ref).find(isEquipmentChannel) ?? channelsThroughPort(design, a, sel.ref)[0]
      );
    case 'cable':
      return channelsOnCable(design, a, sel.id).find(isEquipmentChannel);
    default:
      return undefined;
  }
}

const fixCache = new WeakMap<Analysis, Map<string, ProposedFix[]>>();

/**
 * Proposed fixes for a failing channel of `analysis` (the analysis of `design`), computed once
 * per analysis and channel.
 */
export function fixesFor(design: Design, analysis: Analysis, channel: AnalysedChannel): ProposedFix[] {
  let m = fixCache.get(analysis);
  if (!m) {
    m = new Map();
    fixCache.set(analysis, m);
  }
  let f = m.get(channel.key);
  if (!f) {
    f = proposeFixes(design, analysis, channel);
    m.set(channel.key, f);
  }
  return f;
}

const counts = new WeakMap<Analysis, Readonly<Record<VerdictClass, number>>>();

/** Counts of equipment channels per verdict class, for the summary line (memoised per analysis). */
export function verdictCounts(a: Analysis): Readonly<Record<VerdictClass, number>> {
  let n = counts.get(a);
  if (!n) counts.set(a, (n = countVerdicts(a)));
  return n;
}

/**
 * The port a mating finding should select: where it is, except that a transceiver's MDI is
 * selected as the switch cage the transceiver sits in (cables plug into the cage).
 */
export function findingRef(design: Design, at: PortRef): PortRef {
  const d = own(design.devices, at.device);
  return d?.placement.kind === 'cage' ? { device: d.placement.parent, port: d.placement.cage } : at;
}
