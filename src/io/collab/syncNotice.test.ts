/**
 * Rejection notices (issue 11): what the server tells a client whose update it refused.
 */
import { describe, expect, it } from 'vitest';
import { encodeRejection, parseRejection, REJECTION_REASONS } from './syncNotice';

describe('rejection notices', () => {
  it('round-trips every reason', () => {
    for (const reason of Object.keys(REJECTION_REASONS) as (keyof typeof REJECTION_REASONS)[]) {
      expect(parseRejection(encodeRejection(reason, 'why'))).toEqual({ type: 'mpo/rejected', reason, detail: 'why' });
    }
  });

  it('cuts the detail to 500 characters', () => {
    expect(parseRejection(encodeRejection('invalid-update', 'x'.repeat(600)))?.detail).toHaveLength(500);
  });

  it.each([
    ['not json', 'text'],
    ['{"type":"mpo/rejected","reason":"toString"}', 'a prototype name as reason'],
    ['{"type":"other","reason":"view-only"}', 'another message type'],
    ['null', 'null'],
  ])('ignores %s (%s)', (payload) => {
    expect(parseRejection(payload)).toBeNull();
  });

  it('only view-only and resync let the client keep syncing', () => {
    const goOn = Object.entries(REJECTION_REASONS)
      .filter(([, r]) => !r.fatal)
      .map(([k]) => k);
    expect(goOn.sort()).toEqual(['resync', 'view-only']);
  });
});
