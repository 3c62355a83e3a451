/**
 * The fiber lookup of a cable part (REFERENCE §0.5): which fiber sits at each end position and
 * where it leads, memoised per part object, so the trace steps through a cable with array reads.
 */
import type { CablePart } from '../parts';

/** Where a fiber position leads inside a cable: fiber number and the far end/position. */
export interface CableFiberSlot {
  /** Index into `part.fibers`. */
  readonly index: number;
  readonly fiber: number;
  readonly otherEnd: number;
  readonly otherPosition: number;
  /** This side and the far side as the part's own (shared, immutable) end/position objects. */
  readonly here: { readonly end: number; readonly position: number };
  readonly there: { readonly end: number; readonly position: number };
}

/**
 * Per-part lookup of a cable's fibers: `byEnd[end][position]` (undefined: no fiber there), and
 * `bySlot[i]`, fiber i of `part.fibers` read from its `from` side (`here` = from, `there` = to).
 */
export interface CableFiberIndex {
  readonly byEnd: readonly (readonly (CableFiberSlot | undefined)[])[];
  readonly bySlot: readonly CableFiberSlot[];
}

const fiberIndexCache = new WeakMap<CablePart, CableFiberIndex>();
/** Fiber lookup of a cable part (memoised per part object). */
export function cableFiberIndex(part: CablePart): CableFiberIndex | 'unknown' {
  if (part.fibers === 'unknown') return 'unknown';
  const hit = fiberIndexCache.get(part);
  if (hit) return hit;
  const byEnd = part.ends.map((): (CableFiberSlot | undefined)[] => []);
  // Later fibers win a position, as a map's `set` would.
  const put = (end: number, position: number, slot: CableFiberSlot) => {
    const row = byEnd[end];
    if (row && Number.isInteger(position) && position >= 0) row[position] = slot;
  };
  const bySlot = part.fibers.map((f, index): CableFiberSlot => {
    const fromSide = {
      index,
      fiber: f.fiber,
      otherEnd: f.to.end,
      otherPosition: f.to.position,
      here: f.from,
      there: f.to,
    };
    put(f.from.end, f.from.position, fromSide);
    put(f.to.end, f.to.position, {
      index,
      fiber: f.fiber,
      otherEnd: f.from.end,
      otherPosition: f.from.position,
      here: f.to,
      there: f.from,
    });
    return fromSide;
  });
  const idx = { byEnd, bySlot };
  fiberIndexCache.set(part, idx);
  return idx;
}
