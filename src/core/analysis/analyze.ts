/**
 * The one composition the UI and the command line consume: design in, analysis out (traces,
 * channels with polarity verdicts, methods and loss reports, mating findings). Pure; never throws on a
 * well-typed design (unknown references become `unchecked`).
 */
import type { Design } from '../design';
import { channelLoss, type ChannelLossReport } from '../loss/channelLoss';
import type { Channel, ChannelKind } from '../engine/channels';
import { VERDICTS } from '../engine/channels';
import { channelKind, groupFibers, transceiverOf } from '../engine/channels';
import { buildDesignIndex, type DesignIndex } from '../engine/designIndex';
import { checkMatings, type MatingFinding } from '../engine/mating';
import type { ConnectivityMethod } from '../engine/method';
import { judgePolarity } from '../engine/polarity';
import { traceAllFibers, type FiberTrace } from '../engine/trace';

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
  readonly fibers: readonly FiberTrace[];
  readonly channels: readonly AnalysedChannel[];
  /** Every mating finding of the design (including those on no channel). */
  readonly findings: readonly MatingFinding[];
}

const KIND_ORDER: Readonly<Record<ChannelKind, number>> = { duplex: 0, parallel: 0, breakout: 0, partial: 1, link: 2 };

/** Groups mating findings by effective port key, for joining to fiber paths. */
function findingsByPort(findings: readonly MatingFinding[]): Map<string, MatingFinding[]> {
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
 * Analyses a design: traces every fiber (REFERENCE §0.5), checks every mated pair (§1.8),
 * groups fibers into channels and judges each (§0.4). Channels with equipment at both ends come
 * first, then partial channels, then passive links; within a kind, by key.
 */
export function analyzeDesign(design: Design): Analysis {
  return analyzeIndex(buildDesignIndex(design));
}

/** As `analyzeDesign`, from a prebuilt index. */
export function analyzeIndex(index: DesignIndex): Analysis {
  const fibers = traceAllFibers(index);
  const findings = checkMatings(index);
  const byPort = findingsByPort(findings);
  const channels: AnalysedChannel[] = [];
  for (const [key, g] of groupFibers(fibers)) {
    const kind = channelKind(transceiverOf(index, g.a), transceiverOf(index, g.b));
    const j = judgePolarity(index, kind, g.a, g.b, g.fibers, byPort);
    const channel = {
      key,
      kind,
      a: g.a,
      b: g.b,
      fibers: g.fibers,
      verdict: j.verdict,
      reasons: j.reasons,
      method: j.method,
      findings: j.findings,
      why: j.why,
    };
    channels.push({ ...channel, loss: channelLoss(index, channel, index.design.settings) });
  }
  channels.sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  return { index, fibers, channels: darkLanesInContext(index, channels), findings };
}

/**
 * A duplex transceiver patched to breakout positions that no lane serves is only a warning
 * (`dark-lane`, GT-11 "ports 5–6 … warn if patched") when every other breakout channel of that
 * parallel transceiver passes; if the breakout itself is mis-wired (MOD-A instead of MOD-U1,
 * §6.4: "ports 3 and 4 land on dark positions") it is the failure `tx-to-dark`.
 */
function darkLanesInContext(index: DesignIndex, channels: AnalysedChannel[]): AnalysedChannel[] {
  if (!channels.some((c) => c.verdict === 'dark-lane')) return channels;
  const failing = new Set<string>();
  for (const c of channels) {
    if (c.kind !== 'breakout' || VERDICTS[c.verdict].cls !== 'fail') continue;
    for (const ep of [c.a, c.b]) if (ep.transceiver) failing.add(ep.transceiver);
  }
  return channels.map((c) => {
    if (c.verdict !== 'dark-lane') return c;
    const parallel = [c.a, c.b].find((ep) => ep.transceiver && (transceiverOf(index, ep)?.laneCount ?? 0) > 1);
    if (!parallel?.transceiver || !failing.has(parallel.transceiver)) return c;
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
  });
}
