/**
 * `patchMap` against the plain way (copy the map, delete, set) as an independent model: random
 * chains of patches over a small key space give the same entries in the same order, the same
 * size and lookups, and the base is never changed.
 *
 * ```text
 *  m0 ──patch──► m1 ──patch──► m2 …      model: new Map(m_i); delete removed; set added
 * ```
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patchMap } from './patchedMap';

const key = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
const patch = fc.record({
  removed: fc.array(key, { maxLength: 3 }),
  added: fc.array(fc.tuple(key, fc.nat(99)), { maxLength: 3 }),
});

describe('patchMap', () => {
  it('a worked case: remove b, set c and d', () => {
    const base = new Map<string, number>(Array.from({ length: 20 }, (_, i) => [`k${i}`, i]));
    base.set('b', 2).set('c', 3);
    const m = patchMap(
      base,
      ['b'],
      [
        ['c', 4],
        ['d', 5],
      ],
    );
    expect([...m].slice(-2)).toEqual([
      ['c', 4],
      ['d', 5],
    ]);
    expect(m.size).toBe(22);
    expect(m.get('b')).toBeUndefined();
    expect(m.has('c')).toBe(true);
    expect(base.get('c')).toBe(3);
    expect(patchMap(base, [], [])).toBe(base);
  });

  it('chains of random patches read as the copied maps would', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.nat(99))), fc.array(patch, { maxLength: 20 }), (start, patches) => {
        let model = new Map<string, number>(start);
        let m: ReadonlyMap<string, number> = new Map(start);
        for (const p of patches) {
          const next = new Map(model);
          for (const k of p.removed) next.delete(k);
          for (const [k, v] of p.added) next.set(k, v);
          const before = [...m];
          const out = patchMap(m, p.removed, p.added);
          expect([...m]).toEqual(before);
          expect([...out]).toEqual([...next]);
          expect([...out.keys()]).toEqual([...next.keys()]);
          expect([...out.values()]).toEqual([...next.values()]);
          expect(out.size).toBe(next.size);
          for (const k of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'z']) {
            expect(out.get(k)).toBe(next.get(k));
            expect(out.has(k)).toBe(next.has(k));
          }
          model = next;
          m = out;
        }
      }),
      { numRuns: 300 },
    );
  });
});
