/**
 * What the UI shows of an analysis, as plain structured-clone-friendly data a worker can post:
 * one row per channel (names, verdicts, method, loss figures), the class of every port a channel
 * passes (the worst channel through it), the mating findings and the verdict counts. One
 * channel's fibers with their hops are fetched on demand (`channelDetail`).
 *
 * `createViewBuilder` follows an analyzer: each `update(analysis)` returns a `ViewPatch` with the
 * rows and ports that changed (rows of unchanged channels are not rebuilt), and
 * `applyViewPatch` rebuilds the view on the receiving side. Rows follow the analysis's channel
 * order (`compareChannels`: equipment channels first, then by key).
 */
import type { PortRef } from '../design';
import { VERDICTS, type ChannelKind, type PolarityVerdict, type VerdictClass } from '../engine/channels';
import type { DesignIndex } from '../engine/designIndex';
import type { MatingFinding } from '../engine/mating';
import type { ConnectivityMethod } from '../engine/method';
import type { DeviceId } from '../ids';
import type { ApplicationKey } from '../loss/applications';
import { LOSS_VERDICTS, type LossVerdict } from '../loss/judgement';
import type { AnalysedChannel, Analysis } from './analyze';
import { channelClass, channelPath, isEquipmentChannel, lossClass } from './channelClass';
import { VERDICT_CLASS_ORDER as CLASS_ORDER } from '../verdictStyle';
import { channelApplications, endpointLabel, endpointName } from './describe';

/** One end of a channel row. */
export interface EndpointRow {
  readonly key: string;
  /** The transceiver at this end, if any. */
  readonly transceiver?: DeviceId;
  /** Short name: the transceiver, or the open end described. */
  readonly name: string;
  /** The name with the transceiver's application, e.g. "Leaf-1 Eth1 (25GBASE-SR)". */
  readonly label: string;
}

/** The loss figures a channel row shows (dB, m; REFERENCE §7, §8). */
export interface LossRow {
  readonly totalDb: number;
  readonly limitDb: number | null;
  readonly marginDb: number | null;
  readonly lengthM: number;
  /** Reach of the governing application for the path's fiber, m. */
  readonly reachM: number | null;
  readonly verdict: LossVerdict;
  readonly cls: VerdictClass;
  readonly text: string;
  readonly governing: ApplicationKey | null;
  readonly limitUnverified: boolean;
  readonly complete: boolean;
}

/** One channel as the channel list shows it. */
export interface ChannelRow {
  readonly key: string;
  readonly kind: ChannelKind;
  readonly a: EndpointRow;
  readonly b: EndpointRow;
  /** The applications at the ends, e.g. "40GBASE-SR4 ↔ 10GBASE-SR". */
  readonly applications: string;
  readonly verdict: PolarityVerdict;
  readonly verdictText: string;
  /** Class of the polarity verdict alone. */
  readonly polarityClass: VerdictClass;
  /** Overall class: polarity and loss together (`channelClass`). */
  readonly cls: VerdictClass;
  readonly equipment: boolean;
  readonly method: ConnectivityMethod;
  readonly fiberCount: number;
  readonly reasons: readonly string[];
  readonly loss: LossRow | null;
}

/** The state of one port (`device#port` as cable ends name it; a switch cage stays the cage). */
export interface PortState {
  /** Worst class of the equipment channels through it, else of the other channels. */
  readonly cls: VerdictClass;
  /** Number of channels through it. */
  readonly channels: number;
}

/** A mating finding with what the issue list shows and selects. */
export interface FindingRow extends MatingFinding {
  readonly deviceName: string;
  /** The port to select: where the finding is, a transceiver MDI as the cage it sits in. */
  readonly select: PortRef;
}

/** The analysis as the UI shows it. */
export interface AnalysisView {
  /** Increases with every update of the builder that produced it. */
  readonly revision: number;
  readonly channels: readonly ChannelRow[];
  readonly ports: ReadonlyMap<string, PortState>;
  readonly findings: readonly FindingRow[];
  /** Equipment channels per overall class. */
  readonly counts: Readonly<Record<VerdictClass, number>>;
  /** Number of traced fibers. */
  readonly fibers: number;
}

