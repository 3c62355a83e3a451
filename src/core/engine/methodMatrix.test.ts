/**
 * REFERENCE §5.4 (the 20-row duplex combination matrix), §6.3 (the 7-row parallel matrix) and
 * §5.3 method recognition, as table tests. Every row is also checked fiber by fiber against the
 * independent Appendix A model (fixtures/referenceModel.ts).
 *
 * Duplex rows (fixtures `duplexStructured`, circuits on front ports 1–6):
 *
 * ```text
 *  SW-1 cage p ──cord end-1── MOD end-1 ══ trunk (rear adapters folded into each module) ══ MOD end-2 ──cord end-2── SW-2 cage p
 * ```
 *
 * Parallel rows (fixtures `parallelPath`, 40GBASE-SR4 QSFP+ at both ends):
 *
 * ```text
 *  QSFP ──cord end-1 (ff)── [adapter] ──trunk (mm)── [adapter] ──cord end-2 (ff)── QSFP
 * ```
 */
import { describe, expect, it } from 'vitest';
import { CASSETTE_REAR_ADAPTER, type CanonicalModule12 } from '../catalogue/positionMaps';
import { REF_MODULES, refDuplexTrace, refParallelTrace, type RefArrayType } from '../fixtures/referenceModel';
import { arrayCable, duplexStructured, METHOD_RECIPES, mpoAdapter, parallelPath } from '../fixtures/topologies';
import { channelBetween, equipmentVerdictClasses, traceThrough, worstEquipmentVerdict } from '../fixtures/traceQueries';
import type { DeviceId } from '../ids';
import type { AdapterType, ArrayPolarity, DuplexCordType } from '../parts';
import { analyzeDesign } from '../analysis/analyze';
import type { PolarityVerdict } from './channels';
import { arrayElements, type ConnectivityMethod } from './method';

const ADAPTER: Readonly<Record<'A' | 'B', AdapterType>> = { A: 'key-up-key-down', B: 'key-up-key-up' };
const CORD: Readonly<Record<'AB' | 'AA', DuplexCordType>> = { AB: 'A-to-B', AA: 'A-to-A' };

/**
 * §5.4 rows: `# | trunk | rear adapters | module end-1 / end-2 | cord end-1 / end-2 | verdict |
 * method | port map`. PASS → ok; "warn: non-standard cords" and row 19 → non-standard-mix;
 * "warn: port remapped" → port-remapped; FAIL → tx-to-tx (every failing row has a circuit whose
 * transmitters face each other; the reference's "Tx→Tx on all 6 circuits" is asserted for row 3).
 */
const MATRIX_5_4 = [
  '1  | A | A   | MOD-A  / MOD-A  | AB / AA | ok               | A    | p',
  '2  | A | A   | MOD-A  / MOD-A  | AA / AB | ok               | A    | p',
  '3  | A | A   | MOD-A  / MOD-A  | AB / AB | tx-to-tx         | none | -',
  '4  | A | A   | MOD-A  / MOD-A  | AA / AA | tx-to-tx         | none | -',
  '5  | B | B   | MOD-B1 / MOD-B2 | AB / AB | ok               | B    | p',
  '6  | B | B   | MOD-B1 / MOD-B2 | AA / AA | non-standard-mix | none | p',
  '7  | B | B   | MOD-B1 / MOD-B2 | AB / AA | tx-to-tx         | none | -',
  '8  | B | B   | MOD-B1 / MOD-B1 | AB / AB | port-remapped    | none | 7-p',
  '9  | A | B   | MOD-B1 / MOD-B2 | AB / AB | tx-to-tx         | none | -',
  '10 | C | A   | MOD-A  / MOD-A  | AB / AB | ok               | C    | p',
  '11 | C | A   | MOD-A  / MOD-A  | AB / AA | tx-to-tx         | none | -',
  '12 | A | A   | MOD-A  / MOD-A  | AB / AB | tx-to-tx         | none | -',
  '13 | B | A   | MOD-A  / MOD-A  | AB / AB | port-remapped    | none | 7-p',
  '14 | B | A   | MOD-U1 / MOD-U1 | AB / AB | ok               | U1   | p',
  '15 | B | A   | MOD-U1 / MOD-U1 | AB / AA | tx-to-tx         | none | -',
  '16 | A | A   | MOD-U1 / MOD-U1 | AB / AB | tx-to-tx         | none | -',
  '17 | C | A   | MOD-U1 / MOD-U1 | AB / AB | tx-to-tx         | none | -',
  '18 | B | B   | MOD-U2 / MOD-U2 | AB / AB | ok               | U2   | p',
  '19 | B | A/B | MOD-U1 / MOD-U2 | AB / AB | non-standard-mix | none | p',
  '20 | B | A   | MOD-A  / MOD-U1 | AB / AB | tx-to-tx         | none | -',
].map((line) => {
  const [row, trunk, adapters, modules, cords, verdict, method, portMap] = line.split('|').map((c) => c.trim()) as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const [m1, m2] = modules.split('/').map((m) => m.trim()) as [CanonicalModule12, CanonicalModule12];
  const [c1, c2] = cords.split('/').map((c) => CORD[c.trim() as 'AB' | 'AA']) as [DuplexCordType, DuplexCordType];
  const [a1, a2 = a1] = adapters.split('/') as ['A' | 'B', ('A' | 'B')?];
  return {
    row: Number(row),
    trunk: trunk as ArrayPolarity,
    adapters: [ADAPTER[a1], ADAPTER[a2]] as const,
    m1,
    m2,
    c1,
    c2,
    verdict: verdict as PolarityVerdict,
    method: method as ConnectivityMethod,
    portMap,
  };
});

