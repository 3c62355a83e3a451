/**
 * Connectivity-method recognition (TIA-568.3-E Methods A, B, C, U1, U2; REFERENCE §5.3) and the
 * "why" of a duplex or parallel channel: which elements flip polarity (the parity rules of §0.5
 * and §4) and which reverse an array.
 */
import { CONNECTOR_VARIANTS, isDuplexVariant, positionLabel, type ConnectorVariant } from '../connectors';
import { identifyArrayType } from '../catalogue/positionMaps';
import type { ArrayPolarity, CablePart, DevicePart, DuplexCordType, ModuleClass } from '../parts';
import type { DesignIndex, ResolvedCable, ResolvedDevice } from './designIndex';
import { Trace, type FiberTrace, type Hop } from './trace';

/** A TIA-568.3-E duplex connectivity method, or `none`. */
export type ConnectivityMethod = 'A' | 'B' | 'C' | 'U1' | 'U2' | 'none';

/** The signature of a method: trunk type, module pair (unordered), cord pair (unordered). */
interface MethodSignature {
  readonly method: Exclude<ConnectivityMethod, 'none'>;
  readonly trunk: ArrayPolarity;
  readonly modules: readonly [ModuleClass, ModuleClass];
  readonly cords: readonly [DuplexCordType, DuplexCordType];
}

/** Data table of the five methods (REFERENCE §5.3 [S14][S11][S3][S10]). */
export const METHOD_SIGNATURES: readonly MethodSignature[] = [
  { method: 'A', trunk: 'A', modules: ['MOD-A', 'MOD-A'], cords: ['A-to-B', 'A-to-A'] },
  { method: 'B', trunk: 'B', modules: ['MOD-B1', 'MOD-B2'], cords: ['A-to-B', 'A-to-B'] },
  { method: 'C', trunk: 'C', modules: ['MOD-A', 'MOD-A'], cords: ['A-to-B', 'A-to-B'] },
  { method: 'U1', trunk: 'B', modules: ['MOD-U1', 'MOD-U1'], cords: ['A-to-B', 'A-to-B'] },
  { method: 'U2', trunk: 'B', modules: ['MOD-U2', 'MOD-U2'], cords: ['A-to-B', 'A-to-B'] },
];

const CASSETTE_CLASSES: ReadonlySet<ModuleClass> = new Set([
  'MOD-A',
  'MOD-B1',
  'MOD-B2',
  'MOD-U1',
  'MOD-U2',
  'MOD-U1-8',
  'MOD-U16',
]);

/** The structured-cabling elements of one duplex fiber, if it has the cord–module–trunk–module–cord shape. */
export interface StructuredPath {
  readonly cords: readonly [DuplexCordType, DuplexCordType];
  readonly modules: readonly [ModuleClass, ModuleClass];
  readonly trunk: ArrayPolarity;
}

/**
 * Reads the cord–module–trunk–module–cord shape of a fiber, or null when the path has another
 * shape (no cassettes, extra panels, several trunks).
 */
export function structuredPath(index: DesignIndex, fiber: FiberTrace): StructuredPath | null {
  if (!readParts(index, fiber)) return null;
  const mA = cassetteClass(PARTS.m1);
  const mB = cassetteClass(PARTS.m2);
  if (!mA || !mB) return null;
  const cord1 = PARTS.c1?.cordType;
  const cord2 = PARTS.c2?.cordType;
  const trunk = PARTS.t?.polarity;
  if (!cord1 || !cord2 || !trunk) return null;
  return { cords: [cord1, cord2], modules: [mA, mB], trunk };
}

/** The parts of a cord–module–trunk–module–cord path (scratch filled by `readParts`). */
const PARTS: {
  m1: DevicePart | undefined;
  m2: DevicePart | undefined;
  c1: CablePart | undefined;
  t: CablePart | undefined;
  c2: CablePart | undefined;
} = { m1: undefined, m2: undefined, c1: undefined, t: undefined, c2: undefined };

/**
 * Fills `PARTS` with the parts of a fiber of the shape cable, device, cable, device, cable
 * (exactly five hops); false for any other shape.
 */
