/**
 * REFERENCE §10 golden polarity cases GT-01…GT-12 and GT-16 (GT-13/GT-14 gender and physical
 * mismatches are in mating.test.ts; GT-15 labels belongs to the label module). Verdicts are
 * asserted exactly, and lane by lane / fiber by fiber where the reference spells the path out.
 * Topologies come from fixtures/topologies.ts; each table below draws its own.
 */
import { describe, expect, it } from 'vitest';
import { makeArrayCable, makeConversionCable } from '../catalogue/cables';
import { makeCassette } from '../catalogue/modules';
import { POS_A, POS_B } from '../connectors';
import {
  arrayCable,
  breakoutU1,
  duplexDirect,
  duplexPatch,
  duplexStructured,
  harnessBreakout,
  METHOD_RECIPES,
  mpoAdapter,
  parallelPath,
  type DuplexStructuredOptions,
  type ParallelElement,
} from '../fixtures/topologies';
import { channelBetween, readFrom } from '../fixtures/traceQueries';
import type { DeviceId } from '../ids';
import { analyzeDesign, type Analysis } from '../analysis/analyze';
import type { PolarityVerdict } from './channels';
import { duplexFlips, type ConnectivityMethod } from './method';
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

/** "end-1 port 1 Tx → module 1A → trunk n → m → module 1B → end-2 port 1 Rx" of §10. */
interface ExamplePath {
  readonly front1: string;
  readonly trunk: readonly [number, number];
  readonly front2: string;
}

/**
 * Duplex goldens (§5.3–§5.5), fixtures `duplexStructured`:
 *
 * ```text
 *  SW-1 cage p ──cord 1── MOD-1 front p │ MPO1 ══trunk══ MPO1 │ MOD-2 front p ──cord 2── SW-2 cage p   (p = 1…6)
 * ```
 */
const DUPLEX_GOLDENS: readonly {
  id: string;
  recipe: DuplexStructuredOptions;
  verdict: PolarityVerdict;
  method: ConnectivityMethod;
  portMap?: 'p' | '7-p';
  example?: ExamplePath;
  rules?: readonly string[];
}[] = [
  {
    id: 'GT-06 Method A (A-to-B / A-to-A), 2 m + 90 m + 2 m',
    recipe: METHOD_RECIPES.A,
    verdict: 'ok',
    method: 'A',
    portMap: 'p',
    example: { front1: '1A', trunk: [1, 1], front2: '1A' },
  },
  {
    id: 'GT-06b Method A with A-to-B cords at both ends',
    recipe: { ...METHOD_RECIPES.A, cord2: 'A-to-B' },
    verdict: 'tx-to-tx',
    method: 'none',
  },
  {
    id: 'GT-07 Method B (MOD-B1 / MOD-B2)',
    recipe: METHOD_RECIPES.B,
    verdict: 'ok',
    method: 'B',
    portMap: 'p',
    example: { front1: '1A', trunk: [12, 1], front2: '1B' },
  },
  {
    id: 'GT-07b Method B with MOD-B1 at both ends',
    recipe: { ...METHOD_RECIPES.B, module2: 'MOD-B1' },
    verdict: 'port-remapped',
    method: 'none',
    portMap: '7-p',
  },
  {
    id: 'GT-07b with the end-2 cords on ports 7−p (switch ports realigned, panel ports still remapped)',
    recipe: { ...METHOD_RECIPES.B, module2: 'MOD-B1', farFront: (p) => 7 - p },
    verdict: 'port-remapped',
    method: 'none',
    portMap: 'p',
  },
  {
    id: 'GT-07c Method B with an A-to-A cord at end 2',
    recipe: { ...METHOD_RECIPES.B, cord2: 'A-to-A' },
    verdict: 'tx-to-tx',
    method: 'none',
  },
  {
    id: 'GT-08 Method C (Type-C trunk)',
    recipe: METHOD_RECIPES.C,
    verdict: 'ok',
    method: 'C',
    portMap: 'p',
    example: { front1: '1A', trunk: [1, 2], front2: '1B' },
  },
  {
    id: 'GT-08 Method C modules with a Type-A trunk',
    recipe: { ...METHOD_RECIPES.C, trunk: 'A' },
    verdict: 'tx-to-tx',
    method: 'none',
  },
  {
    id: 'GT-09a Method U1 single-mode (APC MPO, OS2)',
    recipe: { ...METHOD_RECIPES.U1, medium: 'single-mode' },
    verdict: 'ok',
    method: 'U1',
    portMap: 'p',
    example: { front1: '1A', trunk: [12, 1], front2: '1B' },
  },
  {
    id: 'GT-09b Method U1 single-mode with a Type-A trunk',
    recipe: { ...METHOD_RECIPES.U1, medium: 'single-mode', trunk: 'A' },
    verdict: 'tx-to-tx',
    method: 'none',
  },
  {
    id: 'GT-09c MOD-U2 with APC MPOs (key-up/key-up rear adapter)',
    recipe: {
      ...METHOD_RECIPES.U2,
      medium: 'single-mode',
      module1: makeCassette({ moduleClass: 'MOD-U2', rearPolish: 'APC', fiberType: 'OS2', rearGender: 'female' }),
      module2: makeCassette({ moduleClass: 'MOD-U2', rearPolish: 'APC', fiberType: 'OS2', rearGender: 'female' }),
    },
    verdict: 'invalid',
    method: 'U2',
    rules: ['V4', 'V4'],
  },
];

