/**
 * Classifies a position map measured by an MPO tester (REFERENCE-2 §16.4, Appendix B
 * `identify_array_type`): which TIA-568.3-E array polarity type (§3.1–§3.2) maps every lit
 * near-end position to the far-end position the tester saw.
 */
import type { ConnectorVariant } from '../connectors';
import { arrayCableMap } from '../catalogue/positionMaps';
import type { ArrayPolarity } from '../parts';

/** A measured or designed map: near-end position → far-end position, for the lit fibers. */
export type PositionMap = ReadonlyMap<number, number>;

/** The array types tried, in Appendix B order. */
const TYPES: readonly ArrayPolarity[] = ['A', 'B', 'C'];

const mapCache = new Map<string, ReadonlyMap<number, number>>();

/** The end-1 → end-2 map of an array type on a connector variant (memoised). */
function typeMap(t: ArrayPolarity, variant: ConnectorVariant): ReadonlyMap<number, number> {
  const k = `${t}|${variant}`;
  let m = mapCache.get(k);
  if (!m) {
    m = new Map(arrayCableMap(t, variant));
    mapCache.set(k, m);
  }
  return m;
}

/**
 * The array type whose map agrees with every pair of `measured` on connector `variant`
 * (default MPO-12), or `unknown` (a non-standard map, e.g. identity except 5↔6). An empty map
 * is `unknown`. GT-26: {i → 13−i} → B; Base-8 {1→12 … 4→9, 9→4 … 12→1} → B; {1↔2, 3↔4, …} → C.
 */
export function identifyArrayType(
  measured: PositionMap,
  variant: ConnectorVariant = 'mpo-12',
): ArrayPolarity | 'unknown' {
  if (measured.size === 0) return 'unknown';
  for (const t of TYPES) {
    const m = typeMap(t, variant);
    let all = true;
    for (const [near, far] of measured) {
      if (m.get(near) !== far) {
        all = false;
        break;
      }
    }
    if (all) return t;
  }
  return 'unknown';
}