function readParts(index: DesignIndex, fiber: FiberTrace): boolean {
  if (fiber instanceof Trace) {
    // An engine trace is read from its compact steps (cable steps end in a number, see `StepSlot`).
    if (fiber.stepCount !== 5) return false;
    const buf = fiber.steps;
    const i = fiber.stepAt;
    if (typeof buf[i + 2] !== 'number' || typeof buf[i + 8] !== 'number' || typeof buf[i + 14] !== 'number')
      return false;
    if (typeof buf[i + 5] === 'number' || typeof buf[i + 11] === 'number') return false;
    PARTS.c1 = (buf[i] as ResolvedCable).part;
    PARTS.m1 = (buf[i + 3] as ResolvedDevice).part;
    PARTS.t = (buf[i + 6] as ResolvedCable).part;
    PARTS.m2 = (buf[i + 9] as ResolvedDevice).part;
    PARTS.c2 = (buf[i + 12] as ResolvedCable).part;
    return true;
  }
  const hops = fiber.hops;
  if (hops.length !== 5) return false;
  const c1 = hops[0]!;
  const m1 = hops[1]!;
  const t = hops[2]!;
  const m2 = hops[3]!;
  const c2 = hops[4]!;
  if (c1.kind !== 'cable' || t.kind !== 'cable' || c2.kind !== 'cable') return false;
  if (m1.kind !== 'device' || m2.kind !== 'device') return false;
  PARTS.c1 = index.cables.get(c1.cable)?.part;
  PARTS.m1 = index.devices.get(m1.device)?.part;
  PARTS.t = index.cables.get(t.cable)?.part;
  PARTS.m2 = index.devices.get(m2.device)?.part;
  PARTS.c2 = index.cables.get(c2.cable)?.part;
  return true;
}

/** The cassette class of a module part on a structured path (MOD-U1-8 reads as MOD-U1), or undefined. */
function cassetteClass(p: DevicePart | undefined): ModuleClass | undefined {
  if (p?.kind !== 'module' || !CASSETTE_CLASSES.has(p.moduleClass)) return undefined;
  return p.moduleClass === 'MOD-U1-8' ? 'MOD-U1' : p.moduleClass;
}

/** True when the pair `x` holds `a` and `b` in either order. */
const holds = <T>(x: readonly [T, T], a: T, b: T): boolean => (x[0] === a && x[1] === b) || (x[0] === b && x[1] === a);

/**
 * Recognises the TIA-568.3-E method of a duplex channel from one of its fibers (REFERENCE §5.3).
 * Returns `none` when the path does not have the structured shape or matches no signature.
 */
export function recognizeMethod(index: DesignIndex, fiber: FiberTrace): ConnectivityMethod {
  // As `structuredPath` matched against `METHOD_SIGNATURES` (first match), without building it.
  if (!readParts(index, fiber)) return 'none';
  const mA = cassetteClass(PARTS.m1);
  const mB = cassetteClass(PARTS.m2);
  const cord1 = PARTS.c1?.cordType;
  const cord2 = PARTS.c2?.cordType;
  const trunk = PARTS.t?.polarity;
  if (!mA || !mB || !cord1 || !cord2 || !trunk) return 'none';
  for (const m of METHOD_SIGNATURES)
    if (m.trunk === trunk && holds(m.modules, mA, mB) && holds(m.cords, cord1, cord2)) return m.method;
  return 'none';
}

/** One element of a duplex path between two LC plug points, and whether it swaps A↔B. */
export interface FlipElement {
  readonly label: string;
  readonly from: string;
  readonly to: string;
  readonly flips: boolean;
}

function hopName(index: DesignIndex, h: Hop): string {
  if (h.kind === 'cable') {
    const c = index.cables.get(h.cable);
    return c ? `${c.cable.name} (${c.part?.name ?? 'unknown part'})` : String(h.cable);
  }
  const d = index.devices.get(h.device);
  return d ? `${d.device.name} (${d.part?.name ?? 'unknown part'})` : String(h.device);
}

/**
 * Splits a duplex fiber into elements between consecutive LC/SC duplex plug points and says
 * which swap A↔B (REFERENCE §0.5, §4: a Tx at plug B reaches an Rx at plug A only through an odd
 * number of flips). An A-to-B cord is one flip; a cassette–trunk–cassette permanent link is one
 * flip when it is an A-to-B link.
 */
