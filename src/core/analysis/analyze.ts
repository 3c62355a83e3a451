/**
 * The one composition the UI and the command line consume: design in, analysis out (traces,
 * channels with polarity verdicts, methods and loss reports, mating findings). Pure; never throws on a
 * well-typed design (unknown references become `unchecked`).
 *
 * `analyzeDesign` analyses a design from scratch; `createAnalyzer` (analysis/analyzer.ts) gives
 * the same result for a sequence of designs, reusing what an edit did not touch. Both use the
 * per-channel steps below.
 */
import type { Design, DesignSettings } from '../design';
import { channelLoss, type ChannelLossReport } from '../loss/channelLoss';
import type { Channel, ChannelKind, FiberGroup, KeyedGroup } from '../engine/channels';
import { VERDICTS } from '../engine/channels';
import { channelGroups, channelKind, transceiverOf } from '../engine/channels';
import { buildDesignIndex, type DesignIndex } from '../engine/designIndex';
import { checkMatings, type MatingFinding } from '../engine/mating';
import type { ConnectivityMethod } from '../engine/method';
import { judgePolarityInto } from '../engine/polarity';
import { traceAllFibers, type FiberTrace } from '../engine/trace';
import type { DeviceId } from '../ids';

/** A channel with its polarity judgement. */
export interface AnalysedChannel extends Channel {
  /** Recognised TIA-568.3-E method (duplex channels), or `none`. */
  readonly method: ConnectivityMethod;
  /** Mating findings on this channel's path. */
  readonly findings: readonly MatingFinding[];
  /** Why polarity fails: the flipping or reversing elements by the parity rules (§0.5, §4, §6.3). */
  readonly why: readonly string[];
  /**
   * Insertion-loss report under the design's settings (REFERENCE §7, §8; issue 3); null for
   * `partial` and `link` channels, which have no application at both ends.
   */
  readonly loss: ChannelLossReport | null;
}

/** The analysis of a design. */
export interface Analysis {
  readonly index: DesignIndex;
  /** Every traced fiber, by id (design order of each trace's first cable fiber). */
  readonly fibers: readonly FiberTrace[];
  readonly channels: readonly AnalysedChannel[];
  /** Every mating finding of the design (including those on no channel). */
  readonly findings: readonly MatingFinding[];
}

/** Placeholders of a channel's lists until its judgement is written (never handed out). */
const NO_REASONS: readonly string[] = Object.freeze([]);
const NO_FINDINGS: readonly MatingFinding[] = Object.freeze([]);

const KIND_ORDER: Readonly<Record<ChannelKind, number>> = { duplex: 0, parallel: 0, breakout: 0, partial: 1, link: 2 };

/**
 * The order of `Analysis.channels`: channels with equipment at both ends first, then partial
 * channels, then passive links; within a kind, by key.
 */
export function compareChannels(x: AnalysedChannel, y: AnalysedChannel): number {
  return KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
}

/** Groups mating findings by effective port key (`device#port`), for joining to fiber paths. */
export function findingsByPort(findings: readonly MatingFinding[]): Map<string, MatingFinding[]> {
  const m = new Map<string, MatingFinding[]>();
  for (const f of findings) {
    const k = `${f.at.device}#${f.at.port}`;
    const list = m.get(k);
    if (list) list.push(f);
    else m.set(k, [f]);
  }
  return m;
}

/**
 * One channel judged (REFERENCE §0.4) and its loss report computed (§7, §8) from its fibers,
 * before the breakout context of `darkLaneContext`. `byPort` holds the mating findings by port.
 */
