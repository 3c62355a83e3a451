/**
 * The channel diagram model on golden topologies, asserted by value. Expected positions are the
 * worked examples of REFERENCE §5.5 (duplex methods), §6.3 (parallel Method B) and §6.4 (breakout
 * through MOD-U1), written out here by hand; expected flips follow the parity rules of §0.5/§4.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../analysis/analyze';
import type { AnalysedChannel, Analysis } from '../analysis/analyze';
import {
  arrayCable,
  breakoutU1,
  duplexStructured,
  METHOD_RECIPES,
  mpoAdapter,
  parallelPath,
} from '../fixtures/topologies';
import { cassetteLinks } from '../fieldTest/fixtures/linkDesigns';
import type { Design } from '../design';
import { channelDiagram, fitText, DIAGRAM_GEOMETRY, type ChannelDiagram } from './channelDiagram';

const equipment = (a: Analysis): AnalysedChannel => {
  const c = a.channels.find((x) => x.kind === 'duplex' || x.kind === 'parallel' || x.kind === 'breakout');
  if (!c) throw new Error('no equipment channel');
  return c;
};

/** The positions of one fiber at every mated pair, left to right. */
const positionsOf = (d: ChannelDiagram, fiber: number): string[] =>
  d.joints.map((j) => j.positions.find((p) => p.fiber === fiber)?.text ?? '·');

/** The fiber whose left-end role is `role` (e.g. `Tx`, `Tx0`). */
const fiberWithLeftRole = (d: ChannelDiagram, role: string): number => {
  const r = d.roles.find((x) => x.side === 'a' && x.text === role);
  if (!r) throw new Error(`no fiber with role ${role} at the left end`);
  return r.fiber;
};

const summary = (d: ChannelDiagram) => d.boxes.map((b) => `${b.kind}:${b.polarity}`);

interface Golden {
  readonly name: string;
  readonly design: () => Design;
  /** Boxes left to right: kind and polarity type. */
  readonly boxes: readonly string[];
  /** The fiber transmitting from the left end: its role there and its position at each pair. */
  readonly txRole: string;
  readonly txPositions: readonly string[];
  /** The fiber received at the left end. */
  readonly rxRole: string;
  readonly rxPositions: readonly string[];
  readonly marks: readonly string[];
  readonly parity: 'pass' | 'fail' | null;
  /** Role of the far end of the transmitting fiber, and that fiber's outcome class. */
  readonly far: string;
  readonly outcome: 'pass' | 'fail';
}

const DUPLEX_BOXES = (c1: string, m1: string, t: string, m2: string, c2: string) => [
  'transceiver:10GBASE-SR',
  `duplex-cord:${c1}`,
  `cassette:${m1}`,
  `trunk:${t}`,
  `cassette:${m2}`,
  `duplex-cord:${c2}`,
  'transceiver:10GBASE-SR',
];

