/**
 * `IdIndex` (issue 10 §2): the positions of distinct ids in one hash table sized once. Checked
 * against the model it replaces, a `Map` filled by `set(ids[i], i)`: every id finds its own
 * position and any other string finds nothing, for id sets that force collisions and probing
 * (a 4-bucket table for 1–2 ids, ids differing in one character, empty and non-ASCII strings).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IdIndex } from './idIndex';

/** The model: a Map from each id to its position. */
const modelOf = (ids: readonly string[]): Map<string, number> => new Map(ids.map((id, i) => [id, i]));

describe('IdIndex', () => {
  it('finds each id at its position and nothing else (hand-made ids)', () => {
    const ids = ['dev-1', 'dev-10', 'dev-100', '', 'dev-é', 'cage-3:mdi-b', 'dev-2'];
    const index = new IdIndex(ids);
    ids.forEach((id, i) => expect(index.find(id)).toBe(i));
    // Other strings, including prefixes and a copy built at run time (equal content, another object).
    for (const other of ['dev-', 'dev-1000', 'dev-3', 'DEV-1', ' dev-1']) expect(index.find(other)).toBe(-1);
    expect(index.find(['dev', '100'].join('-'))).toBe(2);
    expect(new IdIndex([]).find('dev-1')).toBe(-1);
  });

  it('answers as a Map from id to position (fast-check, up to 300 ids, full tables)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.oneof(
            fc.string({ maxLength: 6 }),
            fc.nat(5000).map((n) => `dev-${n}`),
          ),
          {
            maxLength: 300,
          },
        ),
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 6 }),
            fc.nat(6000).map((n) => `dev-${n}`),
          ),
          { maxLength: 40 },
        ),
        (ids, probes) => {
          const index = new IdIndex(ids);
          const m = modelOf(ids);
          for (const id of ids) expect(index.find(id)).toBe(m.get(id));
          for (const p of probes) expect(index.find(p)).toBe(m.get(p) ?? -1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the first position of a repeated id', () => {
    const index = new IdIndex(['a', 'b', 'a']);
    expect([index.find('a'), index.find('b'), index.find('c')]).toEqual([0, 1, -1]);
  });
});
