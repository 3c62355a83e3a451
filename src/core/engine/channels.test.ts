import { describe, expect, it } from 'vitest';
import type { CableId, DeviceId } from '../ids';
import { channelGroups, groupFibers } from './channels';
import { Trace, type FiberTrace, type ReachedEnd, type Termination } from './fiberTrace';
import { PlugRow } from './plugRow';

/*
 * Hand-made traces (no design): a parallel transceiver `a` broken out to three duplex
 * transceivers x1..x3 (so `dev:a` is the smaller endpoint key of three channels), a fiber from
 * x1 to an open port of a panel, one to an unplugged cord end, and the fibers of one channel
 * traced far apart.
 *
 *        +-- fibers 1, 4 --- x1 --- fiber 7 --- panel p#3 (open)
 *   a ---+-- fibers 2, 5 --- x2
 *        +-- fibers 3, 6, 9 x3
 *   x2 --- fiber 8 --- cord c end 1 (unplugged)
 */
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
const trace = (id: number, start: Termination, end: Termination): FiberTrace => ({ id, start, end, hops: [] });

const traces: FiberTrace[] = [
  trace(1, tx('a', 0), rx('x1', 0)),
  trace(2, tx('a', 1), rx('x2', 0)),
  trace(3, tx('a', 2), rx('x3', 0)),
  trace(4, tx('x1', 0), rx('a', 0)),
  trace(5, tx('x2', 0), rx('a', 1)),
  trace(6, tx('x3', 0), rx('a', 2)),
  trace(7, tx('x1', 1), { kind: 'open-port', device: 'p' as DeviceId, port: '3', position: 1 }),
  trace(8, tx('x2', 1), { kind: 'unplugged', cable: 'c' as CableId, end: 1, position: 2 }),
  trace(9, tx('x3', 1), rx('a', 3)),
];

/** The expected channels, written out by hand: key, endpoint keys with samples, fiber ids. */
const expected = [
  { key: 'dev:a|dev:x1', a: ['dev:a', 0], b: ['dev:x1', 0], fibers: [1, 4] },
  { key: 'dev:a|dev:x2', a: ['dev:a', 1], b: ['dev:x2', 1], fibers: [2, 5] },
  { key: 'dev:a|dev:x3', a: ['dev:a', 2], b: ['dev:x3', 2], fibers: [3, 6, 9] },
  { key: 'dev:x1|port:p#3', a: ['dev:x1', 6], b: ['port:p#3', 6], fibers: [7] },
  { key: 'cable:c#1|dev:x2', a: ['cable:c#1', 7], b: ['dev:x2', 7], fibers: [8] },
] as const;

/** The sample termination of an endpoint: the one of trace `i` at that endpoint's key. */
const sampleOf = (key: string, i: number): Termination => {
  const t = traces[i] as FiberTrace;
  const device = key.slice(4);
  return t.start.kind === 'tx' && t.start.device === device && key.startsWith('dev:') ? t.start : t.end;
};

describe('channelGroups', () => {
  it('groups fibers by their endpoint pair, in first-trace order, with keys and samples', () => {
    const groups = channelGroups(traces);
    expect(groups.map((g) => g.key)).toEqual(expected.map((e) => e.key));
    groups.forEach((g, i) => {
      const e = expected[i]!;
      expect(g.a.key).toBe(e.a[0]);
      expect(g.b.key).toBe(e.b[0]);
      expect(g.a.sample).toBe(sampleOf(e.a[0], e.a[1]));
      expect(g.b.sample).toBe(sampleOf(e.b[0], e.b[1]));
      expect(g.fibers.map((f) => f.id)).toEqual(e.fibers);
      // Without `parts` nothing is resolved: the parts are looked up by id.
      expect(g.ta).toBeUndefined();
      expect(g.tb).toBeUndefined();
    });
    // Transceiver endpoints name their device; the others none.
    expect(groups[3]!.b.transceiver).toBeUndefined();
    expect(groups[4]!.a.transceiver).toBeUndefined();
    expect(groups[4]!.b.transceiver).toBe('x2');
  });

  it('keeps one-fiber channels as one-element arrays and the map by key in the same order', () => {
    const groups = channelGroups(traces);
    expect(groups[3]!.fibers).toEqual([traces[6]]);
    const byKey = groupFibers(traces);
    expect([...byKey.keys()]).toEqual(expected.map((e) => e.key));
    for (const g of groups) expect(byKey.get(g.key)?.fibers).toEqual(g.fibers);
  });
});

/*
 * Engine traces that carry the transceiver ends their walk reached (`Trace.startAt`, `endAt`).
 * The grouping finds a channel's next fiber by those ends' identity before comparing keys, so
 * the traces below exercise each way that check can go wrong:
 *
 *   a ==== x1   fiber 1 a→x1 from end A; fiber 2 x1→a reaches a through another end A' (same
 *               key `dev:a`, another object): not identical, found by key instead
 *   a ==== x2   fiber 3 a→x2 from end A: shares A with the last group but not x1's end, so it
 *               starts a new channel; fiber 4 x2→a (ends the other way round) joins it
 *   x1 --- x2   fiber 5 x1→x2: both ends seen before, in two different channels
 *   b ---- x3   fiber 6 from b with no reached end (null): compared by keys
 */
const end = (): ReachedEnd => ({ dev: null, key: null });
const A = end();
const A2 = end();
const X1 = end();
const X2 = end();
const X3 = end();

const engineTrace = (id: number, s: Termination, e: Termination, sa: ReachedEnd | null, ea: ReachedEnd | null): Trace =>
  new Trace(id, s, e, [], 0, 0, sa, ea);

