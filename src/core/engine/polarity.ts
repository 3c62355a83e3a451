/**
 * The polarity verdict of one channel (REFERENCE §0.4): every transmitter must reach a receiver
 * of the same circuit. Mating findings on the path make it `invalid`; unknown parts make it
 * `unchecked`; a two-row mating makes it `unverified` (§3.4); a lane or port permutation with
 * all Tx→Rx is `port-remapped`; a passing mix of parts that follows no TIA method is
 * `non-standard-mix` (§5.4 rows 6, 13, 19).
 */
import type { CableId, DeviceId } from '../ids';
import type { ChannelEndpoint, ChannelKind, PolarityVerdict } from './channels';
import { VERDICTS, worseVerdict } from './channels';
import type { DesignIndex } from './designIndex';
import type { MatingFinding } from './mating';
import {
  explainPolarity,
  recognizeBreakoutMethod,
  recognizeMethod,
  recognizeParallelMethod,
  structuredPath,
  type ConnectivityMethod,
} from './method';
import { cassettePortIndexes, CASSETTE_PORTS, crossesTwoRow } from './polarityPath';
import { splicedTrunks } from './splices';
import type { FiberTrace, Termination } from './trace';

/** The outcome of judging one channel. */
export interface PolarityJudgement {
  readonly verdict: PolarityVerdict;
  readonly reasons: string[];
  readonly method: ConnectivityMethod;
  /** Mating findings on the channel's path. */
  readonly findings: MatingFinding[];
  /** For a polarity failure: the elements that flip or reverse, by the parity rules. */
  readonly why: string[];
}

/** Display name of a device. */
const devName = (index: DesignIndex, id: DeviceId | undefined): string =>
  id ? (index.devices.get(id)?.device.name ?? String(id)) : '?';

/** Human description of a termination. */
export function describeTermination(index: DesignIndex, t: Termination): string {
  switch (t.kind) {
    case 'tx':
      return `${devName(index, t.device)} Tx${t.lane}`;
    case 'rx':
      return `${devName(index, t.device)} Rx${t.lane}`;
    case 'dark-mdi':
      return `${devName(index, t.device)} dark position ${t.position}`;
    case 'dark-device':
      return `${devName(index, t.device)} ${t.port} dark position ${t.position}`;
    case 'dark-cable':
      return `${index.cables.get(t.cable)?.cable.name ?? t.cable} dark position ${t.position}`;
    case 'open-port':
      return `open port ${devName(index, t.device)} ${t.port}`;
    case 'unplugged':
      return `unplugged end of ${index.cables.get(t.cable)?.cable.name ?? t.cable}`;
    case 'unchecked':
      return `unchecked (${t.reason})`;
    case 'loop':
      return 'a loop';
  }
}

/** Effective port keys a fiber passes (device hop ports and transceiver MDIs at its ends). */
function portsOnPath(f: FiberTrace): string[] {
  const keys: string[] = [];
  for (const h of f.hops) if (h.kind === 'device') keys.push(`${h.device}#${h.in.port}`, `${h.device}#${h.out.port}`);
  for (const t of [f.start, f.end])
    if (t.kind === 'tx' || t.kind === 'rx' || t.kind === 'dark-mdi') keys.push(`${t.device}#${t.port ?? 'mdi'}`);
  return keys;
}

/** A fiber from a transmitter to a receiver (its start is the `tx`, its end the `rx` termination). */
type TxRx = Extract<Termination, { kind: 'tx' | 'rx' }>;

/** The transmitter end of a lit (tx → rx) fiber. */
const txOf = (f: FiberTrace): TxRx => f.start as TxRx;
/** The receiver end of a lit (tx → rx) fiber. */
const rxOf = (f: FiberTrace): TxRx => f.end as TxRx;

/** A verdict widened by reasons (worst wins), collected without a closure per channel. */
class Reasons {
  verdict: PolarityVerdict;
  list: { v: PolarityVerdict; text: string }[] | null = null;

  constructor(verdict: PolarityVerdict) {
    this.verdict = verdict;
  }

  /** Starts over at `verdict` with no reasons. */
  reset(verdict: PolarityVerdict): void {
    this.verdict = verdict;
    this.list = null;
  }

  add(v: PolarityVerdict, text: string): void {
    this.verdict = worseVerdict(this.verdict, v);
    (this.list ??= []).push({ v, text });
  }
}

const NO_TEXT = Object.freeze([]) as unknown as string[];
const NO_FINDINGS = Object.freeze([]) as unknown as MatingFinding[];

/** "where → where" of a fiber, for reasons. */
const route = (index: DesignIndex, f: FiberTrace): string =>
  `${describeTermination(index, f.start)} → ${describeTermination(index, f.end)}`;

/** The lit fibers of the channel being judged (scratch of `judgePolarity`). */
const GOOD: FiberTrace[] = [];

/** A cable's name, or its id when it does not resolve (for reasons). */
const cableName = (index: DesignIndex, id: CableId): string => index.cables.get(id)?.cable.name ?? id;

