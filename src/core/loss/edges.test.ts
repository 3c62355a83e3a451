/**
 * Edge cases of the channel loss report (issue 3): exactly at the limit, 0.001 dB over, over
 * reach with loss margin left, OM5 as OM4 at 850 nm, unknown loss grades, module figures,
 * loss modes, power budgets, and channels without a report.
 *
 * Duplex chain used below (10GBASE-SR, LC duplex panels are through-adapters, 1 LC pair each):
 *
 *   SFP-1 ─RUN-0─[front-1 PANEL-1 rear-1]─RUN-1─[rear-1 PANEL-2 front-1]─RUN-2─[PANEL-3]─RUN-3─ SFP-2
 */
import { describe, expect, it } from 'vitest';
import { makeArrayCable } from '../catalogue/cables';
import { makeCassette } from '../catalogue/modules';
import { BUILTIN_CATALOGUE } from '../catalogue';
import type { FiberType } from '../connectors';
import type { Design, DesignSettings } from '../design';
import { DesignBuilder, mdi, port } from '../designBuilder';
import { analyzeDesign } from '../analysis/analyze';
import { partId } from '../ids';
import type { Part, TransceiverPart } from '../parts';
import { dB, round3 } from '../units';
import { APPLICATIONS } from './applications';
import { channelLoss, type ChannelLossReport } from './channelLoss';
import { judgeApplication } from './judgement';
import { breakout, cordOf, duplexStructured, gt06, parallelPath, XCVR, type Run } from '../fixtures/lossGoldenDesigns';

const LC_PANEL = 'equipment/panel-1u-24xlcduplex-duplex';

/** A 10GBASE-SR chain of LC cords through `runs.length − 1` LC panels. */
const lcChain = (
  runs: readonly Run[],
  fiberType: FiberType,
  settings: Partial<DesignSettings>,
  transceiver: string = XCVR.sr10G,
): Design => parallelPath({ transceiver, runs, panels: runs.slice(1).map(() => LC_PANEL), fiberType, settings });

/** The single report of a design with one transceiver-to-transceiver channel. */
function onlyReport(design: Design): ChannelLossReport {
  const a = analyzeDesign(design);
  const reports = a.channels.map((c) => c.loss).filter((r): r is ChannelLossReport => r !== null);
  expect(reports).toHaveLength(1);
  return reports[0]!;
}

const cord = (lengthM: number, part: string | Part = 'cable/lc-duplex-ab-upc'): Run => ({ part, lengthM });
const TIA = { lossMode: 'tia-worst-case' } as const;

describe('limit edges', () => {
  // 10GBASE-SR on OM3: limit 2.6 dB, reach 300 m. 3 LC pairs × 0.75 + 100 m × 3.5 dB/km = 2.6 dB exactly.
  it('a channel exactly at the limit passes (design margin 0) and warns with the default 0.5 dB design margin', () => {
    const runs = [cord(25), cord(25), cord(25), cord(25)];
    const exact = onlyReport(lcChain(runs, 'OM3', { ...TIA, designMarginDb: 0 }));
    expect(round3(exact.totalDb)).toBe(2.6);
    expect(round3(exact.marginDb ?? NaN)).toBe(0);
    expect(exact.verdict).toBe('pass');
    expect(exact.pairCount).toBe(3);
    expect(onlyReport(lcChain(runs, 'OM3', TIA)).verdict).toBe('warn');
  });

  it('one 0.001 dB over the limit fails (2/7 m more fiber at 3.5 dB/km)', () => {
    const r = onlyReport(
      lcChain([cord(25), cord(25), cord(25), cord(25 + 2 / 7)], 'OM3', { ...TIA, designMarginDb: 0 }),
    );
    expect(round3(r.totalDb)).toBe(2.601);
    expect(round3(r.marginDb ?? NaN)).toBe(-0.001);
    expect(r.verdict).toBe('fail-loss');
  });

  it('floating-point noise at the limit does not fail a channel; a real 0.001 dB excess does', () => {
    // Sums of decimal dB values land an ulp off (0.1 + 0.2 + 0.4 = 0.7000000000000001): one ulp above 2.6.
    const fig = {
      totalDb: 2.6000000000000005,
      connectionDb: 0,
      lengthM: 100,
      complete: true,
      missing: [],
      fiberTypes: ['OM3' as const],
    };
    expect(fig.totalDb).toBeGreaterThan(2.6);
    expect(judgeApplication(APPLICATIONS['10GBASE-SR'], fig, 0).verdict).toBe('pass');
    expect(judgeApplication(APPLICATIONS['10GBASE-SR'], { ...fig, totalDb: 2.601 }, 0).verdict).toBe('fail-loss');
  });

  it('connection loss above the allocation is reported but does not change a passing verdict (§7.4 is informative)', () => {
    const r = onlyReport(lcChain([cord(25), cord(25), cord(25), cord(25)], 'OM3', { ...TIA, designMarginDb: 0 }));
    expect(round3(r.applications[0]!.allocationMarginDb ?? NaN)).toBe(-0.75);
    expect(r.reasons.some((s) => s.includes('exceeds the allocation 1.500 dB'))).toBe(true);
  });

  it('a length over the reach fails even with loss margin left', () => {
    // SFP ─A-to-B 450 m OM4─ SFP: IL 1.575 dB vs 2.9 dB, but reach 400 m.
    const r = onlyReport(lcChain([cord(450)], 'OM4', {}));
    expect(round3(r.marginDb ?? NaN)).toBe(1.325);
    expect(r.verdict).toBe('fail-reach');
    expect(round3(r.applications[0]!.reachMarginM ?? NaN)).toBe(-50);
  });

  it('a length exactly at the reach passes', () => {
    expect(onlyReport(lcChain([cord(400)], 'OM4', {})).verdict).toBe('pass');
  });
});

