/**
 * The resolved records of one design collection (`Design.devices`, `Design.cables`) as a fresh
 * index holds them (`DesignIndex.devices`, `cables`): a `ReadonlyMap` by record id, built without
 * a `Map` until something asks for a record by id.
 *
 * A full analysis only walks a fresh index's cables in order (the trace and the plug tables
 * follow resolved references, not ids), and asks for devices by id only while it builds the plug
 * rows; so the table keeps the resolved records in the collection's key order (`Object.keys`)
 * and builds the lookup by id on first use. A collection normally keys each record by its own
 * id (`io/designChecks` refuses a file that does not). The table checks that on first use, and
 * when a key differs it answers exactly as a `Map` filled by `set(record.id, resolved)` in key
 * order would: a repeated id keeps its first place and its last record, and a key that is no
 * record's id finds nothing. When every key is its record's id (the keys are then distinct), the
 * lookup is an `IdIndex` of the keys' positions, sized once, not a `Map`.
 */
import { IdIndex } from './idIndex';

/** One collection's resolved records (`V`) by record id (`K`); see the module comment. */
export class RecordTable<K extends string, V> implements ReadonlyMap<K, V> {
  /** The collection's keys (`Object.keys`), in order. */
  readonly #keys: readonly string[];
  /** The resolved records, one per key, in key order. */
  readonly #list: readonly V[];
  readonly #idOf: (v: V) => string;
  /** The record a slot of the lookup holds (see `setSlot`); identity when no slot was replaced. */
  readonly #held: (slot: unknown) => V;
  /** True when every key is its record's id (null until checked). */
  #keysAreIds: boolean | null = null;
  /**
   * When every key is its record's id: the keys' positions (null until first asked for a record by
   * id), and what `setSlot` put in the place of a record, by position (null until it first does).
   */
  #at: IdIndex | null = null;
  #over: unknown[] | null = null;
  /**
   * When some key is not its record's id: the records by id, or what `setSlot` put in their place
   * (null until first asked for one by id).
   */
  #byId: Map<K, unknown> | null = null;
  /** The records in `Map` order when some key is not its record's id (else `#list`). */
  #inOrder: readonly V[] | null = null;

  /**
   * `keys`: the collection's own keys in order; `list[i]`: the record under `keys[i]`, resolved;
   * `idOf`: a resolved record's id; `keysAreIds`: whether every key is its record's id, when the
   * caller compared them while it resolved the records (null: the table compares on first use, a
   * second pass over the records). The table keeps both arrays (the caller must not change them).
   */
  constructor(
    keys: readonly string[],
    list: readonly V[],
    idOf: (v: V) => string,
    held: (slot: unknown) => V = (slot) => slot as V,
    keysAreIds: boolean | null = null,
  ) {
    this.#keys = keys;
    this.#list = list;
    this.#idOf = idOf;
    this.#held = held;
    this.#keysAreIds = keysAreIds;
  }

