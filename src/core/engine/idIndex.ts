/**
 * The position of each of a list of distinct ids (`RecordTable`'s lookup by record id when every
 * key is its record's id): an open-addressing hash table of positions in one `Int32Array`, sized
 * once for the ids (load at most 2/3), instead of a `Map` grown from empty. A `Map` holding a
 * fresh index's 4,152 devices allocates about 460 KB per build (its hash table doubled up to
 * 8,192 entries of three words, each growth a copy); this table is one 32 KB array.
 *
 * The hash is FNV-1a over the id's UTF-16 code units (ids are short: `dev-123`); collisions are
 * resolved by linear probing and an exact string comparison, so the answer is the one a `Map`
 * filled with `set(ids[i], i)` would give for distinct ids.
 */

/** FNV-1a (32-bit) over the UTF-16 code units of `s`. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** The positions of distinct ids (see the module comment). */
export class IdIndex {
  readonly #ids: readonly string[];
  /** Position + 1 of the id in each bucket; 0: empty. */
  readonly #table: Int32Array;
  readonly #mask: number;

  /**
   * `ids`: distinct strings (a repeated id makes `find` answer its first position); the index
   * keeps the array, which the caller must not change.
   */
  constructor(ids: readonly string[]) {
    this.#ids = ids;
    let size = 4;
    while (size < ids.length + (ids.length >> 1)) size *= 2;
    const table = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as string;
      let b = hashOf(id) & mask;
      while (table[b] !== 0) {
        if (ids[(table[b] as number) - 1] === id) break;
        b = (b + 1) & mask;
      }
      if (table[b] === 0) table[b] = i + 1;
    }
    this.#table = table;
    this.#mask = mask;
  }

  /** The position of `id` in the ids, or −1 when it is not one of them. */
  find(id: string): number {
    const table = this.#table;
    const ids = this.#ids;
    const mask = this.#mask;
    for (let b = hashOf(id) & mask; ; b = (b + 1) & mask) {
      const at = table[b] as number;
      if (at === 0) return -1;
      if (ids[at - 1] === id) return at - 1;
    }
  }
}
