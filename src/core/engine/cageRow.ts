/**
 * The transceivers in one switch's cages (`DesignIndex.cages`, per switch): a `ReadonlyMap` from
 * cage key to the transceiver's device id, in the order the cages were first set. A switch has
 * tens of cages keyed `cage-1`, `cage-2`, … (`design` `cagePort`), and a design lists a switch's
 * transceivers in cage order, so a fresh index keeps them in an array by cage number instead of a
 * `Map` grown from empty per switch (its hash table copied at every growth). Any other key, or a
 * cage set after a higher-numbered one, turns the row into a `Map` of the same entries in the same
 * order, which then answers everything.
 *
 * The row also keeps where each transceiver sits in the index's device list (`positionOf`), as
 * the index builder saw it: a cable end plugged into a cage then reaches the transceiver's entry
 * in the devices table by position, without hashing its id (`designIndex` `plugsOf`).
 */
import type { DeviceId } from '../ids';
import { ForEachMap } from './forEachMap';

/** Cage numbers kept by position (a higher number would leave a long run of holes). */
const MAX_NUMBER = 1023;

/** N for a canonical key `cage-N` (decimal, no leading zero, N ≤ `MAX_NUMBER`), else −1. No allocation. */
export function cageNumber(key: string): number {
  const len = key.length;
  if (len < 6 || len > 9 || !key.startsWith('cage-')) return -1;
  let n = 0;
  for (let i = 5; i < len; i++) {
    const d = key.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || (d === 0 && i === 5 && len > 6)) return -1;
    n = n * 10 + d;
  }
  return n <= MAX_NUMBER ? n : -1;
}

/** One switch's cages: cage key → transceiver id, in first-set order (see the module comment). */
export class CageRow extends ForEachMap<string, DeviceId> {
  /** Transceiver by cage number while every key so far is `cage-N`, set in ascending N. */
  #byNum: (DeviceId | undefined)[] = [];
  /** The position given with each transceiver of `#byNum`, by cage number (−1: none given). */
  #atNum: number[] = [];
  /** The highest number set so far (−1: none). */
  #last = -1;
  #size = 0;
  /** The entries as a `Map` once a key broke the numbered order (then the only store). */
  #map: Map<string, DeviceId> | null = null;

  /**
   * Sets the transceiver in cage `key` (a cage already set keeps its place). `at`: the device's
   * position in the index's device list (0-based), or −1 when not known; `positionOf` answers it.
   */
  set(key: string, device: DeviceId, at = -1): this {
    if (this.#map !== null) {
      this.#map.set(key, device);
      return this;
    }
    const n = cageNumber(key);
    if (n >= 0 && this.#byNum[n] !== undefined) {
      this.#byNum[n] = device;
      this.#atNum[n] = at;
    } else if (n > this.#last) {
      this.#byNum[n] = device;
      this.#atNum[n] = at;
      this.#last = n;
      this.#size += 1;
    } else {
      // Out of order, or not `cage-N`: the same entries, in order, in a Map from now on.
      const map = new Map<string, DeviceId>();
      this.forEach((d, k) => map.set(k, d));
      map.set(key, device);
      this.#map = map;
      this.#byNum = [];
      this.#atNum = [];
    }
    return this;
  }

  /**
   * The position given with the transceiver in cage `key` (`set`'s `at`), or −1: no transceiver
   * there, no position given, or the row has turned into a `Map` (which keeps none).
   */
  positionOf(key: string): number {
    if (this.#map !== null) return -1;
    const n = cageNumber(key);
    return n < 0 ? -1 : (this.#atNum[n] ?? -1);
  }

  get(key: string): DeviceId | undefined {
    if (this.#map !== null) return this.#map.get(key);
    const n = cageNumber(key);
    return n < 0 ? undefined : this.#byNum[n];
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    return this.#map !== null ? this.#map.size : this.#size;
  }

  forEach(fn: (device: DeviceId, key: string, row: ReadonlyMap<string, DeviceId>) => void, thisArg?: unknown): void {
    if (this.#map !== null) {
      this.#map.forEach((d, k) => fn.call(thisArg, d, k, this));
      return;
    }
    const byNum = this.#byNum;
    for (let n = 0; n < byNum.length; n++) {
      const d = byNum[n];
      if (d !== undefined) fn.call(thisArg, d, `cage-${n}`, this);
    }
  }
}