export function duplexFlips(index: DesignIndex, fiber: FiberTrace): FlipElement[] {
  const points: { pos: number; hop: number }[] = [];
  fiber.hops.forEach((h, i) => {
    if (h.kind !== 'cable') return;
    const part = index.cables.get(h.cable)?.part;
    const ends = part?.ends;
    const fromV = ends?.[h.from.end]?.connector.variant;
    const toV = ends?.[h.to.end]?.connector.variant;
    const isDuplex = (v: ConnectorVariant | undefined) => v !== undefined && isDuplexVariant(v);
    if (isDuplex(fromV)) points.push({ pos: h.from.position, hop: i });
    if (isDuplex(toV)) points.push({ pos: h.to.position, hop: i });
  });
  const out: FlipElement[] = [];
  for (let k = 1; k < points.length; k++) {
    const p = points[k - 1]!;
    const q = points[k]!;
    const label =
      p.hop === q.hop
        ? hopName(index, fiber.hops[p.hop]!)
        : `link ${fiber.hops
            .slice(p.hop + 1, q.hop)
            .map((h) => hopName(index, h))
            .join(' — ')}`;
    out.push({
      label,
      from: positionLabel('lc-duplex', p.pos),
      to: positionLabel('lc-duplex', q.pos),
      flips: p.pos !== q.pos,
    });
  }
  return out;
}

/** One array element of a parallel path and what it does to the fiber order (§6.3). */
export interface ArrayElement {
  readonly label: string;
  readonly effect: 'straight' | 'reverses' | 'pair-flips' | 'unknown';
}

/**
 * Lists the array elements of a parallel fiber: cables by polarity type and MPO through-adapters
 * by orientation (key-up/key-up reverses). A parallel channel passes when the reversing count
 * is odd and the Type C count even (REFERENCE §0.5, §6.3).
 */
export function arrayElements(index: DesignIndex, fiber: FiberTrace): ArrayElement[] {
  const out: ArrayElement[] = [];
  for (const h of fiber.hops) {
    if (h.kind === 'cable') {
      const pol = index.cables.get(h.cable)?.part?.polarity;
      if (pol)
        out.push({
          label: hopName(index, h),
          effect: pol === 'A' ? 'straight' : pol === 'B' ? 'reverses' : 'pair-flips',
        });
      continue;
    }
    const dev = index.devices.get(h.device);
    const port = dev?.ports.get(h.in.port);
    if (port?.mate.kind === 'splice') {
      // A splice is identity by colour (REFERENCE-2 §15.2); a mis-splice shows as what its map does.
      const effect = spliceEffect(index, h);
      if (effect !== 'straight') out.push({ label: `${hopName(index, h)} splice`, effect });
      continue;
    }
    if (port?.mate.kind === 'through' && CONNECTOR_VARIANTS[port.accepts].family === 'mpo') {
      const a = port.mate.adapter;
      out.push({
        label: `${hopName(index, h)} ${port.label}`,
        effect: a === 'key-up-key-up' ? 'reverses' : a === 'key-up-key-down' ? 'straight' : 'unknown',
      });
    }
  }
  return out;
}

/**
 * What a splice device does to the fiber order between the two ports of a hop: its links between
 * those ports compared with the array rules over the fibers it joins (identity = `straight`).
 */
function spliceEffect(index: DesignIndex, h: Extract<Hop, { kind: 'device' }>): ArrayElement['effect'] {
  const links = index.devices.get(h.device)?.links;
  if (!links || links === 'unknown') return 'unknown';
  const map = new Map<number, number>();
  for (const [pos, slot] of links.get(h.in.port) ?? []) {
    const t = slot.targets.find((x) => x.port === h.out.port);
    if (t) map.set(pos, t.position);
  }
  // Rule over the joined fibers only: an n-fiber splice reverses when i ↔ n+1−i.
  const n = map.size;
  const reversed = [...map].every(([i, j]) => j === n + 1 - i);
  const type = identifyArrayType(map, 'spliced');
  return type === 'A' ? 'straight' : reversed ? 'reverses' : type === 'C' ? 'pair-flips' : 'unknown';
}

/**
 * Explains a polarity failure by the parity rules (REFERENCE §0.5, §4, §6.3): for a duplex
 * channel, every element between LC plug points and whether it flips A↔B, with the total
 * (a Tx at plug B reaches an Rx at plug A only through an odd number of flips); for a parallel
 * channel, the reversing and Type-C elements (the cabling must have an odd number of reversing
 * elements and an even number of Type-C elements). Returns an empty list for other kinds.
 */
