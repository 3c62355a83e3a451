/**
 * Derivation per record: a value derived from a few records of the design is cached on a key
 * object (usually the record it belongs to, or a collection) together with the inputs it was
 * derived from, and reused while every input is the same object (or the same primitive). Records
 * are immutable and shared between design versions (structural sharing), so an edit recomputes
 * only the values whose inputs it replaced; the rest keep their identity, which lets the next
 * layer (a cable label over port labels, a React component over a rack's scene) skip work too.
 */

/** A cached value with the inputs it was derived from. */
export interface Memo<V> {
  readonly inputs: readonly unknown[];
  readonly value: V;
}

/** True when two input lists hold the same items (`===`) in the same order. */
export function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The value cached in `cache` under `key` if it was derived from the same `inputs`; otherwise
 * `derive()`, cached for the next call. The cache holds one value per key (the latest), and a
 * `WeakMap` lets values go with their records.
 */
export function memoOn<K extends object, V>(
  cache: WeakMap<K, Memo<V>>,
  key: K,
  inputs: readonly unknown[],
  derive: () => V,
): V {
  const hit = cache.get(key);
  if (hit && sameInputs(hit.inputs, inputs)) return hit.value;
  const value = derive();
  cache.set(key, { inputs, value });
  return value;
}
