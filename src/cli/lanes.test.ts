/**
 * `npm run analyze -- --json` reports lanes (issue 13 §6): for parallel and breakout channels each
 * lane's Tx and Rx plug positions at both ends, what the Tx reaches and what feeds the Rx. Expected
 * positions are hand-derived from the MDI tables (REFERENCE §6.1, REFERENCE-2 §14.2: lane k Tx at
 * plug n−k, Rx at plug k+1) and the element maps:
 *
 *   SR8 Q-1 ─Type B MPO-16 cord─ SR8 Q-2          lane k: Tx 16−k → k+1 (Rx k); Rx k+1 ← 16−k (Tx k)
 *   SR8 Q-1 ─Type A MPO-16 cord─ SR8 Q-2          lane k: Tx 16−k → 16−k (Tx k)  ✗
 *   DR8 P ─Type B─ [MOD-U16] ─A-to-B─ DR-1…8      lane k: Tx 16−k → D-(k+1) plug A (Rx0); Rx k+1 ← plug B (Tx0)
 *   DR4-2 ─Type B MPO-12─ TWIN mdi-b               lane k: Tx 12−k → k+1 (twin Rx 4+k on port mdi-b)
 */
import { describe, expect, it } from 'vitest';
import { analyzeDesign } from '../core/analysis/analyze';
import { makeCassette } from '../core/catalogue/modules';
import { abCord, apcArray, breakout2026, gt21, parallel2026, X26 } from '../core/fixtures/goldens2026';
import type { Design } from '../core/design';
import { buildReport, type ChannelReport } from './report';

const report = (d: Design): ChannelReport[] =>
  buildReport('x.json', d, analyzeDesign(d), []).channels.filter((c) => c.kind === 'parallel' || c.kind === 'breakout');

const brief = (c: ChannelReport) =>
  c.lanes.map(
    (l) =>
      `${l.lane}@${l.a.port}: ${l.a.txLabel}→${l.b.rxLabel} ${l.txReaches}; ${l.a.rxLabel}←${l.b.txLabel} ${l.rxFedBy}`,
  );

describe('analyze --json lanes', () => {
  it('SR8 ↔ SR8 over a Type-B MPO-16 cord: every lane k reaches lane k, positions per REFERENCE-2 §14.2', () => {
    const [c] = report(
      parallel2026({
        transceiver: X26.sr8,
        runs: [{ part: apcArray('B', 'mpo-16', 'ff', 'low-loss'), lengthM: 3 }],
        fiberType: 'OM4',
      }).design,
    );
    expect(brief(c!)).toEqual(
      Array.from({ length: 8 }, (_, k) => `${k}@mdi: ${16 - k}→${k + 1} Rx${k}; ${k + 1}←${16 - k} Tx${k}`),
    );
    expect(c!.lanes.every((l) => l.ok && l.b.lane === l.lane)).toBe(true);
  });

  it('…over a Type-A cord: Tx lands on the far Tx of the same lane (✗)', () => {
    const [c] = report(
      parallel2026({
        transceiver: X26.sr8,
        runs: [{ part: apcArray('A', 'mpo-16', 'ff', 'low-loss'), lengthM: 3 }],
        fiberType: 'OM4',
      }).design,
    );
    expect(brief(c!).slice(0, 2)).toEqual(['0@mdi: 16→16 Tx0; 1←1 Rx0', '1@mdi: 15→15 Tx1; 2←2 Rx1']);
    expect(c!.lanes.some((l) => l.ok)).toBe(false);
  });

  it('DR8 breakout through MOD-U16: each leg is one lane, A/B labels at the duplex end', () => {
    const chans = report(
      breakout2026({
        parallel: X26.dr8,
        duplex: X26.dr,
        array: apcArray('B', 'mpo-16'),
        arrayM: 50,
        module: makeCassette({ moduleClass: 'MOD-U16', rearGender: 'male', rearPolish: 'APC', fiberType: 'OS2' }),
        cord: abCord('lc-duplex'),
        cordM: 2,
        ports: 8,
        fiberType: 'OS2',
      }).design,
    );
    expect(chans.map((c) => [c.b.name.split(' ')[0], ...brief(c)]).sort()).toEqual(
      Array.from({ length: 8 }, (_, k) => [`D-${k + 1}`, `${k}@mdi: ${16 - k}→A Rx0; ${k + 1}←B Tx0`]).sort(),
    );
  });

  it("twin-port 2×DR4: DR4-2 lanes 0–3 reach the twin-port's lanes 4–7 on its second MDI (mdi-b)", () => {
    const d = gt21('a').design;
    const c = report(d).find((x) => x.a.name.startsWith('DR4-2'));
    expect(c && brief(c)).toEqual(
      [0, 1, 2, 3].map((k) => `${k}@mdi: ${12 - k}→${k + 1} Rx${4 + k}; ${k + 1}←${12 - k} Tx${4 + k}`),
    );
    expect(c?.lanes.map((l) => [l.b.name, l.b.port, l.b.lane])).toEqual([4, 5, 6, 7].map((k) => ['TWIN', 'mdi-b', k]));
  });
});
