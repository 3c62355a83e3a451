/**
 * Small designs and record values for the sync server's tests (issue 11).
 */
import { emptyDesign, type Design, type Rack } from '../../src/core/design';
import type { RackId } from '../../src/core/ids';

/** A valid rack record (42U, Row A) with the given id and name. */
export function rack(id: string, name = `Rack ${id}`, order = 0): Rack {
  return { id: id as RackId, name, heightU: 42, row: 'Row A', order };
}

/** A design named `name` with two racks, `r1` and `r2`, and default settings. */
export function twoRackDesign(name = 'Hall 3'): Design {
  return { ...emptyDesign(name), racks: { r1: rack('r1', 'R01', 0), r2: rack('r2', 'R02', 1) } };
}
