/**
 * REFERENCE §10 golden polarity cases GT-01…GT-12 and GT-16 (GT-13/GT-14 gender and physical
 * mismatches are in mating.test.ts; GT-15 labels belongs to the label module). Verdicts are
 * asserted exactly, and lane by lane / fiber by fiber where the reference spells the path out.
 * Topologies come from fixtures/topologies.ts; each table below draws its own.
 */
import { describe, expect, it } from 'vitest';
import { makeArrayCable, makeConversionCable } from '../catalogue/cables';
import { arrayCable, mpoAdapter, parallelPath, type ParallelElement } from '../fixtures/topologies';
import type { DeviceId } from '../ids';
import { analyzeDesign, type Analysis } from '../analysis/analyze';
import type { PolarityVerdict } from './channels';
import type { Termination } from './trace';

const SR8 = 'transceiver/400gbase-sr8-qsfp-dd';
const SR4 = 'transceiver/40gbase-sr4-qsfpplus';

/** Where each Tx lane of `from` lands on `to`: e.g. `Rx0`, `Tx1`, `dark`. */
function landings(analysis: Analysis, from: DeviceId, to: DeviceId, lanes: number): string[] {
  return Array.from({ length: lanes }, (_, k) => {
    const isTx = (t: Termination) => t.kind === 'tx' && t.device === from && t.lane === k;
    const f = analysis.fibers.find((x) => isTx(x.start) || isTx(x.end));
    if (!f) return 'missing';
    const e = isTx(f.start) ? f.end : f.start;
    return (e.kind === 'tx' || e.kind === 'rx') && e.device === to
      ? `${e.kind === 'tx' ? 'Tx' : 'Rx'}${e.lane}`
      : e.kind;
  });
}

/**
 * Parallel goldens (§6.2, §6.3, §6.5):
 *
 * ```text
 *  SW-1 QSFP (MDI male) ──cord (ff)── SW-2 QSFP                                   (one element)
 *  SW-1 QSFP ──cord (ff)── [adapter] ──trunk (mm)── [adapter] ──cord (ff)── SW-2 QSFP   (five)
 * ```
 */
const PARALLEL_GOLDENS: readonly {
  id: string;
  elements: readonly ParallelElement[];
  transceiver?: string;
  verdict: PolarityVerdict;
  lands: readonly string[];
}[] = [
  {
    id: 'GT-01 Type-B MPO-12 cord, 50 m',
    elements: [arrayCable('B', { lengthM: 50 })],
    verdict: 'ok',
    lands: ['Rx0', 'Rx1', 'Rx2', 'Rx3'],
  },
  {
    id: 'GT-02 Type-A cord',
    elements: [arrayCable('A', { lengthM: 50 })],
    verdict: 'tx-to-tx',
    lands: ['Tx0', 'Tx1', 'Tx2', 'Tx3'],
  },
  {
    id: 'GT-03 Type-C cord',
    elements: [arrayCable('C', { lengthM: 50 })],
    verdict: 'tx-to-tx',
    lands: ['Tx1', 'Tx0', 'Tx3', 'Tx2'],
  },
  {
    id: 'GT-04 B cord, B adapter, B trunk, B adapter, B cord (5 reversals)',
    elements: [arrayCable('B'), mpoAdapter('B'), arrayCable('B'), mpoAdapter('B'), arrayCable('B')],
    transceiver: 'transceiver/100gbase-sr4-qsfp28',
    verdict: 'ok',
    lands: ['Rx0', 'Rx1', 'Rx2', 'Rx3'],
  },
  {
    id: 'GT-04b A cord, A adapter, B trunk, A adapter, A cord (1 reversal)',
    elements: [arrayCable('A'), mpoAdapter('A'), arrayCable('B'), mpoAdapter('A'), arrayCable('A')],
    transceiver: 'transceiver/100gbase-sr4-qsfp28',
    verdict: 'ok',
    lands: ['Rx0', 'Rx1', 'Rx2', 'Rx3'],
  },
  {
    id: 'GT-05 parallel Method A: one Type-B cord',
    elements: [arrayCable('A'), mpoAdapter('A'), arrayCable('A'), mpoAdapter('A'), arrayCable('B')],
    verdict: 'ok',
    lands: ['Rx0', 'Rx1', 'Rx2', 'Rx3'],
  },
  {
    id: 'GT-05 with Type-A cords at both ends',
    elements: [arrayCable('A'), mpoAdapter('A'), arrayCable('A'), mpoAdapter('A'), arrayCable('A')],
    verdict: 'tx-to-tx',
    lands: ['Tx0', 'Tx1', 'Tx2', 'Tx3'],
  },
  {
    id: '§0.4 lane reordering: Type-C cord, A adapter, Type-B trunk (all Tx→Rx, lanes swapped)',
    elements: [arrayCable('C'), mpoAdapter('A'), arrayCable('B')],
    verdict: 'port-remapped',
    lands: ['Rx1', 'Rx0', 'Rx3', 'Rx2'],
  },
  {
    id: 'GT-16 SR8, Type-B MPO-16 cord, 70 m',
    elements: [arrayCable('B', { lengthM: 70 })],
    transceiver: SR8,
    verdict: 'ok',
    lands: ['Rx0', 'Rx1', 'Rx2', 'Rx3', 'Rx4', 'Rx5', 'Rx6', 'Rx7'],
  },
  {
    id: 'GT-16 SR8, Type-A MPO-16 cord',
    elements: [arrayCable('A', { lengthM: 70 })],
    transceiver: SR8,
    verdict: 'tx-to-tx',
    lands: ['Tx0', 'Tx1', 'Tx2', 'Tx3', 'Tx4', 'Tx5', 'Tx6', 'Tx7'],
  },
];