/**
 * The lanes of the parallel transceiver that a breakout's lit fibers use (`port:lane`). Outside
 * `judgePolarity`: a closure there over `index` would allocate a context on every call.
 */
function breakoutLanes(index: DesignIndex, good: readonly FiberTrace[]): Set<string> {
  return new Set(
    good.map((g) => {
      const tx = txOf(g);
      const rx = rxOf(g);
      return isParallel(index, tx.device) ? `${tx.port ?? 'mdi'}:${tx.lane}` : `${rx.port ?? 'mdi'}:${rx.lane}`;
    }),
  );
}

/** True when some tx→rx fiber runs from transceiver `from` to transceiver `to`. */
function reaches(good: readonly FiberTrace[], from: DeviceId, to: DeviceId): boolean {
  for (const g of good) if (txOf(g).device === from && rxOf(g).device === to) return true;
  return false;
}

/** The verdict and reasons of the channel being judged (scratch of `judgePolarityInto`). */
const REASONS = new Reasons('ok');

/** The channel `judgePolarity` judges: `judgePolarityInto`'s arguments after the target. */
type JudgeArgs = Parameters<typeof judgePolarityInto> extends [JudgementTarget, ...infer R] ? R : never;

/** Where `judgePolarityInto` writes a judgement: a channel being built, or a fresh judgement. */
export interface JudgementTarget {
  verdict: PolarityVerdict;
  reasons: readonly string[];
  method: ConnectivityMethod;
  findings: readonly MatingFinding[];
  why: readonly string[];
}

/**
 * Judges one channel (REFERENCE §0.4; see the module comment). `findingsByPort` maps effective
 * port keys to the mating findings there. A fresh judgement; `judgePolarityInto` writes the same
 * fields into an object the caller has made.
 */
export function judgePolarity(...args: JudgeArgs): PolarityJudgement {
  const out: { -readonly [K in keyof PolarityJudgement]: PolarityJudgement[K] } = {
    verdict: 'ok',
    reasons: NO_TEXT,
    method: 'none',
    findings: NO_FINDINGS,
    why: NO_TEXT,
  };
  judgePolarityInto(out, ...args);
  return out;
}

/**
 * As `judgePolarity`, writing `verdict`, `reasons`, `method`, `findings` and `why` into `out`
 * (e.g. the channel being built: no judgement object per channel). Not re-entrant (module scratch).
 */
