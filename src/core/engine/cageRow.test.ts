/**
 * `CageRow`, one switch's cages in a fresh design index: it must answer exactly as a `Map` filled
 * by the same `set` calls (cage key → transceiver id, first-set order), whether the keys are
 * numbered cages set in order (kept by number), out of order, or keys of any other form.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deviceId, type DeviceId } from '../ids';
import { CageRow, cageNumber } from './cageRow';

/** The same `set` calls on a row and on a Map. */
function both(calls: readonly [string, DeviceId][]): { row: CageRow; map: Map<string, DeviceId> } {
  const row = new CageRow();
  const map = new Map<string, DeviceId>();
  for (const [k, v] of calls) {
    row.set(k, v);
    map.set(k, v);
  }
  return { row, map };
}

/** Every way a reader sees the row, against the Map (`probe`: keys to look up, present or not). */
function expectSame(row: CageRow, map: Map<string, DeviceId>, probe: readonly string[]): void {
  expect(row.size).toBe(map.size);
  expect([...row]).toEqual([...map]);
  expect([...row.keys()]).toEqual([...map.keys()]);
  expect([...row.values()]).toEqual([...map.values()]);
  const seen: [string, DeviceId][] = [];
  row.forEach((d, k, self) => {
    expect(self).toBe(row);
    seen.push([k, d]);
  });
  expect(seen).toEqual([...map]);
  for (const k of probe) {
    expect(row.get(k)).toBe(map.get(k));
    expect(row.has(k)).toBe(map.has(k));
  }
  expect([...new Map(row)]).toEqual([...map]);
}

describe('cageNumber', () => {
  it('reads N of a canonical `cage-N` only', () => {
    const cases: [string, number][] = [
      ['cage-0', 0],
      ['cage-1', 1],
      ['cage-48', 48],
      ['cage-1023', 1023],
      ['cage-1024', -1], // past the numbered range
      ['cage-01', -1], // a leading zero: another key than cage-1
      ['cage-', -1],
      ['cage-3:mdi-b', -1], // a cage port with an MDI, not a cage key
      ['cage-x', -1],
      ['mdi', -1],
      ['front-1', -1],
    ];
    for (const [key, n] of cases) expect([key, cageNumber(key)]).toEqual([key, n]);
  });
});

describe('CageRow', () => {
  it('keeps a switch whose cages are set in order by number (a generated hall)', () => {
    const calls = Array.from({ length: 48 }, (_, i): [string, DeviceId] => [`cage-${i + 1}`, deviceId(`sfp-${i + 1}`)]);
    const { row, map } = both(calls);
    expectSame(row, map, ['cage-0', 'cage-1', 'cage-48', 'cage-49', 'cage-01', 'other']);
    // A cage set again keeps its place and takes the later transceiver.
    row.set('cage-7', deviceId('sfp-x'));
    map.set('cage-7', deviceId('sfp-x'));
    expectSame(row, map, ['cage-7']);
  });

  it('answers as a Map for any keys in any order', () => {
    const key = fc.oneof(
      fc.integer({ min: 0, max: 1100 }).map((n) => `cage-${n}`),
      fc.integer({ min: 0, max: 12 }).map((n) => `cage-${n}`),
      fc.constantFrom('cage-01', 'cage-007', 'cage-', 'slot-1', 'cage-2:mdi-b'),
    );
    const call = fc.tuple(
      key,
      fc.integer({ min: 0, max: 5 }).map((n) => deviceId(`t-${n}`)),
    );
    fc.assert(
      fc.property(fc.array(call, { maxLength: 40 }), (calls) => {
        const { row, map } = both(calls);
        expectSame(row, map, [...calls.map(([k]) => k), 'cage-0', 'cage-1', 'cage-1023', 'cage-1100', 'none']);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the position set with each cage’s transceiver, the later one’s for a cage set again', () => {
    // switch sw:  cage-1 ← t-a (device list position 4)
    //             cage-2 ← t-b (position 7), then t-c (position 9) replaces it
    //             cage-5 ← t-d (no position given)
    const row = new CageRow();
    row.set('cage-1', deviceId('t-a'), 4);
    row.set('cage-2', deviceId('t-b'), 7);
    row.set('cage-2', deviceId('t-c'), 9);
    row.set('cage-5', deviceId('t-d'));
    expect(['cage-1', 'cage-2', 'cage-5'].map((k) => [row.get(k), row.positionOf(k)])).toEqual([
      ['t-a', 4],
      ['t-c', 9],
      ['t-d', -1],
    ]);
    // No transceiver there, or not a cage key: no position.
    expect(['cage-3', 'cage-6', 'cage-0', 'cage-01', 'slot-1'].map((k) => row.positionOf(k))).toEqual([
      -1, -1, -1, -1, -1,
    ]);
  });

  it('gives no position once a key breaks the numbered order (the Map keeps the ids only)', () => {
    // cage-4 ← t-a (position 2), then cage-1 ← t-b (position 3): out of order, the row becomes a Map.
    const row = new CageRow();
    row.set('cage-4', deviceId('t-a'), 2);
    row.set('cage-1', deviceId('t-b'), 3);
    expect([row.get('cage-4'), row.get('cage-1')]).toEqual(['t-a', 't-b']);
    expect([row.positionOf('cage-4'), row.positionOf('cage-1')]).toEqual([-1, -1]);
  });
});