const GOLDENS: readonly Golden[] = [
  {
    // SW-1 ─A-to-B─ MOD-A ══Type A══ MOD-A ─A-to-A─ SW-2   (REFERENCE §5.5.1, port 1)
    name: 'Method A (passes)',
    design: () => duplexStructured({ ...METHOD_RECIPES.A, ports: [1] }).design,
    boxes: DUPLEX_BOXES('A-to-B', 'MOD-A', 'Type A', 'MOD-A', 'A-to-A'),
    // Tx at plug B → cord → A at port 1 → trunk 1 → 1 → 1A → A-to-A cord → plug A (Rx).
    txRole: 'Tx',
    txPositions: ['B', 'A', '1', '1', 'A', 'A'],
    // Far end transmits on B → A-to-A → 1B → trunk 2 → 2 → 1B → A-to-B → plug A here.
    rxRole: 'Rx',
    rxPositions: ['A', 'B', '2', '2', 'B', 'B'],
    marks: ['flip', 'no-flip', 'no-flip', 'straight'],
    parity: 'pass',
    far: 'Rx',
    outcome: 'pass',
  },
  {
    // SW-1 ─A-to-B─ MOD-A ══Type A══ MOD-A ─A-to-B─ SW-2   (§5.4 row 3: Tx→Tx)
    name: 'Method A with two A-to-B cords (fails)',
    design: () =>
      duplexStructured({ ...METHOD_RECIPES.A, cord2: 'A-to-B', ports: [1], name: 'Method A, wrong cord' }).design,
    boxes: DUPLEX_BOXES('A-to-B', 'MOD-A', 'Type A', 'MOD-A', 'A-to-B'),
    txRole: 'Tx',
    txPositions: ['B', 'A', '1', '1', 'A', 'B'],
    rxRole: 'Rx',
    rxPositions: ['A', 'B', '2', '2', 'B', 'A'],
    marks: ['flip', 'no-flip', 'flip', 'straight'],
    parity: 'fail',
    far: 'Tx',
    outcome: 'fail',
  },
  {
    // SW-1 ─A-to-B─ MOD-B1 ══Type B══ MOD-B2 ─A-to-B─ SW-2   (§5.5.2, port 1: trunk 12 → 1)
    name: 'Method B (passes)',
    design: () => duplexStructured({ ...METHOD_RECIPES.B, ports: [1] }).design,
    boxes: DUPLEX_BOXES('A-to-B', 'MOD-B1', 'Type B', 'MOD-B2', 'A-to-B'),
    txRole: 'Tx',
    txPositions: ['B', 'A', '12', '1', 'B', 'A'],
    // §5.5.2 trunk fiber 11: end-2 port 1 Tx → 1A → trunk 2 (end 2) → 11 (end 1) → 1B → plug A.
    rxRole: 'Rx',
    rxPositions: ['A', 'B', '11', '2', 'A', 'B'],
    marks: ['flip', 'flip', 'flip', 'reverses'],
    parity: 'pass',
    far: 'Rx',
    outcome: 'pass',
  },
  {
    // SW-A QSFP ══Type B (f|m)══ MOD-U1 front 1 ─A-to-B─ SW-B SFP 1   (§6.4, lane 0 ↔ port 1)
    name: 'Breakout 40GBASE-SR4 → 10GBASE-SR through MOD-U1',
    design: () => breakoutU1({ legs: [1] }).design,
    boxes: [
      'transceiver:40GBASE-SR4',
      'array-cable:Type B',
      'cassette:MOD-U1',
      'duplex-cord:A-to-B',
      'transceiver:10GBASE-SR',
    ],
    // Tx0 at plug 12 → cable → module rear 1 → 1B → cord → SFP plug A (Rx).
    txRole: 'Tx0',
    txPositions: ['12', '1', 'B', 'A'],
    // SFP Tx (plug B) → cord → 1A → rear 12 → cable → QSFP plug 1 (Rx0).
    rxRole: 'Rx0',
    rxPositions: ['1', '12', 'A', 'B'],
    marks: ['flip', 'reverses'],
    parity: null,
    far: 'Rx',
    outcome: 'pass',
  },
  {
    // SW-1 ─B─ [key-up/key-up] ══B══ [key-up/key-up] ─B─ SW-2   (§6.3 row "B B B B B": 5 reversals)
    name: 'Parallel Method B through two Type B adapter plates',
    design: () =>
      parallelPath([arrayCable('B'), mpoAdapter('B'), arrayCable('B'), mpoAdapter('B'), arrayCable('B')]).design,
    boxes: [
      'transceiver:40GBASE-SR4',
      'array-cable:Type B',
      'adapter:Type B adapter',
      'trunk:Type B',
      'adapter:Type B adapter',
      'array-cable:Type B',
      'transceiver:40GBASE-SR4',
    ],
    // Tx0 at plug 12 (§6.1) reversed five times: 12 → 1 → 12 → 1 → 12 → 1 = Rx0.
    txRole: 'Tx0',
    txPositions: ['12', '1', '12', '1', '12', '1'],
    rxRole: 'Rx0',
    rxPositions: ['1', '12', '1', '12', '1', '12'],
    marks: ['reverses', 'reverses', 'reverses', 'reverses', 'reverses'],
    parity: 'pass',
    far: 'Rx0',
    outcome: 'pass',
  },
];

