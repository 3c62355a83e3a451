/**
 * The path of a port, for the technician's tap: every fiber through the port, end to end, each
 * hop with its labels (REFERENCE §9), positions and TIA-598 colours (§2), plus the polarity
 * verdict (§0.4) and loss margin (§7, §8) of the channel(s) the port carries.
 */
import type { PortRef } from '../design';
import type { Analysis } from '../analysis/analyze';
import { effectivePort, type DesignIndex } from '../engine/designIndex';
import type { FiberTrace, Termination } from '../engine/trace';
import { labelsFor, naturalCompare, portLabelOf, positionText, type LabelIndex } from '../labels';
import { summarizeChannels, type ChannelSummary, type LossFigures } from './channelSummary';
import { labelFiber, type LabelledFiber } from './fiberSteps';
import { own } from '../own';

/** One fiber through the tapped port. */
export interface PathFiber extends LabelledFiber {
  /** Channel key. */
  readonly channel: string;
  /** The fiber's position at the tapped port (`A`/`B` or the MPO position). */
  readonly positionHere: string;
  /** Loss of the fiber's lane, or null when the channel is not judged. */
  readonly loss: LossFigures | null;
}

/** The path view of one port. */
export interface PortPath {
  readonly port: PortRef;
  readonly label: string;
  /** Fibers through the port, ordered by their position at the port. Empty for an idle port. */
  readonly fibers: readonly PathFiber[];
  /** The channels those fibers belong to, worst verdict first. */
  readonly channels: readonly ChannelSummary[];
}

/** Effective port keys (`device#port`) a fiber passes, with the position there. */
function placesOf(index: DesignIndex, f: FiberTrace): Map<string, { device: string; port: string; position: number }> {
  const out = new Map<string, { device: string; port: string; position: number }>();
  const put = (device: string, port: string, position: number) => {
    const k = `${device}#${port}`;
    if (!out.has(k)) out.set(k, { device, port, position });
  };
  const term = (t: Termination) => {
    if (t.kind === 'tx' || t.kind === 'rx' || t.kind === 'dark-mdi') put(t.device, 'mdi', t.position);
    else if (t.kind === 'open-port' || t.kind === 'dark-device') put(t.device, t.port, t.position);
  };
  term(f.start);
  for (const h of f.hops) {
    if (h.kind === 'device') {
      put(h.device, h.in.port, h.in.position);
      put(h.device, h.out.port, h.out.position);
      continue;
    }
    const rc = index.cables.get(h.cable);
    for (const side of [h.from, h.to]) {
      const ref = (rc && own(rc.cable.ends, rc.endKeys[side.end] ?? '')) ?? null;
      const eff = ref ? effectivePort(index, ref) : null;
      if (eff) put(eff.device, eff.port, side.position);
    }
  }
  term(f.end);
  return out;
}

/**
 * The path of a port: every traced fiber that passes the port (a switch cage resolves to the
 * transceiver in it), labelled hop by hop, with the verdict and loss of its channel. Fibers keep
 * the trace orientation (transmitter first). `labels` defaults to the design's labels.
 * Source: REFERENCE §0.5 (trace), §2 (colours), §9 (labels). Never throws.
 */
export function portPath(
  analysis: Analysis,
  port: PortRef,
  labels: LabelIndex = labelsFor(analysis.index.design),
): PortPath {
  const index = analysis.index;
  const eff = effectivePort(index, port) ?? port;
  const key = `${eff.device}#${eff.port}`;
  const { byKey, channelOfFiber } = summarizeChannels(analysis);
  const fibers: PathFiber[] = [];
  for (const trace of analysis.fibers) {
    const here = placesOf(index, trace).get(key);
    if (!here) continue;
    const channel = channelOfFiber.get(trace.id) ?? '';
    const variant = index.devices.get(eff.device)?.ports.get(eff.port)?.accepts ?? null;
    fibers.push({
      ...labelFiber(index, labels, trace),
      channel,
      positionHere: positionText(variant, here.position),
      loss: byKey.get(channel)?.lossByFiber.get(trace.id) ?? null,
    });
  }
  fibers.sort((a, b) => naturalCompare(a.positionHere, b.positionHere) || a.traceId - b.traceId);
  const channels = [...new Set(fibers.map((f) => f.channel))].flatMap((k) => byKey.get(k) ?? []);
  const rank = (c: ChannelSummary) => analysis.channels.findIndex((x) => x.key === c.key);
  channels.sort((a, b) => verdictRank(a) - verdictRank(b) || rank(a) - rank(b));
  return { port, label: portLabelOf(labels, port), fibers, channels };
}

const CLASS_RANK: Readonly<Record<ChannelSummary['verdictClass'], number>> = {
  fail: 0,
  unchecked: 1,
  unverified: 2,
  warning: 3,
  open: 4,
  pass: 5,
};
const verdictRank = (c: ChannelSummary): number => CLASS_RANK[c.verdictClass];
