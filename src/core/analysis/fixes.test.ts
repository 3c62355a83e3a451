/**
 * Proposed fixes (analysis/fixes.ts): single catalogue substitutions that make a failing channel
 * pass. GT-06b (Method A with A-to-B cords at both ends, REFERENCE §10) must be fixable by
 * replacing one cord with A-to-A (§5.4 rows 1–2), every proposal must really pass when applied,
 * and a passing channel gets none.
 *
 * ```text
 *  SW-1 cage p ──A-to-B── MOD-A ══Type-A trunk══ MOD-A ──A-to-B── SW-2 cage p    (GT-06b, p = 1…6)
 * ```
 */
import { describe, expect, it } from 'vitest';
import { duplexStructured, METHOD_RECIPES, arrayCable, parallelPath } from '../fixtures/topologies';
import { REF_MODULES, refDuplexTrace, type RefArrayType, type RefCordType } from '../fixtures/referenceModel';
import { channelBetween } from '../fixtures/traceQueries';
import { DesignBuilder, mdi } from '../designBuilder';
import { analyzeDesign } from './analyze';
import { VERDICTS } from '../engine/channels';
import { proposeFixes, substitutePart } from './fixes';

describe('proposeFixes', () => {
  const topo = duplexStructured({ ...METHOD_RECIPES.A, cord2: 'A-to-B' });
  const analysis = analyzeDesign(topo.design);
  const channel = channelBetween(analysis, topo.end1[1]!.transceiver, topo.end2[1]!.transceiver)!;
  const fixes = proposeFixes(topo.design, analysis, channel);

  it('GT-06b fails before any fix', () => {
    expect(channel.verdict).toBe('tx-to-tx');
  });

  it('GT-06b: replacing either cord of the circuit with an A-to-A cord is proposed (Method A)', () => {
    const cordFixes = fixes
      .filter((f) => f.toPart === 'cable/lc-duplex-aa-upc')
      .map((f) => [f.target.id, f.fromPart, f.verdictAfter, f.otherChannelsChanged]);
    expect(cordFixes).toEqual(
      expect.arrayContaining([
        [topo.end1[1]!.cord, 'cable/lc-duplex-ab-upc', 'ok', 0],
        [topo.end2[1]!.cord, 'cable/lc-duplex-ab-upc', 'ok', 0],
      ]),
    );
    expect(cordFixes).toHaveLength(2);
  });

  it('GT-06b: a Type-C trunk (Method C) is proposed and fixes all six circuits', () => {
    const trunk = fixes.find((f) => f.target.id === topo.trunk && f.toPart === 'cable/mpo12-typeC-mm-upc');
    expect(trunk).toMatchObject({ verdictAfter: 'ok', otherChannelsChanged: 5 });
  });

  /**
   * Every single substitution that fixes GT-06b, worked out by hand from REFERENCE §5.4 and the
   * parity rule (§0.5), in the order the proposals must come (clean passes first, fewest side
   * effects first). A cord carries one circuit (no other channel changes); the trunk and each
   * cassette carry all six circuits (the other five change too). `chain` is the circuit after the
   * substitution for the Appendix A reference model: cord 1, cassette 1, trunk, cassette 2, cord 2.
   *
   * - cord 1 → A-to-A: §5.4 row 2 (MOD-A/MOD-A, A-to-A / A-to-B): PASS, Method A.
   * - cord 2 → A-to-A: §5.4 row 1 (A-to-B / A-to-A): PASS, Method A.
   * - trunk Type A → Type C: §5.4 row 10 (Method C): PASS.
   * - either cassette MOD-A → MOD-B2: polarity passes, but MOD-B facing MOD-A on a Type-A trunk is
   *   no TIA method (not a §5.4 row), reported like rows 13 and 19 as a non-standard mix.
   */
  const EXPECTED_GT06B = [
    {
      target: topo.end1[1]!.cord,
      from: 'cable/lc-duplex-ab-upc',
      to: 'cable/lc-duplex-aa-upc',
      verdict: 'ok',
      others: 0,
      chain: ['AA', 'MOD-A', 'A', 'MOD-A', 'AB'],
    },
    {
      target: topo.end2[1]!.cord,
      from: 'cable/lc-duplex-ab-upc',
      to: 'cable/lc-duplex-aa-upc',
      verdict: 'ok',
      others: 0,
      chain: ['AB', 'MOD-A', 'A', 'MOD-A', 'AA'],
    },
    {
      target: topo.trunk,
      from: 'cable/mpo12-typeA-mm-upc',
      to: 'cable/mpo12-typeC-mm-upc',
      verdict: 'ok',
      others: 5,
      chain: ['AB', 'MOD-A', 'C', 'MOD-A', 'AB'],
    },
    {
      target: topo.module1,
      from: 'module/mod-a-12f-1xmpo12-f-upc-om4',
      to: 'module/mod-b2-12f-1xmpo12-f-upc-om4',
      verdict: 'non-standard-mix',
      others: 5,
      chain: ['AB', 'MOD-B2', 'A', 'MOD-A', 'AB'],
    },
    {
      target: topo.module2,
      from: 'module/mod-a-12f-1xmpo12-f-upc-om4',
      to: 'module/mod-b2-12f-1xmpo12-f-upc-om4',
      verdict: 'non-standard-mix',
      others: 5,
      chain: ['AB', 'MOD-A', 'A', 'MOD-B2', 'AB'],
    },
  ] as const;

  /** Appendix A reference trace of a circuit chain (independent of the engine and catalogue). */
  const reference = ([c1, m1, trunk, m2, c2]: readonly [
    RefCordType,
    keyof typeof REF_MODULES,
    RefArrayType,
    keyof typeof REF_MODULES,
    RefCordType,
  ]) => refDuplexTrace(c1, REF_MODULES[m1], trunk, REF_MODULES[m2], c2);

  it('GT-06b: exactly the hand-derived substitutions are proposed, in order', () => {
    // Before: §5.4 row 3, Tx→Tx on every trunk fiber by the reference model.
    expect(reference(['AB', 'MOD-A', 'A', 'MOD-A', 'AB']).filter((r) => r.ok)).toEqual([]);
    expect(fixes.map((f) => [f.target.id, f.fromPart, f.toPart, f.verdictAfter, f.otherChannelsChanged])).toEqual(
      EXPECTED_GT06B.map((e) => [e.target, e.from, e.to, e.verdict, e.others]),
    );
  });

  it('every proposal, applied with substitutePart, makes the channel pass with the promised verdict', () => {
    expect(fixes).toHaveLength(EXPECTED_GT06B.length);
    for (const [i, fix] of fixes.entries()) {
      const expected = EXPECTED_GT06B[i]!;
      // The reference model agrees that the substituted chain passes on every trunk fiber.
      expect(
        reference(expected.chain).every((r) => r.ok),
        fix.description,
      ).toBe(true);
      const after = analyzeDesign(substitutePart(topo.design, fix.target, fix.toPart));
      const same = after.channels.find((c) => c.key === channel.key);
      expect(same?.verdict, fix.description).toBe(expected.verdict);
      expect(['pass', 'warning'], fix.description).toContain(VERDICTS[same!.verdict].cls);
    }
  });

  it('clean passes are listed before warnings, then by fewest side effects', () => {
    expect(fixes.map((f) => [f.verdictAfter, f.otherChannelsChanged])).toEqual([
      ['ok', 0],
      ['ok', 0],
      ['ok', 5],
      ['non-standard-mix', 5],
      ['non-standard-mix', 5],
    ]);
    expect(fixes[0]).toMatchObject({ verdictAfter: 'ok', otherChannelsChanged: 0 });
  });

  it('a passing channel gets no fixes', () => {
    const ok = duplexStructured(METHOD_RECIPES.A);
    const a = analyzeDesign(ok.design);
    expect(a.channels.every((c) => c.verdict === 'ok')).toBe(true);
    for (const c of a.channels) expect(proposeFixes(ok.design, a, c)).toEqual([]);
  });

  it('GT-02 (Type-A cord between SR4s) is fixed by the Type-B cord of the same group', () => {
    const p = parallelPath([arrayCable('A')]);
    const a = analyzeDesign(p.design);
    const f = proposeFixes(p.design, a, a.channels[0]!);
    expect(f.map((x) => [x.target.id, x.toPart, x.verdictAfter])).toEqual([
      [p.cables[0], 'cable/mpo12-typeB-ff-upc', 'ok'],
    ]);
  });

  it('substitutePart is pure and ignores unknown targets', () => {
    const before = JSON.stringify(topo.design);
    const edited = substitutePart(topo.design, { kind: 'cable', id: topo.trunk }, fixes[0]!.toPart);
    expect(JSON.stringify(topo.design)).toBe(before);
    expect(edited).not.toBe(topo.design);
    expect(substitutePart(topo.design, { kind: 'device', id: 'dev-nope' as never }, fixes[0]!.toPart)).toBe(
      topo.design,
    );
  });
});

