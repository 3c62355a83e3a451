/**
 * REFERENCE-2 §17 golden polarity and validity cases GT-17 … GT-23 and GT-27 … GT-29, each with
 * its (b)/(c) variants, table-driven. Expected values are the reference's, written here by hand;
 * the Appendix B oracle (fixtures/referenceModelB.ts, which shares no code with the engine) is
 * run on the same element lists and must agree. Topologies are drawn in fixtures/goldens2026.ts
 * and repeated in each table below. Loss values of the same cases: loss/goldens2026.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { makeCassette } from '../catalogue/modules';
import {
  abCord,
  apcArray,
  breakout2026,
  gt17,
  gt21,
  gt22,
  gt23,
  gt27f,
  mpoPlate,
  parallel2026,
  X26,
} from '../fixtures/goldens2026';
import { REF_MOD_A } from '../fixtures/referenceModel';
import {
  refBreakoutTrace,
  refCompose,
  refIdentifyArrayType,
  refModU,
  refParallelTraceN,
  type RefElement,
} from '../fixtures/referenceModelB';
import type { DeviceId } from '../ids';
import { analyzeDesign, type Analysis } from '../analysis/analyze';
import type { PolarityVerdict } from './channels';
import { splicedTrunks, spliceCountOf } from './splices';
import type { Termination } from './trace';

/** Where each Tx lane of `from` lands: `Rx0`, `Tx1`, `dark-mdi`, … (far device name when several). */
function landings(a: Analysis, from: DeviceId, lanes: number, far?: readonly DeviceId[]): string[] {
  const name = (id: DeviceId) => a.index.devices.get(id)?.device.name ?? id;
  return Array.from({ length: lanes }, (_, k) => {
    const isTx = (t: Termination) => t.kind === 'tx' && t.device === from && t.lane === k;
    const f = a.fibers.find((x) => isTx(x.start) || isTx(x.end));
    if (!f) return 'missing';
    const e = isTx(f.start) ? f.end : f.start;
    if (e.kind !== 'tx' && e.kind !== 'rx') return e.kind;
    const who = far && far.length > 1 ? `${name(e.device)} ` : '';
    return `${who}${e.kind === 'tx' ? 'Tx' : 'Rx'}${e.lane}`;
  });
}

/** Verdicts of the channels with transceivers at both ends, sorted. */
const equipmentVerdicts = (a: Analysis): string[] =>
  a.channels
    .filter((c) => c.a.transceiver && c.b.transceiver)
    .map((c) => c.verdict)
    .sort();

const rules = (a: Analysis): string[] =>
  [...new Set(a.findings.filter((f) => f.severity === 'invalid').map((f) => f.rule))].sort();

describe('GT-17 MDC duplex Method A (OS2, FR1 on MDC ports)', () => {
  /*
   *   FR1-p ─MDC A-to-B 2 m─ [MOD-A-MDC] ═Type A MTP-12/APC f/f 150 m═ [MOD-A-MDC] ─MDC cord2 2 m─ FR1'-p
   */
  it.each([
    { id: 'GT-17 A-to-B / A-to-A', cord2: 'A-to-A', verdicts: Array(6).fill('ok'), rules: [], method: 'A' },
    { id: 'GT-17b A-to-B both ends', cord2: 'A-to-B', verdicts: Array(6).fill('tx-to-tx'), rules: [], method: 'none' },
  ] as const)('$id', ({ cord2, verdicts, rules: want, method }) => {
    const g = gt17({ cord2 });
    const a = analyzeDesign(g.design);
    expect(equipmentVerdicts(a)).toEqual(verdicts);
    expect(rules(a)).toEqual(want);
    // Port p reaches port p: every channel joins FR1-p and FR1'-p (6 circuits).
    for (let p = 0; p < 6; p++) {
      const ch = a.channels.find((c) => c.a.transceiver === g.near[p] || c.b.transceiver === g.near[p]);
      expect([ch?.a.transceiver, ch?.b.transceiver].sort()).toEqual([g.near[p], g.far[p]].sort());
      expect(ch?.method).toBe(method);
    }
  });

  it('the oracle agrees: Appendix A duplex_trace with MOD-A maps (odd fibers Tx→Tx, even Rx→Rx when b)', async () => {
    const { refDuplexTrace } = await import('../fixtures/referenceModel');
    expect(refDuplexTrace('AB', REF_MOD_A(), 'A', REF_MOD_A(), 'AA').every((r) => r.ok)).toBe(true);
    const b = refDuplexTrace('AB', REF_MOD_A(), 'A', REF_MOD_A(), 'AB');
    expect(b.map((r) => `${r.role1}${r.role2}`)).toEqual(Array(6).fill(['TxTx', 'RxRx']).flat());
  });

  it('GT-17c male/male trunk into male rears → INVALID V1', () => {
    const a = analyzeDesign(gt17({ trunkGenders: 'mm' }).design);
    expect(rules(a)).toEqual(['V1']);
    expect(equipmentVerdicts(a)).toEqual(Array(6).fill('invalid'));
  });
});

