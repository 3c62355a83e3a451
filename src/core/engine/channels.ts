/**
 * Channels: fibers grouped by the two endpoints they join (duplex circuits, parallel links,
 * breakout legs, passive links), each with a polarity verdict (REFERENCE §0.4).
 *
 * Endpoint identity: a transceiver (any lane or dark MDI position) is one endpoint; an open
 * port, an unplugged cable end or a dark position inside a part is its own endpoint.
 */
import type { DeviceId } from '../ids';
import type { TransceiverPart } from '../parts';
import type { DesignIndex } from './designIndex';
import { anchorChannel, anchoredChannel, anchorOf, nextAnchorRun, type AnchoredChannel } from './endAnchors';
import { Trace, type FiberTrace, type ReachedEnd, type Termination } from './fiberTrace';

/** Polarity verdicts of a channel. Fails first, then unknowns, then warnings, then ok. */
export type PolarityVerdict =
  | 'invalid'
  | 'tx-to-tx'
  | 'rx-to-rx'
  | 'tx-to-dark'
  | 'split-circuit'
  | 'unchecked'
  | 'unverified'
  | 'port-remapped'
  | 'non-standard-mix'
  | 'dark-lane'
  | 'open'
  | 'ok';

/** Severity class of a verdict, one colour each in the UI. */
export type VerdictClass = 'fail' | 'unchecked' | 'unverified' | 'warning' | 'open' | 'pass';

/** Severity rank (lower is worse) and class of each verdict. */
export const VERDICTS: Readonly<
  Record<PolarityVerdict, { readonly rank: number; readonly cls: VerdictClass; readonly text: string }>
> = {
  invalid: { rank: 0, cls: 'fail', text: 'Invalid mating' },
  'tx-to-tx': { rank: 1, cls: 'fail', text: 'Tx→Tx' },
  'rx-to-rx': { rank: 2, cls: 'fail', text: 'Rx→Rx' },
  'tx-to-dark': { rank: 3, cls: 'fail', text: 'Tx→dark' },
  'split-circuit': { rank: 4, cls: 'fail', text: 'Split circuit' },
  unchecked: { rank: 5, cls: 'unchecked', text: 'Unchecked' },
  unverified: { rank: 6, cls: 'unverified', text: 'Unverified' },
  'port-remapped': { rank: 7, cls: 'warning', text: 'Port remapped' },
  'non-standard-mix': { rank: 8, cls: 'warning', text: 'Non-standard mix' },
  'dark-lane': { rank: 9, cls: 'warning', text: 'Patched to a dark lane' },
  open: { rank: 10, cls: 'open', text: 'Open' },
  ok: { rank: 11, cls: 'pass', text: 'OK' },
};

/** The worse of two verdicts. */
export const worseVerdict = (a: PolarityVerdict, b: PolarityVerdict): PolarityVerdict =>
  VERDICTS[a].rank <= VERDICTS[b].rank ? a : b;

/** Channel kinds, by the endpoints. */
export type ChannelKind = 'duplex' | 'parallel' | 'breakout' | 'partial' | 'link';

/** One endpoint of a channel. */
export interface ChannelEndpoint {
  /** Stable key, e.g. `dev:<id>`, `port:<device>#<port>`, `cable:<id>#<end>`. */
  readonly key: string;
  /** Transceiver device, when the endpoint is a transceiver. */
  readonly transceiver?: DeviceId;
  /** The first termination seen at this endpoint (for display). */
  readonly sample: Termination;
}

/** A channel: its endpoints, fibers and polarity verdict with reasons. */
export interface Channel {
  /** Stable key: the two endpoint keys, sorted, joined by `|`. */
  readonly key: string;
  readonly kind: ChannelKind;
  readonly a: ChannelEndpoint;
  readonly b: ChannelEndpoint;
  readonly fibers: readonly FiberTrace[];
  readonly verdict: PolarityVerdict;
  /** Human-readable reasons, worst first. */
  readonly reasons: readonly string[];
}

