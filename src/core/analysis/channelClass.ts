/**
 * How a channel reads at a glance (REFERENCE §0.4, §7–§8): its overall verdict class (polarity
 * and loss together, one colour each in the UI), whether it has equipment at both ends, the
 * cables, ports and devices its fibers pass, and the class of each port (the worst channel
 * through it). Pure; used by the store, the port map and the analysis view a worker sends.
 */
import type { PortRef } from '../design';
import { VERDICTS, type VerdictClass } from '../engine/channels';
import type { DesignIndex } from '../engine/designIndex';
import type { CableId, DeviceId } from '../ids';
import { LOSS_VERDICTS } from '../loss/judgement';
import { VERDICT_CLASS_ORDER } from '../verdictStyle';
import type { AnalysedChannel, Analysis } from './analyze';

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

/**
 * True for the channels every list and count shows: equipment at both ends, or any link through
 * an invalid mating (a broken rule is never hidden with the open and passive links, issue 12 §3).
 */
export const isListedChannel = (c: AnalysedChannel): boolean => isEquipmentChannel(c) || c.verdict === 'invalid';

/** Counts of the listed channels (`isListedChannel`) per verdict class, for the summary line. */
export function verdictCounts(a: Pick<Analysis, 'channels'>): Readonly<Record<VerdictClass, number>> {
  const n: Record<VerdictClass, number> = { fail: 0, unchecked: 0, unverified: 0, warning: 0, open: 0, pass: 0 };
  for (const c of a.channels) if (isListedChannel(c)) n[channelClass(c)] += 1;
  return n;
}

/** What a channel's path touches, for highlighting: cables, ports (`device#port`) and devices. */
export interface PathSet {
  readonly cables: ReadonlySet<CableId>;
  readonly ports: ReadonlySet<string>;
  readonly devices: ReadonlySet<DeviceId>;
}

const paths = new WeakMap<AnalysedChannel, PathSet>();

/** `device#port` of a port reference. */
const keyOf = (ref: PortRef): string => `${ref.device}#${ref.port}`;

/**
 * The cables, ports and devices a channel's fibers pass (memoised per channel object). Ports are
 * the ones written in cable ends (a switch cage stays `switch#cage-N`), plus module ports the
 * fibers cross; `index` is the analysis's index (it resolves cable ends).
 */
export function channelPath(index: DesignIndex, c: AnalysedChannel): PathSet {
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
      const ends = index.cables.get(h.cable)?.ends;
      for (const end of [h.from.end, h.to.end]) {
        const ref = ends?.[end];
        if (ref) {
          ports.add(keyOf(ref));
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
