/**
 * The connection indicator's words (issue 11): the three states the issue names — connected,
 * offline with local changes pending, rejected with the reason — and the view-only case.
 */
import { describe, expect, it } from 'vitest';
import { statusText } from './roomStatusText';

describe('statusText', () => {
  it.each([
    [{ kind: 'connected', pending: false, readOnly: false }, 'Live', 'live'],
    [{ kind: 'connected', pending: true, readOnly: false }, 'Live · saving…', 'live'],
    [{ kind: 'connected', pending: false, readOnly: true }, 'Live · view only', 'live'],
    [{ kind: 'offline', pending: true }, 'Offline · changes pending', 'quiet'],
    [{ kind: 'offline', pending: false }, 'Offline', 'quiet'],
    [{ kind: 'connecting', pending: false }, 'Connecting…', 'quiet'],
    [{ kind: 'rejected', reason: 'invalid-token', detail: 'unknown room or token' }, 'Stopped: invalid-token', 'error'],
  ] as const)('%o → %s', (status, label, tone) => {
    expect(statusText(status, null)).toMatchObject({ label, tone });
  });

  it('a rejection says why, with the server detail', () => {
    expect(
      statusText({ kind: 'rejected', reason: 'invalid-update', detail: '$.racks.r1.heightU: Too big' }, null).detail,
    ).toBe('The server refused a change that breaks the design format. ($.racks.r1.heightU: Too big)');
  });

  it('a refused view-only change is mentioned while the view stays live', () => {
    const t = statusText(
      { kind: 'connected', pending: false, readOnly: true },
      { type: 'mpo/rejected', reason: 'view-only', detail: '' },
    );
    expect(t.detail).toContain('View-only link: the server did not accept your change.');
  });
});