/** Endpoint key of a termination. */
export function endpointKey(t: Termination): string {
  switch (t.kind) {
    case 'tx':
    case 'rx':
    case 'dark-mdi':
      return `dev:${t.device}`;
    case 'open-port':
      return `port:${t.device}#${t.port}`;
    case 'dark-device':
      return `dark:${t.device}#${t.port}`;
    case 'dark-cable':
      return `cable-dark:${t.cable}#${t.end}`;
    case 'unplugged':
      return `cable:${t.cable}#${t.end}`;
    case 'unchecked':
      return `unchecked:${t.device ?? t.cable ?? t.reason}`;
    case 'loop':
      return 'loop';
  }
}

/** Fibers of one channel (no verdict yet): the two endpoints in key order and the traces. */
export interface FiberGroup {
  readonly a: ChannelEndpoint;
  readonly b: ChannelEndpoint;
  readonly fibers: FiberTrace[];
  /**
   * The transceiver parts of `a` and `b` as the first trace's walk resolved them (`groupFibers`
   * with `parts`): a part, null for an endpoint that is no transceiver (or whose part is none),
   * undefined when not resolved (look it up: `transceiverOf`).
   */
  readonly ta?: TransceiverPart | null | undefined;
  readonly tb?: TransceiverPart | null | undefined;
  /** Set by `groupFibers` with `parts`: the fibers were traced on the index the channel is judged on. */
  readonly onIndex?: boolean;
}

/** A termination at a transceiver: its endpoint key is `dev:<device>`, one per device. */
type TransceiverTermination = Extract<Termination, { readonly kind: 'tx' | 'rx' | 'dark-mdi' }>;

/** True for the terminations at a transceiver (`tx`, `rx`, `dark-mdi`). */
const atTransceiver = (t: Termination): t is TransceiverTermination =>
  t.kind === 'tx' || t.kind === 'rx' || t.kind === 'dark-mdi';

/**
 * Endpoint keys memoised per device id (a transceiver is one endpoint for all its fibers), so
 * grouping builds and hashes one key string per device, not one per fiber.
 */
export class EndpointKeys {
  readonly #dev = new Map<string, string>();

  /** The endpoint key of a termination (`endpointKey`). */
  of(t: Termination): string {
    if (!atTransceiver(t)) return endpointKey(t);
    let k = this.#dev.get(t.device);
    if (k === undefined) this.#dev.set(t.device, (k = endpointKey(t)));
    return k;
  }
}

/** The channel key of a trace: its two endpoint keys, sorted, joined by `|`. */
export function channelKeyOf(f: FiberTrace, keys: EndpointKeys = new EndpointKeys()): string {
  const ka = keys.of(f.start);
  const kb = keys.of(f.end);
  return ka <= kb ? `${ka}|${kb}` : `${kb}|${ka}`;
}

/**
 * The endpoint key of termination `t` of a trace: memoised on the transceiver end its walk
 * reached (`at`, one per run and cable end: no lookup), else through `keys`.
 */
const keyAt = (keys: EndpointKeys, t: Termination, at: ReachedEnd | null): string =>
  at === null ? keys.of(t) : (at.key ??= endpointKey(t));

/** The transceiver part at a reached end (null: none), or undefined for a termination without one. */
function partAt(t: Termination, at: ReachedEnd | null): TransceiverPart | null | undefined {
  if (at === null) return atTransceiver(t) ? undefined : null;
  const part = at.dev?.part;
  return part?.kind === 'transceiver' ? part : null;
}

/** A channel's fibers with its key (`channelGroups`): the two endpoint keys, sorted, joined by `|`. */
export interface KeyedGroup extends FiberGroup {
  readonly key: string;
}

/**
 * A group while `channelGroups` collects it: `fibers` is null until a second fiber arrives (its
 * one fiber is `first`), and `more` holds the other channels whose smaller endpoint key is this
 * group's (by the larger key), created for the second such channel. A group with a reached
 * transceiver end is found through that end instead (`engine/endAnchors`, `nextAt`).
 */