/** MOD-U1-MDC / MOD-A-MDC with a male APC rear behind a Type-A adapter (REFERENCE-2 §13.5). */
const mdcModule = (moduleClass: 'MOD-U1' | 'MOD-A') =>
  makeCassette({
    moduleClass,
    rearGender: 'male',
    rearPolish: 'APC',
    fiberType: 'OS2',
    front: 'mdc-duplex',
    lossGrade: 'tia-max',
  });

describe('GT-18 400GBASE-DR4 → 4 × 100G-DR on MDC', () => {
  /*
   *   DR4 (MPO-12/APC m) ─trunk f/f 60 m─ [MOD-x-MDC] ─MDC A-to-B 3 m─ DR-1 … DR-k (MDC)
   */
  const cases = [
    {
      id: 'GT-18 Type-B trunk, MOD-U1-MDC',
      trunk: 'B',
      module: 'MOD-U1',
      ports: 4,
      els: [['cable', 'B']],
      oracle: refModU(12),
      lands: ['D-1 Rx0', 'D-2 Rx0', 'D-3 Rx0', 'D-4 Rx0'],
      verdicts: ['ok', 'ok', 'ok', 'ok'],
    },
    {
      id: 'GT-18b Type-B trunk, MOD-A-MDC (FS "Type A")',
      trunk: 'B',
      module: 'MOD-A',
      ports: 4,
      els: [['cable', 'B']],
      oracle: REF_MOD_A(),
      // lane 0 → port 1 at its Tx; lane 1 → port 1 Rx; lanes 2/3 likewise on port 2 (REFERENCE-2 GT-18b).
      lands: ['D-1 Tx0', 'D-1 Rx0', 'D-2 Tx0', 'D-2 Rx0'],
      verdicts: ['tx-to-dark', 'tx-to-dark', 'tx-to-tx', 'tx-to-tx'],
    },
    {
      id: 'GT-18c Type-A trunk, MOD-A-MDC',
      trunk: 'A',
      module: 'MOD-A',
      ports: 6,
      els: [['cable', 'A']],
      oracle: REF_MOD_A(),
      // lane 0 → port 6 Rx (REFERENCE-2 GT-18c), port 6 Tx → DR4 Tx1; ports 1–2 carry the DR4's
      // receivers (Rx→Rx), ports 3–4 its dark positions 5–8.
      lands: ['D-6 Rx0', 'D-6 Tx0', 'D-5 Rx0', 'D-5 Tx0'],
      verdicts: ['rx-to-rx', 'rx-to-rx', 'tx-to-dark', 'tx-to-dark', 'tx-to-tx', 'tx-to-tx'],
    },
  ] as const;
  it.each(cases)('$id', ({ trunk, module, ports, els, oracle, lands, verdicts }) => {
    const g = breakout2026({
      parallel: X26.dr4,
      duplex: X26.drMdc,
      array: apcArray(trunk, 'mpo-12'),
      arrayM: 60,
      module: mdcModule(module),
      cord: abCord('mdc-duplex'),
      cordM: 3,
      ports,
      fiberType: 'OS2',
    });
    const a = analyzeDesign(g.design);
    expect(landings(a, g.near[0]!, 4, g.far)).toEqual(lands);
    expect(equipmentVerdicts(a)).toEqual([...verdicts].sort());
    expect(rules(a)).toEqual([]);
    // Oracle: lane k reaches port k+1 at its Rx and returns to Rx k exactly when the engine passes.
    const ref = refBreakoutTrace(12, 4, els as readonly RefElement[], oracle);
    const refPass = ref.every((l, k) => l.forward === 'Rx' && l.back === `Rx${k}`);
    expect(refPass).toBe(verdicts.every((v) => v === 'ok'));
    expect(ref.map((l) => `D-${l.port} ${l.forward}0`)).toEqual(lands);
  });
});

