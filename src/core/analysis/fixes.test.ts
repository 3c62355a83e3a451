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
import { channelBetween } from '../fixtures/traceQueries';
import { DesignBuilder, mdi } from '../designBuilder';
import { analyzeDesign } from './analyze';
import { VERDICTS } from '../engine/channels';
import { proposeFixes, substitutePart } from './fixes';

const passes = (v: keyof typeof VERDICTS) => VERDICTS[v].cls === 'pass' || VERDICTS[v].cls === 'warning';

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

  it('every proposal, applied with substitutePart, makes the channel pass with the promised verdict', () => {
    expect(fixes.length).toBeGreaterThanOrEqual(3);
    for (const fix of fixes) {
      const after = analyzeDesign(substitutePart(topo.design, fix.target, fix.toPart));
      const same = after.channels.find((c) => c.key === channel.key);
      expect(same?.verdict, fix.description).toBe(fix.verdictAfter);
      expect(passes(same!.verdict), fix.description).toBe(true);
    }
  });

  it('clean passes are listed before warnings, then by fewest side effects', () => {
    const ranks = fixes.map((f) => -VERDICTS[f.verdictAfter].rank * 100 + f.otherChannelsChanged);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
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
    b.cable('cable/mpo12-typeB-mm-upc', 'C1', 3, 'OM4', { A: mdi(x), B: mdi(y) });
    const design = b.build();
    const analysis = analyzeDesign(design);
    const ch = analysis.channels.find((c) => c.kind === 'parallel')!;
    expect(ch.verdict).toBe('invalid');
    const fixes = proposeFixes(design, analysis, ch);
    expect(fixes.map((f) => f.toPart)).toContain('cable/mpo12-typeB-ff-upc');
    for (const f of fixes) {
      const after = analyzeDesign(substitutePart(design, f.target, f.toPart));
      expect(after.channels.find((c) => c.key === ch.key)?.verdict).toBe(f.verdictAfter);
    }
  });
});