describe('breakout legs: the stricter application wins', () => {
  it('a 160 m array fails 40GBASE-SR4 reach (150 m) although 10GBASE-SR would pass: fail-reach, governed by 40GBASE-SR4', () => {
    // QSFP ─Type-B array 160 m─[MOD-U1]─A-to-B 2 m─ 4× SFP+ (GT-11 with a longer array cable)
    const d = breakout({
      parallel: XCVR.sr4_40G,
      duplex: XCVR.sr10G,
      array: { part: 'cable/mpo12-typeB-mf-upc', lengthM: 160 },
      module: 'module/mod-u1-12f-1xmpo12-f-upc-om4',
      cord: cord(2),
      fiberType: 'OM4',
    });
    const a = analyzeDesign(d);
    const legs = a.channels.filter((c) => c.kind === 'breakout');
    expect(legs).toHaveLength(4);
    for (const leg of legs) {
      expect(leg.loss?.verdict).toBe('fail-reach');
      expect(leg.loss?.governing).toBe('40GBASE-SR4');
      expect(leg.loss?.applications.find((j) => j.application === '10GBASE-SR')?.verdict).toBe('pass');
      expect(round3(leg.loss?.totalDb ?? NaN)).toBe(1.067); // 162 m × 3.5 dB/km + MPO 0.35 + LC 0.15
    }
  });
});

describe('OM5 behaves as OM4 at 850 nm', () => {
  it.each([
    [
      '40GBASE-SR4 50 m',
      (ft: FiberType) =>
        parallelPath({
          transceiver: XCVR.sr4_40G,
          runs: [{ part: 'cable/mpo12-typeB-ff-upc', lengthM: 50 }],
          panels: [],
          fiberType: ft,
        }),
    ],
    ['10GBASE-SR 450 m (over reach)', (ft: FiberType) => lcChain([cord(450)], ft, {})],
    [
      '100GBASE-SR4 GT-04 cabling',
      (ft: FiberType) =>
        parallelPath({
          transceiver: XCVR.sr4_100G,
          runs: [
            { part: 'cable/mpo12-typeB-ff-upc', lengthM: 3 },
            { part: 'cable/mpo12-typeB-mm-upc', lengthM: 60 },
            { part: 'cable/mpo12-typeB-ff-upc', lengthM: 3 },
          ],
          panels: ['equipment/panel-1u-24xmpo12-typeB', 'equipment/panel-1u-24xmpo12-typeB'],
          fiberType: ft,
          settings: TIA,
        }),
    ],
  ])('%s: same IL, limit, reach, margin and verdict on OM5 as on OM4', (_name, build) => {
    const om4 = onlyReport(build('OM4'));
    const om5 = onlyReport(build('OM5'));
    expect([om5.totalDb, om5.limitDb, om5.marginDb, om5.verdict, om5.applications[0]?.reachM?.value]).toEqual([
      om4.totalDb,
      om4.limitDb,
      om4.marginDb,
      om4.verdict,
      om4.applications[0]?.reachM?.value,
    ]);
    expect(om5.applications[0]?.maxIlDb?.note).toContain('OM5 as OM4');
  });
});

