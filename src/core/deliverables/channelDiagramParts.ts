/**
 * The pieces of the channel diagram that are domain reasoning rather than layout: orienting a
 * channel's fibers end `a` → end `b`, what each fiber does at its ends (Tx→Rx passes; Tx→Tx, Rx→Rx
 * and Tx→dark fail; REFERENCE §0.4), the polarity marks (A↔B flips between consecutive duplex plug
 * points, §0.5 and §4; reversing / pair-flipping array elements, §0.5 and §6.3) with the parity
 * rule they add up to, and where a failing channel goes wrong.
 */
import type { AnalysedChannel, Analysis } from '../analysis/analyze';
import { endpointKey, type ChannelEndpoint, type VerdictClass } from '../engine/channels';
import type { Hop, Termination } from '../engine/trace';
import type { CableId, DeviceId } from '../ids';
import { deviceFacts, type ElementFacts } from './channelElements';

/** A fiber of a channel, read from the channel's end `a` to its end `b`. */
export interface OrientedFiber {
  /** Trace id. */
  readonly id: number;
  readonly start: Termination;
  readonly end: Termination;
  readonly hops: readonly Hop[];
}

/** Kind of a polarity mark. */
export type MarkKind = 'flip' | 'no-flip' | 'reverses' | 'straight' | 'pair-flip' | 'remaps';

/** A polarity mark under the elements from joint `x1` to joint `x2`. */
export interface DiagramMark {
  readonly x1: number;
  readonly x2: number;
  readonly y: number;
  readonly kind: MarkKind;
  /** `A↔B flip`, `no flip`, `reverses`, `straight`, `pair flip`, `remaps`. */
  readonly text: string;
}

/** Where a failing channel goes wrong: a box (index into `boxes`), a mated pair, or the parity. */
export interface DiagramFault {
  readonly kind: 'mating' | 'fix' | 'dark' | 'parity';
  /** Index of the faulty box, or null. */
  readonly box: number | null;
  /** Index of the faulty mated pair (joint), or null. */
  readonly joint: number | null;
  readonly text: string;
}

const reverseHop = (h: Hop): Hop =>
  h.kind === 'cable'
    ? { kind: 'cable', cable: h.cable, fiber: h.fiber, from: h.to, to: h.from }
    : { kind: 'device', device: h.device, in: h.out, out: h.in };

/**
 * The channel's fibers, ordered by trace id, each read from the channel's endpoint `a` (left) to
 * `b` (right). A channel whose two ends are one endpoint (a loopback) keeps the trace order.
 */
export function orientFibers(channel: AnalysedChannel): OrientedFiber[] {
  const loop = channel.a.key === channel.b.key;
  return [...channel.fibers]
    .sort((x, y) => x.id - y.id)
    .map((f) =>
      loop || endpointKey(f.start) === channel.a.key
        ? { id: f.id, start: f.start, end: f.end, hops: f.hops }
        : { id: f.id, start: f.end, end: f.start, hops: [...f.hops].reverse().map(reverseHop) },
    );
}

const isDark = (k: Termination['kind']): boolean => k === 'dark-mdi' || k === 'dark-device' || k === 'dark-cable';

/**
 * What one fiber does end to end (REFERENCE §0.4): `pass` Tx→Rx; `fail` Tx→Tx, Rx→Rx or Tx→dark;
 * `unchecked` through an unknown part; `open` to an open port or unplugged end; null for a dark
 * position at both ends (an unused position) or a receiver on a dark position.
 */
export function fiberOutcome(f: Pick<OrientedFiber, 'start' | 'end'>): VerdictClass | null {
  const s = f.start.kind;
  const e = f.end.kind;
  if (s === 'unchecked' || e === 'unchecked') return 'unchecked';
  if ((s === 'tx' && e === 'rx') || (s === 'rx' && e === 'tx')) return 'pass';
  if ((s === 'tx' && e === 'tx') || (s === 'rx' && e === 'rx')) return 'fail';
  if ((s === 'tx' && isDark(e)) || (e === 'tx' && isDark(s))) return 'fail';
  if (isDark(s) || isDark(e)) return null;
  return 'open';
}

/** Role text at an end: `Tx`/`Rx` (duplex), `Tx2`/`Rx2` (a lane of a parallel optic), `dark`, `open`… */
export function roleText(a: Analysis, t: Termination): string {
  switch (t.kind) {
    case 'tx':
    case 'rx': {
      const p = a.index.devices.get(t.device)?.part;
      const lanes = p?.kind === 'transceiver' ? p.laneCount : 1;
      return `${t.kind === 'tx' ? 'Tx' : 'Rx'}${lanes > 1 ? t.lane : ''}`;
    }
    case 'dark-mdi':
    case 'dark-device':
    case 'dark-cable':
      return 'dark';
    case 'open-port':
      return 'open';
    case 'unplugged':
      return 'unplugged';
    case 'unchecked':
      return '?';
    case 'loop':
      return 'loop';
  }
}