interface Collecting extends AnchoredChannel {
  readonly key: string;
  readonly a: ChannelEndpoint;
  readonly b: ChannelEndpoint;
  fibers: FiberTrace[];
  readonly ta: TransceiverPart | null | undefined;
  readonly tb: TransceiverPart | null | undefined;
  readonly onIndex: boolean;
  readonly first: FiberTrace;
  more: Map<string, Collecting> | null;
}

/** Scratch of `joinedKey`. */
const PAIR: [string, string] = ['', ''];

/**
 * `${k1}|${k2}` as one flat string: `join` writes the characters once, where `+` makes two
 * concatenation nodes that sorting the channels by key then copies into a flat string anyway.
 */
function joinedKey(k1: string, k2: string): string {
  PAIR[0] = k1;
  PAIR[1] = k2;
  return PAIR.join('|');
}

/** Adds fiber `f` to group `g`: a second fiber makes an exact pair (a duplex channel's two), more are pushed. */
function addFiber(g: Collecting, f: FiberTrace): void {
  if (g.fibers === null) g.fibers = [g.first, f];
  else g.fibers.push(f);
}

/**
 * Groups fiber traces into channels by their unordered endpoint pair (no verdicts yet), in the
 * order of each channel's first trace; a channel's fibers keep the order of `traces`. Each group
 * carries its channel key. `parts`: also give each group its endpoints' transceiver parts as the
 * traces' walks resolved them (`FiberGroup.ta`, `tb`), for traces made by one run on the index
 * the channels are judged on. Groups are found by their smaller endpoint key (a memoised string),
 * so a channel's joined key is built once and never hashed, and no map by channel key is built;
 * with `parts`, a group with a transceiver end reached as a fresh index's plug row is found
 * through that row (`engine/endAnchors`: no key is hashed or compared).
 */
export function channelGroups(
  traces: readonly FiberTrace[],
  keys: EndpointKeys = new EndpointKeys(),
  parts = false,
): KeyedGroup[] {
  return (
    (parts ? collect(traces, keys, true, nextAnchorRun()) : null) ?? (collect(traces, keys, parts, 0) as KeyedGroup[])
  );
}

/**
 * `channelGroups` in run `run` of the anchors (0: none, every group found by its keys). With
 * anchors, null when a transceiver end of a trace is not a plug row (the identity of the reached
 * ends then says nothing about their keys: group by keys instead).
 */
