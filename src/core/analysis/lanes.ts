/**
 * Lane-level view of a parallel or breakout channel (issue 13 §6): for every lane of the
 * transceiver at end A, the plug positions of its transmit and receive fibers at A's MDI, and
 * where those fibers are at end B — the position A's transmitter arrives at (and what is there:
 * `Rx0`, `Tx1`, dark) and the position the fiber into A's receiver comes from. A lane-level claim
 * ("lane k reaches lane k", REFERENCE §0.4, §6) can then be checked outside the UI.
 *
 * Positions are plug positions at each MDI (REFERENCE §0.1: MPO 1…N, duplex A/B).
 */
import { positionLabel, type ConnectorVariant } from '../connectors';
import type { DeviceId } from '../ids';
import type { AnalysedChannel } from './analyze';
import type { DesignIndex } from '../engine/designIndex';
import type { Termination } from '../engine/trace';

/** One end of a lane. */
export interface LaneEnd {
  readonly device: string;
  readonly name: string;
  /** MDI port key (`mdi`, or `mdi-b` on the second MDI of a twin-port transceiver). */
  readonly port: string;
  /** Plug position of the fiber this end transmits on, and its label (A/B or the number). */
  readonly tx: number | null;
  readonly txLabel: string | null;
  /** Plug position of the fiber this end receives on. */
  readonly rx: number | null;
  readonly rxLabel: string | null;
  /** The lane of this end the fibers belong to (null: a dark or unrelated position). */
  readonly lane: number | null;
}

/** One lane of end A with where its fibers are at end B. */
export interface LaneReport {
  readonly lane: number;
  readonly a: LaneEnd;
  readonly b: LaneEnd;
  /** What A's transmitter reaches at B: `Rx<k>`, `Tx<k>`, or a termination kind. */
  readonly txReaches: string;
  /** What A's receiver is fed from at B: `Tx<k>`, `Rx<k>`, or a termination kind. */
  readonly rxFedBy: string;
  /** True when A's Tx reaches an Rx of B and A's Rx is fed by a Tx of B. */
  readonly ok: boolean;
}

const role = (t: Termination): string => (t.kind === 'tx' ? `Tx${t.lane}` : t.kind === 'rx' ? `Rx${t.lane}` : t.kind);
const mdiOf = (t: Termination): string => ('port' in t && t.port ? t.port : 'mdi');

/** The MDI connector variant of a transceiver port (for A/B vs number labels). */
function variantAt(index: DesignIndex, device: DeviceId, port: string): ConnectorVariant | null {
  const p = index.devices.get(device)?.part;
  if (p?.kind !== 'transceiver') return null;
  const def = port === 'mdi' ? p.port : p.extraPorts?.find((x) => x.key === port);
  return def?.accepts ?? null;
}

const label = (v: ConnectorVariant | null, pos: number | null): string | null =>
  pos === null ? null : v ? positionLabel(v, pos) : String(pos);

/**
 * The lanes of a parallel or breakout channel seen from transceiver `a` (one of the channel's
 * ends), sorted by lane; empty for other kinds or when `a` is not a transceiver end. Linear in
 * the channel's fibers.
 */
export function channelLanes(index: DesignIndex, channel: AnalysedChannel, a: DeviceId): LaneReport[] {
  if (channel.kind !== 'parallel' && channel.kind !== 'breakout') return [];
  const b =
    channel.a.transceiver === a
      ? channel.b.transceiver
      : channel.b.transceiver === a
        ? channel.a.transceiver
        : undefined;
  if (!b) return [];
  const name = (d: DeviceId) => index.devices.get(d)?.device.name ?? String(d);
  const lanes = new Map<number, { tx?: [Termination, Termination]; rx?: [Termination, Termination] }>();
  for (const f of channel.fibers) {
    for (const [near, far] of [
      [f.start, f.end],
      [f.end, f.start],
    ] as const) {
      if ((near.kind !== 'tx' && near.kind !== 'rx') || near.device !== a) continue;
      const slot = lanes.get(near.lane) ?? {};
      slot[near.kind] = [near, far];
      lanes.set(near.lane, slot);
    }
  }
  return [...lanes.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([lane, { tx, rx }]) => {
      const aPort = mdiOf((tx ?? rx)![0]);
      const farT = tx?.[1];
      const farR = rx?.[1];
      const bPort = mdiOf(farT ?? farR!);
      const va = variantAt(index, a, aPort);
      const vb = variantAt(index, b, bPort);
      const pos = (t: Termination | undefined): number | null => (t && 'position' in t ? t.position : null);
      const bLane =
        farT?.kind === 'rx' || farT?.kind === 'tx'
          ? farT.lane
          : farR?.kind === 'tx' || farR?.kind === 'rx'
            ? farR.lane
            : null;
      return {
        lane,
        a: {
          device: String(a),
          name: name(a),
          port: aPort,
          tx: pos(tx?.[0]),
          txLabel: label(va, pos(tx?.[0])),
          rx: pos(rx?.[0]),
          rxLabel: label(va, pos(rx?.[0])),
          lane,
        },
        b: {
          device: String(b),
          name: name(b),
          port: bPort,
          tx: pos(farR),
          txLabel: label(vb, pos(farR)),
          rx: pos(farT),
          rxLabel: label(vb, pos(farT)),
          lane: bLane,
        },
        txReaches: farT ? role(farT) : 'missing',
        rxFedBy: farR ? role(farR) : 'missing',
        ok: farT?.kind === 'rx' && farR?.kind === 'tx',
      };
    });
}
