/**
 * The polarity verdict of one channel (REFERENCE §0.4): every transmitter must reach a receiver
 * of the same circuit. Mating findings on the path make it `invalid`; unknown parts make it
 * `unchecked`; a two-row mating makes it `unverified` (§3.4); a lane or port permutation with
 * all Tx→Rx is `port-remapped`; a passing mix of parts that follows no TIA method is
 * `non-standard-mix` (§5.4 rows 6, 13, 19).
 */
import { CONNECTOR_VARIANTS } from '../connectors';
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

/** True when the fiber crosses a two-row (MPO-24/32) mating or cable end (§3.4). */
function crossesTwoRow(index: DesignIndex, f: FiberTrace): boolean {
  for (const h of f.hops) {
    if (h.kind === 'cable') {
      const ends = index.cables.get(h.cable)?.part?.ends;
      const a = ends?.[h.from.end]?.connector.variant;
      const b = ends?.[h.to.end]?.connector.variant;
      if ((a && CONNECTOR_VARIANTS[a].rows === 2) || (b && CONNECTOR_VARIANTS[b].rows === 2)) return true;
    }
  }
  return false;
}

/** Front-port index of the first and last cassette on the path (for `port-remapped`). */
function cassettePortIndexes(index: DesignIndex, f: FiberTrace): [number, number] | null {
  const idx: number[] = [];
  for (const h of f.hops) {
    if (h.kind !== 'device') continue;
    const dev = index.devices.get(h.device);
    if (dev?.part?.kind !== 'module' || dev.part.moduleClass === 'adapter-plate') continue;
    for (const port of [h.in.port, h.out.port]) {
      const def = dev.ports.get(port);
      if (def?.face === 'front' && CONNECTOR_VARIANTS[def.accepts].family !== 'mpo') idx.push(def.index);
    }
  }
  return idx.length >= 2 ? [idx[0]!, idx[idx.length - 1]!] : null;
}

/**
 * Judges one channel. `findingsByPort` maps effective port keys to the mating findings there.
 */