export function analyseChannel(
  index: DesignIndex,
  key: string,
  g: FiberGroup,
  byPort: ReadonlyMap<string, readonly MatingFinding[]>,
  settings: DesignSettings,
  withLoss = true,
): AnalysedChannel {
  // Resolved by the grouping when it could (no lookup by device id), else looked up.
  const ta = g.ta === undefined ? transceiverOf(index, g.a) : (g.ta ?? undefined);
  const tb = g.tb === undefined ? transceiverOf(index, g.b) : (g.tb ?? undefined);
  const kind = channelKind(ta, tb);
  // The judgement is written into the channel itself (its fields in JSON key order first).
  const channel: { -readonly [K in keyof AnalysedChannel]: AnalysedChannel[K] } = {
    key,
    kind,
    a: g.a,
    b: g.b,
    fibers: g.fibers,
    verdict: 'ok',
    reasons: NO_REASONS,
    method: 'none',
    findings: NO_FINDINGS,
    why: NO_REASONS,
    loss: null,
  };
  judgePolarityInto(channel, index, kind, g.a, g.b, g.fibers, byPort);
  if (withLoss) channel.loss = channelLoss(index, channel, settings, ta, tb, g.onIndex === true);
  return channel;
}

/**
 * The parallel transceivers with a failing breakout channel among `channels` (for
 * `darkLaneContext`).
 */
export function failingBreakouts(channels: Iterable<AnalysedChannel>): Set<DeviceId> {
  const failing = new Set<DeviceId>();
  for (const c of channels) {
    if (c.kind !== 'breakout' || VERDICTS[c.verdict].cls !== 'fail') continue;
    for (const ep of [c.a, c.b]) if (ep.transceiver) failing.add(ep.transceiver);
  }
  return failing;
}

/**
 * A duplex transceiver patched to breakout positions that no lane serves is only a warning
 * (`dark-lane`, GT-11 "ports 5–6 … warn if patched") when every other breakout channel of that
 * parallel transceiver passes; if the breakout itself is mis-wired (MOD-A instead of MOD-U1,
 * §6.4: "ports 3 and 4 land on dark positions") it is the failure `tx-to-dark`. `failing` is
 * `failingBreakouts` of all channels of the transceivers involved.
 */
export function darkLaneContext(
  index: DesignIndex,
  c: AnalysedChannel,
  failing: ReadonlySet<DeviceId>,
): AnalysedChannel {
  if (c.verdict !== 'dark-lane') return c;
  const parallel = [c.a, c.b].find((ep) => ep.transceiver && (transceiverOf(index, ep)?.laneCount ?? 0) > 1);
  if (!parallel?.transceiver || !failing.has(parallel.transceiver)) return c;
  return asMisWired(c);
}

/** A `dark-lane` channel of a mis-wired breakout, as the failure `tx-to-dark` (see `darkLaneContext`). */
export function asMisWired(c: AnalysedChannel): AnalysedChannel {
  return {
    ...c,
    verdict: 'tx-to-dark',
    reasons: c.reasons.map((r) =>
      r.replace(
        'this port of the breakout is not served by a lane',
        'the breakout is mis-wired: this port lands on a position no lane uses',
      ),
    ),
  };
}

/**
 * Analyses a design: traces every fiber (REFERENCE §0.5), checks every mated pair (§1.8),
 * groups fibers into channels and judges each (§0.4). Channels with equipment at both ends come
 * first, then partial channels, then passive links; within a kind, by key.
 */
export function analyzeDesign(design: Design): Analysis {
  return analyzeIndex(buildDesignIndex(design));
}

/**
 * As `analyzeDesign`, from a prebuilt index. `withLoss: false` leaves every `loss` null (for a
 * search that reads polarity verdicts only, such as fixes).
 */
export function analyzeIndex(index: DesignIndex, withLoss = true): Analysis {
  const fibers = traceAllFibers(index);
  const findings = checkMatings(index);
  const byPort = findingsByPort(findings);
  const settings = index.design.settings;
  // Groups in an array (no map by channel key, no entry pairs); the channels exactly sized.
  const groups = channelGroups(fibers, undefined, true);
  let channels = new Array<AnalysedChannel>(groups.length);
  let darkLanes = false;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i] as KeyedGroup;
    const c = analyseChannel(index, g.key, g, byPort, settings, withLoss);
    if (c.verdict === 'dark-lane') darkLanes = true;
    channels[i] = c;
  }
  channels.sort(compareChannels);
  if (darkLanes) {
    const failing = failingBreakouts(channels);
    channels = channels.map((c) => darkLaneContext(index, c, failing));
  }
  return { index, fibers, channels, findings };
}