const refCord = (c: DuplexCordType) => (c === 'A-to-B' ? 'AB' : 'AA');

describe('REFERENCE §5.4 duplex combination matrix', () => {
  it.each(MATRIX_5_4)('row $row: trunk $trunk, $m1/$m2, $c1/$c2 → $verdict', (r) => {
    // The rear-adapter column is a property of each module class (§5.3), not a free choice.
    expect([CASSETTE_REAR_ADAPTER[r.m1], CASSETTE_REAR_ADAPTER[r.m2]]).toEqual(r.adapters);
    const topo = duplexStructured({ cord1: r.c1, module1: r.m1, trunk: r.trunk, module2: r.m2, cord2: r.c2 });
    const analysis = analyzeDesign(topo.design);
    expect(worstEquipmentVerdict(analysis)).toBe(r.verdict);
    expect(analysis.findings).toEqual([]);
    const pass = r.portMap !== '-';
    expect([...equipmentVerdictClasses(analysis)]).toEqual([pass ? (r.verdict === 'ok' ? 'pass' : 'warning') : 'fail']);
    for (const c of analysis.channels) expect(c.method).toBe(r.method);

    // Fiber by fiber against Appendix A `duplex_trace`.
    const portOf = new Map<DeviceId, [number, number]>();
    for (const [p, e] of Object.entries(topo.end1)) portOf.set(e.transceiver, [1, Number(p)]);
    for (const [p, e] of Object.entries(topo.end2)) portOf.set(e.transceiver, [2, Number(p)]);
    const ref = refDuplexTrace(
      refCord(r.c1),
      REF_MODULES[r.m1],
      r.trunk as RefArrayType,
      REF_MODULES[r.m2],
      refCord(r.c2),
    );
    for (const row of ref) {
      const t = traceThrough(analysis.fibers, topo.trunk, 0, row.j);
      const seen: Record<number, [number, 'Tx' | 'Rx']> = {};
      for (const term of [t.start, t.end]) {
        if (term.kind !== 'tx' && term.kind !== 'rx') throw new Error(`fiber ${row.j} ends at ${term.kind}`);
        const [end, p] = portOf.get(term.device)!;
        seen[end] = [p, term.kind === 'tx' ? 'Tx' : 'Rx'];
      }
      expect({ j: row.j, end1: seen[1], end2: seen[2] }).toEqual({
        j: row.j,
        end1: [row.port1, row.role1],
        end2: [row.port2, row.role2],
      });
    }

    // Port map of passing rows: end-1 port p is one channel with end-2 port p (or 7 − p).
    if (pass) {
      for (let p = 1; p <= 6; p++) {
        const q = r.portMap === 'p' ? p : 7 - p;
        expect(channelBetween(analysis, topo.end1[p]!.transceiver, topo.end2[q]!.transceiver)?.verdict).toBe(r.verdict);
      }
    }
    if (r.row === 3)
      expect(analysis.channels.map((c) => c.verdict)).toEqual(Array.from({ length: 6 }, () => 'tx-to-tx'));
  });
});

/** §6.3 rows: cord end-1, adapter, trunk, adapter, cord end-2, reversals, result. */
const MATRIX_6_3 = [
  'A | A | A | A | B | 1 | ok',
  'B | B | B | B | B | 5 | ok',
  'A | A | B | A | A | 1 | ok',
  'A | B | B | B | A | 3 | ok',
  'C | A | B | A | C | 1 | ok',
  'A | A | A | A | A | 0 | tx-to-tx',
  'B | B | A | B | B | 4 | tx-to-tx',
].map((line, i) => {
  const [c1, a1, t, a2, c2, rev, verdict] = line.split('|').map((c) => c.trim()) as [
    RefArrayType,
    'A' | 'B',
    RefArrayType,
    'A' | 'B',
    RefArrayType,
    string,
    PolarityVerdict,
  ];
  return {
    row: i + 1,
    elements: [
      ['cable', c1],
      ['adapter', a1],
      ['cable', t],
      ['adapter', a2],
      ['cable', c2],
    ] as const,
    reversals: Number(rev),
    typeC: [c1, t, c2].filter((x) => x === 'C').length,
    verdict,
    line,
  };
});

