/**
 * The plugs of one device by port key (`DesignIndex.plugsByDevice`): a `ReadonlyMap` whose first
 * port is held in two fields and further ports in one small array of key/plug pairs. Most devices
 * of a data hall (each transceiver) hold one plug, and a cassette a handful (7 at most in the
 * generated hall), so a fresh index builds one small object per device and, for a multi-port
 * device, one array, instead of a `Map` grown from empty (its hash table copied at every growth).
 * Past `LINEAR_MAX` further ports (a patch panel, a switch with many plain ports) a `Map` from
 * port key to pair is kept beside the row, so a lookup stays constant-time. The row also carries its
 * device (`dev`: the index stores the resolved device there), so whoever holds the row needs no
 * lookup by device id, a memo of that device's channel endpoint key (`key`) and the grouping's
 * anchor (`groupRun`, `groupAt`).
 */

import { ForEachMap } from './forEachMap';

/** Further ports a row searches linearly before it indexes them in a `Map` (string compares per lookup). */
const LINEAR_MAX = 8;

/**
 * The lookup of a row's further ports past `LINEAR_MAX` (port key → slot in the row's pairs),
 * keyed by the pairs array: kept beside the rows, so the thousands of rows that never need one
 * carry no field for it.
 */
const indexes = new WeakMap<readonly unknown[], Map<string, number>>();

/** One device's plugs (`V`), port key → plug, in the order the ports were first set; `dev` is the device (`O`). */
export class PlugRow<V, O> extends ForEachMap<string, V> {
  /** The device the plugs belong to, as the row's maker resolved it. */
  readonly dev: O;
  /**
   * The device's channel endpoint key, memoised by the grouping (`engine/channels`: a trace that
   * ends at this transceiver holds the row as its `ReachedEnd`); null until first used.
   */
  key: string | null = null;
  /**
   * Scratch of the channel grouping (`engine/endAnchors`): the grouping run that last anchored a
   * channel at this transceiver (0: none yet), and that channel's slot in the run's output.
   */
  groupRun = 0;
  groupAt = -1;
  #k0: string;
  #v0: V;
  /** Ports after the first, as pairs `[key, plug, key, plug, …]` in insertion order (null: one plug). */
  #more: (string | V)[] | null = null;

  constructor(port: string, plug: V, dev: O) {
    super();
    this.#k0 = port;
    this.#v0 = plug;
    this.dev = dev;
  }

  /** The slot of `port`'s key in `#more`, or −1 (the first port is not there). */
  #find(port: string): number {
    const more = this.#more;
    if (more === null) return -1;
    if (more.length > 2 * LINEAR_MAX) return (indexes.get(more) as Map<string, number>).get(port) ?? -1;
    for (let i = 0; i < more.length; i += 2) if (more[i] === port) return i;
    return -1;
  }

  /** Sets the plug of `port` (a port already present keeps its place). */
  set(port: string, plug: V): this {
    if (port === this.#k0) {
      this.#v0 = plug;
      return this;
    }
    const i = this.#find(port);
    if (i >= 0) {
      (this.#more as (string | V)[])[i + 1] = plug;
      return this;
    }
    const more = (this.#more ??= []);
    more.push(port, plug);
    if (more.length > 2 * LINEAR_MAX) {
      let index = indexes.get(more);
      if (index === undefined) {
        indexes.set(more, (index = new Map()));
        for (let k = 0; k < more.length - 2; k += 2) index.set(more[k] as string, k);
      }
      index.set(port, more.length - 2);
    }
    return this;
  }

  /** The `i`-th port key in insertion order (0 ≤ i < size): iteration without an iterator. */
  portAt(i: number): string {
    return i === 0 ? this.#k0 : ((this.#more as (string | V)[])[2 * i - 2] as string);
  }

  /** The `i`-th plug in insertion order (0 ≤ i < size), the plug of `portAt(i)`. */
  plugAt(i: number): V {
    return i === 0 ? this.#v0 : ((this.#more as (string | V)[])[2 * i - 1] as V);
  }

  get(port: string): V | undefined {
    if (port === this.#k0) return this.#v0;
    const i = this.#find(port);
    return i < 0 ? undefined : ((this.#more as (string | V)[])[i + 1] as V);
  }

  has(port: string): boolean {
    return port === this.#k0 || this.#find(port) >= 0;
  }

  get size(): number {
    return 1 + (this.#more === null ? 0 : this.#more.length >> 1);
  }

  forEach(fn: (plug: V, port: string, row: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    const n = this.size;
    for (let i = 0; i < n; i++) fn.call(thisArg, this.plugAt(i), this.portAt(i), this);
  }
}