export function judgePolarityInto(
  out: JudgementTarget,
  index: DesignIndex,
  kind: ChannelKind,
  a: ChannelEndpoint,
  b: ChannelEndpoint,
  fibers: readonly FiberTrace[],
  findingsByPort: ReadonlyMap<string, readonly MatingFinding[]>,
): void {
  const r = REASONS;
  r.reset(kind === 'partial' || kind === 'link' ? 'open' : 'ok');
  let findings: MatingFinding[] = NO_FINDINGS;
  if (findingsByPort.size > 0) {
    const seenFinding = new Set<MatingFinding>();
    for (const f of fibers) {
      for (const k of portsOnPath(f)) {
        for (const m of findingsByPort.get(k) ?? []) {
          if (seenFinding.has(m)) continue;
          seenFinding.add(m);
          if (findings === NO_FINDINGS) findings = [];
          findings.push(m);
          r.add(m.severity === 'invalid' ? 'invalid' : 'unchecked', `${m.message}: ${m.parts[0]} ↔ ${m.parts[1]}`);
        }
      }
    }
  }
  // Scratch (not kept past this call; `judgePolarity` is not re-entrant).
  const good = GOOD;
  // Emptied by `pop`, which keeps the backing store (`length = 0` drops it: a new one per channel).
  while (good.length > 0) good.pop();
  const endsInEquipment = kind === 'duplex' || kind === 'parallel' || kind === 'breakout';
  for (const f of fibers) {
    const s = f.start;
    const e = f.end;
    if (s.kind === 'unchecked' || e.kind === 'unchecked') r.add('unchecked', `fiber ${route(index, f)}`);
    else if (s.kind === 'tx' && e.kind === 'rx') good.push(f);
    else if (s.kind === 'tx' && e.kind === 'tx') r.add('tx-to-tx', route(index, f));
    else if (s.kind === 'rx' && e.kind === 'rx') r.add('rx-to-rx', route(index, f));
    else if (
      s.kind === 'tx' &&
      kind === 'breakout' &&
      e.kind === 'dark-mdi' &&
      isParallel(index, e.device) &&
      !isParallel(index, s.device)
    ) {
      // A duplex transceiver patched to positions the parallel one does not use (e.g. module
      // ports 5–6 behind an SR4, GT-11): no light, but nothing is mis-wired (REFERENCE §6.4).
      r.add(
        'dark-lane',
        `${route(index, f)}: this port of the breakout is not served by a lane of ${devName(index, e.device)}`,
      );
    } else if (s.kind === 'tx')
      r.add(
        endsInEquipment || !(e.kind === 'open-port' || e.kind === 'unplugged') ? 'tx-to-dark' : 'open',
        route(index, f),
      );
    if (crossesTwoRow(index, f))
      r.add('unverified', `fiber ${f.id} crosses a two-row MPO mating; the two-row map is UNVERIFIED (REFERENCE §3.4)`);
  }
  if (endsInEquipment && a.transceiver && b.transceiver) {
    for (let d = 0; d < 2; d++) {
      const from = d === 0 ? a.transceiver : b.transceiver;
      const to = d === 0 ? b.transceiver : a.transceiver;
      if (VERDICTS[r.verdict].cls === 'fail' || r.verdict === 'dark-lane') break;
      if (!reaches(good, from, to))
        r.add('split-circuit', `no transmitter of ${devName(index, from)} reaches a receiver of ${devName(index, to)}`);
    }
    if (kind === 'parallel') {
      // Lanes are compared within their MDI: each MPO-12 of a twin-port transceiver is its own
      // 4-lane MDI (REFERENCE-2 §14.2; lane labels "a" 0–3 / "b" 4–7 are a CONVENTION).
      for (const g of good) {
        const tx = txOf(g);
        const rx = rxOf(g);
        if (
          localLane(index, tx.device, tx.port ?? 'mdi', tx.lane) !==
          localLane(index, rx.device, rx.port ?? 'mdi', rx.lane)
        )
          r.add(
            'port-remapped',
            `lane ${tx.lane} of ${devName(index, tx.device)} reaches Rx${rx.lane} of ${devName(index, rx.device)} (lane reordering tolerance UNVERIFIED)`,
          );
      }
    }
    if (kind === 'breakout') {
      const lanes = breakoutLanes(index, good);
      if (lanes.size > 1)
        r.add(
          'split-circuit',
          `the two directions use different lanes (${[...lanes].map((l) => l.replace(/^mdi:/, '')).join(', ')}) of the parallel transceiver`,
        );
    }
  }
  let method: ConnectivityMethod = 'none';
  const first = good[0];
  if (kind === 'duplex' && first) {
    method = recognizeMethod(index, first);
    if (cassettePortIndexes(index, first) && CASSETTE_PORTS.first !== CASSETTE_PORTS.last)
      r.add(
        'port-remapped',
        `port ${CASSETTE_PORTS.first} at one end reaches port ${CASSETTE_PORTS.last} at the other`,
      );
    if (method === 'none' && structuredPath(index, first))
      r.add('non-standard-mix', 'polarity works, but the parts follow no TIA-568.3-E method (A, B, C, U1, U2)');
  }
  if (first) {
    // A field-spliced trunk whose composite is no TIA type is traced exactly but flagged (REFERENCE-2 §15.2).
    for (const t of splicedTrunks(index)) {
      if (t.type !== 'unknown') continue;
      if (!first.hops.some((h) => h.kind === 'cable' && t.cables.includes(h.cable))) continue;
      r.add(
        'non-standard-mix',
        `the spliced trunk ${cableName(index, t.near.cable)} … ${cableName(index, t.far.cable)} composes to a non-standard array map (neither Type A, B nor C; REFERENCE-2 §15.2)`,
      );
    }
  }
  if (kind === 'parallel' && first) method = recognizeParallelMethod(index, first);
  if (kind === 'breakout' && first) method = recognizeBreakoutMethod(index, first);
  const found = r.list;
  const verdict = r.verdict;
  r.list = null;
  out.verdict = verdict;
  out.method = method;
  out.findings = findings;
  if (found === null) {
    out.reasons = NO_TEXT;
    out.why = NO_TEXT;
    return;
  }
  const polarityFail = verdict === 'tx-to-tx' || verdict === 'rx-to-rx' || verdict === 'tx-to-dark';
  out.why = polarityFail ? explainPolarity(index, kind, fibers.find((f) => f.start.kind === 'tx') ?? fibers[0]) : [];
  found.sort((x, y) => VERDICTS[x.v].rank - VERDICTS[y.v].rank);
  out.reasons = [...new Set(found.map((r) => r.text))];
}

const laneOffsets = new WeakMap<object, Map<string, number>>();

/**
 * A lane's index within its own MDI port: the transceiver-wide lane minus the lowest lane of that
 * port (0 for single-port transceivers; lanes 4–7 of a twin-port's "b" MDI become 0–3).
 */
function localLane(index: DesignIndex, device: DeviceId, port: string, lane: number): number {
  const part = index.devices.get(device)?.part;
  if (part?.kind !== 'transceiver' || !part.extraPorts || part.lanes === 'unknown') return lane;
  let offsets = laneOffsets.get(part);
  if (!offsets) {
    offsets = new Map();
    for (const l of part.lanes) {
      const k = l.port ?? 'mdi';
      offsets.set(k, Math.min(offsets.get(k) ?? Infinity, l.lane));
    }
    laneOffsets.set(part, offsets);
  }
  return lane - (offsets.get(port) ?? 0);
}

function isParallel(index: DesignIndex, id: DeviceId): boolean {
  const p = index.devices.get(id)?.part;
  return p?.kind === 'transceiver' && p.laneCount > 1;
}
