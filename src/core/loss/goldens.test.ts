/**
 * Loss golden cases of REFERENCE §10, table-driven: insertion loss and margin to 0.001 dB,
 * verdicts exact. Topologies (loose transceivers; MDI matings never counted, §7.4):
 *
 * GT-01 / GT-16   Q ─Type-B MPO cord (ff)─ Q
 * GT-04           Q ─B cord 3 m─[B adapter]═B trunk 60 m═[B adapter]─B cord 3 m─ Q    (2 MPO pairs)
 * GT-04b          Q ─A cord 1 m─[A adapter]═B trunk 50 m═[A adapter]─A cord 1 m─ Q    (2 MPO pairs)
 * GT-06           SFP ─A-to-B 2 m─[LC│MOD-A│MPO]═A trunk 90 m═[MPO│MOD-A│LC]─A-to-A 2 m─ SFP
 * GT-10           SFP ─A-to-B 3 m─[LC│MOD-B1│MPO]═B trunk 80 m═[MPO│MOD-B2│LC]─A-to-B 3 m─ SFP
 * GT-11 / GT-12   QSFP ─Type-B array (f at QSFP, m at module)─[MPO│MOD-U1│LC 1–4]─A-to-B 2 m─ 4× SFP
 */
import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { cage, DesignBuilder, front, rear } from '../designBuilder';
import { analyzeDesign } from '../analysis/analyze';
import { round3 } from '../units';
import { channelLoss, type ChannelLossReport } from './channelLoss';
import type { LossVerdict } from './judgement';
import { breakout, gt06, gt10, parallelPath, XCVR } from '../fixtures/lossGoldenDesigns';

interface Golden {
  readonly id: string;
  readonly design: () => Design;
  /** Number of channels with transceivers at both ends expected (breakouts: one per leg). */
  readonly channels: number;
  readonly ilDb: number;
  readonly marginDb: number;
  readonly verdict: LossVerdict;
  readonly lengthM: number;
  readonly governing?: string;
  readonly pairs: number;
}

const sr4Path = (transceiver: string, settings = {}) =>
  parallelPath({
    transceiver,
    runs: [
      { part: 'cable/mpo12-typeB-ff-upc', lengthM: 3 },
      { part: 'cable/mpo12-typeB-mm-upc', lengthM: 60 },
      { part: 'cable/mpo12-typeB-ff-upc', lengthM: 3 },
    ],
    panels: ['equipment/panel-1u-24xmpo12-typeB', 'equipment/panel-1u-24xmpo12-typeB'],
    settings,
  });
const sr4PathB = (transceiver: string) =>
  parallelPath({
    transceiver,
    runs: [
      { part: 'cable/mpo12-typeA-ff-upc', lengthM: 1 },
      { part: 'cable/mpo12-typeB-mm-upc', lengthM: 50 },
      { part: 'cable/mpo12-typeA-ff-upc', lengthM: 1 },
    ],
    panels: ['equipment/panel-1u-24xmpo12-typeA', 'equipment/panel-1u-24xmpo12-typeA'],
    settings: { lossMode: 'tia-worst-case' },
  });
const gt11 = () =>
  breakout({
    parallel: XCVR.sr4_40G,
    duplex: XCVR.sr10G,
    array: { part: 'cable/mpo12-typeB-mf-upc', lengthM: 30 },
    module: 'module/mod-u1-12f-1xmpo12-f-upc-om4',
    cord: { part: 'cable/lc-duplex-ab-upc', lengthM: 2 },
    fiberType: 'OM4',
  });
const gt12 = () =>
  breakout({
    parallel: XCVR.dr4_400G,
    duplex: XCVR.dr_100G,
    array: { part: 'cable/mpo12-typeB-mf-apc', lengthM: 100 },
    module: 'module/mod-u1-12f-1xmpo12-f-apc-os2',
    cord: { part: 'cable/lc-duplex-ab-upc', lengthM: 2 },
    fiberType: 'OS2',
    settings: { lossMode: 'tia-worst-case' },
  });