const reachedTraces = [
  engineTrace(1, tx('a', 0), rx('x1', 0), A, X1),
  engineTrace(2, tx('x1', 0), rx('a', 0), X1, A2),
  engineTrace(3, tx('a', 1), rx('x2', 0), A, X2),
  engineTrace(4, tx('x2', 0), rx('a', 1), X2, A),
  engineTrace(5, tx('x1', 1), rx('x2', 1), X1, X2),
  engineTrace(6, tx('b', 0), rx('x3', 0), null, X3),
  engineTrace(7, tx('x3', 0), rx('b', 0), X3, null),
];

describe('channelGroups with reached transceiver ends', () => {
  it('groups by endpoint keys whether the ends are the same objects or not', () => {
    const groups = channelGroups(reachedTraces, undefined, true);
    // Written out by hand: channel key, endpoint keys, fiber ids, in first-trace order.
    expect(groups.map((g) => [g.key, g.a.key, g.b.key, g.fibers.map((f) => f.id)])).toEqual([
      ['dev:a|dev:x1', 'dev:a', 'dev:x1', [1, 2]],
      ['dev:a|dev:x2', 'dev:a', 'dev:x2', [3, 4]],
      ['dev:x1|dev:x2', 'dev:x1', 'dev:x2', [5]],
      ['dev:b|dev:x3', 'dev:b', 'dev:x3', [6, 7]],
    ]);
  });

  it('names each endpoint’s transceiver and keeps the first fiber’s termination as its sample', () => {
    const groups = channelGroups(reachedTraces, undefined, true);
    const t = (i: number) => reachedTraces[i] as Trace;
    expect(groups.map((g) => [g.a, g.b])).toEqual([
      [
        { key: 'dev:a', transceiver: 'a', sample: t(0).start },
        { key: 'dev:x1', transceiver: 'x1', sample: t(0).end },
      ],
      [
        { key: 'dev:a', transceiver: 'a', sample: t(2).start },
        { key: 'dev:x2', transceiver: 'x2', sample: t(2).end },
      ],
      [
        { key: 'dev:x1', transceiver: 'x1', sample: t(4).start },
        { key: 'dev:x2', transceiver: 'x2', sample: t(4).end },
      ],
      [
        { key: 'dev:b', transceiver: 'b', sample: t(5).start },
        { key: 'dev:x3', transceiver: 'x3', sample: t(5).end },
      ],
    ]);
    // A reached end without a device record resolves no part; `b` (no reached end) is looked up later.
    expect(groups.map((g) => [g.ta, g.tb])).toEqual([
      [null, null],
      [null, null],
      [null, null],
      [undefined, null],
    ]);
    // Each reached end memoises its key once, shared by every channel of that end.
    expect([A.key, A2.key, X1.key, X2.key, X3.key]).toEqual(['dev:a', 'dev:a', 'dev:x1', 'dev:x2', 'dev:x3']);
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
const open = (device: string, port: string): Termination => ({
  kind: 'open-port',
  device: device as DeviceId,
  port,
  position: 1,
});
const unplugged = (cable: string): Termination => ({ kind: 'unplugged', cable: cable as CableId, end: 1, position: 1 });
/** One plug row per device, as a fresh index holds them (the reached end of every trace there). */
const row = (): PlugRow<unknown, null> => new PlugRow('mdi', {}, null);
const rows = { a: row(), b: row(), c: row(), d: row(), e: row() };
const t = (id: number, s: Termination, e: Termination): Trace => {
  const at = (x: Termination) =>
    x.kind === 'tx' || x.kind === 'rx' ? rows[(x as { device: keyof typeof rows }).device] : null;
  return new Trace(id, s, e, [], 0, 0, at(s), at(e));
};
const anchoredTraces = [
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
const anchoredExpected = [
  ['dev:a|dev:b', 'dev:a', 'dev:b', [1, 4]],
  ['dev:c|dev:d', 'dev:c', 'dev:d', [2, 3]],
  ['dev:a|dev:e', 'dev:a', 'dev:e', [5, 6, 9]],
  ['dev:b|port:p#1', 'dev:b', 'port:p#1', [7, 10]],
  ['cable:k#1|dev:a', 'cable:k#1', 'dev:a', [8]],
];

describe('channelGroups through anchors (engine/endAnchors)', () => {
  it('groups as by endpoint keys, each channel anchored at one of its rows', () => {
    const groups = channelGroups(anchoredTraces, undefined, true);
    expect(groups.map((g) => [g.key, g.a.key, g.b.key, g.fibers.map((f) => f.id)])).toEqual(anchoredExpected);
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
    const byKeys = channelGroups(anchoredTraces);
    expect(byKeys.map((g) => [g.key, g.a.key, g.b.key, g.fibers.map((f) => f.id)])).toEqual(anchoredExpected);
    expect(rows.a.groupRun).toBe(before);
  });

  it('groups by keys when a transceiver end is not a plug row', () => {
    // Fiber 4 reaches `a` through another object (not a fresh index's row): same key `dev:a`.
    const other: ReachedEnd = { dev: null, key: null };
    const mixed = anchoredTraces.map((x) =>
      x.id === 4 ? new Trace(4, x.start, x.end, [], 0, 0, x.startAt, other) : x,
    );
    const groups = channelGroups(mixed, undefined, true);
    expect(groups.map((g) => [g.key, g.a.key, g.b.key, g.fibers.map((f) => f.id)])).toEqual(anchoredExpected);
  });
});