export function explainPolarity(
  index: DesignIndex,
  kind: 'duplex' | 'parallel' | 'breakout' | 'partial' | 'link',
  fiber: FiberTrace | undefined,
): string[] {
  if (!fiber) return [];
  if (kind === 'duplex') {
    const flips = duplexFlips(index, fiber);
    if (flips.length === 0) return [];
    const n = flips.filter((f) => f.flips).length;
    return [
      ...flips.map((f) => `${f.label}: ${f.from} → ${f.to}${f.flips ? ' (flips A↔B)' : ' (no flip)'}`),
      `${n} flip${n === 1 ? '' : 's'} in all (${n % 2 === 1 ? 'odd: Tx reaches Rx' : 'even: Tx reaches Tx'}); a duplex channel needs an odd number (TIA-568.3-E; REFERENCE §0.5, §4)`,
    ];
  }
  if (kind === 'parallel') {
    const els = arrayElements(index, fiber);
    if (els.length === 0) return [];
    const rev = els.filter((e) => e.effect === 'reverses').length;
    const pf = els.filter((e) => e.effect === 'pair-flips').length;
    return [
      ...els.map((e) => `${e.label}: ${e.effect}`),
      `${rev} reversing element${rev === 1 ? '' : 's'} (needs odd) and ${pf} Type-C element${pf === 1 ? '' : 's'} (needs even) (REFERENCE §0.5, §6.3)`,
    ];
  }
  return [];
}

/**
 * Recognises the parallel connectivity method of a parallel channel's fiber (REFERENCE §6.3,
 * [S79]): cord – adapter – trunk – adapter – cord with **Method A** = Type-A trunk, one Type-B
 * and one Type-A cord ("only one Type B array patch cord"), and both adapters key-up/key-down;
 * **Method B** = Type-B trunk and Type-B cords at both ends, the two adapters of the same
 * orientation. Anything else (a direct cord, extra panels) is `none`.
 */
export function recognizeParallelMethod(index: DesignIndex, fiber: FiberTrace): ConnectivityMethod {
  const els = fiber.hops.map((h) => {
    if (h.kind === 'cable') return { cable: index.cables.get(h.cable)?.part?.polarity ?? '?' };
    const port = index.devices.get(h.device)?.ports.get(h.in.port);
    return { adapter: port?.mate.kind === 'through' ? port.mate.adapter : '?' };
  });
  if (els.length !== 5) return 'none';
  const [c1, a1, t, a2, c2] = els.map((e) => ('cable' in e ? e.cable : e.adapter)) as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (t === 'A' && a1 === 'key-up-key-down' && a2 === 'key-up-key-down' && [c1, c2].sort().join() === 'A,B') return 'A';
  if (t === 'B' && c1 === 'B' && c2 === 'B' && a1 === a2 && a1 !== '?') return 'B';
  return 'none';
}

/**
 * Recognises a breakout through Method U1/U2 modules (REFERENCE §6.4, [S3]: "Method U1 MPO-to-LC
 * modules are ideal for use as a breakout"): parallel transceiver — array cabling with an odd
 * number of reversing elements (a Type-B cable) — one MOD-U1/MOD-U1-8 (or MOD-U2) — one A-to-B
 * LC cord — duplex transceiver. Returns `U1`, `U2` or `none`.
 */
export function recognizeBreakoutMethod(index: DesignIndex, fiber: FiberTrace): ConnectivityMethod {
  const modules: { at: number; cls: ModuleClass }[] = [];
  fiber.hops.forEach((h, at) => {
    const p = h.kind === 'device' ? index.devices.get(h.device)?.part : undefined;
    if (p?.kind === 'module' && CASSETTE_CLASSES.has(p.moduleClass)) modules.push({ at, cls: p.moduleClass });
  });
  if (modules.length !== 1) return 'none';
  const { at, cls } = modules[0]!;
  const method = cls === 'MOD-U1' || cls === 'MOD-U1-8' || cls === 'MOD-U16' ? 'U1' : cls === 'MOD-U2' ? 'U2' : 'none';
  if (method === 'none') return 'none';
  const firstIsParallel =
    fiber.hops[0]?.kind === 'cable' && index.cables.get(fiber.hops[0].cable)?.part?.polarity !== undefined;
  const parallelSide = firstIsParallel ? fiber.hops.slice(0, at) : fiber.hops.slice(at + 1);
  const duplexSide = firstIsParallel ? fiber.hops.slice(at + 1) : fiber.hops.slice(0, at);
  const reversing = arrayElements(index, { ...fiber, hops: parallelSide }).filter(
    (e) => e.effect === 'reverses',
  ).length;
  const cords = duplexSide.map((h) => (h.kind === 'cable' ? index.cables.get(h.cable)?.part?.cordType : 'device'));
  return reversing % 2 === 1 && cords.length === 1 && cords[0] === 'A-to-B' ? method : 'none';
}
