/** Link test-setting edits (issue 14 §1): set, clear, remove empty records and collections. */
import { describe, expect, it } from 'vitest';
import { cassetteLinks } from './fixtures/linkDesigns';
import { setLinkTest } from './linkTestEdits';

const K = 'dev-5#front-1|dev-6#front-1';

describe('setLinkTest', () => {
  const d = cassetteLinks();
  it('adds a record with the fields set', () => {
    const e = setLinkTest(d, K, { application: '10GBASE-SR', limit: 'application' });
    expect(e.linkTests).toEqual({ [K]: { id: K, recordVersion: 1, application: '10GBASE-SR', limit: 'application' } });
  });
  it('returns the same design when nothing changes', () => {
    const e = setLinkTest(d, K, { application: '10GBASE-SR' });
    expect(setLinkTest(e, K, { application: '10GBASE-SR' })).toBe(e);
    expect(setLinkTest(d, K, { application: null })).toBe(d);
  });
  it('clearing the last field removes the record and the empty collection', () => {
    const e = setLinkTest(d, K, { referenceMethod: '2J' });
    const back = setLinkTest(e, K, { referenceMethod: null });
    expect(back).toEqual(d);
    expect('linkTests' in back).toBe(false);
  });
});