describe('fixes for mating-rule violations', () => {
  /*
   * GT-13c: SR4 (male MDI) ═ male/male Type-B MPO-12 cord ═ SR4 (male MDI): V2 at both MDIs.
   * The fix is the same Type-B cord, female at both ends.
   */
  it('proposes the female/female cord for a male cord between two SR4 transceivers', () => {
    const b = new DesignBuilder('GT-13c');
    const x = b.loose('transceiver/100gbase-sr4-qsfp28', 'QSFP-A');
    const y = b.loose('transceiver/100gbase-sr4-qsfp28', 'QSFP-B');
    const cord = b.cable('cable/mpo12-typeB-mm-upc', 'C1', 3, 'OM4', { A: mdi(x), B: mdi(y) });
    const design = b.build();
    const analysis = analyzeDesign(design);
    const ch = analysis.channels.find((c) => c.kind === 'parallel')!;
    expect(ch.verdict).toBe('invalid');
    const fixes = proposeFixes(design, analysis, ch);
    expect(fixes.map((f) => f.toPart)).toContain('cable/mpo12-typeB-ff-upc');
    // A female/female Type-B cord between two SR4s is GT-01 (REFERENCE §10): PASS, nothing else changes.
    for (const f of fixes) {
      expect([f.target.id, f.verdictAfter, f.otherChannelsChanged]).toEqual([cord, 'ok', 0]);
      const after = analyzeDesign(substitutePart(design, f.target, f.toPart));
      expect(after.channels.find((c) => c.key === ch.key)?.verdict).toBe('ok');
    }
  });
});
