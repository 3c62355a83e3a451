/**
 * The iteration protocol of the engine's small read-only maps (`PlugRow`, `CageRow`), derived from
 * their `forEach`: each keeps its entries in its own compact store (fields, arrays) and says only
 * how to visit them in order; `entries`, `keys`, `values` and iteration list what `forEach`
 * visits, in the same order, as `Map` would. Iteration is rare on these rows (the hot path uses
 * `get` and positional reads), so the entries are collected into an array and read with the
 * array's own iterator.
 */
export abstract class ForEachMap<K, V> implements ReadonlyMap<K, V> {
  abstract get(key: K): V | undefined;
  abstract has(key: K): boolean;
  abstract get size(): number;
  /** Visits every entry in insertion order (the order `entries` lists them in). */
  abstract forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void;

  entries(): MapIterator<[K, V]> {
    const all: [K, V][] = [];
    this.forEach((v, k) => all.push([k, v]));
    return all.values();
  }

  keys(): MapIterator<K> {
    const all: K[] = [];
    this.forEach((_, k) => all.push(k));
    return all.values();
  }

  values(): MapIterator<V> {
    const all: V[] = [];
    this.forEach((v) => all.push(v));
    return all.values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}
