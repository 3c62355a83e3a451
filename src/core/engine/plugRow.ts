/**
 * The plugs of one device by port key (`DesignIndex.plugsByDevice`): a `ReadonlyMap` whose first
 * port is held in two fields and only further ports in a `Map`. Most devices of a data hall (each
 * transceiver) hold one plug, so a fresh index builds one small object per device instead of a
 * `Map` with its hash table; the first port is also the one the trace asks for. The row also
 * carries its device (`dev`: the index stores the resolved device there), so whoever holds the
 * row needs no lookup by device id, and a memo of that device's channel endpoint key (`key`).
 */

/** One device's plugs (`V`), port key → plug, in the order the ports were first set; `dev` is the device (`O`). */
export class PlugRow<V, O> implements ReadonlyMap<string, V> {
  /** The device the plugs belong to, as the row's maker resolved it. */
  readonly dev: O;
  /**
   * The device's channel endpoint key, memoised by the grouping (`engine/channels`: a trace that
   * ends at this transceiver holds the row as its `ReachedEnd`); null until first used.
   */
  key: string | null = null;
  #k0: string;
  #v0: V;
  /** Ports after the first (null while the device has one plug), and their keys in insertion order. */
  #more: Map<string, V> | null = null;
  #moreKeys: string[] | null = null;

  constructor(port: string, plug: V, dev: O) {
    this.#k0 = port;
    this.#v0 = plug;
    this.dev = dev;
  }

  /** Sets the plug of `port` (a port already present keeps its place). */
  set(port: string, plug: V): this {
    if (port === this.#k0) this.#v0 = plug;
    else {
      const more = (this.#more ??= new Map());
      if (!more.has(port)) (this.#moreKeys ??= []).push(port);
      more.set(port, plug);
    }
    return this;
  }

  /** The `i`-th port key in insertion order (0 ≤ i < size): iteration without an iterator. */
  portAt(i: number): string {
    return i === 0 ? this.#k0 : (this.#moreKeys as string[])[i - 1]!;
  }

  get(port: string): V | undefined {
    return port === this.#k0 ? this.#v0 : this.#more?.get(port);
  }

  has(port: string): boolean {
    return port === this.#k0 || (this.#more?.has(port) ?? false);
  }

  get size(): number {
    return 1 + (this.#more?.size ?? 0);
  }

  *entries(): MapIterator<[string, V]> {
    yield [this.#k0, this.#v0];
    if (this.#more) yield* this.#more.entries();
  }

  *keys(): MapIterator<string> {
    yield this.#k0;
    if (this.#more) yield* this.#more.keys();
  }

  *values(): MapIterator<V> {
    yield this.#v0;
    if (this.#more) yield* this.#more.values();
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(fn: (plug: V, port: string, row: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    fn.call(thisArg, this.#v0, this.#k0, this);
    this.#more?.forEach((v, k) => fn.call(thisArg, v, k, this));
  }
}