describe('channelDiagram on golden topologies', () => {
  it.each(GOLDENS)('$name', (g) => {
    const a = analyzeDesign(g.design());
    const d = channelDiagram(a, equipment(a));
    expect(summary(d)).toEqual(g.boxes);
    const tx = fiberWithLeftRole(d, g.txRole);
    const rx = fiberWithLeftRole(d, g.rxRole);
    expect(positionsOf(d, tx)).toEqual(g.txPositions);
    expect(positionsOf(d, rx)).toEqual(g.rxPositions);
    expect(d.marks.map((m) => m.kind)).toEqual(g.marks);
    expect(d.parity?.cls ?? null).toBe(g.parity);
    const far = d.roles.find((r) => r.side === 'b' && r.fiber === tx);
    expect(far?.text).toBe(g.far);
    expect(far?.cls).toBe(g.outcome);
    // One box per element, left to right with the same width and a gap; every joint between two boxes.
    d.boxes.forEach((b, i) => {
      expect(b.w).toBe(DIAGRAM_GEOMETRY.boxW);
      if (i > 0) expect(b.x - d.boxes[i - 1]!.x).toBe(DIAGRAM_GEOMETRY.boxW + DIAGRAM_GEOMETRY.gap);
    });
    d.joints.forEach((j, i) => expect(j.x).toBe(d.boxes[i]!.x + DIAGRAM_GEOMETRY.boxW + DIAGRAM_GEOMETRY.gap / 2));
    expect(d.width).toBe(d.boxes.at(-1)!.x + DIAGRAM_GEOMETRY.boxW + DIAGRAM_GEOMETRY.margin);
  });

  it('draws each cable fiber in its TIA-598 colour: Type B trunk fiber 12 (Aqua) carries the Method B port-1 Tx', () => {
    // §2: colour belongs to the fiber; the trunk fiber at end-1 position 12 is fiber 12, Aqua (#2ec4c4).
    const a = analyzeDesign(duplexStructured({ ...METHOD_RECIPES.B, ports: [1] }).design);
    const d = channelDiagram(a, equipment(a));
    const tx = fiberWithLeftRole(d, 'Tx');
    const trunkBox = d.boxes.find((b) => b.kind === 'trunk')!;
    const inTrunk = d.lanes.find(
      (l) =>
        l.fiber === tx && l.inCable && l.points[0]![0] < trunkBox.x && l.points.at(-1)![0] > trunkBox.x + trunkBox.w,
    );
    expect(inTrunk?.title).toBe('Fiber 12 Aqua');
    expect(inTrunk?.colour).toBe('#2ec4c4');
    // The lane crosses inside the trunk: row of position 12 on the left, row of position 1 on the right.
    expect(inTrunk!.points[0]![1]).toBeGreaterThan(inTrunk!.points.at(-1)![1]);
  });

  it('reads gender and polish per side of each element (left | right as drawn)', () => {
    // Breakout: the Type B cable is male at the module (end A) and female at the QSFP (end B); drawn QSFP → module.
    const a = analyzeDesign(breakoutU1({ legs: [1] }).design);
    const d = channelDiagram(a, equipment(a));
    const left = d.boxes[0]!.name.startsWith('SW-A');
    const cable = d.boxes.find((b) => b.kind === 'array-cable')!;
    expect(cable.gender).toBe(left ? 'female | male' : 'male | female');
    expect(cable.polish).toBe('UPC');
    const cassette = d.boxes.find((b) => b.kind === 'cassette')!;
    expect(cassette.connector).toBe(left ? 'MPO-12 | LC' : 'LC | MPO-12');
    expect(cassette.gender).toBe(left ? 'female | —' : '— | female');
    expect(cassette.unverified).toBe(true); // MOD-U1's map is UNVERIFIED (§5.2)
  });
});