describe('unknown losses are unchecked, never pass', () => {
  it('a cord of unknown loss grade makes a channel with ample margin unchecked', () => {
    const d = duplexStructured({
      transceiver: XCVR.sr10G,
      cord1: cord(2, cordOf('A-to-B', 'unknown')),
      module1: 'module/mod-a-12f-1xmpo12-f-upc-om4',
      trunk: { part: 'cable/mpo12-typeA-mm-upc', lengthM: 90 },
      module2: 'module/mod-a-12f-1xmpo12-f-upc-om4',
      cord2: cord(2, 'cable/lc-duplex-aa-upc'),
    });
    for (const lossMode of ['vendor-max', 'typical', 'tia-worst-case'] as const) {
      const r = onlyReport({ ...d, settings: { ...d.settings, lossMode } });
      expect(r.verdict).toBe('unchecked');
      expect(r.complete).toBe(false);
      expect(r.marginDb).toBeNull();
      expect(r.reasons.some((s) => s.includes('unknown loss grade'))).toBe(true);
    }
  });

  it('unknown grade but the known parts alone already exceed the limit: fail-loss (a lower bound)', () => {
    // 40GBASE-SR4 OM4 1.5 dB, TIA worst case:
    // Q ─ff─[P1]─mm─[P2]─ff (unknown grade)─[P3]─mm─[P4]─ff─ Q : P1 + P4 = 1.5 dB + 15 m fiber > 1.5 dB.
    const unknownCord = makeArrayCable({
      polarity: 'A',
      variant: 'mpo-12',
      genders: 'ff',
      polish: 'UPC',
      lossGrade: 'unknown',
    });
    const ff = { part: 'cable/mpo12-typeB-ff-upc', lengthM: 3 };
    const mm = { part: 'cable/mpo12-typeA-mm-upc', lengthM: 3 };
    const r = onlyReport(
      parallelPath({
        transceiver: XCVR.sr4_40G,
        runs: [ff, mm, { part: unknownCord, lengthM: 3 }, mm, ff],
        panels: Array.from({ length: 4 }, () => 'equipment/panel-1u-24xmpo12-typeA'),
        settings: TIA,
      }),
    );
    expect(r.complete).toBe(false);
    expect(r.verdict).toBe('fail-loss');
    expect(r.reasons.some((s) => s.includes('IL ≥ 1.553 dB exceeds'))).toBe(true);
  });

  it('a transceiver whose application is outside the §8 table is unchecked', () => {
    const base = BUILTIN_CATALOGUE.get(XCVR.sr10G) as TransceiverPart;
    const odd = { ...base, id: partId('transceiver/test-odd'), application: '1GBASE-SX' } as unknown as TransceiverPart;
    const b = new DesignBuilder('odd').part(odd);
    const t1 = b.loose(odd.id, 'A');
    const t2 = b.loose(odd.id, 'B');
    b.cable('cable/lc-duplex-ab-upc', 'C', 2, 'OM4', { A: mdi(t1), B: mdi(t2) });
    expect(onlyReport(b.build()).verdict).toBe('unchecked');
  });
});

