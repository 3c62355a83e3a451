/**
 * `recordChanges` by record identity after a scan has recorded the key order: deletions and
 * re-insertions are found in step with the last order (no full rescan), and a record moved
 * elsewhere is reported as a changed order. Expected change sets are written by hand from the
 * edits below on a collection of five plain records:
 *
 * ```text
 *  order:  d1  d2  d3  d4  d5        seq: 0 1 2 3 4
 *  delete d3      → d1 d2 d4 d5       changes {d3: deleted}
 *  put d3 back    → d1 d2 d3 d4 d5    changes {d3: new}, seq of d3 strictly between d2 and d4
 *  move d5 first  → d5 d1 d2 d3 d4    order changed
 *
 *  one edit deleting one record and adding another (the key count stays 5 or drops by 0):
 *  d3 out, d6 in its place   → d1 d2 d6 d4 d5    {d3: deleted, d6: new}, seq of d6 in (1, 3)
 *  d1 out, d6 in front       → d6 d2 d3 d4 d5    {d1: deleted, d6: new}, seq of d6 below 1
 *  d3 out, d6 at the end     → d1 d2 d4 d5 d6    {d3: deleted, d6: new}, d6 after all (no seq)
 *  d2, d4 out; d6, d7 in     → d1 d6 d3 d7 d5    {d2, d4: deleted; d6, d7: new}, d6 in (0, 2), d7 in (2, 4)
 * ```
 */
import { describe, expect, it } from 'vitest';
import type { Design, Device } from '../design';
import type { DeviceId } from '../ids';
import { recordChanges, type KeyOrder } from './recordChanges';

const dev = (id: string): Device => ({ id, part: 'x', name: id, placement: { kind: 'unplaced' } }) as unknown as Device;
const ids = ['d1', 'd2', 'd3', 'd4', 'd5'];
const recs = Object.fromEntries(['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7'].map((id) => [id, dev(id)]));
const design = (keys: readonly string[]): Design =>
  ({ devices: Object.fromEntries(keys.map((k) => [k, recs[k]])), cables: {} }) as unknown as Design;

/** The analyzer's view: records and design order of `d` (as after an update to it). */
const known = (d: Design, seq: Map<string, number>) => ({
  device: (id: string) => d.devices[id as DeviceId],
  cable: () => undefined,
  deviceSeq: seq,
  cableSeq: new Map<string, number>(),
});

/** The design of the five records in order, their order numbers, and the key order of a scan of it. */
const d0 = design(ids);
const seq0 = new Map(ids.map((id, i) => [id, i]));
const orders = (): { devices: KeyOrder; cables: KeyOrder } => ({
  devices: { keys: ids, values: ids.map((id) => recs[id]) },
  cables: { keys: [], values: [] },
});

describe('recordChanges: deletions and re-insertions in step with the last key order', () => {
  it('finds a deleted record, and the record put back between its neighbours', () => {
    const o = orders();
    const d1 = design(['d1', 'd2', 'd4', 'd5']);
    const del = recordChanges(d0, d1, known(d0, seq0), o);
    expect([del.ordered, [...del.devices]]).toEqual([true, [['d3', undefined]]]);
    // The last order is now the four keys; putting d3 back is a new record between d2 and d4.
    expect(o.devices.keys).toEqual(['d1', 'd2', 'd4', 'd5']);
    const seq1 = new Map([...seq0].filter(([k]) => k !== 'd3'));
    const back = recordChanges(d1, d0, known(d1, seq1), o);
    expect([back.ordered, [...back.devices]]).toEqual([true, [['d3', recs.d3]]]);
    const s = back.seqs.devices.get('d3') as number;
    expect(s > 1 && s < 3).toBe(true);
  });

  it('reports a changed record by identity and nothing else', () => {
    const o = orders();
    const changed = { ...recs.d4, name: 'renamed' } as Device;
    const d1 = { ...d0, devices: { ...d0.devices, d4: changed } } as Design;
    const r = recordChanges(d0, d1, known(d0, seq0), o);
    expect([r.ordered, [...r.devices]]).toEqual([true, [['d4', changed]]]);
  });

  it('says the order changed when an existing record moves', () => {
    const r = recordChanges(d0, design(['d5', 'd1', 'd2', 'd3', 'd4']), known(d0, seq0), orders());
    expect(r.ordered).toBe(false);
  });
});

describe('recordChanges: a deletion and an addition in the same edit', () => {
  // Expected change sets and order-number bounds written by hand from the drawing above.
  const cases: readonly [string, string[], [string, boolean][], Record<string, [number, number]>][] = [
    [
      'd3 out, d6 in its place',
      ['d1', 'd2', 'd6', 'd4', 'd5'],
      [
        ['d3', false],
        ['d6', true],
      ],
      { d6: [1, 3] },
    ],
    [
      'd1 out, d6 in front',
      ['d6', 'd2', 'd3', 'd4', 'd5'],
      [
        ['d1', false],
        ['d6', true],
      ],
      { d6: [-Infinity, 1] },
    ],
    [
      'd3 out, d6 at the end',
      ['d1', 'd2', 'd4', 'd5', 'd6'],
      [
        ['d3', false],
        ['d6', true],
      ],
      {},
    ],
    [
      'd2, d4 out; d6, d7 in',
      ['d1', 'd6', 'd3', 'd7', 'd5'],
      [
        ['d2', false],
        ['d4', false],
        ['d6', true],
        ['d7', true],
      ],
      { d6: [0, 2], d7: [2, 4] },
    ],
  ];

  it.each(cases)('%s', (_, keys, expected, bounds) => {
    const r = recordChanges(d0, design(keys), known(d0, seq0), orders());
    expect(r.ordered).toBe(true);
    const got = [...r.devices].map(([id, rec]) => [id, rec !== undefined] as [string, boolean]);
    expect(got.sort()).toEqual([...expected].sort());
    // A new record is reported with its own object, a deleted one with none.
    for (const [id, isNew] of expected) expect(r.devices.get(id as DeviceId)).toBe(isNew ? recs[id] : undefined);
    expect(Object.fromEntries([...r.seqs.devices].map(([id]) => [id, true]))).toEqual(
      Object.fromEntries(Object.keys(bounds).map((id) => [id, true])),
    );
    for (const [id, [lo, hi]] of Object.entries(bounds)) {
      const s = r.seqs.devices.get(id) as number;
      expect(s > lo && s < hi, `${id} at ${s}`).toBe(true);
    }
  });
});
