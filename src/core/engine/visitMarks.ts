/**
 * The visit marks of one trace run (REFERENCE §0.5: every cable fiber is visited once): one byte
 * per fiber of the traced cables, each traced cable's run slot, and the per-run memo of its
 * plugged ends as the walk resolves them.
 */
import type { CableId } from '../ids';
import type { EndAt } from './cableEnd';
import type { ResolvedCable } from './designIndex';

/**
 * Per-run visit marks: one byte per fiber of the traced cables in one buffer. Each traced cable
 * has a run slot (`slotOf`; a cable without one is outside the traced region), its marks start
 * at `at[slot]`, and `ends[endAt[slot] + end]` memoises its plugged ends as the walk resolves
 * them (one flat, pre-filled array: no sparse writes).
 *
 * Marks over a whole index (`visitMarks(cables, true)`, `cables` in the index's order) also map a
 * cable's position in that order to its slot (`byOrd`, −1: no fiber map), so the walk follows a
 * fresh index's plug (`PlugAt.ord`) with an array read; the `offsets` map by id is then built
 * only if a plug without a position is met (`slotOf`).
 */
export interface VisitMarks {
  /** Run slot by cable id (null until `slotOf` first needs it). */
  offsets: Map<CableId, number> | null;
  /** With `byOrd`: the traced cables in index order (a plug's `ord` is checked against it). */
  readonly list: readonly ResolvedCable[];
  readonly byOrd: Int32Array | null;
  /** With `byOrd`: each slot's cable position in index order (the inverse of `byOrd`). */
  readonly ordOf: Int32Array | null;
  /** The traced cables by run slot (a plug's cable is found with the one `offsets` lookup). */
  readonly cables: readonly ResolvedCable[];
  readonly at: Int32Array;
  readonly marks: Uint8Array;
  readonly endAt: Int32Array;
  readonly ends: (EndAt | undefined)[];
}

/**
 * Fresh visit marks for `cables` (one byte per fiber of each cable with a known fiber map).
 * `whole`: `cables` is every cable of the index, in its order (see `VisitMarks.byOrd`).
 */
export function visitMarks(cables: Iterable<ResolvedCable>, whole = false): VisitMarks {
  const list = Array.isArray(cables) ? (cables as readonly ResolvedCable[]) : [...cables];
  // The traced cables by slot: `list` itself while every cable so far is traced (the common case),
  // copied from the first cable without a fiber map on.
  let bySlot: ResolvedCable[] | null = null;
  // Typed arrays sized once (no growth copies); slots past the last traced cable stay unused.
  const at = new Int32Array(list.length);
  const endAt = new Int32Array(list.length);
  const byOrd = whole ? new Int32Array(list.length) : null;
  const ordOf = whole ? new Int32Array(list.length) : null;
  let slots = 0;
  let n = 0;
  let ends = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i] as ResolvedCable;
    if (c.part && c.part.fibers !== 'unknown') {
      if (byOrd && ordOf) {
        byOrd[i] = slots;
        ordOf[slots] = i;
      }
      if (bySlot !== null) bySlot.push(c);
      at[slots] = n;
      endAt[slots] = ends;
      slots += 1;
      n += c.part.fibers.length;
      ends += c.endKeys.length;
    } else {
      bySlot ??= list.slice(0, i);
      if (byOrd) byOrd[i] = -1;
    }
  }
  const traced = bySlot ?? list;
  // One holey array sized once (a hole reads as undefined: not yet resolved).
  const memo = new Array<EndAt | undefined>(ends);
  const offsets = whole ? null : offsetsOf(traced);
  return { offsets, list, byOrd, ordOf, cables: traced, at, marks: new Uint8Array(n), endAt, ends: memo };
}

/** Run slot by cable id of the traced cables (`bySlot`: the cables by slot). */
function offsetsOf(bySlot: readonly ResolvedCable[]): Map<CableId, number> {
  const offsets = new Map<CableId, number>();
  for (let i = 0; i < bySlot.length; i++) offsets.set((bySlot[i] as ResolvedCable).id, i);
  return offsets;
}

/** The run slot of cable `id`, or undefined when it is not traced in this run. */
export function slotOf(visited: VisitMarks, id: CableId): number | undefined {
  return (visited.offsets ??= offsetsOf(visited.cables)).get(id);
}
