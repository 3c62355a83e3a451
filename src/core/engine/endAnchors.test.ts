/**
 * Channels anchored at a fresh index's plug rows (`engine/endAnchors`) and the grouping that uses
 * them (`channelGroups` with `parts`): the groups must be exactly those of grouping by endpoint
 * keys, written out by hand below, and the anchors must be the plug rows' own fields.
 */
import { describe, expect, it } from 'vitest';
import type { CableId, DeviceId } from '../ids';
import { channelGroups } from './channels';
import { anchorChannel, anchoredChannel, anchorOf, nextAnchorRun, type AnchoredChannel } from './endAnchors';
import { Trace, type ReachedEnd, type Termination } from './fiberTrace';
import { PlugRow } from './plugRow';

const tx = (device: string, lane: number): Termination => ({
  kind: 'tx',
  device: device as DeviceId,
  lane,
  position: lane + 1,
});
const rx = (device: string, lane: number): Termination => ({
  kind: 'rx',
  device: device as DeviceId,
  lane,
  position: lane + 12,
});
const open = (device: string, port: string): Termination => ({
  kind: 'open-port',
  device: device as DeviceId,
  port,
  position: 1,
});
const unplugged = (cable: string): Termination => ({ kind: 'unplugged', cable: cable as CableId, end: 1, position: 1 });

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

/*
 * Engine traces of a fresh index: each transceiver end is its device's plug row (one per device).
 * Transceivers a..e, an open port p#1 and an unplugged cord end k#1; fibers in trace order:
 *
 *   a --1--> b    b --4--> a          channel a|b: fiber 4 found through a's anchor
 *   c --2--> d    d --3--> c          channel c|d: fiber 3 found as the last channel
 *   a --5--> e    e --6,9--> a        channel a|e: a's second anchored channel
 *   b --7,10--> p#1 (open)            channel b|p#1: its keyed end compared by key
 *   a --8--> k#1 (unplugged)          channel k#1|a: a's third anchored channel
 *
 * A channel is anchored at its first fiber's start row: a holds a|b, a|e, k#1|a; b holds
 * b|p#1; c holds c|d; d and e hold none.
 */
const rows = { a: row(), b: row(), c: row(), d: row(), e: row() };
const t = (id: number, s: Termination, e: Termination): Trace => {
  const at = (x: Termination) =>
    x.kind === 'tx' || x.kind === 'rx' ? rows[(x as { device: keyof typeof rows }).device] : null;
  return new Trace(id, s, e, [], 0, 0, at(s), at(e));
};
const traces = [
  t(1, tx('a', 0), rx('b', 0)),
  t(2, tx('c', 0), rx('d', 0)),
  t(3, tx('d', 0), rx('c', 0)),
  t(4, tx('b', 0), rx('a', 0)),
  t(5, tx('a', 1), rx('e', 0)),
  t(6, tx('e', 0), rx('a', 1)),
  t(7, tx('b', 1), open('p', '1')),
  t(8, tx('a', 2), unplugged('k')),
  t(9, tx('e', 1), rx('a', 3)),
  t(10, tx('b', 2), open('p', '1')),
];

/** The channels by hand: key, endpoint keys, fiber ids, in first-trace order. */
const expected = [
  ['dev:a|dev:b', 'dev:a', 'dev:b', [1, 4]],
  ['dev:c|dev:d', 'dev:c', 'dev:d', [2, 3]],
  ['dev:a|dev:e', 'dev:a', 'dev:e', [5, 6, 9]],
  ['dev:b|port:p#1', 'dev:b', 'port:p#1', [7, 10]],
  ['cable:k#1|dev:a', 'cable:k#1', 'dev:a', [8]],
];

describe('channelGroups through anchors', () => {
  it('groups as by endpoint keys, each channel anchored at one of its rows', () => {
    const groups = channelGroups(traces, undefined, true);
    expect(groups.map((g) => [g.key, g.a.key, g.b.key, g.fibers.map((f) => f.id)])).toEqual(expected);
    // The anchors as drawn above: a's last channel is slot 4 (k#1|a), chained to a|e, then a|b.
    const run = rows.a.groupRun;
    expect(run).toBeGreaterThan(0);
    expect(Object.values(rows).map((r) => [r.groupRun, r.groupAt])).toEqual([
      [run, 4],
      [run, 3],
      [run, 1],
      [0, -1],
      [0, -1],
    ]);
    // Without `parts` no anchor is written, and the groups are the same.
    const before = rows.a.groupRun;
    const byKeys = channelGroups(traces);
    expect(byKeys.map((g) => [g.key, g.a.key, g.b.key, g.fibers.map((f) => f.id)])).toEqual(expected);
    expect(rows.a.groupRun).toBe(before);
  });

  it('groups by keys when a transceiver end is not a plug row', () => {
    // Fiber 4 reaches `a` through another object (not a fresh index's row): same key `dev:a`.
    const other: ReachedEnd = { dev: null, key: null };
    const mixed = traces.map((x) => (x.id === 4 ? new Trace(4, x.start, x.end, [], 0, 0, x.startAt, other) : x));
    const groups = channelGroups(mixed, undefined, true);
    expect(groups.map((g) => [g.key, g.a.key, g.b.key, g.fibers.map((f) => f.id)])).toEqual(expected);
  });
});