const END_WORD: Readonly<Record<Termination['kind'], string>> = {
  tx: 'Transceiver',
  rx: 'Transceiver',
  'dark-mdi': 'Transceiver',
  'open-port': 'Open port',
  'dark-device': 'Dark position',
  'dark-cable': 'Dark position',
  unplugged: 'Unplugged end',
  unchecked: 'Unchecked',
  loop: 'Loop',
};

/**
 * Facts of an end box: a transceiver (its PHY, MDI connector, gender, polish), or the place the
 * channel stops (open port, unplugged cable end, dark position, unknown part).
 */
export function endFacts(
  a: Analysis,
  ep: ChannelEndpoint,
  side: 'a' | 'b',
  sample: OrientedFiber | undefined,
): ElementFacts {
  if (ep.transceiver)
    return deviceFacts(
      a.index,
      ep.transceiver,
      side === 'a' ? { left: null, right: 'mdi' } : { left: 'mdi', right: null },
    );
  const t = sample ? (side === 'a' ? sample.start : sample.end) : ep.sample;
  const dev = 'device' in t && t.device ? a.index.devices.get(t.device) : undefined;
  const cable = 'cable' in t && t.cable ? a.index.cables.get(t.cable) : undefined;
  const where = 'port' in t ? (dev?.ports.get(t.port)?.label ?? t.port) : '';
  return {
    kind: 'end',
    name: dev?.device.name ?? cable?.cable.name ?? '—',
    type: END_WORD[t.kind],
    polarity: t.kind === 'unchecked' ? t.reason : where || '—',
    connector: '—',
    gender: '—',
    polish: '—',
    unverified: false,
    unknown: t.kind === 'unchecked',
  };
}

const hopIn = (h: Hop): number => (h.kind === 'cable' ? h.from.position : h.in.position);
const hopOut = (h: Hop): number => (h.kind === 'cable' ? h.to.position : h.out.position);

/** The plug position of fiber `f` at joint `j` (0 = the left end's mated pair). */
export const positionAt = (f: OrientedFiber, j: number): number =>
  f.hops.length === 0 ? 0 : j < f.hops.length ? hopIn(f.hops[j]!) : hopOut(f.hops[f.hops.length - 1]!);

const MARK_TEXT: Readonly<Record<MarkKind, string>> = {
  flip: 'A↔B flip',
  'no-flip': 'no flip',
  reverses: 'reverses',
  straight: 'straight',
  'pair-flip': 'pair flip',
  remaps: 'remaps',
};

/** How an array element moves positions 1…N (§0.3): identity, reversal, pair swap, or another map. */
function arrayEffect(pairs: readonly (readonly [number, number])[], n: number): MarkKind {
  if (pairs.every(([p, q]) => p === q)) return 'straight';
  if (pairs.every(([p, q]) => q === n + 1 - p)) return 'reverses';
  if (pairs.every(([p, q]) => q === (p % 2 === 1 ? p + 1 : p - 1))) return 'pair-flip';
  return 'remaps';
}

/**
 * The polarity marks of one track and the parity rule they add up to. Duplex spans run between
 * consecutive duplex plug points (a cord, or a cassette–trunk–cassette permanent link) and flip
 * when every fiber changes A↔B (§0.5, §4: a duplex channel needs an odd number of flips). Array
 * elements (MPO on both sides) reverse (Type B cable, key-up/key-up adapter), pair-flip (Type C),
 * stay straight, or remap (§0.3); a parallel channel needs an odd number of reversing elements and
 * an even number of pair flips (§0.5, §6.3). `joints` are the track's joints, left to right.
 */
