/**
 * The "why" of a polarity failure (REFERENCE §0.5, §4, §6.3): which elements flip A↔B in a
 * duplex channel and which reverse the array in a parallel one.
 */
import { describe, expect, it } from 'vitest';
import { arrayCable, breakoutU1, parallelPath } from '../fixtures/parallelTopologies';
import { duplexStructured, METHOD_RECIPES } from '../fixtures/topologies';
import { analyzeDesign } from '../analysis/analyze';

describe('why a channel fails', () => {
  /*
   * GT-06b: SFP ─A-to-B─ MOD-A ═Type A═ MOD-A ─A-to-B─ SFP
   *   flips: cord 1 (B→A), link (A→A, none), cord 2 (A→B) = 2, even → Tx→Tx
   */
  it('counts two A↔B flips for Method A with A-to-B cords at both ends', () => {
    const topo = duplexStructured({ ...METHOD_RECIPES.A, cord2: 'A-to-B' });
    const ch = analyzeDesign(topo.design).channels.find((c) => c.kind === 'duplex');
    expect(ch?.verdict).toBe('tx-to-tx');
    expect(ch?.why.filter((w) => w.endsWith('(flips A↔B)'))).toHaveLength(2);
    expect(ch?.why.filter((w) => w.endsWith('(no flip)'))).toHaveLength(1);
    expect(ch?.why.at(-1)).toMatch(/^2 flips in all \(even: Tx reaches Tx\)/);
  });

  /*
   * GT-02: SR4 ─Type A cord─ SR4: 0 reversing elements (needs odd) → Tx→Tx
   */
  it('counts zero reversing elements for a Type-A cord between SR4 transceivers', () => {
    const topo = parallelPath([arrayCable('A')]);
    const ch = analyzeDesign(topo.design).channels.find((c) => c.kind === 'parallel');
    expect(ch?.verdict).toBe('tx-to-tx');
    expect(ch?.why).toHaveLength(2);
    expect(ch?.why[0]).toMatch(/: straight$/);
    expect(ch?.why[1]).toMatch(/^0 reversing elements \(needs odd\) and 0 Type-C elements/);
  });

  it('gives no explanation for a passing channel', () => {
    const topo = duplexStructured(METHOD_RECIPES.U1);
    for (const ch of analyzeDesign(topo.design).channels) expect(ch.why).toEqual([]);
  });
});

describe('breakout ports without a lane (GT-11 "ports 5–6 dark, warn if patched")', () => {
  /*
   * SW-A QSFP (40GBASE-SR4) ═Type B═ MOD-U1 ─A-to-B─ SFP on ports 1–5
   *   ports 1–4 ↔ lanes 0–3 (ok); port 5 pairs trunk positions 5 and 8: no lane → dark-lane warning
   */
  it('warns, and does not fail, for an SFP patched to module port 5', () => {
    const topo = breakoutU1({ legs: [1, 2, 3, 4, 5] });
    const channels = analyzeDesign(topo.design).channels.filter((c) => c.kind === 'breakout');
    expect(channels.map((c) => c.verdict).sort()).toEqual(['dark-lane', 'ok', 'ok', 'ok', 'ok']);
    const dark = channels.find((c) => c.verdict === 'dark-lane')!;
    expect(dark.b.transceiver ?? dark.a.transceiver).toBeDefined();
    expect(dark.reasons[0]).toMatch(/not served by a lane/);
  });
});

describe('breakout method (§6.4)', () => {
  /*
   * QSFP 40GBASE-SR4 ═Type B═ MOD-U1 ─A-to-B─ SFP ×4 → Method U1 breakout;
   * the same with MOD-A fails and has no method.
   */
  it('recognises a U1 breakout and no method for a failing MOD-A one', () => {
    const u1 = analyzeDesign(breakoutU1().design).channels.filter((c) => c.kind === 'breakout');
    expect(u1.map((c) => [c.verdict, c.method])).toEqual(Array.from({ length: 4 }, () => ['ok', 'U1']));
    const a = analyzeDesign(breakoutU1({ module: 'MOD-A' }).design).channels.filter((c) => c.kind === 'breakout');
    expect(new Set(a.map((c) => c.method))).toEqual(new Set(['none']));
  });
});
