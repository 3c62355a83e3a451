/**
 * REFERENCE-2 §17 golden polarity and validity cases GT-17 (MDC duplex Method A) and GT-18
 * (400GBASE-DR4 → 4 × 100G-DR on MDC), each with its (b)/(c) variants, table-driven. GT-19, GT-20,
 * GT-28, GT-29: goldens2026Mpo16.test.ts; GT-21 … GT-23, GT-27: goldens2026TwinPortSplice.test.ts. Expected values are the reference's, written here by hand;
 * the Appendix B oracle (fixtures/referenceModelB.ts, which shares no code with the engine) is
 * run on the same element lists and must agree. Topologies are drawn in fixtures/goldens2026.ts
 * and repeated in each table below. Loss values of the same cases: loss/goldens2026.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { makeCassette } from '../catalogue/modules';
import { abCord, apcArray, breakout2026, gt17, X26 } from '../fixtures/goldens2026';
import { REF_MOD_A } from '../fixtures/referenceModel';
import { refBreakoutTrace, refModU, type RefElement } from '../fixtures/referenceModelB';
import { analyzeDesign } from '../analysis/analyze';

import { equipmentVerdicts, landings, rules } from '../fixtures/goldenOutcomes';

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