describe('REFERENCE §6.3 parallel links through MPO panels', () => {
  it.each(MATRIX_6_3)('row $row: $line', (r) => {
    const topo = parallelPath(r.elements.map(([kind, t]) => (kind === 'cable' ? arrayCable(t) : mpoAdapter(t))));
    const analysis = analyzeDesign(topo.design);
    expect(analysis.findings).toEqual([]);
    expect(analysis.channels.map((c) => [c.kind, c.verdict])).toEqual([['parallel', r.verdict]]);
    const channel = analysis.channels[0]!;
    // Parity explanation (§0.5): reversing elements and Type C elements on a lit fiber.
    const lit = channel.fibers.find((f) => f.start.kind === 'tx')!;
    const effects = arrayElements(analysis.index, lit).map((e) => e.effect);
    expect(effects).toHaveLength(5);
    expect(effects.filter((e) => e === 'reverses')).toHaveLength(r.reversals);
    expect(effects.filter((e) => e === 'pair-flips')).toHaveLength(r.typeC);
    // Lane by lane against Appendix A `parallel_trace`: Tx lane k lands on the model's role/lane.
    const ref = refParallelTrace(r.elements);
    for (let lane = 0; lane < 4; lane++) {
      const f = channel.fibers.find(
        (x) => x.start.kind === 'tx' && x.start.device === topo.a && x.start.lane === lane,
      )!;
      const [role, refLane] = ref[lane]!;
      expect(f.end).toMatchObject({ kind: role.toLowerCase(), device: topo.b, lane: refLane });
    }
  });
});

describe('REFERENCE §5.3 method recognition', () => {
  it.each(Object.entries(METHOD_RECIPES))(
    'the Method %s golden channel reports its method on every circuit',
    (method, recipe) => {
      const analysis = analyzeDesign(duplexStructured(recipe).design);
      expect(analysis.channels.map((c) => [c.verdict, c.method])).toEqual(
        Array.from({ length: 6 }, () => ['ok', method]),
      );
    },
  );

  it('Method U1 is recognised in single-mode (APC MPO, OS2, GT-09a)', () => {
    const analysis = analyzeDesign(duplexStructured({ ...METHOD_RECIPES.U1, medium: 'single-mode' }).design);
    expect(analysis.channels.map((c) => [c.verdict, c.method])).toEqual(Array.from({ length: 6 }, () => ['ok', 'U1']));
  });

  it('the cord order does not matter for Method A (A-to-A at end 1, A-to-B at end 2)', () => {
    const analysis = analyzeDesign(duplexStructured({ ...METHOD_RECIPES.A, cord1: 'A-to-A', cord2: 'A-to-B' }).design);
    expect(new Set(analysis.channels.map((c) => c.method))).toEqual(new Set(['A']));
  });

  it('Method B is recognised with MOD-B2 at end 1 and MOD-B1 at end 2', () => {
    const analysis = analyzeDesign(
      duplexStructured({ ...METHOD_RECIPES.B, module1: 'MOD-B2', module2: 'MOD-B1' }).design,
    );
    expect(analysis.channels.map((c) => [c.verdict, c.method])).toEqual(Array.from({ length: 6 }, () => ['ok', 'B']));
  });

  it('a direct Type-B cord between parallel transceivers follows no method', () => {
    expect(analyzeDesign(parallelPath([arrayCable('B')]).design).channels.map((c) => c.method)).toEqual(['none']);
  });

  /*
   * §6.3 parallel methods [S79]:
   *   SR4 ─cord─[adapter]═trunk═[adapter]─cord─ SR4
   *   Method A: A | key-up/key-down | A | key-up/key-down | B  (exactly one Type-B cord)
   *   Method B: B | same orientation | B | same orientation | B
   */
  it.each([
    ['A', 'A', 'A', 'A', 'B', 'A'],
    ['B', 'A', 'A', 'A', 'A', 'A'],
    ['B', 'B', 'B', 'B', 'B', 'B'],
    ['B', 'A', 'B', 'A', 'B', 'B'],
    ['A', 'A', 'B', 'A', 'A', 'none'],
    ['A', 'B', 'B', 'B', 'A', 'none'],
  ] as const)(
    'parallel cords %s, adapter %s, trunk %s, adapter %s, cord %s → Method %s',
    (c1, a1, t, a2, c2, method) => {
      const topo = parallelPath([arrayCable(c1), mpoAdapter(a1), arrayCable(t), mpoAdapter(a2), arrayCable(c2)]);
      const ch = analyzeDesign(topo.design).channels[0]!;
      expect([ch.verdict, ch.method]).toEqual(['ok', method]);
    },
  );

  it.each<CanonicalModule12>(['MOD-A', 'MOD-U1'])(
    'Base-8 MOD-U1-8 pairs like MOD-U1 (§5.2): %s at the far end',
    (far) => {
      const analysis = analyzeDesign(
        duplexStructured({
          cord1: 'A-to-B',
          module1: 'MOD-U1-8',
          trunk: 'B',
          module2: far,
          cord2: 'A-to-B',
          ports: [1, 2, 3, 4],
        }).design,
      );
      const verdicts = analysis.channels.filter((c) => c.kind === 'duplex').map((c) => [c.verdict, c.method]);
      expect(verdicts).toEqual(
        far === 'MOD-U1'
          ? Array.from({ length: 4 }, () => ['ok', 'U1'])
          : expect.arrayContaining([['tx-to-tx', 'none']]),
      );
    },
  );
});
