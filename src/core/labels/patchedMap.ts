/**
 * A read-only map made from a previous one and a small patch, without copying it: how the label
 * lookups (ports, devices, slots, cables) follow an edit at the cost of the labels it changes,
 * not of every label of the design.
 *
 * ```text
 *  base  { a:1, b:2, c:3 }   patch: remove b, set c:4, set d:5
 *  view  { a:1, c:4, d:5 }   get: the patch first, then the base; iteration as a copy would
 *                            have it: kept and re-set keys in place, new (or removed and set
 *                            again) keys after, in the order set
 * ```
 *
 * A chain of views is flattened into a plain `Map` once it is `MAX_DEPTH` deep or its patch
 * holds more than a quarter of the base's entries, so a lookup costs at most `MAX_DEPTH` map
 * reads and the copies are amortised over many edits.
 */

const MAX_DEPTH = 8;

class PatchedMap<K, V> implements ReadonlyMap<K, V> {
  readonly size: number;

  constructor(
    private readonly base: ReadonlyMap<K, V>,
    private readonly gone: ReadonlySet<K>,
    private readonly added: ReadonlyMap<K, V>,
    readonly depth: number,
  ) {
    let size = base.size;
    for (const k of gone) if (base.has(k)) size -= 1;
    for (const k of added.keys()) if (gone.has(k) || !base.has(k)) size += 1;
    this.size = size;
  }

  get(key: K): V | undefined {
    if (this.added.has(key)) return this.added.get(key);
    return this.gone.has(key) ? undefined : this.base.get(key);
  }

  has(key: K): boolean {
    return this.added.has(key) || (!this.gone.has(key) && this.base.has(key));
  }

  *entries(): MapIterator<[K, V]> {
    for (const e of this.base) {
      const k = e[0];
      if (this.gone.has(k)) continue;
      yield this.added.has(k) ? [k, this.added.get(k) as V] : e;
    }
    for (const e of this.added) if (this.gone.has(e[0]) || !this.base.has(e[0])) yield e;
  }

  *keys(): MapIterator<K> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }
}

/**
 * `base` with the keys in `removed` deleted, then the entries of `added` set (in order): the
 * same entries, in the same order, as copying `base` into a new `Map` and doing that
 * (`Map#delete`, `Map#set`), but in
 * O(patch) time and memory (the result reads through to `base`, which must not change after).
 * Returns `base` itself for an empty patch, and a plain `Map` when flattening (module doc).
 */
export function patchMap<K, V>(
  base: ReadonlyMap<K, V>,
  removed: Iterable<K>,
  added: Iterable<readonly [K, V]>,
): ReadonlyMap<K, V> {
  const gone = new Set(removed);
  const set = new Map<K, V>();
  for (const [k, v] of added) set.set(k, v);
  if (gone.size === 0 && set.size === 0) return base;
  const depth = base instanceof PatchedMap ? (base as PatchedMap<K, V>).depth + 1 : 1;
  if (depth >= MAX_DEPTH || (gone.size + set.size) * 4 > base.size) {
    const out = new Map(base);
    for (const k of gone) out.delete(k);
    for (const [k, v] of set) out.set(k, v);
    return out;
  }
  return new PatchedMap(base, gone, set, depth);
}