describe('module figures and loss modes', () => {
  const figure = {
    ...makeCassette({ moduleClass: 'MOD-A', rearGender: 'female', rearPolish: 'UPC', fiberType: 'OM4' }),
    id: partId('module/test-mod-a-figure'),
    loss: {
      kind: 'module' as const,
      loss: { maxDb: dB(0.5), typicalDb: dB(0.3), provenance: { source: 'test datasheet' } },
    },
  };
  const design = (lossMode: DesignSettings['lossMode']) =>
    duplexStructured({
      transceiver: XCVR.sr10G,
      cord1: cord(2),
      module1: figure,
      trunk: { part: 'cable/mpo12-typeA-mm-upc', lengthM: 90 },
      module2: figure,
      cord2: cord(2, 'cable/lc-duplex-aa-upc'),
      settings: { lossMode },
    });

  it.each([
    ['vendor-max', 0.329 + 2 * 0.5, 0],
    ['typical', 0.329 + 2 * 0.3, 0],
    ['tia-worst-case', 0.329 + 4 * 0.75, 4],
  ] as const)('%s: module figure used instead of both pairs, never in addition', (mode, il, pairs) => {
    const r = onlyReport(design(mode));
    expect(round3(r.totalDb)).toBe(round3(il));
    expect(r.pairCount).toBe(pairs);
    expect(r.lossMode).toBe(mode);
  });

  it('typical mode uses typical values where known and flags the maximum otherwise', () => {
    const r = onlyReport(gt06('low-loss', { lossMode: 'typical' }));
    // Low-loss MPO and LC have no typical value in §7.3: max used, basis says so.
    expect(round3(r.totalDb)).toBe(1.329);
    expect(
      r.hops
        .filter((h) => h.kind === 'mated-pair')
        .every((h) => h.kind === 'mated-pair' && h.basis === 'max-as-typical'),
    ).toBe(true);
    const std = onlyReport(
      duplexStructured({
        transceiver: XCVR.sr10G,
        cord1: cord(2, 'cable/lc-duplex-ab-upc-standard'),
        module1: 'module/mod-a-12f-1xmpo12-f-upc-om4-standard',
        trunk: { part: 'cable/mpo12-typeA-mm-upc-standard', lengthM: 90 },
        module2: 'module/mod-a-12f-1xmpo12-f-upc-om4-standard',
        cord2: cord(2, 'cable/lc-duplex-ab-upc-standard'),
        settings: { lossMode: 'typical' },
      }),
    );
    // 0.329 + 2 × 0.25 (MPO standard typical) + 2 × 0.5 (LC standard typical).
    expect(round3(std.totalDb)).toBe(1.829);
  });

  it('a pair takes the worse of its two connectors: low-loss cord into a standard cassette front is 0.75 at vendor max', () => {
    const r = onlyReport(
      duplexStructured({
        transceiver: XCVR.sr10G,
        cord1: cord(2),
        module1: 'module/mod-a-12f-1xmpo12-f-upc-om4-standard',
        trunk: { part: 'cable/mpo12-typeA-mm-upc', lengthM: 90 },
        module2: 'module/mod-a-12f-1xmpo12-f-upc-om4',
        cord2: cord(2, 'cable/lc-duplex-aa-upc'),
      }),
    );
    // CAS-1: MPO 0.75 + LC 0.75; CAS-2: MPO 0.35 + LC 0.15; fiber 0.329.
    expect(round3(r.totalDb)).toBe(2.329);
  });
});

describe('power budget and report scope', () => {
  it('reports Tx power − Rx sensitivity and margin per direction when the parts give them', () => {
    const base = BUILTIN_CATALOGUE.get(XCVR.sr10G) as TransceiverPart;
    const withBudget: TransceiverPart = {
      ...base,
      id: partId('transceiver/test-10g-budget'),
      txPowerMinDbm: -7.3,
      rxSensitivityDbm: -9.9,
    };
    const b = new DesignBuilder('budget').part(withBudget);
    const t1 = b.loose(withBudget.id, 'A');
    const t2 = b.loose(withBudget.id, 'B');
    b.cable('cable/lc-duplex-ab-upc', 'C', 100, 'OM4', { A: mdi(t1), B: mdi(t2) });
    const r = onlyReport(b.build());
    expect(r.power).toHaveLength(2);
    for (const p of r.power) {
      expect(round3(p.budgetDb)).toBe(2.6);
      expect(round3(p.marginDb)).toBe(2.25);
    }
    expect(r.verdict).toBe('pass');
  });

  it('no power budget without figures; no report for partial and link channels', () => {
    const b = new DesignBuilder('partial');
    const r = b.rack('R');
    const t1 = b.loose(XCVR.sr10G, 'A');
    const p = b.equipment(r, LC_PANEL, 10, 'P');
    b.cable('cable/lc-duplex-ab-upc', 'C', 10, 'OM4', { A: mdi(t1), B: port(p, 'front-1') });
    b.cable('cable/lc-duplex-ab-upc', 'D', 10, 'OM4', { A: port(p, 'front-2'), B: null });
    const a = analyzeDesign(b.build());
    expect(a.channels.length).toBeGreaterThan(0);
    for (const ch of a.channels) expect(channelLoss(a.index, ch, a.index.design.settings)).toBeNull();
    expect(onlyReport(lcChain([cord(2)], 'OM4', {})).power).toEqual([]);
  });
});
