import { describe, expect, it } from 'vitest';
import type { DeviceId } from '../ids';
import { channelGroups } from './channels';
import { Trace, type ReachedEnd, type Termination } from './fiberTrace';

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
const end = (): ReachedEnd => ({ dev: null, key: null });
const A = end();
const A2 = end();
const X1 = end();
const X2 = end();
const X3 = end();

const trace = (id: number, s: Termination, e: Termination, sa: ReachedEnd | null, ea: ReachedEnd | null): Trace =>
  new Trace(id, s, e, [], 0, 0, sa, ea);

const traces = [
  trace(1, tx('a', 0), rx('x1', 0), A, X1),
  trace(2, tx('x1', 0), rx('a', 0), X1, A2),
  trace(3, tx('a', 1), rx('x2', 0), A, X2),
  trace(4, tx('x2', 0), rx('a', 1), X2, A),
  trace(5, tx('x1', 1), rx('x2', 1), X1, X2),
  trace(6, tx('b', 0), rx('x3', 0), null, X3),
  trace(7, tx('x3', 0), rx('b', 0), X3, null),
];

describe('channelGroups with reached transceiver ends', () => {
  it('groups by endpoint keys whether the ends are the same objects or not', () => {
    const groups = channelGroups(traces, undefined, true);
    // Written out by hand: channel key, endpoint keys, fiber ids, in first-trace order.
    expect(groups.map((g) => [g.key, g.a.key, g.b.key, g.fibers.map((f) => f.id)])).toEqual([
      ['dev:a|dev:x1', 'dev:a', 'dev:x1', [1, 2]],
      ['dev:a|dev:x2', 'dev:a', 'dev:x2', [3, 4]],
      ['dev:x1|dev:x2', 'dev:x1', 'dev:x2', [5]],
      ['dev:b|dev:x3', 'dev:b', 'dev:x3', [6, 7]],
    ]);
  });

  it('names each endpoint’s transceiver and keeps the first fiber’s termination as its sample', () => {
    const groups = channelGroups(traces, undefined, true);
    const t = (i: number) => traces[i] as Trace;
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
