/**
 * `copyRecords`: a new collection object with the same keys in the same order, each holding the
 * same record object; the source is left as it was.
 */
import { describe, expect, it } from 'vitest';
import { copyRecords } from './collections';

describe('copyRecords', () => {
  it('copies keys in order and shares the records; a later write touches the copy only', () => {
    const a = { id: 'cab-b' };
    const b = { id: 'cab-a' };
    const source: Record<string, { id: string }> = { 'cab-b': a, 'cab-a': b, 'cab-10': a };
    const copy = copyRecords(source);
    expect(copy).not.toBe(source);
    expect(Object.keys(copy)).toEqual(['cab-b', 'cab-a', 'cab-10']);
    expect(copy['cab-a']).toBe(b);
    copy['cab-c'] = b;
    delete copy['cab-b'];
    expect(Object.keys(source)).toEqual(['cab-b', 'cab-a', 'cab-10']);
  });

  it('copies a frozen collection of thousands of records into a writable one', () => {
    const source = Object.freeze(Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`dev-${i}`, { i }])));
    const copy = copyRecords(source);
    expect(Object.isFrozen(copy)).toBe(false);
    expect(Object.keys(copy).length).toBe(5000);
    expect(Object.keys(copy)[4999]).toBe('dev-4999');
    expect(copy['dev-17']).toBe(source['dev-17']);
  });
});