const parseFront = (s: string) => ({ port: `front-${s.slice(0, -1)}`, position: s.endsWith('A') ? POS_A : POS_B });

describe('duplex goldens (§5.3–§5.5)', () => {
  it.each(DUPLEX_GOLDENS)('$id → $verdict (method $method)', (g) => {
    const topo = duplexStructured(g.recipe);
    const analysis = analyzeDesign(topo.design);
    expect(analysis.findings.map((f) => f.rule)).toEqual(g.rules ?? []);
    expect(analysis.channels.map((c) => [c.kind, c.verdict, c.method])).toEqual(
      Array.from({ length: 6 }, () => ['duplex', g.verdict, g.method]),
    );
    if (g.portMap) {
      for (let p = 1; p <= 6; p++) {
        const q = g.portMap === 'p' ? p : 7 - p;
        expect(channelBetween(analysis, topo.end1[p]!.transceiver, topo.end2[q]!.transceiver)?.fibers).toHaveLength(2);
      }
    }
    if (g.verdict === 'tx-to-tx') {
      // Every circuit fails both ways: one fiber Tx→Tx, its partner Rx→Rx (§5.5.1 negative table).
      expect(analysis.fibers.map((f) => `${f.start.kind}-${f.end.kind}`).sort()).toEqual([
        ...Array(6).fill('rx-rx'),
        ...Array(6).fill('tx-tx'),
      ]);
    }
    if (g.example) {
      const tx = topo.end1[1]!.transceiver;
      const f = analysis.fibers.find((x) => x.start.kind === 'tx' && x.start.device === tx)!;
      expect(f.end).toMatchObject({ kind: 'rx', device: topo.end2[1]!.transceiver });
      expect(f.hops[1]).toMatchObject({ device: topo.module1, in: parseFront(g.example.front1) });
      expect(f.hops[2]).toMatchObject({
        cable: topo.trunk,
        from: { position: g.example.trunk[0] },
        to: { position: g.example.trunk[1] },
      });
      expect(f.hops[3]).toMatchObject({ device: topo.module2, out: parseFront(g.example.front2) });
    }
  });

  it('GT-09c registers the generated APC MOD-U2 part in the design', () => {
    const topo = duplexStructured(DUPLEX_GOLDENS[DUPLEX_GOLDENS.length - 1]!.recipe);
    expect(Object.keys(topo.design.parts)).toEqual(['module/mod-u2-12f-1xmpo12-f-apc-os2']);
    expect(topo.design.devices[topo.module1]?.part).toBe('module/mod-u2-12f-1xmpo12-f-apc-os2');
  });

  it('GT-07b names the remapped ports in its reason', () => {
    const topo = duplexStructured({ ...METHOD_RECIPES.B, module2: 'MOD-B1' });
    const ch = channelBetween(analyzeDesign(topo.design), topo.end1[1]!.transceiver, topo.end2[6]!.transceiver);
    expect(ch?.reasons).toEqual(
      expect.arrayContaining([expect.stringMatching(/^port (1|6) at one end reaches port (6|1) at the other$/)]),
    );
    expect(ch?.reasons.find((r) => r.startsWith('port '))).not.toMatch(/port (\d) at one end reaches port \1 /);
  });

  /**
   * Duplex permanent links (§4): cords in series through LC couplers (fixtures `duplexPatch`).
   * ```text
   *  SFP+ ──cord 1── [LC coupler] ──cord 2── … ──cord n── SFP+
   * ```
   * Flips = A-to-B cords + couplers; odd passes (INFN rule [S60]).
   */
  it.each<[string, readonly ('A-to-B' | 'A-to-A')[], PolarityVerdict, number]>([
    ['one A-to-B cord (GT-06c)', ['A-to-B'], 'ok', 1],
    ['A-to-B, coupler, A-to-B', ['A-to-B', 'A-to-B'], 'ok', 3],
    ['A-to-B, coupler, A-to-A', ['A-to-B', 'A-to-A'], 'tx-to-tx', 2],
    ['A-to-A, coupler, A-to-A', ['A-to-A', 'A-to-A'], 'ok', 1],
    ['three A-to-B cords, two couplers', ['A-to-B', 'A-to-B', 'A-to-B'], 'ok', 5],
    ['A-to-B, A-to-A, A-to-B through two couplers', ['A-to-B', 'A-to-A', 'A-to-B'], 'tx-to-tx', 4],
  ])('§4 LC patch: %s → %s (%i flips)', (_name, cords, verdict, flips) => {
    const topo = duplexPatch(cords);
    const analysis = analyzeDesign(topo.design);
    expect(analysis.channels.map((c) => [c.kind, c.verdict])).toEqual([['duplex', verdict]]);
    const f = readFrom(
      analysis.fibers.find((x) => x.start.kind === 'tx' && x.start.device === topo.a)!,
      topo.a,
    );
    expect(duplexFlips(analysis.index, f).filter((e) => e.flips)).toHaveLength(flips);
  });

  it.each<['A-to-B' | 'A-to-A', PolarityVerdict, string]>([
    ['A-to-B', 'ok', 'rx'],
    ['A-to-A', 'tx-to-tx', 'tx'],
  ])('GT-06c two SFP+ joined by one %s cord → %s (Tx on plug B reaches far %s)', (cord, verdict, far) => {
    const topo = duplexDirect(cord);
    const analysis = analyzeDesign(topo.design);
    expect(analysis.channels.map((c) => [c.kind, c.verdict, c.method])).toEqual([['duplex', verdict, 'none']]);
    const f = readFrom(
      analysis.fibers.find((x) => x.start.kind === 'tx' && x.start.device === topo.a)!,
      topo.a,
    );
    expect(f.start).toMatchObject({ kind: 'tx', position: POS_B });
    expect(f.end).toMatchObject({ kind: far, device: topo.b, position: cord === 'A-to-B' ? POS_A : POS_B });
  });
});