describe('GT-19 / GT-29 / GT-28 800G and 1.6T over MPO-16/APC', () => {
  /*
   *   GT-19  SR8 ─B cord f/f 3 m─[A adapter]═B trunk m/m 80 m═[A adapter]─B cord f/f 3 m─ SR8
   *   GT-29  SR8 ─Type C MPO-16 cord─ SR8
   *   GT-28  VR8 ─B cord 60 m OM4─ VR8 ;  1.6T DR8 ─B cord 300 m OS2─ 1.6T DR8
   */
  const B = (genders: 'ff' | 'mm' = 'ff') => apcArray('B', 'mpo-16', genders, 'low-loss');
  const cases: readonly {
    id: string;
    transceiver: string;
    runs: readonly ReturnType<typeof B>[];
    plates?: 'A' | 'B';
    els: readonly RefElement[];
    verdict: PolarityVerdict;
    rules: readonly string[];
    lands: readonly string[];
  }[] = [
    {
      id: 'GT-19 three reversals',
      transceiver: X26.sr8,
      runs: [B(), B('mm'), B()],
      plates: 'A',
      els: [
        ['cable', 'B'],
        ['adapter', 'A'],
        ['cable', 'B'],
        ['adapter', 'A'],
        ['cable', 'B'],
      ],
      verdict: 'ok',
      rules: [],
      lands: ['Rx0', 'Rx1', 'Rx2', 'Rx3', 'Rx4', 'Rx5', 'Rx6', 'Rx7'],
    },
    {
      id: 'GT-19b key-up/key-up adapters with APC → INVALID V4',
      transceiver: X26.sr8,
      runs: [B(), B('mm'), B()],
      plates: 'B',
      els: [
        ['cable', 'B'],
        ['adapter', 'B'],
        ['cable', 'B'],
        ['adapter', 'B'],
        ['cable', 'B'],
      ],
      verdict: 'invalid',
      rules: ['V4'],
      lands: ['Rx0', 'Rx1', 'Rx2', 'Rx3', 'Rx4', 'Rx5', 'Rx6', 'Rx7'],
    },
    {
      id: 'GT-19c end-2 cord Type A → Tx_k → Tx_k',
      transceiver: X26.sr8,
      runs: [B(), B('mm'), apcArray('A', 'mpo-16', 'ff', 'low-loss')],
      plates: 'A',
      els: [
        ['cable', 'B'],
        ['adapter', 'A'],
        ['cable', 'B'],
        ['adapter', 'A'],
        ['cable', 'A'],
      ],
      verdict: 'tx-to-tx',
      rules: [],
      lands: ['Tx0', 'Tx1', 'Tx2', 'Tx3', 'Tx4', 'Tx5', 'Tx6', 'Tx7'],
    },
    {
      id: 'GT-29 one Type-C MPO-16 cord',
      transceiver: X26.sr8,
      runs: [apcArray('C', 'mpo-16', 'ff', 'low-loss')],
      els: [['cable', 'C']],
      verdict: 'tx-to-tx',
      rules: [],
      lands: ['Tx1', 'Tx0', 'Tx3', 'Tx2', 'Tx5', 'Tx4', 'Tx7', 'Tx6'],
    },
    {
      id: 'GT-28a 800GBASE-VR8 Type-B cord',
      transceiver: X26.vr8,
      runs: [B()],
      els: [['cable', 'B']],
      verdict: 'ok',
      rules: [],
      lands: ['Rx0', 'Rx1', 'Rx2', 'Rx3', 'Rx4', 'Rx5', 'Rx6', 'Rx7'],
    },
    {
      id: 'GT-28c 1.6TBASE-DR8 Type-B cord, 8 lanes',
      transceiver: X26.dr8t,
      runs: [B()],
      els: [['cable', 'B']],
      verdict: 'ok',
      rules: [],
      lands: ['Rx0', 'Rx1', 'Rx2', 'Rx3', 'Rx4', 'Rx5', 'Rx6', 'Rx7'],
    },
  ];
  it.each(cases)('$id', ({ transceiver, runs, plates, els, verdict, rules: want, lands }) => {
    const g = parallel2026({
      transceiver,
      runs: runs.map((part) => ({ part, lengthM: 3 })),
      ...(plates ? { panels: [mpoPlate('mpo-16', plates), mpoPlate('mpo-16', plates)] } : {}),
      fiberType: transceiver === X26.dr8t ? 'OS2' : 'OM4',
    });
    const a = analyzeDesign(g.design);
    expect(landings(a, g.near[0]!, 8)).toEqual(lands);
    expect(equipmentVerdicts(a)).toEqual([verdict]);
    expect(rules(a)).toEqual(want);
    expect(refParallelTraceN(els, 16, 8)).toEqual(lands);
  });
});

