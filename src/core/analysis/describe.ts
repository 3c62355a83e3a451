/**
 * Human-readable names of channels, endpoints, terminations and fiber hops, in the field's terms
 * (TIA-598 colours, A/B at every duplex LC, MPO positions). They read only an analysis's index, so
 * a worker can name what it sends and the panels what they show.
 */
import { positionLabel } from '../connectors';
import type { ChannelEndpoint } from '../engine/channels';
import { describeTermination } from '../engine/polarity';
import type { FiberTrace, Hop, Termination } from '../engine/trace';
import { fiberMarking, type FiberMarking } from '../fiberColors';
import type { AnalysedChannel, Analysis } from './analyze';

/** What naming needs from an analysis: its index. */
type Named = Pick<Analysis, 'index'>;

/** Name of a channel endpoint: the transceiver with its application, or the open end. */
export function endpointLabel(a: Named, ep: ChannelEndpoint): string {
  if (ep.transceiver) {
    const r = a.index.devices.get(ep.transceiver);
    const part = r?.part;
    return `${r?.device.name ?? ep.transceiver}${part?.kind === 'transceiver' ? ` (${part.application})` : ''}`;
  }
  return describeTermination(a.index, ep.sample);
}

/** Title of a channel: both endpoints. */
export const channelTitle = (a: Named, c: AnalysedChannel): string =>
  `${endpointLabel(a, c.a)} ↔ ${endpointLabel(a, c.b)}`;

/** Short name of an endpoint: the transceiver's name, or the open end described. */
export function endpointName(a: Named, ep: ChannelEndpoint): string {
  return ep.transceiver
    ? (a.index.devices.get(ep.transceiver)?.device.name ?? ep.transceiver)
    : describeTermination(a.index, ep.sample);
}

/** The applications at a channel's ends, e.g. "40GBASE-SR4 ↔ 10GBASE-SR" or "100GBASE-SR4". */
export function channelApplications(a: Named, c: AnalysedChannel): string {
  const app = (ep: ChannelEndpoint) => {
    const p = ep.transceiver ? a.index.devices.get(ep.transceiver)?.part : undefined;
    return p?.kind === 'transceiver' ? p.application : null;
  };
  const apps = [app(c.a), app(c.b)].filter((x): x is NonNullable<typeof x> => x !== null);
  return [...new Set(apps)].join(' ↔ ');
}

/** Short label of a termination for the fiber map, e.g. "SW1 Eth1 Tx0 (B)". */
export function terminationLabel(a: Named, t: Termination): string {
  if (t.kind === 'tx' || t.kind === 'rx') {
    const r = a.index.devices.get(t.device);
    const p = r?.part;
    const variant = p?.kind === 'transceiver' ? p.port.accepts : 'mpo-12';
    return `${r?.device.name ?? t.device} ${t.kind === 'tx' ? 'Tx' : 'Rx'}${p?.kind === 'transceiver' && p.laneCount > 1 ? t.lane : ''} (${positionLabel(variant, t.position)})`;
  }
  return describeTermination(a.index, t);
}

/** One hop of a fiber, ready to print. */
export interface HopView {
  readonly kind: 'cable' | 'device';
  /** Cable or device name. */
  readonly name: string;
  /** Fiber colour (cable hops). */
  readonly marking?: FiberMarking;
  /** "B → A", "MPO1·3 → Port 2·B". */
  readonly detail: string;
}

/** Describes one hop: a cable fiber (number, TIA-598 colour, end positions) or a pass through a device. */
export function hopView(a: Named, h: Hop): HopView {
  if (h.kind === 'cable') {
    const c = a.index.cables.get(h.cable);
    const ends = c?.part?.ends;
    const lab = (end: number, pos: number) => {
      const v = ends?.[end]?.connector.variant;
      return v ? positionLabel(v, pos) : String(pos);
    };
    const key = (end: number) => c?.endKeys[end] ?? String(end);
    // Positions carry the meaning (A/B at a duplex LC, 1…N at an MPO); the cable ends go in the name line.
    return {
      kind: 'cable',
      name: `${c?.cable.name ?? h.cable} · end ${key(h.from.end)} → ${key(h.to.end)}`,
      marking: fiberMarking(h.fiber),
      detail: `${lab(h.from.end, h.from.position)} → ${lab(h.to.end, h.to.position)}`,
    };
  }
  const r = a.index.devices.get(h.device);
  const ports = r?.ports;
  const lab = (port: string, pos: number) => {
    const def = ports?.get(port);
    return `${def?.label ?? port}·${def ? positionLabel(def.accepts, pos) : pos}`;
  };
  return {
    kind: 'device',
    name: r?.device.name ?? h.device,
    detail: `${lab(h.in.port, h.in.position)} → ${lab(h.out.port, h.out.position)}`,
  };
}

/** Verdict of one fiber: it carries light Tx→Rx, fails, is open, or cannot be checked. */
export type FiberState = 'pass' | 'fail' | 'open' | 'dark' | 'unchecked';

/** The state of a single traced fiber. */
export function fiberState(f: FiberTrace): FiberState {
  const s = f.start.kind;
  const e = f.end.kind;
  if (s === 'unchecked' || e === 'unchecked') return 'unchecked';
  if (s === 'tx' && e === 'rx') return 'pass';
  if (
    (s === 'tx' && e === 'tx') ||
    (s === 'rx' && e === 'rx') ||
    (s === 'tx' && (e === 'dark-mdi' || e === 'dark-device' || e === 'dark-cable'))
  )
    return 'fail';
  return 'open';
}