const rows = new WeakMap<AnalysedChannel, ChannelRow>();

/**
 * The row of a channel (memoised per channel object: an unchanged channel keeps its row). A
 * channel with an end that is not a transceiver is not memoised: that end is named by the
 * design's labels (`endPlace`), which an edit elsewhere can change.
 */
export function channelRow(a: Pick<Analysis, 'index'>, c: AnalysedChannel): ChannelRow {
  const memo = c.a.transceiver !== undefined && c.b.transceiver !== undefined;
  const hit = memo ? rows.get(c) : undefined;
  if (hit) return hit;
  const l = c.loss;
  const end = (ep: AnalysedChannel['a']): EndpointRow => ({
    key: ep.key,
    ...(ep.transceiver ? { transceiver: ep.transceiver } : {}),
    name: endpointName(a, ep),
    label: endpointLabel(a, ep),
  });
  const row: ChannelRow = {
    key: c.key,
    kind: c.kind,
    a: end(c.a),
    b: end(c.b),
    applications: channelApplications(a, c),
    verdict: c.verdict,
    verdictText: VERDICTS[c.verdict].text,
    polarityClass: VERDICTS[c.verdict].cls,
    cls: channelClass(c),
    equipment: isEquipmentChannel(c),
    method: c.method,
    fiberCount: c.fibers.length,
    reasons: c.reasons,
    loss: l
      ? {
          totalDb: l.totalDb,
          limitDb: l.limitDb,
          marginDb: l.marginDb,
          lengthM: l.lengthM,
          reachM: l.applications.find((j) => j.application === l.governing)?.reachM?.value ?? null,
          verdict: l.verdict,
          cls: lossClass(c) as VerdictClass,
          text: LOSS_VERDICTS[l.verdict].text,
          governing: l.governing,
          limitUnverified: l.limitUnverified,
          complete: l.complete,
        }
      : null,
  };
  if (memo) rows.set(c, row);
  return row;
}

/** A finding as the issue list shows it (see `FindingRow`). */
export function findingRow(index: DesignIndex, f: MatingFinding): FindingRow {
  const dev = index.devices.get(f.at.device)?.device;
  const p = dev?.placement;
  return {
    ...f,
    deviceName: dev?.name ?? String(f.at.device),
    select: p?.kind === 'cage' ? { device: p.parent, port: p.cage } : f.at,
  };
}

/** Per-port counts of channels by class (equipment and other), to find each port's worst. */
type PortCounts = Map<string, Int32Array>;
const N = CLASS_ORDER.length;
const CLASS_INDEX: Readonly<Record<VerdictClass, number>> = Object.fromEntries(
  CLASS_ORDER.map((c, i) => [c, i]),
) as Record<VerdictClass, number>;

/** Adds (`by` = 1) or removes (−1) a channel's ports in `counts`; collects the ports in `touched`. */
export function countPorts(
  index: DesignIndex,
  counts: PortCounts,
  c: AnalysedChannel,
  by: 1 | -1,
  touched: Set<string>,
): void {
  const slot = (isEquipmentChannel(c) ? 0 : N) + CLASS_INDEX[channelClass(c)];
  for (const k of channelPath(index, c).ports) {
    let n = counts.get(k);
    if (!n) counts.set(k, (n = new Int32Array(2 * N)));
    n[slot] = (n[slot] as number) + by;
    touched.add(k);
  }
}

/** The state of a port from its counts, or null when no channel passes it. */
export function portState(n: Int32Array | undefined): PortState | null {
  if (!n) return null;
  let channels = 0;
  for (let i = 0; i < 2 * N; i++) channels += n[i] as number;
  if (channels === 0) return null;
  for (const base of [0, N])
    for (let i = 0; i < N; i++)
      if ((n[base + i] as number) > 0) return { cls: CLASS_ORDER[i] as VerdictClass, channels };
  return null;
}