describe('GT-20 800GBASE-DR8 → 8 × 100GBASE-DR through MOD-U16', () => {
  /*
   *   DR8 (MPO-16/APC m) ─Type B f/f 200 m─ [MOD-U16] ─LC A-to-B 2 m─ DR-1 … DR-8
   */
  it('lane k ↔ port k+1 for k = 0…7, forward to the port Rx and back onto Rx k', () => {
    const g = breakout2026({
      parallel: X26.dr8,
      duplex: X26.dr,
      array: apcArray('B', 'mpo-16'),
      arrayM: 200,
      module: makeCassette({
        moduleClass: 'MOD-U16',
        rearGender: 'male',
        rearPolish: 'APC',
        fiberType: 'OS2',
        lossGrade: 'tia-max',
      }),
      cord: abCord('lc-duplex'),
      cordM: 2,
      ports: 8,
      fiberType: 'OS2',
    });
    const a = analyzeDesign(g.design);
    expect(landings(a, g.near[0]!, 8, g.far)).toEqual(Array.from({ length: 8 }, (_, k) => `D-${k + 1} Rx0`));
    expect(equipmentVerdicts(a)).toEqual(Array(8).fill('ok'));
    expect(new Set(a.channels.filter((c) => c.kind === 'breakout').map((c) => c.method))).toEqual(new Set(['U1']));
    // Every leg's return: the port's Tx reaches DR8 Rx k.
    for (let k = 0; k < 8; k++) {
      const back = a.fibers.find((f) => f.start.kind === 'tx' && f.start.device === g.far[k]);
      expect(back?.end).toMatchObject({ kind: 'rx', device: g.near[0], lane: k });
    }
    const ref = refBreakoutTrace(16, 8, [['cable', 'B']], refModU(16));
    expect(ref.map((l) => [l.port, l.forward, l.back])).toEqual(
      Array.from({ length: 8 }, (_, k) => [k + 1, 'Rx', `Rx${k}`]),
    );
  });
});

