/**
 * One channel in full, fetched when the user opens it: the channel with its fibers and hops,
 * loss report (its per-hop breakdown included), findings and "why", the cables, ports and devices
 * its path touches (to highlight), and each fiber described for the fiber map. Plain data, safe
 * to post from a worker. Also the channels through a port, for a selected port.
 */
import type { PortRef } from '../design';
import { plainTrace, type FiberTrace } from '../engine/trace';
import type { CableId, DeviceId } from '../ids';
import type { AnalysedChannel, Analysis } from './analyze';
import { channelPath, isEquipmentChannel } from './channelClass';
import { fiberState, hopView, terminationLabel, type FiberState, type HopView } from './describe';
import { channelRow, type ChannelRow } from './view';

/** One fiber of an open channel, described for the fiber map. */
export interface FiberRow {
  readonly trace: FiberTrace;
  readonly state: FiberState;
  /** Where it starts and ends, e.g. "SW1 Eth1 Tx0 (B)". */
  readonly start: string;
  readonly end: string;
  readonly hops: readonly HopView[];
}

/** An open channel (see the module comment). */
export interface ChannelDetail {
  readonly row: ChannelRow;
  readonly channel: AnalysedChannel;
  readonly path: {
    readonly cables: readonly CableId[];
    /** `device#port` as cable ends name them (a switch cage stays the cage), plus module ports crossed. */
    readonly ports: readonly string[];
    readonly devices: readonly DeviceId[];
  };
  /** The channel's fibers by id. */
  readonly fibers: readonly FiberRow[];
}

/** The channel with key `key` of `a` in full, or null when there is none. */
export function channelDetail(a: Analysis, key: string): ChannelDetail | null {
  const channel = a.channels.find((c) => c.key === key);
  if (!channel) return null;
  const path = channelPath(a.index, channel);
  // Plain traces with their hops: an engine trace keeps them behind a getter, which a structured
  // clone (a worker posting this detail) would drop.
  const fibers = channel.fibers.map(plainTrace);
  return {
    row: channelRow(a, channel),
    channel: { ...channel, fibers },
    path: { cables: [...path.cables], ports: [...path.ports], devices: [...path.devices] },
    fibers: [...fibers]
      .sort((x, y) => x.id - y.id)
      .map((f) => ({
        trace: f,
        state: fiberState(f),
        start: terminationLabel(a, f.start),
        end: terminationLabel(a, f.end),
        hops: f.hops.map((h) => hopView(a, h)),
      })),
  };
}

/**
 * Keys of the channels whose path passes port `ref` (as cable ends name it: a switch cage is
 * the cage), equipment channels first, then in analysis order.
 */
export function channelsAtPort(a: Analysis, ref: PortRef): string[] {
  const k = `${ref.device}#${ref.port}`;
  const at = a.channels.filter((c) => channelPath(a.index, c).ports.has(k));
  return [...at.filter(isEquipmentChannel), ...at.filter((c) => !isEquipmentChannel(c))].map((c) => c.key);
}