export function judgePolarity(
  index: DesignIndex,
  kind: ChannelKind,
  a: ChannelEndpoint,
  b: ChannelEndpoint,
  fibers: readonly FiberTrace[],
  findingsByPort: ReadonlyMap<string, readonly MatingFinding[]>,
): PolarityJudgement {
  let verdict: PolarityVerdict = kind === 'partial' || kind === 'link' ? 'open' : 'ok';
  const reasons: { v: PolarityVerdict; text: string }[] = [];
  const add = (v: PolarityVerdict, text: string) => {
    verdict = worseVerdict(verdict, v);
    reasons.push({ v, text });
  };
  const findings: MatingFinding[] = [];
  const seenFinding = findingsByPort.size > 0 ? new Set<MatingFinding>() : null;
  for (const f of findingsByPort.size > 0 ? fibers : []) {
    for (const k of portsOnPath(f)) {
      for (const m of findingsByPort.get(k) ?? []) {
        if (!seenFinding || seenFinding.has(m)) continue;
        seenFinding.add(m);
        findings.push(m);
        add(m.severity === 'invalid' ? 'invalid' : 'unchecked', `${m.message}: ${m.parts[0]} ↔ ${m.parts[1]}`);
      }
    }
  }
  const good: {
    tx: DeviceId;
    txLane: number;
    txPort: string;
    rx: DeviceId;
    rxLane: number;
    rxPort: string;
    fiber: FiberTrace;
  }[] = [];
  const endsInEquipment = kind === 'duplex' || kind === 'parallel' || kind === 'breakout';
  for (const f of fibers) {
    const s = f.start;
    const e = f.end;
    const where = () => `${describeTermination(index, s)} → ${describeTermination(index, e)}`;
    if (s.kind === 'unchecked' || e.kind === 'unchecked') add('unchecked', `fiber ${where()}`);
    else if (s.kind === 'tx' && e.kind === 'rx')
      good.push({
        tx: s.device,
        txLane: s.lane,
        txPort: s.port ?? 'mdi',
        rx: e.device,
        rxLane: e.lane,
        rxPort: e.port ?? 'mdi',
        fiber: f,
      });
    else if (s.kind === 'tx' && e.kind === 'tx') add('tx-to-tx', where());
    else if (s.kind === 'rx' && e.kind === 'rx') add('rx-to-rx', where());
    else if (
      s.kind === 'tx' &&
      kind === 'breakout' &&
      e.kind === 'dark-mdi' &&
      isParallel(index, e.device) &&
      !isParallel(index, s.device)
    ) {
      // A duplex transceiver patched to positions the parallel one does not use (e.g. module
      // ports 5–6 behind an SR4, GT-11): no light, but nothing is mis-wired (REFERENCE §6.4).
      add('dark-lane', `${where()}: this port of the breakout is not served by a lane of ${devName(index, e.device)}`);
    } else if (s.kind === 'tx')
      add(endsInEquipment || !(e.kind === 'open-port' || e.kind === 'unplugged') ? 'tx-to-dark' : 'open', where());
    if (crossesTwoRow(index, f))
      add('unverified', `fiber ${f.id} crosses a two-row MPO mating; the two-row map is UNVERIFIED (REFERENCE §3.4)`);
  }
  if (endsInEquipment && a.transceiver && b.transceiver) {
    const dirs = [
      [a.transceiver, b.transceiver],
      [b.transceiver, a.transceiver],
    ] as const;
    for (const [from, to] of dirs) {
      if (VERDICTS[verdict].cls === 'fail' || (verdict as PolarityVerdict) === 'dark-lane') break;
      if (!good.some((g) => g.tx === from && g.rx === to))
        add('split-circuit', `no transmitter of ${devName(index, from)} reaches a receiver of ${devName(index, to)}`);
    }
    if (kind === 'parallel') {
      // Lanes are compared within their MDI: each MPO-12 of a twin-port transceiver is its own
      // 4-lane MDI (REFERENCE-2 §14.2; lane labels "a" 0–3 / "b" 4–7 are a CONVENTION).
      for (const g of good)
        if (localLane(index, g.tx, g.txPort, g.txLane) !== localLane(index, g.rx, g.rxPort, g.rxLane))
          add(
            'port-remapped',
            `lane ${g.txLane} of ${devName(index, g.tx)} reaches Rx${g.rxLane} of ${devName(index, g.rx)} (lane reordering tolerance UNVERIFIED)`,
          );
    }
    if (kind === 'breakout') {
      const lanes = new Set(
        good.map((g) => (isParallel(index, g.tx) ? `${g.txPort}:${g.txLane}` : `${g.rxPort}:${g.rxLane}`)),
      );
      if (lanes.size > 1)
        add(
          'split-circuit',
          `the two directions use different lanes (${[...lanes].map((l) => l.replace(/^mdi:/, '')).join(', ')}) of the parallel transceiver`,
        );
    }
  }
  let method: ConnectivityMethod = 'none';
  if (kind === 'duplex' && good[0]) {
    method = recognizeMethod(index, good[0].fiber);
    const ports = cassettePortIndexes(index, good[0].fiber);
    if (ports && ports[0] !== ports[1])
      add('port-remapped', `port ${ports[0]} at one end reaches port ${ports[1]} at the other`);
    if (method === 'none' && structuredPath(index, good[0].fiber))
      add('non-standard-mix', 'polarity works, but the parts follow no TIA-568.3-E method (A, B, C, U1, U2)');
  }
  if (good[0]) {
    // A field-spliced trunk whose composite is no TIA type is traced exactly but flagged (REFERENCE-2 §15.2).
    for (const t of splicedTrunks(index)) {
      if (t.type !== 'unknown') continue;
      if (!good[0].fiber.hops.some((h) => h.kind === 'cable' && t.cables.includes(h.cable))) continue;
      const name = (id: CableId) => index.cables.get(id)?.cable.name ?? id;
      add(
        'non-standard-mix',
        `the spliced trunk ${name(t.near.cable)} … ${name(t.far.cable)} composes to a non-standard array map (neither Type A, B nor C; REFERENCE-2 §15.2)`,
      );
    }
  }
  if (kind === 'parallel' && good[0]) method = recognizeParallelMethod(index, good[0].fiber);
  if (kind === 'breakout' && good[0]) method = recognizeBreakoutMethod(index, good[0].fiber);
  if (reasons.length === 0) return { verdict, reasons: [], method, findings, why: [] };
  // `verdict` is widened by the `add` closure; TypeScript's flow analysis cannot see that.
  const final = verdict as PolarityVerdict;
  const polarityFail = final === 'tx-to-tx' || final === 'rx-to-rx' || final === 'tx-to-dark';
  const why = polarityFail ? explainPolarity(index, kind, fibers.find((f) => f.start.kind === 'tx') ?? fibers[0]) : [];
  reasons.sort((x, y) => VERDICTS[x.v].rank - VERDICTS[y.v].rank);
  return { verdict, reasons: [...new Set(reasons.map((r) => r.text))], method, findings, why };
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
