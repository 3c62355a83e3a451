/**
 * REFERENCE-2 §17 golden cases over MPO-16/APC: GT-19 / GT-29 / GT-28 (800G and 1.6T) and GT-20
 * (800GBASE-DR8 → 8 × 100GBASE-DR through MOD-U16), each with its (b)/(c) variants, table-driven.
 * Expected values are the reference's, written here by hand; the Appendix B oracle
 * (fixtures/referenceModelB.ts, which shares no code with the engine) is run on the same element
 * lists and must agree. Topologies are drawn in fixtures/goldens2026.ts and repeated in each table
 * below. Other §17 cases: goldens2026.test.ts, goldens2026TwinPortSplice.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { makeCassette } from '../catalogue/modules';
import { abCord, apcArray, breakout2026, mpoPlate, parallel2026, X26 } from '../fixtures/goldens2026';
import { refBreakoutTrace, refModU, refParallelTraceN, type RefElement } from '../fixtures/referenceModelB';
import { analyzeDesign } from '../analysis/analyze';
import type { PolarityVerdict } from './channels';

import { equipmentVerdicts, landings, rules } from '../fixtures/goldenOutcomes';

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