/**
 * Breakout goldens (§6.4):
 *
 * ```text
 *  SW-A QSFP ──Type-B MPO-12 (female @ QSFP, male @ module)── MOD rear MPO1
 *  MOD front k ──A-to-B LC cord── SW-B SFP k   (k = 1…4; ports 5–6 unpatched)
 * ```
 */
describe('breakout goldens (§6.4)', () => {
  it.each([
    { id: 'GT-11 40GBASE-SR4 → 4× 10GBASE-SR through MOD-U1 (OM4)', medium: 'multimode' as const },
    { id: 'GT-12 400GBASE-DR4 → 4× 100GBASE-DR through MOD-U1 (OS2, APC)', medium: 'single-mode' as const },
  ])('$id: lane k ↔ module port k+1', ({ medium }) => {
    const topo = breakoutU1({ medium });
    const analysis = analyzeDesign(topo.design);
    expect(analysis.findings).toEqual([]);
    for (let k = 1; k <= 4; k++) {
      const sfp = topo.legs[k]!.transceiver;
      const ch = channelBetween(analysis, topo.parallel, sfp);
      expect([ch?.kind, ch?.verdict]).toEqual(['breakout', 'ok']);
      const down = ch!.fibers.find((f) => f.start.kind === 'tx' && f.start.device === topo.parallel)!;
      const up = ch!.fibers.find((f) => f.start.kind === 'tx' && f.start.device === sfp)!;
      expect([down.start, down.end]).toMatchObject([{ lane: k - 1 }, { kind: 'rx', device: sfp }]);
      expect([up.end]).toMatchObject([{ kind: 'rx', device: topo.parallel, lane: k - 1 }]);
      // Tx_{k-1} → module port k position B; SFP-k Tx → module port k position A → trunk 13−k.
      expect(down.hops[1]).toMatchObject({
        device: topo.module,
        in: { port: 'mpo1', position: k },
        out: { port: `front-${k}`, position: POS_B },
      });
      expect(up.hops[1]).toMatchObject({
        device: topo.module,
        in: { port: `front-${k}`, position: POS_A },
        out: { port: 'mpo1', position: 13 - k },
      });
      expect(up.hops[2]).toMatchObject({
        cable: topo.cable,
        from: { end: 0, position: 13 - k },
        to: { end: 1, position: k },
      });
    }
    // Ports 5 and 6 carry fibers 5–8, dark at the QSFP; unpatched, they are open, not failing.
    const open = analysis.channels.filter((c) => c.kind === 'partial');
    expect(open.map((c) => c.verdict)).toEqual(['open', 'open']);
    expect(open.flatMap((c) => c.fibers.map((f) => f.start.kind)).sort()).toEqual([
      'dark-mdi',
      'dark-mdi',
      'dark-mdi',
      'dark-mdi',
    ]);
  });

  it('§6.4 direct harness: leg k carries lane k−1 (plug 13−k → leg A → SFP Rx, SFP Tx → leg B → plug k)', () => {
    const topo = harnessBreakout();
    const analysis = analyzeDesign(topo.design);
    expect(analysis.findings).toEqual([]);
    for (let k = 1; k <= 4; k++) {
      const ch = channelBetween(analysis, topo.parallel, topo.legs[k]!);
      expect([ch?.kind, ch?.verdict]).toEqual(['breakout', 'ok']);
      const down = ch!.fibers.find((f) => f.start.kind === 'tx' && f.start.device === topo.parallel)!;
      expect(down).toMatchObject({
        start: { lane: k - 1, position: 13 - k },
        end: { kind: 'rx', device: topo.legs[k], position: POS_A },
      });
      const up = ch!.fibers.find((f) => f.start.kind === 'tx' && f.start.device === topo.legs[k])!;
      expect(up).toMatchObject({
        start: { position: POS_B },
        end: { kind: 'rx', device: topo.parallel, lane: k - 1, position: k },
      });
    }
  });

  it('GT-11 with MOD-A instead fails: SFP-1 Tx lands on QSFP Tx0, ports 3 and 4 on dark positions', () => {
    const topo = breakoutU1({ module: 'MOD-A' });
    const analysis = analyzeDesign(topo.design);
    const verdictOf = (k: number) => channelBetween(analysis, topo.parallel, topo.legs[k]!.transceiver)?.verdict;
    expect([1, 2, 3, 4].map(verdictOf)).toEqual(['tx-to-tx', 'tx-to-tx', 'tx-to-dark', 'tx-to-dark']);
    const sfp1 = analysis.fibers.find((f) => f.start.kind === 'tx' && f.start.device === topo.legs[1]!.transceiver)!;
    expect(sfp1.end).toMatchObject({ kind: 'tx', device: topo.parallel, lane: 0 });
  });
});
