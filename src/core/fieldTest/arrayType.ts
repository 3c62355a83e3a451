/**
 * Classifies a position map measured by an MPO tester (REFERENCE-2 §16.4, Appendix B
 * `identify_array_type`): which TIA-568.3-E array polarity type (§3.1–§3.2) maps every lit
 * near-end position to the far-end position the tester saw. One rule for the whole engine: the
 * catalogue's `identifyArrayType` (also used for spliced trunks, §15.2), re-exported here with the
 * field-test default of an MPO-12 connector.
 */
import type { ConnectorVariant } from '../connectors';
import { identifyArrayType as identify, type ArrayTypeOrUnknown } from '../catalogue/positionMaps';

/** A measured or designed map: near-end position → far-end position, for the lit fibers. */
export type PositionMap = ReadonlyMap<number, number>;

/**
 * The array type whose map agrees with every pair of `measured` on connector `variant`
 * (default MPO-12), or `unknown` (a non-standard map, e.g. identity except 5↔6). An empty map
 * is `unknown`. GT-26: {i → 13−i} → B; Base-8 {1→12 … 4→9, 9→4 … 12→1} → B; {1↔2, 3↔4, …} → C.
 */
export function identifyArrayType(measured: PositionMap, variant: ConnectorVariant = 'mpo-12'): ArrayTypeOrUnknown {
  return identify(measured, variant);
}