describe('GT-21 / GT-22 twin-port OSFP (2×400GBASE-DR4)', () => {
  /*
   *   TWIN mdi ─B 80 m─ DR4-1 ;  TWIN mdi-b ─B (b: A; c: 1:2 splitter)─ DR4-2
   */
  it.each([
    {
      v: 'a',
      verdicts: ['ok', 'ok'],
      rules: [],
      lands: ['DR4-1 Rx0', 'DR4-1 Rx1', 'DR4-1 Rx2', 'DR4-1 Rx3', 'DR4-2 Rx0', 'DR4-2 Rx1', 'DR4-2 Rx2', 'DR4-2 Rx3'],
    },
    {
      v: 'b',
      verdicts: ['ok', 'tx-to-tx'],
      rules: [],
      lands: ['DR4-1 Rx0', 'DR4-1 Rx1', 'DR4-1 Rx2', 'DR4-1 Rx3', 'DR4-2 Tx0', 'DR4-2 Tx1', 'DR4-2 Tx2', 'DR4-2 Tx3'],
    },
  ] as const)('GT-21$v', ({ v, verdicts, rules: want, lands }) => {
    const g = gt21(v);
    const a = analyzeDesign(g.design);
    expect(landings(a, g.twin, 8, g.far)).toEqual(lands);
    expect(equipmentVerdicts(a)).toEqual(verdicts);
    expect(rules(a)).toEqual(want);
    // Port a alone passes in both variants.
    const portA = a.channels.find((c) => c.a.transceiver === g.far[0] || c.b.transceiver === g.far[0]);
    expect(portA?.verdict).toBe('ok');
  });

  it('GT-21c straight on port a + 1:2 splitter on port b → INVALID T1 (mixed cable types) on both ports', () => {
    const a = analyzeDesign(gt21('c').design);
    expect(rules(a)).toEqual(['T1']);
    expect(
      a.findings
        .filter((f) => f.rule === 'T1')
        .map((f) => f.at.port)
        .sort(),
    ).toEqual(['mdi', 'mdi-b']);
    expect(equipmentVerdicts(a).every((x) => x === 'invalid')).toBe(true);
  });

  it('GT-22 port a lane k ↔ module-1 port k+1, port b lane k ↔ module-2 port k+1; ports 5–6 dark', () => {
    const g = gt22();
    const a = analyzeDesign(g.design);
    expect(landings(a, g.near[0]!, 8, g.far)).toEqual([
      ...[1, 2, 3, 4].map((k) => `DR-1${k} Rx0`),
      ...[1, 2, 3, 4].map((k) => `DR-2${k} Rx0`),
    ]);
    expect(equipmentVerdicts(a)).toEqual(Array(8).fill('ok'));
    // Module ports 5 and 6 of each module are open links toward the twin's dark positions.
    const dark = a.channels.filter((c) => c.kind === 'partial');
    expect(dark).toHaveLength(4);
  });
});

