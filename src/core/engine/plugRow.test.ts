/**
 * `PlugRow`, the per-device plug table of a fresh design index: it must answer exactly as a `Map`
 * filled by the same `set` calls (the index's readers take it as a `ReadonlyMap`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cableId } from '../ids';
import type { PlugAt } from './designIndex';
import { PlugRow } from './plugRow';

const plug = (cable: string, end: number): PlugAt => ({ cable: cableId(cable), end });

/** The same `set` calls on a row and on a Map (the first call creates the row). */
function both(calls: readonly [string, PlugAt][]): { row: PlugRow<PlugAt, null>; map: Map<string, PlugAt> } {
  const [first, ...rest] = calls as [[string, PlugAt], ...[string, PlugAt][]];
  const row = new PlugRow(first[0], first[1], null);
  const map = new Map<string, PlugAt>([first]);
  for (const [k, v] of rest) {
    row.set(k, v);
    map.set(k, v);
  }
  return { row, map };
}

describe('PlugRow', () => {
  it('holds one plug (a transceiver MDI)', () => {
    const p = plug('c1', 0);
    const row = new PlugRow('mdi', p, null);
    expect(row.size).toBe(1);
    expect(row.get('mdi')).toBe(p);
    expect(row.get('front-1')).toBeUndefined();
    expect(row.has('mdi')).toBe(true);
    expect(row.has('rear-1')).toBe(false);
    expect([...row]).toEqual([['mdi', p]]);
    expect(row.portAt(0)).toBe('mdi');
  });

  it('answers as a Map for several ports, a port set twice keeping its place', () => {
    const calls: [string, PlugAt][] = [
      ['rear-1', plug('trunk', 1)],
      ['front-1', plug('cord-1', 0)],
      ['front-2', plug('cord-2', 0)],
      ['front-1', plug('cord-1', 1)],
      ['rear-1', plug('trunk', 0)],
      ['front-3', plug('cord-3', 1)],
    ];
    const { row, map } = both(calls);
    expect(row.size).toBe(4);
    expect([...row.entries()]).toEqual([...map.entries()]);
    expect([...row.keys()]).toEqual(['rear-1', 'front-1', 'front-2', 'front-3']);
    expect([...row.values()].map((p) => `${p.cable}:${p.end}`)).toEqual([
      'trunk:0',
      'cord-1:1',
      'cord-2:0',
      'cord-3:1',
    ]);
    expect([0, 1, 2, 3].map((i) => row.portAt(i))).toEqual(['rear-1', 'front-1', 'front-2', 'front-3']);
    for (const k of ['rear-1', 'front-1', 'front-2', 'front-3', 'front-4']) {
      expect(row.get(k)).toBe(map.get(k));
      expect(row.has(k)).toBe(map.has(k));
    }
    const seen: string[] = [];
    row.forEach((p, k, self) => {
      expect(self).toBe(row);
      seen.push(`${k}=${p.cable}`);
    });
    expect(seen).toEqual(['rear-1=trunk', 'front-1=cord-1', 'front-2=cord-2', 'front-3=cord-3']);
    // A Map copy (as the analyzer's live index makes) has the same entries in the same order.
    expect([...new Map(row)]).toEqual([...map]);
  });
  it('answers as a Map past its linear search (a panel or switch with many ports), any set order', () => {
    // Up to 30 distinct ports, each set one or more times: the row indexes its ports past 8 further ones.
    const call = fc.tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 80 }), (raw) => {
        const calls = raw.map(([p, c]): [string, PlugAt] => [`port-${p}`, plug(`cable-${p}-${c}`, c % 2)]);
        const { row, map } = both(calls);
        expect(row.size).toBe(map.size);
        expect([...row]).toEqual([...map]);
        for (let p = 0; p < 31; p++) {
          expect(row.get(`port-${p}`)).toBe(map.get(`port-${p}`));
          expect(row.has(`port-${p}`)).toBe(map.has(`port-${p}`));
        }
        const keys = [...map.keys()];
        const values = [...map.values()];
        for (let i = 0; i < keys.length; i++) {
          expect(row.portAt(i)).toBe(keys[i]);
          expect(row.plugAt(i)).toBe(values[i]);
        }
        const seen: [string, PlugAt][] = [];
        row.forEach((v, k) => seen.push([k, v]));
        expect(seen).toEqual([...map]);
      }),
      { numRuns: 300 },
    );
  });
});