export function diagramMarks(
  joints: readonly { readonly x: number; readonly duplex: boolean; readonly mpoWidth: number | null }[],
  fibers: readonly OrientedFiber[],
  y0: number,
): { marks: DiagramMark[]; parity: { text: string; cls: VerdictClass } | null } {
  const n = fibers[0]?.hops.length ?? 0;
  const js = joints.slice(0, n + 1);
  const marks: DiagramMark[] = [];
  const duplexAt = js.flatMap((j, i) => (j.duplex ? [i] : []));
  let flips = 0;
  for (let k = 1; k < duplexAt.length; k++) {
    const [d1, d2] = [duplexAt[k - 1]!, duplexAt[k]!];
    const flip = fibers.every((f) => positionAt(f, d1) !== positionAt(f, d2));
    if (flip) flips += 1;
    const kind: MarkKind = flip ? 'flip' : 'no-flip';
    marks.push({ x1: js[d1]!.x, x2: js[d2]!.x, y: y0, kind, text: MARK_TEXT[kind] });
  }
  const arrayY = duplexAt.length > 1 ? y0 + 30 : y0;
  const effects: MarkKind[] = [];
  for (let k = 0; k < n; k++) {
    const w1 = js[k]?.mpoWidth;
    const w2 = js[k + 1]?.mpoWidth;
    if (!w1 || !w2) continue;
    const kind = arrayEffect(
      fibers.map((f) => [positionAt(f, k), positionAt(f, k + 1)] as const),
      Math.max(w1, w2),
    );
    effects.push(kind);
    marks.push({ x1: js[k]!.x, x2: js[k + 1]!.x, y: arrayY, kind, text: MARK_TEXT[kind] });
  }
  const ref = '(TIA-568.3-E; REFERENCE §0.5';
  if (n > 0 && js[0]?.duplex && js[n]?.duplex && duplexAt.length > 1) {
    const odd = flips % 2 === 1;
    return {
      marks,
      parity: {
        cls: odd ? 'pass' : 'fail',
        text: `${flips} A↔B flip${flips === 1 ? '' : 's'}: ${odd ? 'odd, Tx reaches Rx' : 'even, Tx meets Tx'} ${ref}, §4)`,
      },
    };
  }
  if (n > 0 && js[0]?.mpoWidth && js[n]?.mpoWidth && effects.length > 0) {
    const rev = effects.filter((e) => e === 'reverses').length;
    const pf = effects.filter((e) => e === 'pair-flip').length;
    const remap = effects.includes('remaps');
    const ok = rev % 2 === 1 && pf % 2 === 0 && !remap;
    return {
      marks,
      parity: {
        cls: ok ? 'pass' : 'fail',
        text: `${rev} reversing (needs odd), ${pf} pair flip${pf === 1 ? '' : 's'} (needs even)${remap ? ', remapped' : ''}: ${ok ? 'Tx reaches Rx' : 'Tx does not reach its Rx'} ${ref}, §6.3)`,
      },
    };
  }
  return { marks, parity: null };
}

type BoxRef =
  | { readonly kind: 'cable'; readonly id: CableId }
  | { readonly kind: 'device'; readonly id: DeviceId }
  | {
      readonly kind: 'end';
      readonly side: 'a' | 'b';
    };

const sameRef = (x: BoxRef, y: BoxRef): boolean =>
  x.kind === y.kind && (x.kind === 'end' ? x.side === (y as typeof x).side : x.id === (y as typeof x).id);

/**
 * Where a failing channel goes wrong, in order: a broken mating rule at a mated pair (V1–V7, P1;
 * REFERENCE §1.8); else the element the proposed `fix` replaces (the single substitution that
 * makes the channel pass); else the end where a transmitter meets a dark position; else the
 * parity of the whole path (no single element is wrong: the flips add up even).
 */
export function diagramFault(
  channel: AnalysedChannel,
  boxes: readonly { readonly ref: BoxRef }[],
  joints: readonly {
    readonly finding: { readonly cls: VerdictClass; readonly rules: string; readonly text: string } | null;
  }[],
  fibers: readonly OrientedFiber[],
  fix: { readonly target: BoxRef; readonly text: string } | undefined,
): DiagramFault {
  const fixBox = fix ? boxes.findIndex((b) => sameRef(b.ref, fix.target)) : -1;
  const box = fixBox >= 0 ? fixBox : null;
  const j = joints.findIndex((x) => x.finding?.cls === 'fail');
  if (j >= 0 || channel.verdict === 'invalid') {
    const f = joints[j]?.finding;
    return {
      kind: 'mating',
      box,
      joint: j >= 0 ? j : null,
      text: f ? `${f.rules}: ${f.text}` : (channel.reasons[0] ?? ''),
    };
  }
  if (fix && box !== null) return { kind: 'fix', box, joint: null, text: fix.text };
  const dark = fibers.find(
    (f) => (f.start.kind === 'tx' && isDark(f.end.kind)) || (f.end.kind === 'tx' && isDark(f.start.kind)),
  );
  if (dark) {
    const side = dark.start.kind === 'tx' ? 'b' : 'a';
    const b = boxes.findIndex((x) => sameRef(x.ref, { kind: 'end', side }));
    return { kind: 'dark', box: b >= 0 ? b : null, joint: null, text: 'a transmitter lands on a dark position here' };
  }
  return { kind: 'parity', box: null, joint: null, text: channel.reasons[0] ?? '' };
}
