/**
 * A fresh index's plug rows by device id (`DesignIndex.plugsByDevice`), kept in the same lookup
 * as its devices (`DesignIndex.devices`, a `RecordTable` made with `deviceHeld`): once a device has a plug, its entry
 * in the devices lookup holds the device's `PlugRow` (whose `dev` is the device), so building
 * the plug tables costs one lookup per cable end and no second `Map` by device id. A plug into
 * an id that names no device (a dangling reference) gets a row of its own, kept aside.
 */
import { PlugRow } from './plugRow';

/** The record a slot of a devices table holds: the device itself, or its plug row's `dev`. */
export const deviceHeld = <V>(slot: unknown): V => (slot instanceof PlugRow ? (slot.dev as V) : (slot as V));

/** The slots of a devices table that `DeviceRows` reads and fills (`RecordTable.slot`, `setSlot`). */
export interface DeviceSlots {
  slot(id: string): unknown;
  setSlot(id: string, holder: unknown): void;
  /** `setSlot` of the record at position `i` of the table's keys (`RecordTable.setSlotAt`). */
  setSlotAt(i: number, holder: unknown): void;
}

/**
 * The plug rows (`R`) of a fresh index by device id, in the order the devices were first
 * plugged (`checkMatings` reports in that order). A `ReadonlyMap`; rows are added by the
 * index builder only (`add`).
 */
export class DeviceRows<R extends PlugRow<unknown, { readonly id: string } | null>> implements ReadonlyMap<string, R> {
  readonly #devices: DeviceSlots;
  /** The rows in first-plug order: the first `#n` slots (sized once with the devices' count). */
  readonly #rows: R[];
  #n = 0;
  /** Rows of ids that name no device (null while there are none), and their ids by row. */
  #dangling: Map<string, R> | null = null;
  #danglingIds: Map<R, string> | null = null;

  /**
   * `devices`: the index's devices table, made with `deviceHeld` (its slots will hold the rows);
   * `expected`: how many rows to make room for at once (the devices' count: at most one row each,
   * plus any dangling ids, for which the array grows).
   */
  constructor(devices: DeviceSlots, expected = 0) {
    this.#devices = devices;
    this.#rows = new Array<R>(expected);
  }

  /**
   * Adds the row of `id`, which has none yet: in the devices table's slot when the row's `dev`
   * is the device with that id (the slot held it), else (`dev` null) aside. `at`: the device's
   * position in the devices table's keys when the caller found its slot by position
   * (`RecordTable.slotAt`), else −1 (the slot is found by id).
   */
  add(id: string, row: R, at = -1): void {
    this.#rows[this.#n++] = row;
    if (row.dev !== null) {
      if (at >= 0) this.#devices.setSlotAt(at, row);
      else this.#devices.setSlot(id, row);
    } else {
      (this.#dangling ??= new Map()).set(id, row);
      (this.#danglingIds ??= new Map()).set(row, id);
    }
  }

  /** The row of a dangling id (one that names no device), if it has one. */
  dangling(id: string): R | undefined {
    return this.#dangling?.get(id);
  }

  /** The device id of the `i`-th row (its device's id; a dangling row's own id). */
  #idAt(i: number): string {
    const row = this.#rows[i] as R;
    return row.dev !== null ? row.dev.id : (this.#danglingIds?.get(row) as string);
  }

  get(id: string): R | undefined {
    const slot = this.#devices.slot(id);
    return slot instanceof PlugRow ? (slot as R) : slot === undefined ? this.#dangling?.get(id) : undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  get size(): number {
    return this.#n;
  }

  *entries(): MapIterator<[string, R]> {
    for (let i = 0; i < this.#n; i++) yield [this.#idAt(i), this.#rows[i] as R];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.#n; i++) yield this.#idAt(i);
  }

  *values(): MapIterator<R> {
    for (let i = 0; i < this.#n; i++) yield this.#rows[i] as R;
  }

  [Symbol.iterator](): MapIterator<[string, R]> {
    return this.entries();
  }

  forEach(fn: (row: R, id: string, rows: ReadonlyMap<string, R>) => void, thisArg?: unknown): void {
    const n = this.#n;
    for (let i = 0; i < n; i++) fn.call(thisArg, this.#rows[i] as R, this.#idAt(i), this);
  }
}