describe('where a failing channel goes wrong', () => {
  const failing = () => {
    const t = duplexStructured({ ...METHOD_RECIPES.A, cord2: 'A-to-B', ports: [1] });
    const a = analyzeDesign(t.design);
    return { t, a, c: equipment(a) };
  };
  it('without a fix: the parity (two flips, even), no single element', () => {
    const { a, c } = failing();
    const d = channelDiagram(a, c);
    expect(c.verdict).toBe('tx-to-tx');
    expect(d.fault?.kind).toBe('parity');
    expect(d.fault?.box).toBeNull();
    expect(d.boxes.every((b) => b.tone === 'normal')).toBe(true);
  });
  it('with a proposed fix: the element it replaces is the fault', () => {
    const { t, a, c } = failing();
    const cord2 = t.end2[1]!.cord;
    const d = channelDiagram(a, c, {
      fix: { target: { kind: 'cable', id: cord2 }, text: 'Replace CORD-2.1 with A-to-A' },
    });
    const i = d.boxes.findIndex((b) => b.ref.kind === 'cable' && b.ref.id === cord2);
    expect(i).toBe(5);
    expect(d.fault).toMatchObject({ kind: 'fix', box: 5 });
    expect(d.boxes[5]!.tone).toBe('fault');
    expect(d.boxes.filter((b) => b.tone !== 'normal')).toHaveLength(1);
  });
  it('a previewed fix marks the replaced element on the channel after the fix', () => {
    const { t } = failing();
    const cord2 = t.end2[1]!.cord;
    const fixed = analyzeDesign({
      ...t.design,
      cables: { ...t.design.cables, [cord2]: { ...t.design.cables[cord2]!, part: 'cable/lc-duplex-aa-upc' as never } },
    });
    const d = channelDiagram(fixed, equipment(fixed), {
      preview: { target: { kind: 'cable', id: cord2 }, text: 'A-to-A' },
    });
    expect(d.verdict.cls).toBe('pass');
    expect(d.fault).toBeNull();
    expect(d.boxes[5]).toMatchObject({ tone: 'fix', polarity: 'A-to-A' });
    expect(d.parity?.cls).toBe('pass');
  });
  it('a broken mating rule marks its mated pair: male trunk into a male cassette rear (V1)', () => {
    // MOD-A rears male + a male/male trunk: V1 at both module rears (§1.8).
    const t = duplexStructured({ ...METHOD_RECIPES.A, ports: [1], rearGender: 'male' });
    const a = analyzeDesign(t.design);
    const d = channelDiagram(a, equipment(a));
    expect(d.verdict.text).toBe('Invalid mating');
    const bad = d.joints.flatMap((j, i) => (j.finding ? [`${i}:${j.finding.rules}:${j.finding.cls}`] : []));
    expect(bad).toEqual(['2:V1:fail', '3:V1:fail']);
    expect(d.fault).toMatchObject({ kind: 'mating', joint: 2 });
  });
});

describe('a passive link', () => {
  //   R12-P1-C1 Port1 [LC│MOD-A│MPO] ═══ Type-A trunk 90 m ═══ [MPO│MOD-A│LC] R14-P1-C1 Port1
  //   (both fronts open: no transmitter anywhere)
  it('counts its flips but never applies the Tx/Rx parity rule (open, not fail)', () => {
    const a = analyzeDesign(cassetteLinks(90));
    const link = a.channels.find((c) => c.kind === 'link')!;
    const d = channelDiagram(a, link);
    expect(d.verdict.cls).toBe('open');
    expect(d.parity?.cls).toBe('open');
    expect(d.parity?.text).not.toContain('Tx meets Tx');
    expect(d.parity?.text).toContain('no transmitter at both ends');
  });
});

describe('fitText', () => {
  it.each([
    ['Duplex cord OM4', 96, 'Duplex cord OM4'],
    ['Conversion cable OM4', 96, 'Conversion cab…'],
    ['ABCDEFGH', 30, 'ABC…'],
    ['X', 4, 'X'],
  ])('%s in %d px', (text, w, out) => expect(fitText(text, w, 11, false)).toBe(out));
});
