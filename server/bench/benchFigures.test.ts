/**
 * Benchmark figures: nearest-rank percentiles (hand-computed) and the convergence hash.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentHash, quantile } from './benchFigures';

describe('quantile (nearest rank)', () => {
  it.each([
    [0.5, 5],
    [0.95, 10],
    [0.1, 1],
    [0, 1],
    [1, 10],
  ])('q = %s of 1..10 is %s', (q, expected) => {
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], q)).toBe(expected);
  });
  it('is NaN for no samples', () => expect(quantile([], 0.5)).toBeNaN());
});

describe('documentHash', () => {
  it('is equal for replicas that saw the same updates in any order, different otherwise', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getMap('racks').set('r1', { id: 'r1', n: 1 });
    b.getMap('racks').set('r2', { id: 'r2', n: 2 });
    const ua = Y.encodeStateAsUpdate(a);
    const ub = Y.encodeStateAsUpdate(b);
    const x = new Y.Doc();
    const y = new Y.Doc();
    Y.applyUpdate(x, ua);
    Y.applyUpdate(x, ub);
    Y.applyUpdate(y, ub);
    Y.applyUpdate(y, ua);
    expect(documentHash(x)).toBe(documentHash(y));
    expect(documentHash(x)).not.toBe(documentHash(a));
  });
});