  /** True when every key names its own record (one string comparison per record, once). */
  #checkKeys(): boolean {
    if (this.#keysAreIds === null) {
      const keys = this.#keys;
      const list = this.#list;
      const idOf = this.#idOf;
      let same = true;
      for (let i = 0; i < list.length && same; i++) same = idOf(list[i] as V) === keys[i];
      this.#keysAreIds = same;
    }
    return this.#keysAreIds;
  }

  /** The lookup by id when some key is not its record's id, built on first use. */
  #map(): Map<K, unknown> {
    if (this.#byId === null) {
      const m = new Map<K, unknown>();
      const list = this.#list;
      for (let i = 0; i < list.length; i++) m.set(this.#idOf(list[i] as V) as K, list[i] as V);
      this.#byId = m;
    }
    return this.#byId;
  }

  /** The position of record `id` in the keys (every key its record's id), or −1. */
  #find(id: string): number {
    return (this.#at ??= new IdIndex(this.#keys)).find(id);
  }

  /**
   * The resolved records in the table's order: the collection's key order, each id once (a
   * repeated id at its first place, holding its last record). An array the caller must not change.
   */
  ordered(): readonly V[] {
    if (this.#checkKeys()) return this.#list;
    return (this.#inOrder ??= Array.from(this.#map().values(), this.#held));
  }

  /** A new `Map` with the same entries in the same order. */
  toMap(): Map<K, V> {
    const m = new Map<K, V>();
    const list = this.ordered();
    const ids = this.#ids();
    for (let i = 0; i < list.length; i++) m.set(ids[i] as K, list[i] as V);
    return m;
  }

  /**
   * What the lookup holds for `id`: its record, or what `setSlot` put there (undefined: no
   * record has that id). For the index that owns the table (one lookup serves two maps).
   */
  slot(id: string): unknown {
    if (!this.#checkKeys()) return this.#map().get(id as K);
    const i = this.#find(id);
    return i < 0 ? undefined : (this.#over?.[i] ?? this.#list[i]);
  }

  /**
   * True when every key is its record's id: then the record at position `i` of the keys has
   * the id `keys[i]`, and `slotAt(i)` / `setSlotAt(i, …)` are `slot` / `setSlot` of that id.
   */
  keyedById(): boolean {
    return this.#checkKeys();
  }

  /**
   * `slot(keys[i])` without the lookup by id: what the lookup holds for the record at position
   * `i` (0-based) of the collection's keys. Only when `keyedById()`; `i` must be a position.
   */
  slotAt(i: number): unknown {
    return this.#over?.[i] ?? this.#list[i];
  }

  /** `setSlot(keys[i], holder)` without the lookup by id (see `slotAt`; only when `keyedById()`). */
  setSlotAt(i: number, holder: unknown): void {
    (this.#over ??= new Array<unknown>(this.#list.length))[i] = holder;
  }

  /**
   * Puts `holder` in the place of record `id` (which must exist), for the table's owner: the
   * table answers with `held(holder)` from then on, which must be the record. No growth: the
   * id's entry is overwritten.
   */
  setSlot(id: string, holder: unknown): void {
    if (!this.#checkKeys()) this.#map().set(id as K, holder);
    else (this.#over ??= new Array<unknown>(this.#list.length))[this.#find(id)] = holder;
  }

  get(id: K): V | undefined {
    const slot = this.slot(id);
    return slot === undefined ? undefined : this.#held(slot);
  }

  has(id: K): boolean {
    return this.#checkKeys() ? this.#find(id) >= 0 : this.#map().has(id);
  }

  get size(): number {
    return this.ordered().length;
  }

  /**
   * The ids of `ordered()`, in order: the collection's own keys when they are the ids (read
   * without touching the records), else each record's id.
   */
  #ids(): readonly string[] {
    if (this.#checkKeys()) return this.#keys;
    return this.ordered().map(this.#idOf);
  }

  entries(): MapIterator<[K, V]> {
    // The entries made at once and read with the array's own iterator (a generator costs more per step).
    const ids = this.#ids();
    return this.ordered()
      .map((v, i): [K, V] => [ids[i] as K, v])
      .values();
  }

  keys(): MapIterator<K> {
    return (this.#ids() as readonly K[]).values();
  }

  values(): MapIterator<V> {
    // The array's own iterator (a generator would allocate a result object per record).
    return this.ordered().values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(fn: (value: V, id: K, table: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    const list = this.ordered();
    const ids = this.#ids();
    for (let i = 0; i < list.length; i++) fn.call(thisArg, list[i] as V, ids[i] as K, this);
  }
}

/** A copy of a record map as a plain `Map` (same entries, same order). */
export const recordMapCopy = <K extends string, V>(m: ReadonlyMap<K, V>): Map<K, V> =>
  m instanceof RecordTable ? (m as RecordTable<K, V>).toMap() : new Map(m);

/** The records of a record map in its order, as an array (a fresh index's table gives its own). */
export const recordsInOrder = <K extends string, V>(m: ReadonlyMap<K, V>): readonly V[] =>
  m instanceof RecordTable ? (m as RecordTable<K, V>).ordered() : [...m.values()];
