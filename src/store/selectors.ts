/**
 * Derived data, memoised by identity of the design (immer structural sharing: an edit makes a
 * new design object, a selection change does not). Nothing here is stored.
 */
import type { Design, PortRef } from '../core/design';
import { portKey } from '../core/design';
import { analyzeDesign, type AnalysedChannel, type Analysis } from '../core/analysis/analyze';
import { VERDICTS, type VerdictClass } from '../core/engine/channels';
import { proposeFixes, type ProposedFix } from '../core/analysis/fixes';
import { LOSS_VERDICTS } from '../core/loss/judgement';
import { VERDICT_CLASS_ORDER } from '../core/verdictStyle';
import type { CableId, DeviceId } from '../core/ids';
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

/** True for channels with equipment at both ends (the ones a user designs for). */
export const isEquipmentChannel = (c: AnalysedChannel): boolean =>
  c.kind === 'duplex' || c.kind === 'parallel' || c.kind === 'breakout';

/** The worse of two verdict classes. */
export const worseClass = (a: VerdictClass, b: VerdictClass): VerdictClass =>
  VERDICT_CLASS_ORDER.indexOf(a) <= VERDICT_CLASS_ORDER.indexOf(b) ? a : b;

/** Class of a channel's loss verdict, or null when it has no loss report. */
export const lossClass = (c: AnalysedChannel): VerdictClass | null =>
  c.loss ? LOSS_VERDICTS[c.loss.verdict].cls : null;

/**
 * Overall class of a channel: the worse of its polarity verdict and its loss verdict (a channel
 * passes only when both pass; a loss limit that is UNVERIFIED makes it unverified).
 */
export const channelClass = (c: AnalysedChannel): VerdictClass => {
  const pol = VERDICTS[c.verdict].cls;
  const loss = lossClass(c);
  return loss && pol !== 'open' ? worseClass(pol, loss) : pol;
};

/** What a channel's path touches, for highlighting: cables, ports (`device#port`) and devices. */
export interface PathSet {
  readonly cables: ReadonlySet<CableId>;
  readonly ports: ReadonlySet<string>;
  readonly devices: ReadonlySet<DeviceId>;
}

const paths = new WeakMap<AnalysedChannel, PathSet>();

/**
 * The cables, ports and devices a channel's fibers pass. Ports are the ones written in cable ends
 * (a switch cage stays `switch#cage-N`), plus module ports the fibers cross.
 */
export function channelPath(design: Design, c: AnalysedChannel): PathSet {
  const hit = paths.get(c);
  if (hit) return hit;
  const cables = new Set<CableId>();
  const ports = new Set<string>();
  const devices = new Set<DeviceId>();
  for (const f of c.fibers) {
    for (const h of f.hops) {
      if (h.kind === 'device') {
        devices.add(h.device);
        ports.add(`${h.device}#${h.in.port}`);
        ports.add(`${h.device}#${h.out.port}`);
        continue;
      }
      cables.add(h.cable);
      const cable = own(design.cables, h.cable);
      if (!cable) continue;
      const keys = Object.keys(cable.ends);
      for (const end of [h.from.end, h.to.end]) {
        const ref = own(cable.ends, keys[end] ?? '');
        if (ref) {
          ports.add(portKey(ref));
          devices.add(ref.device);
        }
      }
    }
    for (const t of [f.start, f.end]) if ('device' in t && t.device) devices.add(t.device);
  }
  const set = { cables, ports, devices };
  paths.set(c, set);
  return set;
}

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
  const hit = counts.get(a);
  if (hit) return hit;
  const n: Record<VerdictClass, number> = { fail: 0, unchecked: 0, unverified: 0, warning: 0, open: 0, pass: 0 };
  for (const c of a.channels) if (isEquipmentChannel(c)) n[channelClass(c)] += 1;
  counts.set(a, n);
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
