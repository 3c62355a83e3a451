/**
 * Duplex (REFERENCE §5.3–§5.5) and breakout (§6.4) golden cases, table-driven, fiber by fiber,
 * each with its topology drawn. The parallel goldens (§6.2, §6.3, §6.5) are in
 * `polarity.golden.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { makeCassette } from '../catalogue/modules';
import { POS_A, POS_B } from '../connectors';
import {
  breakoutU1,
  duplexDirect,
  duplexPatch,
  duplexStructured,
  harnessBreakout,
  METHOD_RECIPES,
  type DuplexStructuredOptions,
} from '../fixtures/topologies';
import { channelBetween, readFrom } from '../fixtures/traceQueries';
import { analyzeDesign } from '../analysis/analyze';
import type { PolarityVerdict } from './channels';
import { duplexFlips, type ConnectivityMethod } from './method';

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
