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
import type { CableId } from '../ids';
import { labelsFor, portLabelOf } from '../labels';
import { portDisplayLabel } from '../portNames';
import type { AnalysedChannel, Analysis } from './analyze';

/** What naming needs from an analysis: its index. */
type Named = Pick<Analysis, 'index'>;

/**
 * Where a channel stops when it is not at a transceiver, in the labels a technician reads
 * (TIA-606; REFERENCE §9): `R2-P2-C2-MPO1:16 (dark)`, `R1-P1-C2-Port1 (open port)`,
 * `T3 end B (unplugged)`, never the internal port keys (`mpo1`, `front-1`). Labels come from
 * `labelsFor` on the analysed design (memoised per design).
 */
export function endPlace(a: Named, t: Termination): string {
  const labels = labelsFor(a.index.design);
  const cable = (id: CableId) => labels.cables.get(id)?.text ?? a.index.cables.get(id)?.cable.name ?? id;
  const endName = (id: CableId, end: number) => {
    const rc = a.index.cables.get(id);
    return rc?.part?.ends[end]?.label ?? `end ${rc?.endKeys[end] ?? end}`;
  };
  switch (t.kind) {
    case 'dark-device':
      return `${portLabelOf(labels, { device: t.device, port: t.port }, t.position)} (dark)`;
    case 'open-port':
      return `${portLabelOf(labels, { device: t.device, port: t.port })} (open port)`;
    case 'unplugged':
      return `${cable(t.cable)} ${endName(t.cable, t.end)} (unplugged)`;
    case 'dark-cable':
      return `${cable(t.cable)} ${endName(t.cable, t.end)} position ${t.position} (no fiber)`;
    case 'dark-mdi':
      return `${labels.devices.get(t.device)?.text ?? t.device} position ${t.position} (dark)`;
    default:
      return describeTermination(a.index, t);
  }
}

/** Name of a channel endpoint: the transceiver with its application, or where the channel stops. */
export function endpointLabel(a: Named, ep: ChannelEndpoint): string {
  if (ep.transceiver) {
    const r = a.index.devices.get(ep.transceiver);
    const part = r?.part;
    return `${r?.device.name ?? ep.transceiver}${part?.kind === 'transceiver' ? ` (${part.application})` : ''}`;
  }
  return endPlace(a, ep.sample);
}

/** Title of a channel: both endpoints. */
export const channelTitle = (a: Named, c: AnalysedChannel): string =>
  `${endpointLabel(a, c.a)} ↔ ${endpointLabel(a, c.b)}`;

/** Short name of an endpoint: the transceiver's name, or where the channel stops (`endPlace`). */
export function endpointName(a: Named, ep: ChannelEndpoint): string {
  return ep.transceiver ? (a.index.devices.get(ep.transceiver)?.device.name ?? ep.transceiver) : endPlace(a, ep.sample);
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
    const name = def ? portDisplayLabel(a.index.design, h.device, def.label, a.index.catalogue.get) : port;
    return `${name}·${def ? positionLabel(def.accepts, pos) : pos}`;
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