function collect(traces: readonly FiberTrace[], keys: EndpointKeys, parts: boolean, run: number): KeyedGroup[] | null {
  const out: Collecting[] = [];
  const first = new Map<string, Collecting>();
  let last: Collecting | undefined;
  for (let i = 0; i < traces.length; i++) {
    const f = traces[i] as FiberTrace;
    // An engine trace knows the transceiver ends it reached (their keys are memoised there).
    const sa = f instanceof Trace ? f.startAt : null;
    const sb = f instanceof Trace ? f.endAt : null;
    const ka = keyAt(keys, f.start, sa);
    const kb = keyAt(keys, f.end, sb);
    // A channel's fibers are often traced one after another (a duplex cord's two fibers, the
    // second one the other way round): found before any comparison of keys by their order. Two
    // reached ends are compared by identity (the same end has the same key; two ends with equal
    // keys are found below), since from 10,000 devices on a key (`dev:dev-10001`) is a rope that
    // an unequal string comparison walks.
    if (last !== undefined) {
      if (sa !== null && sb !== null) {
        if ((sa === last.ea && sb === last.eb) || (sa === last.eb && sb === last.ea)) {
          addFiber(last, f);
          continue;
        }
      } else {
        const la = last.a.key;
        const lb = last.b.key;
        if ((la === ka && lb === kb) || (la === kb && lb === ka)) {
          addFiber(last, f);
          continue;
        }
      }
    }
    // With anchors, every transceiver end must be a plug row (else the run's ends are not one per device).
    const ra = run === 0 ? null : anchorOf(sa);
    const rb = run === 0 ? null : anchorOf(sb);
    if (run !== 0 && ((ra === null && atTransceiver(f.start)) || (rb === null && atTransceiver(f.end)))) return null;
    const anchor = ra ?? rb;
    // Keys are compared only without an anchor, or for a new channel (its endpoints in key order).
    let g: Collecting | undefined;
    let head: Collecting | undefined;
    let flip = false;
    if (anchor !== null) g = anchoredChannel(out, run, ra, ka, rb, kb);
    else {
      flip = ka > kb;
      head = first.get(flip ? kb : ka);
      const other = flip ? ka : kb;
      g = head === undefined ? undefined : head.b.key === other ? head : head.more?.get(other);
    }
    if (g !== undefined) {
      addFiber(g, f);
      last = g;
      continue;
    }
    // Two anchored ends are transceivers (`dev:<device>`): their keys compare as their device ids
    // (short flat strings), where the keys themselves may be ropes that a comparison flattens.
    if (anchor !== null)
      flip =
        ra !== null && rb !== null && atTransceiver(f.start) && atTransceiver(f.end)
          ? f.start.device > f.end.device
          : ka > kb;
    const k1 = flip ? kb : ka;
    const k2 = flip ? ka : kb;
    const t1 = flip ? f.end : f.start;
    const t2 = flip ? f.start : f.end;
    const at1 = flip ? sb : sa;
    const at2 = flip ? sa : sb;
    const made: Collecting = {
      key: joinedKey(k1, k2),
      a: at1 === null ? endpointOf(k1, t1) : reachedEndpoint(k1, t1),
      b: at2 === null ? endpointOf(k2, t2) : reachedEndpoint(k2, t2),
      fibers: null as unknown as FiberTrace[],
      ta: parts ? partAt(t1, at1) : undefined,
      tb: parts ? partAt(t2, at2) : undefined,
      onIndex: parts,
      first: f,
      more: null,
      ea: at1,
      eb: at2,
      nextAt: -1,
    };
    if (anchor !== null) anchorChannel(made, out.length, run, anchor);
    else if (head === undefined) first.set(k1, made);
    else (head.more ??= new Map()).set(k2, made);
    out.push(made);
    last = made;
  }
  for (let i = 0; i < out.length; i++) {
    const g = out[i] as Collecting;
    if (g.fibers === null) g.fibers = [g.first];
  }
  return out;
}

/**
 * Groups fiber traces into channels keyed by their unordered endpoint pair (`channelGroups`), as
 * a map by channel key in the order of each channel's first trace.
 */
export function groupFibers(
  traces: readonly FiberTrace[],
  keys: EndpointKeys = new EndpointKeys(),
  parts = false,
): Map<string, KeyedGroup> {
  const groups = new Map<string, KeyedGroup>();
  for (const g of channelGroups(traces, keys, parts)) groups.set(g.key, g);
  return groups;
}

/**
 * `endpointOf` for a termination at a reached transceiver end (a `tx`, `rx` or `dark-mdi`
 * termination, whose key is `dev:<device>`): the same object, without reading the key's
 * characters or testing the termination's shape.
 */
function reachedEndpoint(k: string, t: Termination): ChannelEndpoint {
  const device = (t as { readonly device: DeviceId }).device;
  return device ? { key: k, transceiver: device, sample: t } : { key: k, sample: t };
}

function endpointOf(k: string, t: Termination): ChannelEndpoint {
  return k.startsWith('dev:') && 'device' in t && t.device
    ? { key: k, transceiver: t.device, sample: t }
    : { key: k, sample: t };
}

/** The transceiver part of an endpoint, if any. */
export function transceiverOf(index: DesignIndex, ep: ChannelEndpoint): TransceiverPart | undefined {
  if (!ep.transceiver) return undefined;
  const part = index.devices.get(ep.transceiver)?.part;
  return part?.kind === 'transceiver' ? part : undefined;
}

/** Channel kind from the lane counts of its transceivers. */
export function channelKind(ta: TransceiverPart | undefined, tb: TransceiverPart | undefined): ChannelKind {
  if (ta && tb) {
    const pa = ta.laneCount > 1;
    const pb = tb.laneCount > 1;
    return pa && pb ? 'parallel' : pa || pb ? 'breakout' : 'duplex';
  }
  return ta || tb ? 'partial' : 'link';
}