const GOLDENS: readonly Golden[] = [
  {
    id: 'GT-01 40GBASE-SR4, 50 m OM4, α 3.5',
    design: () =>
      parallelPath({
        transceiver: XCVR.sr4_40G,
        runs: [{ part: 'cable/mpo12-typeB-ff-upc', lengthM: 50 }],
        panels: [],
      }),
    channels: 1,
    ilDb: 0.175,
    marginDb: 1.325,
    verdict: 'pass',
    lengthM: 50,
    pairs: 0,
  },
  {
    id: 'GT-01 with α 3.0',
    design: () =>
      parallelPath({
        transceiver: XCVR.sr4_40G,
        runs: [{ part: 'cable/mpo12-typeB-ff-upc', lengthM: 50 }],
        panels: [],
        settings: { multimodeAttenuation: 'alt-3.0' },
      }),
    channels: 1,
    ilDb: 0.15,
    marginDb: 1.35,
    verdict: 'pass',
    lengthM: 50,
    pairs: 0,
  },
  {
    id: 'GT-04 100GBASE-SR4, TIA worst case (limit UNVERIFIED)',
    design: () => sr4Path(XCVR.sr4_100G, { lossMode: 'tia-worst-case' }),
    channels: 1,
    ilDb: 1.731,
    marginDb: 0.169,
    verdict: 'unverified-limit',
    lengthM: 66,
    pairs: 2,
  },
  {
    id: 'GT-04 100GBASE-SR4, standard-grade cables at vendor max',
    design: () =>
      parallelPath({
        transceiver: XCVR.sr4_100G,
        runs: [
          { part: 'cable/mpo12-typeB-ff-upc-standard', lengthM: 3 },
          { part: 'cable/mpo12-typeB-mm-upc-standard', lengthM: 60 },
          { part: 'cable/mpo12-typeB-ff-upc-standard', lengthM: 3 },
        ],
        panels: ['equipment/panel-1u-24xmpo12-typeB', 'equipment/panel-1u-24xmpo12-typeB'],
      }),
    channels: 1,
    ilDb: 1.731,
    marginDb: 0.169,
    verdict: 'unverified-limit',
    lengthM: 66,
    pairs: 2,
  },
  {
    id: 'GT-04 same cabling, 40GBASE-SR4',
    design: () => sr4Path(XCVR.sr4_40G, { lossMode: 'tia-worst-case' }),
    channels: 1,
    ilDb: 1.731,
    marginDb: -0.231,
    verdict: 'fail-loss',
    lengthM: 66,
    pairs: 2,
  },
  {
    id: 'GT-04b 100GBASE-SR4',
    design: () => sr4PathB(XCVR.sr4_100G),
    channels: 1,
    ilDb: 1.682,
    marginDb: 0.218,
    verdict: 'unverified-limit',
    lengthM: 52,
    pairs: 2,
  },
  {
    id: 'GT-04b same cabling, 40GBASE-SR4',
    design: () => sr4PathB(XCVR.sr4_40G),
    channels: 1,
    ilDb: 1.682,
    marginDb: -0.182,
    verdict: 'fail-loss',
    lengthM: 52,
    pairs: 2,
  },
  {
    id: 'GT-06 low-loss parts (MPO 0.35, LC 0.15)',
    design: () => gt06('low-loss'),
    channels: 1,
    ilDb: 1.329,
    marginDb: 1.571,
    verdict: 'pass',
    lengthM: 94,
    pairs: 4,
  },
  {
    id: 'GT-06 TIA-max parts at vendor max',
    design: () => gt06('tia-max'),
    channels: 1,
    ilDb: 3.329,
    marginDb: -0.429,
    verdict: 'fail-loss',
    lengthM: 94,
    pairs: 4,
  },
  {
    id: 'GT-06 low-loss parts in TIA worst-case mode',
    design: () => gt06('low-loss', { lossMode: 'tia-worst-case' }),
    channels: 1,
    ilDb: 3.329,
    marginDb: -0.429,
    verdict: 'fail-loss',
    lengthM: 94,
    pairs: 4,
  },
  {
    id: 'GT-10 25GBASE-SR Method B, low-loss',
    design: () => gt10('low-loss'),
    channels: 1,
    ilDb: 1.301,
    marginDb: 0.599,
    verdict: 'pass',
    lengthM: 86,
    pairs: 4,
  },
  {
    id: 'GT-10 25GBASE-SR Method B, TIA-max parts',
    design: () => gt10('tia-max'),
    channels: 1,
    ilDb: 3.301,
    marginDb: -1.401,
    verdict: 'fail-loss',
    lengthM: 86,
    pairs: 4,
  },
  {
    id: 'GT-11 40GBASE-SR4 breakout via MOD-U1, per leg',
    design: gt11,
    channels: 4,
    ilDb: 0.612,
    marginDb: 0.888,
    verdict: 'pass',
    lengthM: 32,
    governing: '40GBASE-SR4',
    pairs: 2,
  },
  {
    id: 'GT-12 400GBASE-DR4 → 4× 100GBASE-DR, TIA-max, per leg',
    design: gt12,
    channels: 4,
    ilDb: 1.541,
    marginDb: 1.459,
    verdict: 'unverified-limit',
    lengthM: 102,
    pairs: 2,
  },
  {
    id: 'GT-16 400GBASE-SR8, 70 m OM4 MPO-16',
    design: () =>
      parallelPath({
        transceiver: XCVR.sr8_400G,
        runs: [{ part: 'cable/mpo16-typeB-ff-apc', lengthM: 70 }],
        panels: [],
      }),
    channels: 1,
    ilDb: 0.245,
    marginDb: 1.655,
    verdict: 'pass',
    lengthM: 70,
    pairs: 0,
  },
];

