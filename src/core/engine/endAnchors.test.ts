/**
 * Channels anchored at a fresh index's plug rows (`engine/endAnchors`): the chains written into
 * the rows' own fields, and the lookup from either end. The grouping through them is tested in
 * `channels.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { anchorChannel, anchoredChannel, anchorOf, nextAnchorRun, type AnchoredChannel } from './endAnchors';
import type { ReachedEnd } from './fiberTrace';
import { PlugRow } from './plugRow';

/** One plug row per device, as a fresh index holds them (the reached end of every trace there). */
const row = (): PlugRow<unknown, null> => new PlugRow('mdi', {}, null);

describe('anchoredChannel', () => {
  /*
   * Three channels anchored at row P (slots 0, 2, 3 of the output), one at Q (slot 1):
   *
   *   P ---- Q        slot 0, ends (P, Q)
   *   Q ---- port:s#1 slot 1, anchored at Q, other end keyed
   *   P ---- R        slot 2
   *   P ---- port:s#2 slot 3, other end keyed
   */
  const P = row();
  const Q = row();
  const R = row();
  const ch = (ea: ReachedEnd | null, ka: string, eb: ReachedEnd | null, kb: string): AnchoredChannel => ({
    ea,
    eb,
    a: { key: ka },
    b: { key: kb },
    nextAt: -1,
  });
  const out = [
    ch(P, 'dev:p', Q, 'dev:q'),
    ch(Q, 'dev:q', null, 'port:s#1'),
    ch(P, 'dev:p', R, 'dev:r'),
    ch(P, 'dev:p', null, 'port:s#2'),
  ];
  const run = nextAnchorRun();
  anchorChannel(out[0]!, 0, run, P);
  anchorChannel(out[1]!, 1, run, Q);
  anchorChannel(out[2]!, 2, run, P);
  anchorChannel(out[3]!, 3, run, P);

  it('chains the channels of one row, last anchored first, in the row’s own fields', () => {
    expect([P.groupRun, P.groupAt, Q.groupRun, Q.groupAt, R.groupRun, R.groupAt]).toEqual([run, 3, run, 1, 0, -1]);
    expect(out.map((g) => g.nextAt)).toEqual([-1, -1, 0, 2]);
  });

  it('finds a channel from either end, in either order, by row identity or by the other end’s key', () => {
    expect(anchoredChannel(out, run, P, 'dev:p', Q, 'dev:q')).toBe(out[0]);
    expect(anchoredChannel(out, run, Q, 'dev:q', P, 'dev:p')).toBe(out[0]);
    expect(anchoredChannel(out, run, R, 'dev:r', P, 'dev:p')).toBe(out[2]);
    expect(anchoredChannel(out, run, null, 'port:s#1', Q, 'dev:q')).toBe(out[1]);
    expect(anchoredChannel(out, run, P, 'dev:p', null, 'port:s#2')).toBe(out[3]);
  });

  it('finds no channel whose ends differ, nor one anchored in an earlier run', () => {
    // Q to R: both rows have channels, none joins them; P to another open port.
    expect(anchoredChannel(out, run, Q, 'dev:q', R, 'dev:r')).toBeUndefined();
    expect(anchoredChannel(out, run, P, 'dev:p', null, 'port:s#3')).toBeUndefined();
    // A keyed end never matches a row end, even with the same key.
    expect(anchoredChannel(out, run, P, 'dev:p', null, 'dev:q')).toBeUndefined();
    const later = nextAnchorRun();
    expect(anchoredChannel(out, later, P, 'dev:p', Q, 'dev:q')).toBeUndefined();
  });

  it('anchors plug rows only', () => {
    expect(anchorOf(P)).toBe(P);
    expect(anchorOf(null)).toBeNull();
    expect(anchorOf({ dev: null, key: null })).toBeNull();
  });
});