/**
 * REFERENCE §6.1 engine MDI table of an MPO-12 single-row transceiver, written out: for lanes
 * 0–3, the cord plug position of the lane's Tx (receptacle 1–4) and of its Rx (receptacle 12–9);
 * plug p = 13 − receptacle r (§0.1).
 */
const SR4_MDI_PLUG: readonly (readonly [tx: number, rx: number])[] = [
  [12, 1],
  [11, 2],
  [10, 3],
  [9, 4],
];

describe('parallel goldens (§6.2, §6.3, §6.5)', () => {
  it.each(PARALLEL_GOLDENS)('$id → $verdict', (g) => {
    const sr8 = g.transceiver === SR8;
    const topo = parallelPath(g.elements, {
      ...(g.transceiver ? { transceiver: g.transceiver } : {}),
      ...(sr8 ? { variant: 'mpo-16' as const } : {}),
    });
    const analysis = analyzeDesign(topo.design);
    expect(analysis.findings).toEqual([]);
    expect(analysis.channels.map((c) => [c.kind, c.verdict])).toEqual([['parallel', g.verdict]]);
    // Same from either end (every golden here is symmetric).
    expect(landings(analysis, topo.a, topo.b, g.lands.length)).toEqual(g.lands);
    expect(landings(analysis, topo.b, topo.a, g.lands.length)).toEqual(g.lands);
  });

  it('GT-01 fiber by fiber: Tx_k leaves receptacle k+1 (plug 12−k) and reaches plug k+1 (receptacle 12−k) = Rx_k; 5–8 dark', () => {
    const topo = parallelPath([arrayCable('B', { lengthM: 50 })]);
    const analysis = analyzeDesign(topo.design);
    for (let k = 0; k < 4; k++) {
      const f = analysis.fibers.find((x) => x.start.kind === 'tx' && x.start.device === topo.a && x.start.lane === k)!;
      const [txPlug, rxPlug] = SR4_MDI_PLUG[k]!;
      expect(f.start).toEqual({ kind: 'tx', device: topo.a, lane: k, position: txPlug });
      expect(f.hops).toEqual([
        {
          kind: 'cable',
          cable: topo.cables[0],
          fiber: 12 - k,
          from: { end: 0, position: 12 - k },
          to: { end: 1, position: k + 1 },
        },
      ]);
      expect(f.end).toEqual({ kind: 'rx', device: topo.b, lane: k, position: rxPlug });
    }
    const dark = analysis.fibers.filter((f) => f.start.kind === 'dark-mdi');
    expect(dark.map((f) => [f.start.kind, f.end.kind, 'position' in f.start ? f.start.position : 0])).toEqual(
      [5, 6, 7, 8].map((p) => ['dark-mdi', 'dark-mdi', p]),
    );
  });

  it('§3.4 a link through a two-row MPO-24 trunk is unverified, never a plain pass', () => {
    // QSFP ─B cord─ [MPO-12 A] ─conversion leg B1…MPO-24─ [MPO-24 A] ─MPO-24 Type B─ [MPO-24 A] ─MPO-24…leg B1─ [MPO-12 A] ─B cord─ QSFP
    const conversion = makeConversionCable('mpo-12', 2, 'UPC');
    const topo = parallelPath([
      arrayCable('B'),
      mpoAdapter('A'),
      arrayCable(conversion, { flip: true }),
      mpoAdapter('A', 'mpo-24'),
      arrayCable(makeArrayCable({ polarity: 'B', variant: 'mpo-24', genders: 'ff', polish: 'UPC' })),
      mpoAdapter('A', 'mpo-24'),
      arrayCable(conversion),
      mpoAdapter('A'),
      arrayCable('B'),
    ]);
    const analysis = analyzeDesign(topo.design);
    expect(analysis.findings).toEqual([]);
    expect(analysis.channels.filter((c) => c.kind === 'parallel').map((c) => c.verdict)).toEqual(['unverified']);
    expect(landings(analysis, topo.a, topo.b, 4)).toEqual(['Rx0', 'Rx1', 'Rx2', 'Rx3']);
  });

  it('GT-16 an MPO-16 cord into MPO-12 SR4 ports is invalid (V6, offset key)', () => {
    const topo = parallelPath([arrayCable('B')], { transceiver: SR4, variant: 'mpo-16' });
    const analysis = analyzeDesign(topo.design);
    expect(analysis.findings.map((f) => [f.rule, f.severity, f.at.device])).toEqual([
      ['V6', 'invalid', topo.a],
      ['V6', 'invalid', topo.b],
    ]);
    expect(analysis.channels.map((c) => c.verdict)).toEqual(['invalid']);
  });
});
