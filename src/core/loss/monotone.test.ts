/**
 * Property: adding a mated pair or lengthening a segment never increases the margin (issue 3).
 *
 * Random 10GBASE-SR chains of LC cords through LC duplex panels (1 LC pair each), random cord
 * grades, loss mode, attenuation model and fiber type:
 *
 *   SFP-1 ─RUN-0─[PANEL-1]─RUN-1─ … ─[PANEL-k]─RUN-k─ SFP-2
 *
 * "Adding a mated pair" splits one run into two at a new panel (total length unchanged).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FiberType } from '../connectors';
import type { DesignSettings } from '../design';
import { analyzeDesign } from '../analysis/analyze';
import type { LossGrade } from '../parts';
import { channelLoss } from './channelLoss';
import { cordOf, parallelPath, XCVR, type Run } from '../fixtures/lossGoldenDesigns';
import { LOSS_EPSILON } from './judgement';

interface Chain {
  readonly runs: readonly { readonly lengthM: number; readonly grade: Exclude<LossGrade, 'unknown'> }[];
  readonly settings: Pick<DesignSettings, 'lossMode' | 'multimodeAttenuation'>;
  readonly fiberType: FiberType;
}

const runArb = fc.record({
  lengthM: fc.double({ min: 0, max: 300, noNaN: true }),
  grade: fc.constantFrom('tia-max', 'standard', 'low-loss', 'elite') as fc.Arbitrary<Exclude<LossGrade, 'unknown'>>,
});
const chainArb: fc.Arbitrary<Chain> = fc.record({
  runs: fc.array(runArb, { minLength: 1, maxLength: 5 }),
  settings: fc.record({
    lossMode: fc.constantFrom('tia-worst-case', 'vendor-max', 'typical') as fc.Arbitrary<DesignSettings['lossMode']>,
    multimodeAttenuation: fc.constantFrom('ieee-3.5', 'alt-3.0') as fc.Arbitrary<
      DesignSettings['multimodeAttenuation']
    >,
  }),
  fiberType: fc.constantFrom('OM3', 'OM4', 'OM5') as fc.Arbitrary<FiberType>,
});

/** Margin (dB) and IL (dB) of the chain's one channel. */
function measure(c: Chain): { margin: number; il: number } {
  const runs: Run[] = c.runs.map((r) => ({ part: cordOf('A-to-B', r.grade), lengthM: r.lengthM }));
  const d = parallelPath({
    transceiver: XCVR.sr10G,
    runs,
    panels: runs.slice(1).map(() => 'equipment/panel-1u-24xlcduplex-duplex'),
    fiberType: c.fiberType,
    settings: c.settings,
  });
  const a = analyzeDesign(d);
  const ch = a.channels.find((x) => x.kind === 'duplex');
  const r = ch ? channelLoss(a.index, ch, d.settings) : null;
  if (!r || r.marginDb === null) throw new Error(`no margin: ${r?.reasons.join('; ') ?? 'no channel'}`);
  return { margin: r.marginDb, il: r.totalDb };
}

describe('loss monotonicity (property)', () => {
  it('lengthening a segment never increases the margin', () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), fc.double({ min: 0, max: 200, noNaN: true }), (c, pick, extra) => {
        const i = pick % c.runs.length;
        const longer: Chain = {
          ...c,
          runs: c.runs.map((r, k) => (k === i ? { ...r, lengthM: r.lengthM + extra } : r)),
        };
        const before = measure(c);
        const after = measure(longer);
        expect(after.margin).toBeLessThanOrEqual(before.margin + LOSS_EPSILON);
        expect(after.il).toBeGreaterThanOrEqual(before.il - LOSS_EPSILON);
      }),
      { numRuns: 60 },
    );
  });

  it('adding a mated pair never increases the margin', () => {
    fc.assert(
      fc.property(chainArb, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (c, pick, split) => {
        const i = pick % c.runs.length;
        const r = c.runs[i]!;
        const head = { ...r, lengthM: r.lengthM * split };
        const tail = { ...r, lengthM: r.lengthM - head.lengthM };
        const more: Chain = { ...c, runs: [...c.runs.slice(0, i), head, tail, ...c.runs.slice(i + 1)] };
        const before = measure(c);
        const after = measure(more);
        expect(after.margin).toBeLessThanOrEqual(before.margin + LOSS_EPSILON);
      }),
      { numRuns: 60 },
    );
  });
});
