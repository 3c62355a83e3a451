/**
 * The "why" of a polarity failure (REFERENCE §0.5, §4, §6.3): which elements flip A↔B in a
 * duplex channel and which reverse the array in a parallel one.
 */
import { describe, expect, it } from 'vitest';
import { arrayCable, parallelPath } from '../fixtures/parallelTopologies';
import { duplexStructured, METHOD_RECIPES } from '../fixtures/topologies';
import { analyzeDesign } from './analyze';

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
