/**
 * What the deliverables show about a channel: its polarity verdict (REFERENCE §0.4), method,
 * and its loss figures (§7, §8) from the channel's loss report (`AnalysedChannel.loss`; null for
 * partial and link channels).
 */
import type { Analysis, AnalysedChannel } from '../analysis/analyze';
import { VERDICTS, type ChannelKind, type PolarityVerdict, type VerdictClass } from '../engine/channels';
import type { ConnectivityMethod } from '../engine/method';
import { LOSS_VERDICTS, type ChannelLossReport, type LossVerdict } from '../loss';

/** Loss figures of a channel, or of one lane of it. Values in dB, unrounded. */
export interface LossFigures {
  /** Insertion loss, dB (the lane's worst fiber, or the channel's worst lane). */
  readonly lossDb: number;
  /** Governing application limit, dB, or null when unknown. */
  readonly limitDb: number | null;
  /** Limit − loss, dB, or null when the limit is unknown. */
  readonly marginDb: number | null;
  readonly verdict: LossVerdict;
  readonly verdictText: string;
  readonly verdictClass: VerdictClass;
}

/** A channel as the port map, path view and PDF show it. */
export interface ChannelSummary {
  readonly key: string;
  readonly kind: ChannelKind;
  readonly verdict: PolarityVerdict;
  readonly verdictText: string;
  readonly verdictClass: VerdictClass;
  readonly method: ConnectivityMethod;
  readonly reasons: readonly string[];
  /** Channel loss (worst lane), or null for channels without transceivers at both ends. */
  readonly loss: LossFigures | null;
  /** Loss per fiber trace id (the fiber's lane), for per-fiber rows. */
  readonly lossByFiber: ReadonlyMap<number, LossFigures>;
}

function figures(report: ChannelLossReport, lossDb: number, marginDb: number | null): LossFigures {
  const v = LOSS_VERDICTS[report.verdict];
  return {
    lossDb,
    limitDb: report.limitDb,
    marginDb,
    verdict: report.verdict,
    verdictText: v?.text ?? report.verdict,
    verdictClass: v?.cls ?? 'unchecked',
  };
}

/** Summarises one channel with its loss report (or null). */
export function summarizeChannel(channel: AnalysedChannel, report: ChannelLossReport | null): ChannelSummary {
  const v = VERDICTS[channel.verdict];
  const lossByFiber = new Map<number, LossFigures>();
  if (report) {
    for (const lane of report.lanes) {
      const f = figures(report, lane.ilDb, lane.marginDb);
      for (const id of lane.fibers) lossByFiber.set(id, f);
    }
  }
  return {
    key: channel.key,
    kind: channel.kind,
    verdict: channel.verdict,
    verdictText: v.text,
    verdictClass: v.cls,
    method: channel.method,
    reasons: channel.reasons,
    loss: report ? figures(report, report.totalDb, report.marginDb) : null,
    lossByFiber,
  };
}

/** Summaries of every channel, plus the channel key of every fiber trace id. */
export function summarizeChannels(analysis: Analysis): {
  byKey: ReadonlyMap<string, ChannelSummary>;
  channelOfFiber: ReadonlyMap<number, string>;
} {
  const byKey = new Map<string, ChannelSummary>();
  const channelOfFiber = new Map<number, string>();
  for (const c of analysis.channels) {
    byKey.set(c.key, summarizeChannel(c, c.loss));
    for (const f of c.fibers) channelOfFiber.set(f.id, c.key);
  }
  return { byKey, channelOfFiber };
}
