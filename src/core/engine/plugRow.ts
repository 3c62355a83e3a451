/**
 * The plugs of one device by port key (`DesignIndex.plugsByDevice`): a `ReadonlyMap` whose first
 * port is held in two fields and only further ports in a `Map`. Most devices of a data hall (each
 * transceiver) hold one plug, so a fresh index builds one small object per device instead of a
 * `Map` with its hash table; the first port is also the one the trace asks for.
 */
import type { CableId } from '../ids';

/** A cable end plugged into a port: the cable and the end's index in its part's `ends`. */
export interface PlugAt {
  readonly cable: CableId;
  readonly end: number;
}

/** One device's plugs, port key → plug, in the order the ports were first set. */
export class PlugRow implements ReadonlyMap<string, PlugAt> {
  #k0: string;
  #v0: PlugAt;
  /** Ports after the first (null while the device has one plug), and their keys in insertion order. */
  #more: Map<string, PlugAt> | null = null;
  #moreKeys: string[] | null = null;

  constructor(port: string, plug: PlugAt) {
    this.#k0 = port;
    this.#v0 = plug;
  }

  /** Sets the plug of `port` (a port already present keeps its place). */
  set(port: string, plug: PlugAt): this {
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

  get(port: string): PlugAt | undefined {
    return port === this.#k0 ? this.#v0 : this.#more?.get(port);
  }

  has(port: string): boolean {
    return port === this.#k0 || (this.#more?.has(port) ?? false);
  }

  get size(): number {
    return 1 + (this.#more?.size ?? 0);
  }

  *entries(): MapIterator<[string, PlugAt]> {
    yield [this.#k0, this.#v0];
    if (this.#more) yield* this.#more.entries();
  }

  *keys(): MapIterator<string> {
    yield this.#k0;
    if (this.#more) yield* this.#more.keys();
  }

  *values(): MapIterator<PlugAt> {
    yield this.#v0;
    if (this.#more) yield* this.#more.values();
  }

  [Symbol.iterator](): MapIterator<[string, PlugAt]> {
    return this.entries();
  }

  forEach(fn: (plug: PlugAt, port: string, row: ReadonlyMap<string, PlugAt>) => void, thisArg?: unknown): void {
    fn.call(thisArg, this.#v0, this.#k0, this);
    this.#more?.forEach((v, k) => fn.call(thisArg, v, k, this));
  }
}