describe('GT-23 spliced trunk (pigtail – splice – I/O cable – splice – pigtail)', () => {
  /*
   *   DR4-1 ─B cord─[A adapter]─PIGTAIL-1─(SPLICE-1)═I/O 430 m═(SPLICE-2)─PIGTAIL-2─[A adapter]─A cord─ DR4-2
   */
  it.each([
    {
      id: 'GT-23 colour-to-colour splices → Type A, 1 reversal',
      reversed: false,
      type: 'A',
      verdict: 'ok',
      lands: ['Rx0', 'Rx1', 'Rx2', 'Rx3'],
    },
    {
      id: 'GT-23b one ribbon spliced reversed → Type B, 2 reversals',
      reversed: true,
      type: 'B',
      verdict: 'tx-to-tx',
      lands: ['Tx0', 'Tx1', 'Tx2', 'Tx3'],
    },
  ] as const)('$id', ({ reversed, type, verdict, lands }) => {
    const g = gt23({ reversed });
    const a = analyzeDesign(g.design);
    const trunks = splicedTrunks(a.index);
    expect(trunks).toHaveLength(1);
    expect(trunks[0]?.type).toBe(type);
    expect(new Set(trunks[0]?.cables)).toEqual(
      new Set([g.pigtails[0], g.pigtails[1], ...trunks[0]!.cables.filter((c) => !g.pigtails.includes(c))]),
    );
    expect(landings(a, g.near[0]!, 4)).toEqual(lands);
    expect(equipmentVerdicts(a)).toEqual([verdict]);
    expect(rules(a)).toEqual([]);
    // Two splices on every lit fiber.
    for (const f of a.fibers.filter((x) => x.start.kind === 'tx')) expect(spliceCountOf(a.index, f.hops)).toBe(2);
    // Oracle: pigtail (identity) + splice + cable + splice (or reversed map) + pigtail composes to the type…
    const rev = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i + 1, 12 - i]));
    const trunk = refCompose([['splice'], ['cable', 'A'], reversed ? ['map', rev] : ['splice']], 12);
    expect(refIdentifyArrayType(trunk, 12)).toBe(type);
    // …and the channel with it lands where the engine says.
    expect(
      refParallelTraceN(
        [
          ['cable', 'B'],
          ['adapter', 'A'],
          ['map', trunk],
          ['adapter', 'A'],
          ['cable', 'A'],
        ],
        12,
        4,
      ),
    ).toEqual(lands);
    // The engine's composed map is the oracle's.
    expect(Object.fromEntries(trunks[0]!.map)).toEqual(trunk);
    // The parity explanation names the reversed splice as a reversing element (GT-23b).
    const ch = a.channels.find((c) => c.kind === 'parallel');
    expect(ch?.why.some((w) => /SPLICE-2 .* splice: reverses$/.test(w))).toBe(reversed);
  });
});

describe('§15.2 a mis-splice that is no TIA type is traced exactly and flagged', () => {
  it('splice 2 swaps fibers 5 ↔ 6 (dark for a DR4): polarity passes, trunk type unknown → non-standard-mix', () => {
    const g = gt23({});
    const tray = Object.values(g.design.parts).find((p) => p.kind === 'module' && p.moduleClass === 'splice');
    if (tray?.kind !== 'module' || tray.links === 'unknown') throw new Error('fixture');
    const swapped = {
      ...tray,
      id: 'custom/splice-5-6' as typeof tray.id,
      links: tray.links.map((l) => ({
        ...l,
        b: { ...l.b, position: l.b.position === 5 ? 6 : l.b.position === 6 ? 5 : l.b.position },
      })),
    };
    const devices = Object.fromEntries(
      Object.entries(g.design.devices).map(([k, d]) => [k, d.name === 'SPLICE-2' ? { ...d, part: swapped.id } : d]),
    );
    const a = analyzeDesign({ ...g.design, devices, parts: { ...g.design.parts, [swapped.id]: swapped } });
    expect(splicedTrunks(a.index)[0]?.type).toBe('unknown');
    expect(equipmentVerdicts(a)).toEqual(['non-standard-mix']);
    expect(landings(a, g.near[0]!, 4)).toEqual(['Rx0', 'Rx1', 'Rx2', 'Rx3']);
  });
});

describe('GT-27 VSFF mating and the duplex MDC panel channel', () => {
  it('GT-27f A-to-B cord — MDC adapter — A-to-B permanent link — MDC adapter — A-to-B cord: 5 flips → PASS', () => {
    const a = analyzeDesign(gt27f().design);
    expect(equipmentVerdicts(a)).toEqual(['ok']);
    expect(rules(a)).toEqual([]);
  });

  it('GT-27f with an A-to-A permanent link: 4 flips → Tx→Tx, explained by the parity rule', () => {
    const a = analyzeDesign(gt27f('A-to-A').design);
    expect(equipmentVerdicts(a)).toEqual(['tx-to-tx']);
    const ch = a.channels.find((c) => c.a.transceiver && c.b.transceiver);
    expect(ch?.why.at(-1)).toMatch(/^4 flips in all \(even: Tx reaches Tx\)/);
  });
});
