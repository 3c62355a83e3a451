/**
 * REFERENCE-2 §17 golden cases GT-21 / GT-22 (twin-port OSFP), GT-23 (spliced trunk), the §15.2
 * mis-splice and GT-27 (VSFF mating, the duplex MDC panel channel), each with its (b)/(c)
 * variants. Expected values are the reference's, written here by hand; the Appendix B oracle
 * (fixtures/referenceModelB.ts, which shares no code with the engine) is run on the same element
 * lists and must agree. Topologies are drawn in fixtures/goldens2026.ts and repeated in each table
 * below. Other §17 cases: goldens2026.test.ts, goldens2026Mpo16.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { gt21, gt22, gt23, gt27f } from '../fixtures/goldens2026';
import { refCompose, refIdentifyArrayType, refParallelTraceN } from '../fixtures/referenceModelB';
import { analyzeDesign } from '../analysis/analyze';
import { splicedTrunks, spliceCountOf } from './splices';

import { equipmentVerdicts, landings, rules } from '../fixtures/goldenOutcomes';

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