function reportsOf(design: Design): { reports: ChannelLossReport[]; polarity: string[] } {
  const a = analyzeDesign(design);
  const chans = a.channels.filter((c) => c.kind === 'duplex' || c.kind === 'parallel' || c.kind === 'breakout');
  return {
    reports: chans
      .map((c) => channelLoss(a.index, c, design.settings))
      .filter((r): r is ChannelLossReport => r !== null),
    polarity: chans.map((c) => c.verdict),
  };
}

describe('loss goldens (REFERENCE §10)', () => {
  it.each(GOLDENS)('$id', (g) => {
    const { reports, polarity } = reportsOf(g.design());
    expect(reports).toHaveLength(g.channels);
    expect(polarity.every((v) => v === 'ok')).toBe(true);
    for (const r of reports) {
      expect(round3(r.totalDb)).toBe(g.ilDb);
      expect(round3(r.marginDb ?? NaN)).toBe(g.marginDb);
      expect(r.verdict).toBe(g.verdict);
      expect(round3(r.lengthM)).toBe(g.lengthM);
      expect(r.pairCount).toBe(g.pairs);
      expect(r.complete).toBe(true);
      if (g.governing) expect(r.governing).toBe(g.governing);
      for (const lane of r.lanes) expect(round3(lane.ilDb)).toBe(g.ilDb);
    }
  });

  it('analyzeDesign attaches the same report to every channel (null for partial and link channels)', () => {
    const d = gt06('low-loss');
    const a = analyzeDesign(d);
    for (const c of a.channels) expect(c.loss).toEqual(channelLoss(a.index, c, d.settings));
    expect(a.channels.filter((c) => c.loss !== null).map((c) => round3(c.loss?.totalDb ?? NaN))).toEqual([1.329]);
    expect(a.channels.some((c) => c.loss === null)).toBe(true);
  });

  it('GT-01 reports one value per lane: 4 lanes, both directions in each', () => {
    const { reports } = reportsOf(GOLDENS[0]!.design());
    const r = reports[0]!;
    expect(r.lanes.map((l) => l.lane)).toEqual([0, 1, 2, 3]);
    expect(r.lanes.every((l) => l.fibers.length === 2 && round3(l.marginDb ?? NaN) === 1.325)).toBe(true);
    expect(r.hops).toHaveLength(1);
    expect(r.hops[0]).toMatchObject({ kind: 'fiber', lengthM: 50, dbPerKm: 3.5, fiberType: 'OM4' });
  });

  it('GT-06 breakdown names every segment and mated pair, and MDI matings are not counted', () => {
    const { reports } = reportsOf(gt06('low-loss'));
    const r = reports[0]!;
    const lines = r.hops.map((h) =>
      h.kind === 'fiber'
        ? `fiber ${h.cableName} ${h.lengthM} m ${round3(h.db ?? NaN)}`
        : h.kind === 'mated-pair'
          ? `pair ${h.deviceName} ${h.ports.join('/')} ${h.db}`
          : `module ${h.db}`,
    );
    // Transmitter first: the trace may start at either SFP; both orders are the same set.
    expect([...lines].sort()).toEqual([
      'fiber CORD-1 2 m 0.007',
      'fiber CORD-2 2 m 0.007',
      'fiber TRUNK 90 m 0.315',
      'pair CAS-1 front-1 0.15',
      'pair CAS-1 mpo1 0.35',
      'pair CAS-2 front-1 0.15',
      'pair CAS-2 mpo1 0.35',
    ]);
    expect(r.lossMode).toBe('vendor-max');
  });

  it('GT-11 says which application governs each leg and keeps the looser one in the report', () => {
    const { reports } = reportsOf(gt11());
    for (const r of reports) {
      expect(r.applications.map((j) => [j.application, round3(j.marginDb ?? NaN)]).sort()).toEqual([
        ['10GBASE-SR', 2.288],
        ['40GBASE-SR4', 0.888],
      ]);
      expect(r.reasons.some((s) => s.includes('judged against 40GBASE-SR4 (stricter than 10GBASE-SR'))).toBe(true);
      expect(r.limitDb).toBe(1.5);
    }
  });

  it('GT-12 judges each leg against both 400GBASE-DR4 and 100GBASE-DR, both UNVERIFIED 3.0 dB', () => {
    const { reports } = reportsOf(gt12());
    for (const r of reports) {
      expect(r.applications.map((j) => j.application).sort()).toEqual(['100GBASE-DR', '400GBASE-DR4']);
      expect(r.applications.every((j) => j.limitUnverified && j.maxIlDb?.value === 3)).toBe(true);
      expect(round3(r.fiberDb)).toBe(0.041);
    }
  });

  it('GT-06 with the SFPs in switch cages gives the same IL as with loose transceivers', () => {
    // SW-1 cage-1 ─A-to-B 2 m─[LC│MOD-A│MPO]═A trunk 90 m═[MPO│MOD-A│LC]─A-to-A 2 m─ SW-2 cage-1
    const b = new DesignBuilder('GT-06 in cages');
    const r = b.rack('R1');
    const sw1 = b.equipment(r, 'equipment/switch-1u-24xsfpplus', 40, 'SW-1');
    const sw2 = b.equipment(r, 'equipment/switch-1u-24xsfpplus', 39, 'SW-2');
    b.transceiver(sw1, 1, XCVR.sr10G, 'SFP-1');
    b.transceiver(sw2, 1, XCVR.sr10G, 'SFP-2');
    const e = b.equipment(r, 'equipment/enclosure-1u-4slot-cassette-modular', 30, 'ENC');
    const m1 = b.module(e, 1, 'module/mod-a-12f-1xmpo12-f-upc-om4', 'CAS-1');
    const m2 = b.module(e, 2, 'module/mod-a-12f-1xmpo12-f-upc-om4', 'CAS-2');
    b.cable('cable/lc-duplex-ab-upc', 'CORD-1', 2, 'OM4', { A: cage(sw1, 1), B: front(m1, 1) });
    b.cable('cable/mpo12-typeA-mm-upc', 'TRUNK', 90, 'OM4', { A: rear(m1), B: rear(m2) });
    b.cable('cable/lc-duplex-aa-upc', 'CORD-2', 2, 'OM4', { A: front(m2, 1), B: cage(sw2, 1) });
    const { reports, polarity } = reportsOf(b.build());
    expect(polarity).toEqual(['ok']);
    expect(round3(reports[0]!.totalDb)).toBe(1.329);
    expect(round3(reports[0]!.marginDb ?? NaN)).toBe(1.571);
  });
});
